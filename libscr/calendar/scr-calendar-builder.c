/* scr-calendar-builder.c: builds a calendar from a division plus local
 * closures and GOV.UK updates.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-calendar-builder.h"
#include "scr-calendar-private.h"
#include "scr-holiday-private.h"
#include "scr-date-private.h"
#include "scr-enum-types.h"
#include "scr-error.h"
#include "scr-json-private.h"

#define GOV_UK_SOURCE "GOV.UK bank-holidays.json"

/**
 * ScrCalendarBuilder:
 *
 * Builds a [class@Scr.Calendar] from a division's bank holidays plus an
 * organisation's closure days and GOV.UK updates. A builder is mutable and
 * meant for one thread; the calendars it builds are immutable.
 *
 * Closures come from [method@Scr.CalendarBuilder.add_closure] or from a
 * small JSON file ([method@Scr.CalendarBuilder.load_closures_file]):
 *
 * ```json
 * {
 *   "schema_version": 1,
 *   "division": "scotland",
 *   "name": "Glasgow City Council",
 *   "closures": [
 *     {"date": "2025-07-21", "name": "Glasgow Fair Monday"},
 *     {"from": "2025-12-29", "to": "2025-12-31", "name": "Christmas closure"}
 *   ]
 * }
 * ```
 *
 * `division` and `name` are optional; a file for another division than
 * the builder's is an error.
 *
 * A GOV.UK `bank-holidays.json` document
 * ([method@Scr.CalendarBuilder.load_gov_uk_file]) is an update: for the
 * builder's division, its events replace the built-in days from 1 January
 * of the year of its first event to the day of its last event, and the
 * built-in table stays in force outside that window (the feed drops old
 * years). The confirmed horizon moves to the last event if that is later.
 * A GOV.UK day takes its kind and substituted date from the built-in day of
 * the same name in the same year (names decide, as GOV.UK has labelled
 * clashing days both ways round); a day with no counterpart is a
 * substitute when its notes say "Substitute day", and otherwise extra.
 */
struct _ScrCalendarBuilder
{
  GObject parent_instance;

  ScrDivision division;
  GPtrArray *closures;       /* ScrHoliday */
  GPtrArray *gov_uk;         /* ScrHoliday, or NULL when none loaded */
  gint32 gov_uk_first;       /* 1 January of the first year of the window */
  gint32 gov_uk_last;        /* the last day of the window: the last event */
};

