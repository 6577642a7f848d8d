/* scr-holiday-table.c: the built-in UK bank-holiday table, generated from
 * the rules and one-offs in uk-bank-holidays.json (a GResource).
 *
 * The JSON holds the data; this file holds only the mechanisms: dates by
 * rule (fixed, n-th or last weekday of a month, Easter offsets), start and
 * end years, substitute policies, moves, extra and observed days, and the
 * per-process cache of the three divisions. Reading the JSON is in
 * scr-holiday-table-parse.c; the parsed table's types are in
 * scr-holiday-table-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-once-private.h"
#include "scr-holiday-private.h"
#include "scr-holiday-table-private.h"
#include "scr-date-private.h"
#include "scr-error.h"

/* A holiday of one year while the year is being worked out. */
typedef struct {
  int rule;              /* -1 for extras */
  gint32 nominal;
  gint32 date;
  ScrHolidayKind kind;
  ScrHolidayProvenance provenance;
  const char *name;
  const char *source;
  gboolean placed;
} Pending;

gint32
scr_easter_sunday (int year)
{
  int a = year % 19;
  int b = year / 100;
  int c = year % 100;
  int d = b / 4;
  int e = b % 4;
  int f = (b + 8) / 25;
  int g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4;
  int k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;

  return scr_ordinal_from_ymd (year, month, day);
}

static gint32
date_rule_eval (const ScrDateRule *rule,
                int                year)
{
  gint32 ordinal;

  switch (rule->kind)
    {
    case SCR_DATE_RULE_FIXED:
      return scr_ordinal_from_ymd (year, rule->month, rule->day);
    case SCR_DATE_RULE_EASTER:
      return scr_easter_sunday (year) + rule->easter;
    case SCR_DATE_RULE_NTH_WEEKDAY:
    default:
      if (rule->nth > 0)
        {
          ordinal = scr_ordinal_from_ymd (year, rule->month, 1);
          ordinal += (rule->weekday - scr_ordinal_weekday (ordinal) + 7) % 7;
          return ordinal + 7 * (rule->nth - 1);
        }
      ordinal = scr_ordinal_from_ymd (year, rule->month, scr_days_in_month (year, rule->month));
      return ordinal - (scr_ordinal_weekday (ordinal) - rule->weekday + 7) % 7;
    }
}

static gboolean
is_weekend (gint32 ordinal)
{
  return scr_ordinal_weekday (ordinal) >= 6;
}

static gboolean
date_taken (GArray *pending,
            gint32  date)
{
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = &g_array_index (pending, Pending, i);

      if (p->placed && p->date == date)
        return TRUE;
    }
  return FALSE;
}

static void
place_substitute (Pending              *p,
                  gint32                date,
                  ScrHolidayProvenance  provenance)
{
  p->date = date;
  p->placed = TRUE;
  if (date != p->nominal)
    {
      p->kind = SCR_HOLIDAY_KIND_SUBSTITUTE;
      p->provenance = provenance;
    }
}

static void
resolve_group (ScrHolidayTable *table,
               GArray          *pending,
               ScrDivision      division,
               int              group)
{
  ScrGroupOrder order = g_array_index (table->groups, ScrGroupOrder, group);

  if (order == SCR_GROUP_ORDER_OWN_WEEKDAYS_FIRST)
    for (guint i = 0; i < pending->len; i++)
      {
        Pending *p = &g_array_index (pending, Pending, i);
        ScrDivisionRule *dr;

        if (p->placed || p->rule < 0)
          continue;
        dr = &g_array_index (table->rules, ScrHolidayRule, p->rule).division[division];
        if (dr->group == group && !is_weekend (p->nominal) && !date_taken (pending, p->nominal))
          place_substitute (p, p->nominal, dr->substitute_provenance);
      }
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = &g_array_index (pending, Pending, i);
      ScrDivisionRule *dr;
      gint32 date;

      if (p->placed || p->rule < 0)
        continue;
      dr = &g_array_index (table->rules, ScrHolidayRule, p->rule).division[division];
      if (dr->group != group)
        continue;
      date = p->nominal;
      while (is_weekend (date) || date_taken (pending, date))
        date++;
      place_substitute (p, date, dr->substitute_provenance);
    }
}

