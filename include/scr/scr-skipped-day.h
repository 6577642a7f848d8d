/* scr-skipped-day.h: a non-working day passed over by a working-day
 * calculation, with the reason.
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
#include "scr-holiday.h"

G_BEGIN_DECLS

#define SCR_TYPE_SKIPPED_DAY (scr_skipped_day_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrSkippedDay, scr_skipped_day, SCR, SKIPPED_DAY, GObject)

SCR_AVAILABLE_IN_ALL
const ScrDate *scr_skipped_day_get_date        (ScrSkippedDay *self);
SCR_AVAILABLE_IN_ALL
const char    *scr_skipped_day_get_reason      (ScrSkippedDay *self);
SCR_AVAILABLE_IN_ALL
ScrHoliday    *scr_skipped_day_get_holiday     (ScrSkippedDay *self);
SCR_AVAILABLE_IN_ALL
gboolean       scr_skipped_day_get_weekend     (ScrSkippedDay *self);
SCR_AVAILABLE_IN_ALL
gboolean       scr_skipped_day_get_provisional (ScrSkippedDay *self);

G_END_DECLS
