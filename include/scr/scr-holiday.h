/* scr-holiday.h: one UK bank holiday or local closure day.
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

G_BEGIN_DECLS

/**
 * ScrDivision:
 * @SCR_DIVISION_ENGLAND_AND_WALES: England and Wales (one division; Wales
 *   has no bank holidays of its own)
 * @SCR_DIVISION_SCOTLAND: Scotland
 * @SCR_DIVISION_NORTHERN_IRELAND: Northern Ireland
 *
 * The three bank-holiday divisions of the United Kingdom. The nicks are
 * GOV.UK's slugs: `england-and-wales`, `scotland`, `northern-ireland`.
 */
typedef enum {
  SCR_DIVISION_ENGLAND_AND_WALES, /*< nick=england-and-wales >*/
  SCR_DIVISION_SCOTLAND,          /*< nick=scotland >*/
  SCR_DIVISION_NORTHERN_IRELAND,  /*< nick=northern-ireland >*/
} ScrDivision;

/**
 * ScrHolidayKind:
 * @SCR_HOLIDAY_KIND_REGULAR: a day on its usual date, from the rules
 * @SCR_HOLIDAY_KIND_SUBSTITUTE: a substitute day for a holiday that fell on
 *   a weekend (or on a day another holiday took)
 * @SCR_HOLIDAY_KIND_MOVED: a regular holiday moved to another date for one
 *   year by proclamation (Spring 2022 to Thursday 2 June)
 * @SCR_HOLIDAY_KIND_EXTRA: a one-off extra day (the 2022 State Funeral)
 * @SCR_HOLIDAY_KIND_CLOSURE: a local closure day of an organisation, added
 *   through a [class@Scr.CalendarBuilder]
 *
 * What kind of non-working day a [class@Scr.Holiday] is.
 */
typedef enum {
  SCR_HOLIDAY_KIND_REGULAR,
  SCR_HOLIDAY_KIND_SUBSTITUTE,
  SCR_HOLIDAY_KIND_MOVED,
  SCR_HOLIDAY_KIND_EXTRA,
  SCR_HOLIDAY_KIND_CLOSURE,
} ScrHolidayKind;

/**
 * ScrHolidayProvenance:
 * @SCR_HOLIDAY_PROVENANCE_STATUTE: an Act (Schedule 1 of the Banking and
 *   Financial Dealings Act 1971, the St Andrew's Day Act 2007)
 * @SCR_HOLIDAY_PROVENANCE_COMMON_LAW: a common-law holiday (Good Friday and
 *   Christmas Day in England, Wales and Northern Ireland)
 * @SCR_HOLIDAY_PROVENANCE_PROCLAMATION: appointed by the Royal Proclamation
 *   made every year (New Year's Day in England and Wales, Saturday
 *   substitutes, the Battle of the Boyne)
 * @SCR_HOLIDAY_PROVENANCE_ONE_OFF_PROCLAMATION: a one-off proclamation that
 *   moved a day or appointed an extra one
 * @SCR_HOLIDAY_PROVENANCE_OBSERVED: observed and published although no
 *   proclamation was made (Scotland, 4 January 2010 and 2011)
 * @SCR_HOLIDAY_PROVENANCE_GOV_UK: taken from a GOV.UK `bank-holidays.json`
 *   update loaded at run time
 * @SCR_HOLIDAY_PROVENANCE_LOCAL: a local closure of an organisation
 *
 * Where a [class@Scr.Holiday] comes from.
 */
typedef enum {
  SCR_HOLIDAY_PROVENANCE_STATUTE,
  SCR_HOLIDAY_PROVENANCE_COMMON_LAW,
  SCR_HOLIDAY_PROVENANCE_PROCLAMATION,
  SCR_HOLIDAY_PROVENANCE_ONE_OFF_PROCLAMATION,
  SCR_HOLIDAY_PROVENANCE_OBSERVED,
  SCR_HOLIDAY_PROVENANCE_GOV_UK,
  SCR_HOLIDAY_PROVENANCE_LOCAL,
} ScrHolidayProvenance;

SCR_AVAILABLE_IN_ALL
const char      *scr_division_to_string      (ScrDivision    division);
SCR_AVAILABLE_IN_ALL
const char      *scr_division_get_label      (ScrDivision    division);
SCR_AVAILABLE_IN_ALL
gboolean         scr_division_from_string    (const char    *name,
                                              ScrDivision   *division,
                                              GError       **error);

#define SCR_TYPE_HOLIDAY (scr_holiday_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrHoliday, scr_holiday, SCR, HOLIDAY, GObject)

SCR_AVAILABLE_IN_ALL
const ScrDate       *scr_holiday_get_date           (ScrHoliday *self);
SCR_AVAILABLE_IN_ALL
const char          *scr_holiday_get_name           (ScrHoliday *self);
SCR_AVAILABLE_IN_ALL
ScrDivision          scr_holiday_get_division       (ScrHoliday *self);
SCR_AVAILABLE_IN_ALL
ScrHolidayKind       scr_holiday_get_kind           (ScrHoliday *self);
SCR_AVAILABLE_IN_ALL
const ScrDate       *scr_holiday_get_substitute_for (ScrHoliday *self);
SCR_AVAILABLE_IN_ALL
ScrHolidayProvenance scr_holiday_get_provenance     (ScrHoliday *self);
SCR_AVAILABLE_IN_ALL
const char          *scr_holiday_get_source         (ScrHoliday *self);
SCR_AVAILABLE_IN_ALL
gboolean             scr_holiday_get_provisional    (ScrHoliday *self);
SCR_AVAILABLE_IN_ALL
char                *scr_holiday_describe           (ScrHoliday *self);

G_END_DECLS
