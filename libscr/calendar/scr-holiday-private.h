/* scr-holiday-private.h: constructors and the holiday table inside libscr.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-holiday.h"
#include "scr-skipped-day.h"

G_BEGIN_DECLS

/* Takes copies of the dates and strings. */
ScrHoliday    *scr_holiday_new_internal (gint32               ordinal,
                                         const char          *name,
                                         ScrDivision          division,
                                         ScrHolidayKind       kind,
                                         ScrHolidayProvenance provenance,
                                         gint32               substitute_for, /* 0: none */
                                         const char          *source,
                                         gboolean             provisional);
gint32         scr_holiday_get_ordinal  (ScrHoliday          *self);
/* Index of the first holiday on or after @ordinal in a sorted array. */
guint          scr_holiday_lower_bound  (GPtrArray           *sorted,
                                         gint32               ordinal);
/* g_ptr_array_sort() order: by date; bank holidays before closures on one
 * day, then by division. */
int            scr_holiday_compare_by_date (gconstpointer     a,
                                            gconstpointer     b);
/* A copy of @self with another kind/provenance/name etc. (NULL: keep). */
ScrHoliday    *scr_holiday_copy_as      (ScrHoliday          *self,
                                         const char          *name,
                                         ScrHolidayProvenance provenance,
                                         const char          *source);

ScrSkippedDay *scr_skipped_day_new      (gint32               ordinal,
                                         const char          *reason,
                                         ScrHoliday          *holiday,
                                         gboolean             weekend,
                                         gboolean             provisional);

/* Three-letter English weekday of an ordinal ("Mon"), whatever the locale. */
const char    *scr_weekday_abbrev       (gint32               ordinal);

/* The built-in table of one division, 1971..2100, sorted by date: a new
 * array of ScrHoliday (owning references). Parsed once from the resource
 * and cached; thread-safe. */
GPtrArray     *scr_holiday_table_get    (ScrDivision          division,
                                         GError             **error);
/* The same from another rules document (for tests of the data format):
 * a new array, or NULL with @error set. */
GPtrArray     *scr_holiday_table_generate_from_data (const char   *data,
                                                     gssize        length,
                                                     ScrDivision   division,
                                                     GError      **error);
/* Ordinal of the last confirmed day of the built-in table (2028-12-31). */
gint32         scr_holiday_table_get_confirmed_through (void);

/* Easter Sunday (Meeus/Jones/Butcher), as an ordinal. */
gint32         scr_easter_sunday        (int                  year);

G_END_DECLS
