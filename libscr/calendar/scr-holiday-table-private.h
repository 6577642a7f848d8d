/* scr-holiday-table-private.h: the parsed form of uk-bank-holidays.json,
 * shared by the two files of the built-in holiday table: reading it
 * (scr-holiday-table-parse.c) and generating the years from it
 * (scr-holiday-table.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-holiday.h"

G_BEGIN_DECLS

#define SCR_HOLIDAY_TABLE_RESOURCE "/org/scr/libscr/calendar/uk-bank-holidays.json"
#define SCR_N_DIVISIONS 3

typedef enum {
  SCR_DATE_RULE_FIXED,
  SCR_DATE_RULE_NTH_WEEKDAY,
  SCR_DATE_RULE_EASTER,
} ScrDateRuleKind;

typedef struct {
  ScrDateRuleKind kind;
  int month;
  int day;
  int weekday;   /* 1 = Monday */
  int nth;       /* 1.. or -1 for the last */
  int easter;    /* days after Easter Sunday */
} ScrDateRule;

typedef enum {
  SCR_SUBSTITUTE_NONE,
  SCR_SUBSTITUTE_NEXT_MONDAY,
  SCR_SUBSTITUTE_NEXT_FREE_WEEKDAY,
} ScrSubstitutePolicy;

typedef enum {
  SCR_GROUP_ORDER_OWN_WEEKDAYS_FIRST,
  SCR_GROUP_ORDER_RULE_ORDER,
} ScrGroupOrder;

typedef struct {
  gboolean present;
  char *name;
  ScrDateRule date;
  int from;
  int until;
  ScrHolidayProvenance provenance;
  ScrHolidayProvenance substitute_provenance;
  ScrSubstitutePolicy substitute;
  int group;     /* index into groups, or -1 */
  char *source;
} ScrDivisionRule;

typedef struct {
  char *id;
  ScrDivisionRule division[SCR_N_DIVISIONS];
} ScrHolidayRule;

typedef enum {
  SCR_ONE_OFF_MOVE,
  SCR_ONE_OFF_EXTRA,
  SCR_ONE_OFF_OBSERVED,
} ScrOneOffKind;

typedef struct {
  ScrOneOffKind kind;
  int rule;      /* for moves */
  int year;
  gint32 date;   /* the new date, the extra day or the observed day */
  char *name;
  char *source;
  gboolean division[SCR_N_DIVISIONS];
} ScrOneOff;

typedef struct {
  int first_year;
  int last_year;
  gint32 confirmed_through;
  GArray *groups;  /* ScrGroupOrder */
  GArray *rules;   /* ScrHolidayRule */
  GArray *one_offs; /* ScrOneOff */
} ScrHolidayTable;

/* Reads a rules document: a new table, or NULL with @error set. */
ScrHolidayTable *scr_holiday_table_parse (const char       *data,
                                          gssize            size,
                                          GError          **error);
/* Reads the built-in resource; its errors name the resource. */
ScrHolidayTable *scr_holiday_table_load  (GError          **error);
void             scr_holiday_table_free  (ScrHolidayTable  *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScrHolidayTable, scr_holiday_table_free)

G_END_DECLS
