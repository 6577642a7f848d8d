/* scr-outcome.h: the outcome of the rules for one process.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>

#include "scr-version-macros.h"
#include "scr-date.h"
#include "scr-rule.h"

G_BEGIN_DECLS

#define SCR_TYPE_OUTCOME (scr_outcome_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrOutcome, scr_outcome, SCR, OUTCOME, GObject)

SCR_AVAILABLE_IN_ALL
ScrProcess          scr_outcome_get_process    (ScrOutcome *self);
SCR_AVAILABLE_IN_ALL
ScrVerdict          scr_outcome_get_verdict    (ScrOutcome *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_outcome_get_rule_id    (ScrOutcome *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_outcome_get_edition    (ScrOutcome *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_outcome_get_citation   (ScrOutcome *self);
SCR_AVAILABLE_IN_ALL
ScrEvidence         scr_outcome_get_evidence   (ScrOutcome *self);
SCR_AVAILABLE_IN_ALL
gboolean            scr_outcome_get_unverified (ScrOutcome *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_outcome_get_reason     (ScrOutcome *self);
SCR_AVAILABLE_IN_ALL
const char * const *scr_outcome_get_missing    (ScrOutcome *self);
SCR_AVAILABLE_IN_ALL
const ScrDate      *scr_outcome_get_date       (ScrOutcome *self);

G_END_DECLS
