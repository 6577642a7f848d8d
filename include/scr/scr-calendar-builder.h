/* scr-calendar-builder.h: builds a calendar from a division plus local
 * closures and GOV.UK updates.
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
#include "scr-calendar.h"

G_BEGIN_DECLS

#define SCR_TYPE_CALENDAR_BUILDER (scr_calendar_builder_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrCalendarBuilder, scr_calendar_builder, SCR, CALENDAR_BUILDER, GObject)

SCR_AVAILABLE_IN_ALL
ScrCalendarBuilder *scr_calendar_builder_new            (ScrDivision          division);
SCR_AVAILABLE_IN_ALL
ScrDivision         scr_calendar_builder_get_division   (ScrCalendarBuilder  *self);
SCR_AVAILABLE_IN_ALL
gboolean            scr_calendar_builder_add_closure    (ScrCalendarBuilder  *self,
                                                         const ScrDate       *from,
                                                         const ScrDate       *to,
                                                         const char          *name,
                                                         GError             **error);
SCR_AVAILABLE_IN_ALL
gboolean            scr_calendar_builder_load_closures_file (ScrCalendarBuilder *self,
                                                             const char         *filename,
                                                             GError            **error);
SCR_AVAILABLE_IN_ALL
gboolean            scr_calendar_builder_load_closures_data (ScrCalendarBuilder *self,
                                                             const char         *data,
                                                             gssize              length,
                                                             GError            **error);
SCR_AVAILABLE_IN_ALL
gboolean            scr_calendar_builder_load_gov_uk_file   (ScrCalendarBuilder *self,
                                                             const char         *filename,
                                                             GError            **error);
SCR_AVAILABLE_IN_ALL
gboolean            scr_calendar_builder_load_gov_uk_data   (ScrCalendarBuilder *self,
                                                             const char         *data,
                                                             gssize              length,
                                                             GError            **error);
SCR_AVAILABLE_IN_ALL
ScrCalendar        *scr_calendar_builder_build          (ScrCalendarBuilder  *self,
                                                         GError             **error);

G_END_DECLS
