/* scr-holiday-table.c: the built-in UK bank-holiday table, generated from
 * the rules and one-offs in uk-bank-holidays.json (a GResource).
 *
 * The JSON holds the data; this file holds only the mechanisms: dates by
 * rule (fixed, n-th or last weekday of a month, Easter offsets), start and
 * end years, substitute policies, moves, extra and observed days.
 *
 * Over 800 lines as one concept: reading the table's JSON (with an error
 * for each member) and generating a year from it share the private Table
 * types and nothing else uses them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-holiday-private.h"
#include "scr-calendar-resources.h"
#include "scr-date-private.h"
#include "scr-enum-types.h"
#include "scr-error.h"
#include "scr-json-private.h"
#include "scr-calendar.h"

#define TABLE_RESOURCE "/org/scr/libscr/calendar/uk-bank-holidays.json"
#define N_DIVISIONS 3

typedef enum {
  DATE_FIXED,
  DATE_NTH_WEEKDAY,
  DATE_EASTER,
} DateKind;

typedef struct {
  DateKind kind;
  int month;
  int day;
  int weekday;   /* 1 = Monday */
  int nth;       /* 1.. or -1 for the last */
  int easter;    /* days after Easter Sunday */
} DateRule;

typedef enum {
  SUB_NONE,
  SUB_NEXT_MONDAY,
  SUB_NEXT_FREE_WEEKDAY,
} SubPolicy;

typedef enum {
  ORDER_OWN_WEEKDAYS_FIRST,
  ORDER_RULE_ORDER,
} GroupOrder;

typedef struct {
  gboolean present;
  char *name;
  DateRule date;
  int from;
  int until;
  ScrHolidayProvenance provenance;
  ScrHolidayProvenance substitute_provenance;
  SubPolicy substitute;
  int group;     /* index into groups, or -1 */
  char *source;
} DivisionRule;

typedef struct {
  char *id;
  DivisionRule division[N_DIVISIONS];
} Rule;

typedef enum {
  ONE_OFF_MOVE,
  ONE_OFF_EXTRA,
  ONE_OFF_OBSERVED,
} OneOffKind;

typedef struct {
  OneOffKind kind;
  int rule;      /* for moves */
  int year;
  gint32 date;   /* the new date, the extra day or the observed day */
  char *name;
  char *source;
  gboolean division[N_DIVISIONS];
} OneOff;

typedef struct {
  int first_year;
  int last_year;
  gint32 confirmed_through;
  GArray *groups;  /* GroupOrder */
  GArray *rules;   /* Rule */
  GArray *one_offs; /* OneOff */
} Table;

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

static const char *const weekday_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

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
date_rule_eval (const DateRule *rule,
                int             year)
{
  gint32 ordinal;

  switch (rule->kind)
    {
    case DATE_FIXED:
      return scr_ordinal_from_ymd (year, rule->month, rule->day);
    case DATE_EASTER:
      return scr_easter_sunday (year) + rule->easter;
    case DATE_NTH_WEEKDAY:
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

/* ---- Reading the JSON ------------------------------------------------ */

static gboolean
read_provenance (JsonObject           *object,
                 const char           *path,
                 const char           *member,
                 ScrHolidayProvenance *out,
                 GError              **error)
{
  int value;
  g_autofree char *text = NULL;

  if (!scr_json_read_string (object, path, member, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (!scr_enum_from_nick (SCR_TYPE_HOLIDAY_PROVENANCE, text, &value))
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, member,
                          "unknown provenance \"%s\"", text);
      return FALSE;
    }
  *out = value;
  return TRUE;
}

static gboolean
read_date_rule (JsonObject  *object,
                const char  *path,
                DateRule    *rule,
                GError     **error)
{
  gint64 value;
  gboolean present;
  g_autofree char *weekday = NULL;

  if (!scr_json_read_int (object, path, "easter", FALSE, -100, 100, &value, &present, error))
    return FALSE;
  if (present)
    {
      rule->kind = DATE_EASTER;
      rule->easter = (int) value;
      return TRUE;
    }
  if (!scr_json_read_int (object, path, "month", TRUE, 1, 12, &value, NULL, error))
    return FALSE;
  rule->month = (int) value;
  if (!scr_json_read_string (object, path, "weekday", FALSE, &weekday, error))
    return FALSE;
  if (weekday != NULL)
    {
      rule->kind = DATE_NTH_WEEKDAY;
      rule->weekday = 0;
      for (gsize i = 0; i < G_N_ELEMENTS (weekday_names); i++)
        if (g_str_equal (weekday, weekday_names[i]))
          rule->weekday = (int) i + 1;
      if (rule->weekday == 0)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "weekday",
                              "unknown weekday \"%s\"", weekday);
          return FALSE;
        }
      if (!scr_json_read_int (object, path, "nth", TRUE, -1, 5, &value, NULL, error))
        return FALSE;
      if (value == 0)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "nth",
                              "0 is not a position (1..5, or -1 for the last)");
          return FALSE;
        }
      rule->nth = (int) value;
      return TRUE;
    }
  if (!scr_json_read_int (object, path, "day", TRUE, 1, 31, &value, NULL, error))
    return FALSE;
  rule->kind = DATE_FIXED;
  rule->day = (int) value;
  if (rule->day > scr_days_in_month (2001, rule->month))
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "day",
                          "month %d has no day %d in most years", rule->month, rule->day);
      return FALSE;
    }
  return TRUE;
}