G_DEFINE_FINAL_TYPE (ScrCalendarBuilder, scr_calendar_builder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DIVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_calendar_builder_finalize (GObject *object)
{
  ScrCalendarBuilder *self = SCR_CALENDAR_BUILDER (object);

  g_clear_pointer (&self->closures, g_ptr_array_unref);
  g_clear_pointer (&self->gov_uk, g_ptr_array_unref);
  G_OBJECT_CLASS (scr_calendar_builder_parent_class)->finalize (object);
}

static void
scr_calendar_builder_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ScrCalendarBuilder *self = SCR_CALENDAR_BUILDER (object);

  switch (prop_id)
    {
    case PROP_DIVISION:
      g_value_set_enum (value, self->division);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_calendar_builder_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ScrCalendarBuilder *self = SCR_CALENDAR_BUILDER (object);

  switch (prop_id)
    {
    case PROP_DIVISION:
      self->division = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_calendar_builder_class_init (ScrCalendarBuilderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scr_calendar_builder_finalize;
  object_class->get_property = scr_calendar_builder_get_property;
  object_class->set_property = scr_calendar_builder_set_property;

  /**
   * ScrCalendarBuilder:division: (getter get_division)
   *
   * The division whose bank holidays the calendar starts from.
   */
  properties[PROP_DIVISION] =
    g_param_spec_enum ("division", NULL, NULL, SCR_TYPE_DIVISION,
                       SCR_DIVISION_ENGLAND_AND_WALES,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_calendar_builder_init (ScrCalendarBuilder *self)
{
  self->closures = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * scr_calendar_builder_new:
 * @division: the division whose bank holidays the calendar starts from
 *
 * Creates a builder for a calendar of @division.
 *
 * Returns: (transfer full): a new builder
 */
ScrCalendarBuilder *
scr_calendar_builder_new (ScrDivision division)
{
  g_return_val_if_fail ((guint) division <= SCR_DIVISION_NORTHERN_IRELAND, NULL);

  return g_object_new (SCR_TYPE_CALENDAR_BUILDER, "division", division, NULL);
}

/**
 * scr_calendar_builder_get_division:
 * @self: a builder
 *
 * Returns the division the builder starts from.
 *
 * Returns: the division the calendar starts from
 */
ScrDivision
scr_calendar_builder_get_division (ScrCalendarBuilder *self)
{
  g_return_val_if_fail (SCR_IS_CALENDAR_BUILDER (self), SCR_DIVISION_ENGLAND_AND_WALES);
  return self->division;
}

static gboolean
check_in_range (gint32       ordinal,
                const char  *path,
                GError     **error)
{
  int y, m, d;

  if (ordinal >= scr_calendar_range_first () && ordinal <= scr_calendar_range_last ())
    return TRUE;
  scr_ordinal_to_ymd (ordinal, &y, &m, &d);
  g_set_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE,
               "%s: %04d-%02d-%02d is outside the calendar's range %d..%d", path, y, m, d,
               SCR_CALENDAR_FIRST_YEAR, SCR_CALENDAR_LAST_YEAR);
  return FALSE;
}

static gboolean
add_closure_days (ScrCalendarBuilder  *self,
                  gint32               first,
                  gint32               last,
                  const char          *name,
                  const char          *path,
                  GError             **error)
{
  if (name == NULL || name[0] == '\0')
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT, "%s: a closure needs a name", path);
      return FALSE;
    }
  if (!check_in_range (first, path, error) || !check_in_range (last, path, error))
    return FALSE;
  if (last < first)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "%s: the closure ends before it starts", path);
      return FALSE;
    }
  for (gint32 day = first; day <= last; day++)
    g_ptr_array_add (self->closures,
                     scr_holiday_new_internal (day, name, self->division, SCR_HOLIDAY_KIND_CLOSURE,
                                               SCR_HOLIDAY_PROVENANCE_LOCAL, 0, NULL, FALSE));
  return TRUE;
}

/**
 * scr_calendar_builder_add_closure:
 * @self: a builder
 * @from: the first closure day, complete
 * @to: (nullable): the last closure day, or %NULL for a single day
 * @name: what the closure is, such as "Council Christmas closure"
 * @error: return location for a #GError
 *
 * Adds closure days: every day from @from to @to is a non-working day of
 * the calendar. Closures on weekends or bank holidays change nothing but
 * are listed.
 *
 * Returns: %TRUE on success; %FALSE with @error set for a partial or
 *   out-of-range date, a reversed range or an empty name
 */
gboolean
scr_calendar_builder_add_closure (ScrCalendarBuilder  *self,
                                  const ScrDate       *from,
                                  const ScrDate       *to,
                                  const char          *name,
                                  GError             **error)
{
  g_return_val_if_fail (SCR_IS_CALENDAR_BUILDER (self), FALSE);
  g_return_val_if_fail (from != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!scr_date_is_complete (from) || (to != NULL && !scr_date_is_complete (to)))
    {
      g_set_error_literal (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                           "closure: a closure needs complete dates");
      return FALSE;
    }
  return add_closure_days (self, scr_date_get_ordinal (from),
                           scr_date_get_ordinal (to != NULL ? to : from), name, "closure", error);
}

static gboolean
load_closures (ScrCalendarBuilder  *self,
               JsonNode            *root,
               GError             **error)
{
  JsonObject *object;
  JsonArray *closures = NULL;
  g_autofree char *division = NULL;
  g_autoptr(GPtrArray) saved = NULL;
  gint64 version;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, SCR_ERROR, SCR_ERROR_VALIDATION, "the document is not an object");
      return FALSE;
    }
  object = json_node_get_object (root);
  if (!scr_json_read_int (object, NULL, "schema_version", TRUE, G_MININT64, G_MAXINT64,
                          &version, NULL, error))
    return FALSE;
  if (version != 1)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_UNSUPPORTED_VERSION,
                   "schema_version: %" G_GINT64_FORMAT " is not supported (expected 1)", version);
      return FALSE;
    }
  if (!scr_json_read_string (object, NULL, "division", FALSE, &division, error) ||
      !scr_json_read_array (object, NULL, "closures", TRUE, &closures, error))
    return FALSE;
  if (division != NULL)
    {
      ScrDivision value;

      if (!scr_division_from_string (division, &value, NULL))
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, NULL, "division",
                              "unknown division \"%s\" (expected england-and-wales, "
                              "scotland or northern-ireland)", division);
          return FALSE;
        }
      if (value != self->division)
        {
          g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                       "division: the closures are for %s, the calendar is for %s",
                       division, scr_division_to_string (self->division));
          return FALSE;
        }
    }

  /* All or nothing: keep the closures added so far to restore on error. */
  saved = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->closures->len; i++)
    g_ptr_array_add (saved, g_object_ref (g_ptr_array_index (self->closures, i)));
  for (guint i = 0; i < json_array_get_length (closures); i++)
    {
      g_autofree char *path = scr_json_path_index ("closures", i);
      JsonObject *closure = scr_json_array_get_object (closures, i, path, error);
      g_autoptr(ScrDate) date = NULL;
      g_autoptr(ScrDate) from = NULL;
      g_autoptr(ScrDate) to = NULL;
      g_autofree char *name = NULL;
      gboolean ok;

      ok = closure != NULL &&
           scr_json_read_string (closure, path, "name", TRUE, &name, error) &&
           scr_json_read_date (closure, path, "date", FALSE, &date, error) &&
           scr_json_read_date (closure, path, "from", date == NULL, &from, error) &&
           scr_json_read_date (closure, path, "to", date == NULL, &to, error);
      if (ok && date != NULL && (from != NULL || to != NULL))
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, NULL,
                              "give either date or from and to, not both");
          ok = FALSE;
        }
      if (ok)
        {
          const ScrDate *first = date != NULL ? date : from;
          const ScrDate *last = date != NULL ? date : to;

          if (!scr_date_is_complete (first) || !scr_date_is_complete (last))
            {
              scr_json_set_error (error, SCR_ERROR_VALIDATION, path, NULL,
                                  "closure dates must be full dates YYYY-MM-DD");
              ok = FALSE;
            }
          else
            ok = add_closure_days (self, scr_date_get_ordinal (first), scr_date_get_ordinal (last),
                                   name, path, error);
        }
      if (!ok)
        {
          g_ptr_array_unref (self->closures);
          self->closures = g_steal_pointer (&saved);
          return FALSE;
        }
    }
  return TRUE;
}

