/* scr-holiday-table-parse.c: reading uk-bank-holidays.json into a
 * ScrHolidayTable, with an error naming the JSON path of each member: the
 * substitute groups, the rules with their per-division objects and dates,
 * and the one-offs.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-holiday-table-private.h"
#include "scr-calendar-resources.h"
#include "scr-resource-private.h"
#include "scr-date-private.h"
#include "scr-enum-types.h"
#include "scr-error.h"
#include "scr-json-private.h"
#include "scr-calendar.h"

static const char *const weekday_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

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
read_date_rule (JsonObject   *object,
                const char   *path,
                ScrDateRule  *rule,
                GError      **error)
{
  gint64 value;
  gboolean present;
  g_autofree char *weekday = NULL;

  if (!scr_json_read_int (object, path, "easter", FALSE, -100, 100, &value, &present, error))
    return FALSE;
  if (present)
    {
      rule->kind = SCR_DATE_RULE_EASTER;
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
      rule->kind = SCR_DATE_RULE_NTH_WEEKDAY;
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
  rule->kind = SCR_DATE_RULE_FIXED;
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
find_group (ScrHolidayTable *table,
            GPtrArray       *group_ids,
            const char      *id)
{
  for (guint i = 0; i < group_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (group_ids, i), id))
      return (int) i;
  return -1;
}

/* Reads the members a rule and its per-division objects share; values
 * already in @rule are the defaults. */
static gboolean
read_rule_fields (ScrHolidayTable *table,
                  GPtrArray       *group_ids,
                  JsonObject      *object,
                  const char      *path,
                  ScrDivisionRule *rule,
                  GError         **error)
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
        rule->substitute = SCR_SUBSTITUTE_NONE;
      else if (g_str_equal (substitute, "next-monday"))
        rule->substitute = SCR_SUBSTITUTE_NEXT_MONDAY;
      else if (g_str_equal (substitute, "next-free-weekday"))
        rule->substitute = SCR_SUBSTITUTE_NEXT_FREE_WEEKDAY;
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
division_rule_clear (ScrDivisionRule *rule)
{
  g_clear_pointer (&rule->name, g_free);
  g_clear_pointer (&rule->source, g_free);
}

static void
rule_clear (gpointer data)
{
  ScrHolidayRule *rule = data;

  g_clear_pointer (&rule->id, g_free);
  for (int d = 0; d < SCR_N_DIVISIONS; d++)
    division_rule_clear (&rule->division[d]);
}

static void
one_off_clear (gpointer data)
{
  ScrOneOff *one_off = data;

  g_clear_pointer (&one_off->name, g_free);
  g_clear_pointer (&one_off->source, g_free);
}

void
scr_holiday_table_free (ScrHolidayTable *table)
{
  g_clear_pointer (&table->groups, g_array_unref);
  g_clear_pointer (&table->rules, g_array_unref);
  g_clear_pointer (&table->one_offs, g_array_unref);
  g_free (table);
}

static gboolean
read_rule (ScrHolidayTable  *table,
           GPtrArray        *group_ids,
           JsonObject       *object,
           const char       *path,
           ScrHolidayRule   *rule,
           GError          **error)
{
  ScrDivisionRule defaults = { 0, };
  JsonObject *divisions = NULL;
  g_autofree char *divisions_path = scr_json_path_member (path, "divisions");
  gboolean ok = FALSE;
  GList *members = NULL;

  defaults.from = table->first_year;
  defaults.until = table->last_year;
  defaults.group = -1;
  defaults.provenance = SCR_HOLIDAY_PROVENANCE_STATUTE;
  defaults.substitute_provenance = SCR_HOLIDAY_PROVENANCE_PROCLAMATION;
  defaults.date.kind = SCR_DATE_RULE_FIXED;
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
      ScrDivisionRule *dr;
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
      if (dr->name == NULL || (dr->date.month == 0 && dr->date.kind != SCR_DATE_RULE_EASTER))
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, member_path, NULL,
                              "the rule has no name or no date");
          goto out;
        }
      if (dr->substitute == SCR_SUBSTITUTE_NEXT_FREE_WEEKDAY && dr->group < 0)
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
find_rule (ScrHolidayTable *table,
           const char      *id)
{
  for (guint i = 0; i < table->rules->len; i++)
    if (g_str_equal (g_array_index (table->rules, ScrHolidayRule, i).id, id))
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
read_one_off (ScrHolidayTable  *table,
              JsonObject       *object,
              const char       *path,
              ScrOneOff        *one_off,
              GError          **error)
{
  g_auto(GStrv) divisions = NULL;
  const char *date_member;
  int y, m, d;

  if (json_object_has_member (object, "move"))
    {
      g_autofree char *rule = NULL;
      gint64 year;

      one_off->kind = SCR_ONE_OFF_MOVE;
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
      one_off->kind = SCR_ONE_OFF_EXTRA;
      date_member = "extra";
    }
  else
    {
      one_off->kind = SCR_ONE_OFF_OBSERVED;
      date_member = "observed";
    }
  if (!read_iso_date (object, path, date_member, &one_off->date, error) ||
      !scr_json_read_string (object, path, "name", one_off->kind == SCR_ONE_OFF_EXTRA,
                             &one_off->name, error) ||
      !scr_json_read_string (object, path, "source", TRUE, &one_off->source, error) ||
      !scr_json_read_strv (object, path, "divisions", TRUE, &divisions, error))
    return FALSE;
  scr_ordinal_to_ymd (one_off->date, &y, &m, &d);
  if (one_off->kind == SCR_ONE_OFF_MOVE && y != one_off->year)
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

ScrHolidayTable *
scr_holiday_table_parse (const char  *data,
                         gssize       size,
                         GError     **error)
{
  g_autoptr(ScrHolidayTable) table = g_new0 (ScrHolidayTable, 1);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) group_ids = g_ptr_array_new_with_free_func (g_free);
  JsonObject *object;
  JsonArray *array = NULL;
  gint64 value;

  table->groups = g_array_new (FALSE, FALSE, sizeof (ScrGroupOrder));
  table->rules = g_array_new (FALSE, TRUE, sizeof (ScrHolidayRule));
  g_array_set_clear_func (table->rules, rule_clear);
  table->one_offs = g_array_new (FALSE, TRUE, sizeof (ScrOneOff));
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
      ScrGroupOrder value_order;

      if (group == NULL ||
          !scr_json_read_string (group, path, "id", TRUE, &id, error) ||
          !scr_json_read_string (group, path, "order", TRUE, &order, error))
        return NULL;
      if (g_str_equal (order, "own-weekdays-first"))
        value_order = SCR_GROUP_ORDER_OWN_WEEKDAYS_FIRST;
      else if (g_str_equal (order, "rule-order"))
        value_order = SCR_GROUP_ORDER_RULE_ORDER;
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
          !read_rule (table, group_ids, rule, path,
                      &g_array_index (table->rules, ScrHolidayRule, i), error))
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
          !read_one_off (table, one_off, path,
                         &g_array_index (table->one_offs, ScrOneOff, i), error))
        return NULL;
    }
  return g_steal_pointer (&table);
}

ScrHolidayTable *
scr_holiday_table_load (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gconstpointer data;
  gsize size;
  ScrHolidayTable *table;

  bytes = scr_resource_lookup (_scr_calendar_get_resource, SCR_HOLIDAY_TABLE_RESOURCE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  table = scr_holiday_table_parse (data, (gssize) size, error);
  if (table == NULL)
    g_prefix_error (error, "resource://%s: ", SCR_HOLIDAY_TABLE_RESOURCE);
  return table;
}