static gboolean
generate_year (ScrHolidayTable  *table,
               ScrDivision       division,
               int               year,
               GPtrArray        *out,
               GError          **error)
{
  g_autoptr(GArray) pending = g_array_new (FALSE, TRUE, sizeof (Pending));
  gboolean provisional = scr_ordinal_from_ymd (year, 1, 1) > table->confirmed_through;

  /* 1. Regular dates. */
  for (guint r = 0; r < table->rules->len; r++)
    {
      ScrDivisionRule *dr = &g_array_index (table->rules, ScrHolidayRule, r).division[division];
      Pending p = { 0, };

      if (!dr->present || year < dr->from || year > dr->until)
        continue;
      p.rule = (int) r;
      p.nominal = p.date = date_rule_eval (&dr->date, year);
      p.kind = SCR_HOLIDAY_KIND_REGULAR;
      p.provenance = dr->provenance;
      p.name = dr->name;
      p.source = dr->source;
      g_array_append_val (pending, p);
    }

  /* 2. Moves, which also take the day out of the substitute rules. */
  for (guint o = 0; o < table->one_offs->len; o++)
    {
      ScrOneOff *one_off = &g_array_index (table->one_offs, ScrOneOff, o);
      gboolean found = FALSE;

      if (one_off->kind != SCR_ONE_OFF_MOVE ||
          one_off->year != year || !one_off->division[division])
        continue;
      for (guint i = 0; i < pending->len; i++)
        {
          Pending *p = &g_array_index (pending, Pending, i);

          if (p->rule != one_off->rule)
            continue;
          p->date = one_off->date;
          p->kind = SCR_HOLIDAY_KIND_MOVED;
          p->provenance = SCR_HOLIDAY_PROVENANCE_ONE_OFF_PROCLAMATION;
          p->placed = TRUE;
          if (one_off->name != NULL)
            p->name = one_off->name;
          p->source = one_off->source;
          found = TRUE;
        }
      if (!found)
        {
          g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                       "one_offs[%u]: rule \"%s\" gives no day in %s in %d", o,
                       g_array_index (table->rules, ScrHolidayRule, one_off->rule).id,
                       scr_division_to_string (division), year);
          return FALSE;
        }
    }

  /* 3. Days that stay put, then next-Monday substitutes (single fixed
   * days), then each group of interacting days. */
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = &g_array_index (pending, Pending, i);
      ScrDivisionRule *dr;

      if (p->placed)
        continue;
      dr = &g_array_index (table->rules, ScrHolidayRule, p->rule).division[division];
      if (dr->substitute == SCR_SUBSTITUTE_NONE)
        p->placed = TRUE;
      else if (dr->substitute == SCR_SUBSTITUTE_NEXT_MONDAY)
        place_substitute (p, is_weekend (p->nominal)
                             ? p->nominal + (8 - scr_ordinal_weekday (p->nominal))
                             : p->nominal,
                          dr->substitute_provenance);
    }
  for (guint g = 0; g < table->groups->len; g++)
    resolve_group (table, pending, division, (int) g);

  /* 4. Extra days. */
  for (guint o = 0; o < table->one_offs->len; o++)
    {
      ScrOneOff *one_off = &g_array_index (table->one_offs, ScrOneOff, o);
      Pending p = { 0, };

      if (one_off->kind != SCR_ONE_OFF_EXTRA ||
          one_off->year != year || !one_off->division[division])
        continue;
      p.rule = -1;
      p.nominal = p.date = one_off->date;
      p.kind = SCR_HOLIDAY_KIND_EXTRA;
      p.provenance = SCR_HOLIDAY_PROVENANCE_ONE_OFF_PROCLAMATION;
      p.name = one_off->name;
      p.source = one_off->source;
      p.placed = TRUE;
      g_array_append_val (pending, p);
    }

  /* 5. Observed days: a generated day that no proclamation appointed. */
  for (guint o = 0; o < table->one_offs->len; o++)
    {
      ScrOneOff *one_off = &g_array_index (table->one_offs, ScrOneOff, o);
      gboolean found = FALSE;

      if (one_off->kind != SCR_ONE_OFF_OBSERVED ||
          one_off->year != year || !one_off->division[division])
        continue;
      for (guint i = 0; i < pending->len; i++)
        {
          Pending *p = &g_array_index (pending, Pending, i);

          if (p->date == one_off->date)
            {
              p->provenance = SCR_HOLIDAY_PROVENANCE_OBSERVED;
              p->source = one_off->source;
              found = TRUE;
            }
        }
      if (!found)
        {
          g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                       "one_offs[%u]: no holiday on the observed day in %s", o,
                       scr_division_to_string (division));
          return FALSE;
        }
    }

  /* 6. Two holidays on one day would be a mistake in the data. */
  for (guint i = 0; i < pending->len; i++)
    for (guint j = i + 1; j < pending->len; j++)
      if (g_array_index (pending, Pending, i).date == g_array_index (pending, Pending, j).date)
        {
          g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                       "%s and %s fall on the same day in %s in %d",
                       g_array_index (pending, Pending, i).name,
                       g_array_index (pending, Pending, j).name,
                       scr_division_to_string (division), year);
          return FALSE;
        }

  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = &g_array_index (pending, Pending, i);

      g_ptr_array_add (out, scr_holiday_new_internal (p->date, p->name, division, p->kind,
                                                      p->provenance,
                                                      p->date != p->nominal ? p->nominal : 0,
                                                      p->source, provisional));
    }
  return TRUE;
}