typedef gboolean (*Loader) (ScrCalendarBuilder  *self,
                            JsonNode            *root,
                            GError             **error);

/* Parses a file and hands it to @loader; errors name the file. */
static gboolean
load_file (ScrCalendarBuilder  *self,
           const char          *filename,
           Loader               loader,
           GError             **error)
{
  g_autoptr(JsonNode) root = scr_json_parse_file (filename, error);

  if (root == NULL)
    return FALSE;
  if (!loader (self, root, error))
    {
      g_prefix_error (error, "%s: ", filename);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_data (ScrCalendarBuilder  *self,
           const char          *data,
           gssize               length,
           Loader               loader,
           GError             **error)
{
  g_autoptr(JsonNode) root = scr_json_parse_data (data, length, error);

  return root != NULL && loader (self, root, error);
}

/**
 * scr_calendar_builder_load_closures_file:
 * @self: a builder
 * @filename: (type filename): a closures JSON file (see
 *   [class@Scr.CalendarBuilder])
 * @error: return location for a #GError
 *
 * Adds the closure days of a JSON file. On error nothing is added and the
 * message names the file and the place: `FILE: closures[2].to: ...`.
 *
 * Returns: %TRUE on success
 */
gboolean
scr_calendar_builder_load_closures_file (ScrCalendarBuilder  *self,
                                         const char          *filename,
                                         GError             **error)
{
  g_return_val_if_fail (SCR_IS_CALENDAR_BUILDER (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return load_file (self, filename, load_closures, error);
}

/**
 * scr_calendar_builder_load_closures_data:
 * @self: a builder
 * @data: a closures JSON document
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * As [method@Scr.CalendarBuilder.load_closures_file], from memory.
 *
 * Returns: %TRUE on success
 */
gboolean
scr_calendar_builder_load_closures_data (ScrCalendarBuilder  *self,
                                         const char          *data,
                                         gssize               length,
                                         GError             **error)
{
  g_return_val_if_fail (SCR_IS_CALENDAR_BUILDER (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return load_data (self, data, length, load_closures, error);
}

/* ---- GOV.UK ---------------------------------------------------------- */

/* How a GOV.UK day relates to the built-in table. The built-in day of the
 * same name in the same year gives its kind and the date it stands in for;
 * names decide, because GOV.UK has labelled the two days of a Christmas or
 * Scottish New Year clash both ways round over the years (2011, 2017). A
 * day with no built-in counterpart is a substitute if GOV.UK's notes say
 * so, and otherwise an extra day; one under another name (the Welsh feed)
 * takes the kind of the built-in day on its date. */
static void
classify_event (GPtrArray      *builtin,
                gint32          ordinal,
                const char     *title,
                const char     *notes,
                ScrHolidayKind *kind,
                gint32         *substitute_for)
{
  gboolean substitute_note = notes != NULL && g_str_equal (notes, "Substitute day");
  ScrHoliday *named = NULL;
  gint32 first, last, nominal;
  int y, m, d;

  scr_ordinal_to_ymd (ordinal, &y, &m, &d);
  first = scr_ordinal_from_ymd (y, 1, 1);
  last = scr_ordinal_from_ymd (y, 12, 31);
  for (guint i = scr_holiday_lower_bound (builtin, first); i < builtin->len && named == NULL; i++)
    {
      ScrHoliday *holiday = g_ptr_array_index (builtin, i);

      if (scr_holiday_get_ordinal (holiday) > last)
        break;
      if (g_str_equal (scr_holiday_get_name (holiday), title))
        named = holiday;
    }
  *substitute_for = 0;
  if (named == NULL)
    {
      /* Another name (the Welsh feed's titles): the built-in day on the
       * same date, if any, still says what the day is. */
      guint i = scr_holiday_lower_bound (builtin, ordinal);

      if (i < builtin->len && scr_holiday_get_ordinal (g_ptr_array_index (builtin, i)) == ordinal)
        named = g_ptr_array_index (builtin, i);
      else
        {
          *kind = substitute_note ? SCR_HOLIDAY_KIND_SUBSTITUTE : SCR_HOLIDAY_KIND_EXTRA;
          return;
        }
    }
  nominal = scr_holiday_get_substitute_for (named) != NULL
            ? scr_date_get_ordinal (scr_holiday_get_substitute_for (named))
            : scr_holiday_get_ordinal (named);
  if (scr_holiday_get_ordinal (named) == ordinal)
    {
      *kind = scr_holiday_get_kind (named);
      *substitute_for = ordinal != nominal ? nominal : 0;
    }
  else if (ordinal == nominal)
    *kind = SCR_HOLIDAY_KIND_REGULAR;
  else
    {
      *kind = substitute_note ? SCR_HOLIDAY_KIND_SUBSTITUTE : SCR_HOLIDAY_KIND_MOVED;
      *substitute_for = nominal;
    }
}

static gboolean
load_gov_uk (ScrCalendarBuilder  *self,
             JsonNode            *root,
             GError             **error)
{
  g_autoptr(GPtrArray) builtin = NULL;
  g_autoptr(GPtrArray) events = NULL;
  JsonObject *object;
  GList *members;
  gboolean ok = TRUE;
  gint32 first = G_MAXINT32, last = G_MININT32;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                           "the document is not an object of divisions");
      return FALSE;
    }
  builtin = scr_holiday_table_get (self->division, error);
  if (builtin == NULL)
    return FALSE;
  events = g_ptr_array_new_with_free_func (g_object_unref);
  object = json_node_get_object (root);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL && ok; l = l->next)
    {
      const char *slug = l->data;
      ScrDivision division;
      JsonObject *part = NULL;
      JsonArray *array = NULL;
      g_autofree char *named = NULL;
      g_autofree char *events_path = scr_json_path_member (slug, "events");

      if (!scr_division_from_string (slug, &division, NULL))
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, slug, NULL,
                              "unknown division (expected england-and-wales, scotland or northern-ireland)");
          ok = FALSE;
          break;
        }
      if (!scr_json_read_object (object, NULL, slug, TRUE, &part, error) ||
          !scr_json_read_string (part, slug, "division", FALSE, &named, error) ||
          !scr_json_read_array (part, slug, "events", TRUE, &array, error))
        {
          ok = FALSE;
          break;
        }
      if (named != NULL && !g_str_equal (named, slug))
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, slug, "division",
                              "\"%s\" does not match the key \"%s\"", named, slug);
          ok = FALSE;
          break;
        }
      for (guint i = 0; i < json_array_get_length (array) && ok; i++)
        {
          g_autofree char *path = scr_json_path_index (events_path, i);
          JsonObject *event = scr_json_array_get_object (array, i, path, error);
          g_autoptr(ScrDate) date = NULL;
          g_autofree char *title = NULL;
          g_autofree char *notes = NULL;
          gboolean bunting;
          gint32 ordinal, substitute_for;
          ScrHolidayKind kind;
          g_autofree char *date_path = NULL;

          ok = event != NULL &&
               scr_json_read_string (event, path, "title", TRUE, &title, error) &&
               scr_json_read_date (event, path, "date", TRUE, &date, error) &&
               scr_json_read_string (event, path, "notes", FALSE, &notes, error) &&
               scr_json_read_bool (event, path, "bunting", FALSE, &bunting, NULL, error);
          if (!ok)
            break;
          date_path = scr_json_path_member (path, "date");
          if (!scr_date_is_complete (date))
            {
              scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "date", "needs a full date YYYY-MM-DD");
              ok = FALSE;
              break;
            }
          ordinal = scr_date_get_ordinal (date);
          if (!check_in_range (ordinal, date_path, error))
            {
              ok = FALSE;
              break;
            }
          if (division != self->division)
            continue;
          for (guint j = 0; j < events->len; j++)
            if (scr_holiday_get_ordinal (g_ptr_array_index (events, j)) == ordinal)
              {
                g_autofree char *iso = scr_date_to_iso8601 (date);

                scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "date",
                                    "a second event on %s", iso);
                ok = FALSE;
                break;
              }
          if (!ok)
            break;
          classify_event (builtin, ordinal, title, notes, &kind, &substitute_for);
          g_ptr_array_add (events,
                           scr_holiday_new_internal (ordinal, title, division, kind,
                                                     SCR_HOLIDAY_PROVENANCE_GOV_UK, substitute_for,
                                                     GOV_UK_SOURCE, FALSE));
          first = MIN (first, scr_ordinal_from_ymd (scr_date_get_year (date), 1, 1));
          last = MAX (last, ordinal);
        }
    }
  g_list_free (members);
  if (!ok)
    return FALSE;
  if (events->len == 0)
    return TRUE;   /* nothing for this division: the built-in table stands */
  g_clear_pointer (&self->gov_uk, g_ptr_array_unref);
  self->gov_uk = g_steal_pointer (&events);
  self->gov_uk_first = first;
  self->gov_uk_last = last;
  return TRUE;
}