static int
find_group (Table      *table,
            GPtrArray  *group_ids,
            const char *id)
{
  for (guint i = 0; i < group_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (group_ids, i), id))
      return (int) i;
  return -1;
}

/* Reads the members a rule and its per-division objects share; values
 * already in @rule are the defaults. */
static gboolean
read_rule_fields (Table        *table,
                  GPtrArray    *group_ids,
                  JsonObject   *object,
                  const char   *path,
                  DivisionRule *rule,
                  GError      **error)
{
  g_autofree char *name = NULL;
  g_autofree char *substitute = NULL;
  g_autofree char *group = NULL;
  g_autofree char *source = NULL;
  JsonObject *date = NULL;
  gint64 value;
  gboolean present;

  if (!scr_json_read_string (object, path, "name", FALSE, &name, error) ||
      !scr_json_read_string (object, path, "substitute", FALSE, &substitute, error) ||
      !scr_json_read_string (object, path, "group", FALSE, &group, error) ||
      !scr_json_read_string (object, path, "source", FALSE, &source, error) ||
      !scr_json_read_object (object, path, "date", FALSE, &date, error) ||
      !read_provenance (object, path, "provenance", &rule->provenance, error) ||
      !read_provenance (object, path, "substitute_provenance", &rule->substitute_provenance, error))
    return FALSE;
  if (name != NULL)
    {
      g_free (rule->name);
      rule->name = g_steal_pointer (&name);
    }
  if (source != NULL)
    {
      g_free (rule->source);
      rule->source = g_steal_pointer (&source);
    }
  if (date != NULL)
    {
      g_autofree char *date_path = scr_json_path_member (path, "date");

      if (!read_date_rule (date, date_path, &rule->date, error))
        return FALSE;
    }
  if (substitute != NULL)
    {
      if (g_str_equal (substitute, "none"))
        rule->substitute = SUB_NONE;
      else if (g_str_equal (substitute, "next-monday"))
        rule->substitute = SUB_NEXT_MONDAY;
      else if (g_str_equal (substitute, "next-free-weekday"))
        rule->substitute = SUB_NEXT_FREE_WEEKDAY;
      else
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "substitute",
                              "unknown substitute policy \"%s\" (expected none, next-monday or next-free-weekday)",
                              substitute);
          return FALSE;
        }
    }
  if (group != NULL)
    {
      rule->group = find_group (table, group_ids, group);
      if (rule->group < 0)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "group",
                              "no substitute group \"%s\"", group);
          return FALSE;
        }
    }
  if (!scr_json_read_int (object, path, "from", FALSE, 1, 9999, &value, &present, error))
    return FALSE;
  if (present)
    rule->from = (int) value;
  if (!scr_json_read_int (object, path, "until", FALSE, 1, 9999, &value, &present, error))
    return FALSE;
  if (present)
    rule->until = (int) value;
  return TRUE;
}

static void
division_rule_clear (DivisionRule *rule)
{
  g_clear_pointer (&rule->name, g_free);
  g_clear_pointer (&rule->source, g_free);
}

static void
rule_clear (gpointer data)
{
  Rule *rule = data;

  g_clear_pointer (&rule->id, g_free);
  for (int d = 0; d < N_DIVISIONS; d++)
    division_rule_clear (&rule->division[d]);
}

static void
one_off_clear (gpointer data)
{
  OneOff *one_off = data;

  g_clear_pointer (&one_off->name, g_free);
  g_clear_pointer (&one_off->source, g_free);
}