static GPtrArray *
table_generate (ScrHolidayTable  *table,
                ScrDivision       division,
                GError          **error)
{
  g_autoptr(GPtrArray) holidays = g_ptr_array_new_with_free_func (g_object_unref);

  for (int year = table->first_year; year <= table->last_year; year++)
    if (!generate_year (table, division, year, holidays, error))
      return NULL;
  g_ptr_array_sort (holidays, scr_holiday_compare_by_date);
  return g_steal_pointer (&holidays);
}

GPtrArray *
scr_holiday_table_generate_from_data (const char   *data,
                                      gssize        length,
                                      ScrDivision   division,
                                      GError      **error)
{
  g_autoptr(ScrHolidayTable) table = scr_holiday_table_parse (data, length, error);

  if (table == NULL)
    return NULL;
  return table_generate (table, division, error);
}

/* Built once per process; the results never change and are only read. */
typedef struct {
  ScrHolidayTable *table;
  GError *error;
  GPtrArray *divisions[SCR_N_DIVISIONS];
} Cache;

static GOnce cache_once = G_ONCE_INIT;

static gpointer
cache_build (gpointer data)
{
  Cache *cache = g_new0 (Cache, 1);

  cache->table = scr_holiday_table_load (&cache->error);
  if (cache->table == NULL)
    return cache;
  for (int d = 0; d < SCR_N_DIVISIONS && cache->error == NULL; d++)
    cache->divisions[d] = table_generate (cache->table, d, &cache->error);
  if (cache->error != NULL)
    g_prefix_error (&cache->error, "resource://%s: ", SCR_HOLIDAY_TABLE_RESOURCE);
  SCR_ONCE_MADE (&cache_once);
  return cache;
}

static Cache *
cache_get (void)
{
  Cache *cache = g_once (&cache_once, cache_build, NULL);

  SCR_ONCE_FOUND (&cache_once);
  return cache;
}

GPtrArray *
scr_holiday_table_get (ScrDivision   division,
                       GError      **error)
{
  Cache *cache = cache_get ();

  if (cache->error != NULL)
    {
      g_propagate_error (error, g_error_copy (cache->error));
      return NULL;
    }
  return g_ptr_array_ref (cache->divisions[division]);
}

gint32
scr_holiday_table_get_confirmed_through (void)
{
  Cache *cache = cache_get ();

  return cache->table != NULL ? cache->table->confirmed_through
                              : scr_ordinal_from_ymd (2028, 12, 31);
}