/**
 * scr_calendar_builder_load_gov_uk_file:
 * @self: a builder
 * @filename: (type filename): a GOV.UK `bank-holidays.json` document
 * @error: return location for a #GError
 *
 * Loads GOV.UK's bank holidays as an update for the builder's division:
 * from 1 January of the year of its first event for that division to its
 * last event, its days replace the built-in ones; outside that window the
 * built-in table stays. The whole
 * document is validated (every division in it); on error nothing changes
 * and the message names the file and the place:
 * `FILE: scotland.events[4].date: ...`. A later load replaces an earlier
 * one.
 *
 * Returns: %TRUE on success
 */
gboolean
scr_calendar_builder_load_gov_uk_file (ScrCalendarBuilder  *self,
                                       const char          *filename,
                                       GError             **error)
{
  g_return_val_if_fail (SCR_IS_CALENDAR_BUILDER (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return load_file (self, filename, load_gov_uk, error);
}

/**
 * scr_calendar_builder_load_gov_uk_data:
 * @self: a builder
 * @data: a GOV.UK `bank-holidays.json` document
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * As [method@Scr.CalendarBuilder.load_gov_uk_file], from memory (for
 * example the body of a download).
 *
 * Returns: %TRUE on success
 */
gboolean
scr_calendar_builder_load_gov_uk_data (ScrCalendarBuilder  *self,
                                       const char          *data,
                                       gssize               length,
                                       GError             **error)
{
  g_return_val_if_fail (SCR_IS_CALENDAR_BUILDER (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return load_data (self, data, length, load_gov_uk, error);
}

/**
 * scr_calendar_builder_build:
 * @self: a builder
 * @error: return location for a #GError
 *
 * Builds an immutable calendar from the division's bank holidays, the
 * GOV.UK update if one was loaded, and the closures. The builder can go
 * on being used; later changes do not affect the calendar.
 *
 * Returns: (transfer full): the calendar, or %NULL with @error set if the
 *   built-in table cannot be read
 */
ScrCalendar *
scr_calendar_builder_build (ScrCalendarBuilder  *self,
                            GError             **error)
{
  g_autoptr(GPtrArray) builtin = NULL;
  g_autoptr(GPtrArray) holidays = NULL;
  gint32 confirmed;

  g_return_val_if_fail (SCR_IS_CALENDAR_BUILDER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  builtin = scr_holiday_table_get (self->division, error);
  if (builtin == NULL)
    return NULL;
  confirmed = scr_holiday_table_get_confirmed_through ();
  holidays = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < builtin->len; i++)
    {
      ScrHoliday *holiday = g_ptr_array_index (builtin, i);
      gint32 day = scr_holiday_get_ordinal (holiday);

      if (self->gov_uk != NULL && day >= self->gov_uk_first && day <= self->gov_uk_last)
        continue;
      g_ptr_array_add (holidays, g_object_ref (holiday));
    }
  if (self->gov_uk != NULL)
    {
      for (guint i = 0; i < self->gov_uk->len; i++)
        g_ptr_array_add (holidays, g_object_ref (g_ptr_array_index (self->gov_uk, i)));
      confirmed = MAX (confirmed, self->gov_uk_last);
    }
  for (guint i = 0; i < self->closures->len; i++)
    g_ptr_array_add (holidays, g_object_ref (g_ptr_array_index (self->closures, i)));
  g_ptr_array_sort (holidays, scr_holiday_compare_by_date);
  return scr_calendar_new_internal (self->division, holidays, confirmed, self->closures->len);
}
