/* scr-date.h: an immutable calendar date with optional partial precision.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>

#include "scr-version-macros.h"

G_BEGIN_DECLS

/**
 * ScrDatePrecision:
 * @SCR_DATE_PRECISION_DAY: a full date, such as `2014-08-27`
 * @SCR_DATE_PRECISION_MONTH: a year and month only, such as `2011-11`
 *   ("In November 2011")
 * @SCR_DATE_PRECISION_YEAR: a year only, such as `2014`
 *
 * How much of a [struct@Scr.Date] is known. Case records often date events
 * only to the month or the year.
 */
typedef enum {
  SCR_DATE_PRECISION_DAY,
  SCR_DATE_PRECISION_MONTH,
  SCR_DATE_PRECISION_YEAR,
} ScrDatePrecision;

/**
 * SCR_DATE_MIN_YEAR:
 *
 * The earliest year a [struct@Scr.Date] can hold.
 */
#define SCR_DATE_MIN_YEAR 1

/**
 * SCR_DATE_MAX_YEAR:
 *
 * The latest year a [struct@Scr.Date] can hold.
 */
#define SCR_DATE_MAX_YEAR 9999

#define SCR_TYPE_DATE (scr_date_get_type ())

typedef struct _ScrDate ScrDate;

SCR_AVAILABLE_IN_ALL
GType             scr_date_get_type            (void) G_GNUC_CONST;

SCR_AVAILABLE_IN_ALL
ScrDate          *scr_date_new                 (int                year,
                                                int                month,
                                                int                day,
                                                GError           **error);
SCR_AVAILABLE_IN_ALL
ScrDate          *scr_date_new_year_month      (int                year,
                                                int                month,
                                                GError           **error);
SCR_AVAILABLE_IN_ALL
ScrDate          *scr_date_new_year            (int                year,
                                                GError           **error);
SCR_AVAILABLE_IN_ALL
ScrDate          *scr_date_new_from_iso8601    (const char        *text,
                                                GError           **error);
SCR_AVAILABLE_IN_ALL
ScrDate          *scr_date_new_from_ordinal    (gint32             ordinal,
                                                GError           **error);
SCR_AVAILABLE_IN_ALL
ScrDate          *scr_date_new_from_date_time  (GDateTime         *date_time);
SCR_AVAILABLE_IN_ALL
ScrDate          *scr_date_new_today           (void);

SCR_AVAILABLE_IN_ALL
ScrDate          *scr_date_copy                (const ScrDate     *self);
SCR_AVAILABLE_IN_ALL
void              scr_date_free                (ScrDate           *self);

SCR_AVAILABLE_IN_ALL
int               scr_date_get_year            (const ScrDate     *self);
SCR_AVAILABLE_IN_ALL
int               scr_date_get_month           (const ScrDate     *self);
SCR_AVAILABLE_IN_ALL
int               scr_date_get_day             (const ScrDate     *self);
SCR_AVAILABLE_IN_ALL
ScrDatePrecision  scr_date_get_precision       (const ScrDate     *self);
SCR_AVAILABLE_IN_ALL
gboolean          scr_date_is_complete         (const ScrDate     *self);
SCR_AVAILABLE_IN_ALL
gint32            scr_date_get_ordinal         (const ScrDate     *self);
SCR_AVAILABLE_IN_ALL
GDateWeekday      scr_date_get_weekday         (const ScrDate     *self);

SCR_AVAILABLE_IN_ALL
char             *scr_date_to_iso8601          (const ScrDate     *self);
SCR_AVAILABLE_IN_ALL
char             *scr_date_format              (const ScrDate     *self,
                                                const char        *format);

SCR_AVAILABLE_IN_ALL
int               scr_date_compare             (const ScrDate     *a,
                                                const ScrDate     *b);
SCR_AVAILABLE_IN_ALL
gboolean          scr_date_equal               (const ScrDate     *a,
                                                const ScrDate     *b);
SCR_AVAILABLE_IN_ALL
guint             scr_date_hash                (const ScrDate     *self);

SCR_AVAILABLE_IN_ALL
ScrDate          *scr_date_add_days            (const ScrDate     *self,
                                                int                days,
                                                GError           **error);
SCR_AVAILABLE_IN_ALL
ScrDate          *scr_date_add_months          (const ScrDate     *self,
                                                int                months,
                                                GError           **error);
SCR_AVAILABLE_IN_ALL
int               scr_date_days_between        (const ScrDate     *from,
                                                const ScrDate     *to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScrDate, scr_date_free)

G_END_DECLS
