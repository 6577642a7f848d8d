/* scr-period.h: a span of time a child held a legal status.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "scr-version-macros.h"
#include "scr-date.h"

G_BEGIN_DECLS

#define SCR_TYPE_PERIOD (scr_period_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrPeriod, scr_period, SCR, PERIOD, GObject)

SCR_AVAILABLE_IN_ALL
ScrPeriod     *scr_period_new             (const ScrDate  *from,
                                           const ScrDate  *to);
SCR_AVAILABLE_IN_ALL
ScrPeriod     *scr_period_new_from_json   (JsonNode       *node,
                                           GError        **error);
SCR_AVAILABLE_IN_ALL
JsonNode      *scr_period_to_json         (ScrPeriod      *self);
SCR_AVAILABLE_IN_ALL
const ScrDate *scr_period_get_from        (ScrPeriod      *self);
SCR_AVAILABLE_IN_ALL
void           scr_period_set_from        (ScrPeriod      *self,
                                           const ScrDate  *from);
SCR_AVAILABLE_IN_ALL
const ScrDate *scr_period_get_to          (ScrPeriod      *self);
SCR_AVAILABLE_IN_ALL
void           scr_period_set_to          (ScrPeriod      *self,
                                           const ScrDate  *to);
SCR_AVAILABLE_IN_ALL
gboolean       scr_period_is_open         (ScrPeriod      *self);

G_END_DECLS