static void
table_free (Table *table)
{
  g_clear_pointer (&table->groups, g_array_unref);
  g_clear_pointer (&table->rules, g_array_unref);
  g_clear_pointer (&table->one_offs, g_array_unref);
  g_free (table);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

static gboolean
read_rule (Table       *table,
           GPtrArray   *group_ids,
           JsonObject  *object,
           const char  *path,
           Rule        *rule,
           GError     **error)
{
  DivisionRule defaults = { 0, };
  JsonObject *divisions = NULL;
  g_autofree char *divisions_path = scr_json_path_member (path, "divisions");
  gboolean ok = FALSE;
  GList *members = NULL;

  defaults.from = table->first_year;
  defaults.until = table->last_year;
  defaults.group = -1;
  defaults.provenance = SCR_HOLIDAY_PROVENANCE_STATUTE;
  defaults.substitute_provenance = SCR_HOLIDAY_PROVENANCE_PROCLAMATION;
  defaults.date.kind = DATE_FIXED;
  defaults.date.month = 0;

  if (!scr_json_read_string (object, path, "id", TRUE, &rule->id, error) ||
      !read_rule_fields (table, group_ids, object, path, &defaults, error) ||
      !scr_json_read_object (object, path, "divisions", TRUE, &divisions, error))
    goto out;

  members = json_object_get_members (divisions);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *slug = l->data;
      ScrDivision division;
      DivisionRule *dr;
      JsonObject *override = NULL;
      g_autofree char *member_path = scr_json_path_member (divisions_path, slug);

      if (!scr_division_from_string (slug, &division, NULL))
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, divisions_path, slug,
                              "unknown division");
          goto out;
        }
      if (!scr_json_read_object (divisions, divisions_path, slug, TRUE, &override, error))
        goto out;
      dr = &rule->division[division];
      *dr = defaults;
      dr->name = g_strdup (defaults.name);
      dr->source = g_strdup (defaults.source);
      dr->present = TRUE;
      if (!read_rule_fields (table, group_ids, override, member_path, dr, error))
        goto out;
      if (dr->name == NULL || (dr->date.month == 0 && dr->date.kind != DATE_EASTER))
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, member_path, NULL,
                              "the rule has no name or no date");
          goto out;
        }
      if (dr->substitute == SUB_NEXT_FREE_WEEKDAY && dr->group < 0)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, member_path, NULL,
                              "next-free-weekday needs a substitute group");
          goto out;
        }
    }
  ok = TRUE;
out:
  g_list_free (members);
  division_rule_clear (&defaults);
  return ok;
}

static int
find_rule (Table      *table,
           const char *id)
{
  for (guint i = 0; i < table->rules->len; i++)
    if (g_str_equal (g_array_index (table->rules, Rule, i).id, id))
      return (int) i;
  return -1;
}

static gboolean
read_iso_date (JsonObject  *object,
               const char  *path,
               const char  *member,
               gint32      *out,
               GError     **error)
{
  g_autoptr(ScrDate) date = NULL;

  if (!scr_json_read_date (object, path, member, TRUE, &date, error))
    return FALSE;
  if (!scr_date_is_complete (date))
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, member, "needs a full date YYYY-MM-DD");
      return FALSE;
    }
  *out = scr_date_get_ordinal (date);
  return TRUE;
}

static gboolean
read_one_off (Table       *table,
              JsonObject  *object,
              const char  *path,
              OneOff      *one_off,
              GError     **error)
{
  g_auto(GStrv) divisions = NULL;
  const char *date_member;
  int y, m, d;

  if (json_object_has_member (object, "move"))
    {
      g_autofree char *rule = NULL;
      gint64 year;

      one_off->kind = ONE_OFF_MOVE;
      date_member = "to";
      if (!scr_json_read_string (object, path, "move", TRUE, &rule, error) ||
          !scr_json_read_int (object, path, "year", TRUE, table->first_year, table->last_year,
                              &year, NULL, error))
        return FALSE;
      one_off->rule = find_rule (table, rule);
      one_off->year = (int) year;
      if (one_off->rule < 0)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "move", "no rule \"%s\"", rule);
          return FALSE;
        }
    }
  else if (json_object_has_member (object, "extra"))
    {
      one_off->kind = ONE_OFF_EXTRA;
      date_member = "extra";
    }
  else
    {
      one_off->kind = ONE_OFF_OBSERVED;
      date_member = "observed";
    }
  if (!read_iso_date (object, path, date_member, &one_off->date, error) ||
      !scr_json_read_string (object, path, "name", one_off->kind == ONE_OFF_EXTRA, &one_off->name, error) ||
      !scr_json_read_string (object, path, "source", TRUE, &one_off->source, error) ||
      !scr_json_read_strv (object, path, "divisions", TRUE, &divisions, error))
    return FALSE;
  scr_ordinal_to_ymd (one_off->date, &y, &m, &d);
  if (one_off->kind == ONE_OFF_MOVE && y != one_off->year)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "to", "is not in %d", one_off->year);
      return FALSE;
    }
  one_off->year = y;
  for (guint i = 0; divisions[i] != NULL; i++)
    {
      ScrDivision division;

      if (!scr_division_from_string (divisions[i], &division, NULL))
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "divisions",
                              "unknown division \"%s\"", divisions[i]);
          return FALSE;
        }
      one_off->division[division] = TRUE;
    }
  return TRUE;
}

