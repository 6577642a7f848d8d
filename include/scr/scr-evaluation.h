/* scr-evaluation.h: what a case requires, process by process.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "scr-version-macros.h"
#include "scr-date.h"
#include "scr-outcome.h"
#include "scr-question.h"

G_BEGIN_DECLS

#define SCR_TYPE_EVALUATION (scr_evaluation_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrEvaluation, scr_evaluation, SCR, EVALUATION, GObject)

SCR_AVAILABLE_IN_ALL
const char    *scr_evaluation_get_case_id            (ScrEvaluation *self);
SCR_AVAILABLE_IN_ALL
const ScrDate *scr_evaluation_get_decision_date      (ScrEvaluation *self);
SCR_AVAILABLE_IN_ALL
GListModel    *scr_evaluation_get_outcomes           (ScrEvaluation *self);
SCR_AVAILABLE_IN_ALL
ScrOutcome    *scr_evaluation_get_outcome            (ScrEvaluation *self,
                                                      ScrProcess     process);
SCR_AVAILABLE_IN_ALL
char         **scr_evaluation_list_missing_facts     (ScrEvaluation *self);
SCR_AVAILABLE_IN_ALL
GListModel    *scr_evaluation_get_questions          (ScrEvaluation *self);
SCR_AVAILABLE_IN_ALL
char         **scr_evaluation_list_ignored_facts     (ScrEvaluation *self);
SCR_AVAILABLE_IN_ALL
JsonNode      *scr_evaluation_to_json                (ScrEvaluation *self);

G_END_DECLS