static Table *
table_parse (const char  *data,
             gssize       size,
             GError     **error)
{
  g_autoptr(Table) table = g_new0 (Table, 1);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) group_ids = g_ptr_array_new_with_free_func (g_free);
  JsonObject *object;
  JsonArray *array = NULL;
  gint64 value;

  table->groups = g_array_new (FALSE, FALSE, sizeof (GroupOrder));
  table->rules = g_array_new (FALSE, TRUE, sizeof (Rule));
  g_array_set_clear_func (table->rules, rule_clear);
  table->one_offs = g_array_new (FALSE, TRUE, sizeof (OneOff));
  g_array_set_clear_func (table->one_offs, one_off_clear);

  root = scr_json_parse_data (data, size, error);
  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, SCR_ERROR, SCR_ERROR_VALIDATION, "the document is not an object");
      return NULL;
    }
  object = json_node_get_object (root);
  if (!scr_json_read_int (object, NULL, "schema_version", TRUE, 1, 1, &value, NULL, error) ||
      !scr_json_read_int (object, NULL, "first_year", TRUE, SCR_CALENDAR_FIRST_YEAR,
                          SCR_CALENDAR_FIRST_YEAR, &value, NULL, error))
    return NULL;
  table->first_year = (int) value;
  if (!scr_json_read_int (object, NULL, "last_year", TRUE, SCR_CALENDAR_LAST_YEAR,
                          SCR_CALENDAR_LAST_YEAR, &value, NULL, error) ||
      !read_iso_date (object, NULL, "confirmed_through", &table->confirmed_through, error))
    return NULL;
  table->last_year = (int) value;

  if (!scr_json_read_array (object, NULL, "substitute_groups", TRUE, &array, error))
    return NULL;
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = scr_json_path_index ("substitute_groups", i);
      JsonObject *group = scr_json_array_get_object (array, i, path, error);
      g_autofree char *id = NULL;
      g_autofree char *order = NULL;
      GroupOrder value_order;

      if (group == NULL ||
          !scr_json_read_string (group, path, "id", TRUE, &id, error) ||
          !scr_json_read_string (group, path, "order", TRUE, &order, error))
        return NULL;
      if (g_str_equal (order, "own-weekdays-first"))
        value_order = ORDER_OWN_WEEKDAYS_FIRST;
      else if (g_str_equal (order, "rule-order"))
        value_order = ORDER_RULE_ORDER;
      else
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "order",
                              "unknown order \"%s\" (expected own-weekdays-first or rule-order)", order);
          return NULL;
        }
      g_array_append_val (table->groups, value_order);
      g_ptr_array_add (group_ids, g_steal_pointer (&id));
    }

  if (!scr_json_read_array (object, NULL, "rules", TRUE, &array, error))
    return NULL;
  g_array_set_size (table->rules, json_array_get_length (array));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = scr_json_path_index ("rules", i);
      JsonObject *rule = scr_json_array_get_object (array, i, path, error);

      if (rule == NULL ||
          !read_rule (table, group_ids, rule, path, &g_array_index (table->rules, Rule, i), error))
        return NULL;
    }

  if (!scr_json_read_array (object, NULL, "one_offs", TRUE, &array, error))
    return NULL;
  g_array_set_size (table->one_offs, json_array_get_length (array));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = scr_json_path_index ("one_offs", i);
      JsonObject *one_off = scr_json_array_get_object (array, i, path, error);

      if (one_off == NULL ||
          !read_one_off (table, one_off, path, &g_array_index (table->one_offs, OneOff, i), error))
        return NULL;
    }
  return g_steal_pointer (&table);
}

static Table *
table_load (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gconstpointer data;
  gsize size;
  Table *table;

  bytes = g_resource_lookup_data (_scr_calendar_get_resource (), TABLE_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  table = table_parse (data, (gssize) size, error);
  if (table == NULL)
    g_prefix_error (error, "resource://%s: ", TABLE_RESOURCE);
  return table;
}

/* ---- Generating a year ----------------------------------------------- */

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
resolve_group (Table       *table,
               GArray      *pending,
               ScrDivision  division,
               int          group)
{
  GroupOrder order = g_array_index (table->groups, GroupOrder, group);

  if (order == ORDER_OWN_WEEKDAYS_FIRST)
    for (guint i = 0; i < pending->len; i++)
      {
        Pending *p = &g_array_index (pending, Pending, i);
        DivisionRule *dr;

        if (p->placed || p->rule < 0)
          continue;
        dr = &g_array_index (table->rules, Rule, p->rule).division[division];
        if (dr->group == group && !is_weekend (p->nominal) && !date_taken (pending, p->nominal))
          place_substitute (p, p->nominal, dr->substitute_provenance);
      }
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = &g_array_index (pending, Pending, i);
      DivisionRule *dr;
      gint32 date;

      if (p->placed || p->rule < 0)
        continue;
      dr = &g_array_index (table->rules, Rule, p->rule).division[division];
      if (dr->group != group)
        continue;
      date = p->nominal;
      while (is_weekend (date) || date_taken (pending, date))
        date++;
      place_substitute (p, date, dr->substitute_provenance);
    }
}

static gboolean
generate_year (Table        *table,
               ScrDivision   division,
               int           year,
               GPtrArray    *out,
               GError      **error)
{
  g_autoptr(GArray) pending = g_array_new (FALSE, TRUE, sizeof (Pending));
  gboolean provisional = scr_ordinal_from_ymd (year, 1, 1) > table->confirmed_through;

  /* 1. Regular dates. */
  for (guint r = 0; r < table->rules->len; r++)
    {
      DivisionRule *dr = &g_array_index (table->rules, Rule, r).division[division];
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
      OneOff *one_off = &g_array_index (table->one_offs, OneOff, o);
      gboolean found = FALSE;

      if (one_off->kind != ONE_OFF_MOVE || one_off->year != year || !one_off->division[division])
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
                       g_array_index (table->rules, Rule, one_off->rule).id,
                       scr_division_to_string (division), year);
          return FALSE;
        }
    }

  /* 3. Days that stay put, then next-Monday substitutes (single fixed
   * days), then each group of interacting days. */
  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = &g_array_index (pending, Pending, i);
      DivisionRule *dr;

      if (p->placed)
        continue;
      dr = &g_array_index (table->rules, Rule, p->rule).division[division];
      if (dr->substitute == SUB_NONE)
        p->placed = TRUE;
      else if (dr->substitute == SUB_NEXT_MONDAY)
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
      OneOff *one_off = &g_array_index (table->one_offs, OneOff, o);
      Pending p = { 0, };

      if (one_off->kind != ONE_OFF_EXTRA || one_off->year != year || !one_off->division[division])
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
      OneOff *one_off = &g_array_index (table->one_offs, OneOff, o);
      gboolean found = FALSE;

      if (one_off->kind != ONE_OFF_OBSERVED || one_off->year != year || !one_off->division[division])
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
table_generate (Table        *table,
                ScrDivision   division,
                GError      **error)
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
  g_autoptr(Table) table = table_parse (data, length, error);

  if (table == NULL)
    return NULL;
  return table_generate (table, division, error);
}

/* Built once per process; the results never change and are only read. */
typedef struct {
  Table *table;
  GError *error;
  GPtrArray *divisions[N_DIVISIONS];
} Cache;

static gpointer
cache_build (gpointer data)
{
  Cache *cache = g_new0 (Cache, 1);

  cache->table = table_load (&cache->error);
  if (cache->table == NULL)
    return cache;
  for (int d = 0; d < N_DIVISIONS && cache->error == NULL; d++)
    cache->divisions[d] = table_generate (cache->table, d, &cache->error);
  if (cache->error != NULL)
    g_prefix_error (&cache->error, "resource://%s: ", TABLE_RESOURCE);
  return cache;
}

static Cache *
cache_get (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, cache_build, NULL);
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
