/* scr-csv.c: any collection of libscr objects as RFC 4180 CSV.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-csv.h"
#include "scr-csv-private.h"
#include "scr-date.h"

/* The separator between the elements of a string array or the flags of a
 * flags value in one cell. */
#define LIST_SEPARATOR "; "

static gboolean
object_type_has_id (GType type)
{
  g_autoptr(GTypeClass) klass = NULL;
  GParamSpec *pspec;

  if (!G_TYPE_IS_OBJECT (type) || G_TYPE_IS_ABSTRACT (type) || type == G_TYPE_OBJECT)
    return FALSE;
  klass = g_type_class_ref (type);
  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "id");
  return pspec != NULL && pspec->value_type == G_TYPE_STRING &&
         (pspec->flags & G_PARAM_READABLE) != 0;
}

/* Whether a property becomes a column: readable, of a type with a plain
 * text form. Lists and objects with no id have none. */
static gboolean
is_column (GParamSpec *pspec)
{
  GType type = pspec->value_type;

  if ((pspec->flags & G_PARAM_READABLE) == 0)
    return FALSE;
  if (type == G_TYPE_STRV || type == SCR_TYPE_DATE || type == G_TYPE_DATE_TIME)
    return TRUE;
  if (G_TYPE_IS_ENUM (type) || G_TYPE_IS_FLAGS (type))
    return TRUE;
  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_STRING:
    case G_TYPE_BOOLEAN:
    case G_TYPE_CHAR:
    case G_TYPE_UCHAR:
    case G_TYPE_INT:
    case G_TYPE_UINT:
    case G_TYPE_LONG:
    case G_TYPE_ULONG:
    case G_TYPE_INT64:
    case G_TYPE_UINT64:
    case G_TYPE_FLOAT:
    case G_TYPE_DOUBLE:
      return TRUE;
    case G_TYPE_OBJECT:
      return object_type_has_id (type);
    default:
      return FALSE;
    }
}

/* The class whose properties make the columns: the model's item type, or
 * the first item's class when the item type is abstract or an interface. */
static GObjectClass *
columns_class_ref (GListModel *model)
{
  GType type = g_list_model_get_item_type (model);

  if (!G_TYPE_IS_OBJECT (type) || G_TYPE_IS_ABSTRACT (type) || type == G_TYPE_OBJECT)
    {
      g_autoptr(GObject) first = g_list_model_get_item (model, 0);

      if (first == NULL)
        return NULL;
      type = G_OBJECT_TYPE (first);
    }
  return g_type_class_ref (type);
}

static GPtrArray *
list_column_specs (GListModel *model)
{
  GPtrArray *specs = g_ptr_array_new ();
  GObjectClass *klass = columns_class_ref (model);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  if (klass == NULL)
    return specs;
  pspecs = g_object_class_list_properties (klass, &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    if (is_column (pspecs[i]))
      g_ptr_array_add (specs, pspecs[i]);
  /* Param specs belong to the class, which stays alive while the type is
   * registered (static types are never unloaded). */
  g_type_class_unref (klass);
  return specs;
}

static char *
column_name (GParamSpec *pspec)
{
  char *name = g_strdup (pspec->name);

  g_strdelimit (name, "-", '_');
  return name;
}

/**
 * scr_csv_list_columns:
 * @model: a list of objects
 *
 * Lists the columns that [func@Scr.csv_write_model] writes for @model, in
 * order: one for each readable property of the model's item type (or of its
 * first item's type when the item type is abstract or an interface), parent
 * class properties first, then in the order the class installs them.
 *
 * Names are the property names in snake_case (`incident-date` becomes
 * `incident_date`), the spelling of libscr's JSON members.
 *
 * Properties that have a plain text form are columns: strings, numbers,
 * booleans, enumerations, flags, string arrays, [struct@Scr.Date],
 * [struct@GLib.DateTime], and objects that have a string `id` property
 * (written as that id, the way the JSON refers to them). Properties holding
 * lists or other values are left out.
 *
 * Returns: (transfer full) (array zero-terminated=1): the column names; an
 *   empty array when the item type is abstract and the model is empty
 */
char **
scr_csv_list_columns (GListModel *model)
{
  g_autoptr(GPtrArray) specs = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  specs = list_column_specs (model);
  for (guint i = 0; i < specs->len; i++)
    {
      g_autofree char *name = column_name (specs->pdata[i]);

      g_strv_builder_add (builder, name);
    }
  return g_strv_builder_end (builder);
}

static void
append_double (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* The shortest of 15 or 17 significant digits that reads back exactly. */
  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
  g_string_append (out, buffer);
}

static void
append_flags (GString     *out,
              const GValue *value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (G_VALUE_TYPE (value));
  guint flags = g_value_get_flags (value);
  gboolean first = TRUE;

  for (guint i = 0; i < klass->n_values; i++)
    {
      GFlagsValue *flag = &klass->values[i];

      if (flag->value == 0 || (flags & flag->value) != flag->value)
        continue;
      if (!first)
        g_string_append (out, LIST_SEPARATOR);
      g_string_append (out, flag->value_nick);
      flags &= ~flag->value;
      first = FALSE;
    }
}

static void
append_enum (GString      *out,
             const GValue *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (value));
  GEnumValue *enum_value = g_enum_get_value (klass, g_value_get_enum (value));

  if (enum_value != NULL)
    g_string_append (out, enum_value->value_nick);
  else
    g_string_append_printf (out, "%d", g_value_get_enum (value));
}

static gboolean
is_unknown_int (GParamSpec *pspec,
                gint64      value)
{
  /* libscr spells "unknown" as -1 in integer properties whose range
   * starts at -1 (a person's age, a care leaver's age). */
  if (G_IS_PARAM_SPEC_INT (pspec))
    return G_PARAM_SPEC_INT (pspec)->minimum == -1 && value == -1;
  if (G_IS_PARAM_SPEC_INT64 (pspec))
    return G_PARAM_SPEC_INT64 (pspec)->minimum == -1 && value == -1;
  if (G_IS_PARAM_SPEC_LONG (pspec))
    return G_PARAM_SPEC_LONG (pspec)->minimum == -1 && value == -1;
  return FALSE;
}

/* Appends the text of a property value, nothing for a null. */
static void
append_value (GString      *out,
              GParamSpec   *pspec,
              const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);

      for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append (out, LIST_SEPARATOR);
          g_string_append (out, strv[i]);
        }
      return;
    }
  if (type == SCR_TYPE_DATE)
    {
      const ScrDate *date = g_value_get_boxed (value);
      g_autofree char *text = date != NULL ? scr_date_to_iso8601 (date) : NULL;

      if (text != NULL)
        g_string_append (out, text);
      return;
    }
  if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *date_time = g_value_get_boxed (value);
      g_autofree char *text = date_time != NULL ? g_date_time_format_iso8601 (date_time) : NULL;

      if (text != NULL)
        g_string_append (out, text);
      return;
    }
  if (G_TYPE_IS_ENUM (type))
    {
      append_enum (out, value);
      return;
    }
  if (G_TYPE_IS_FLAGS (type))
    {
      append_flags (out, value);
      return;
    }

  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_STRING:
      if (g_value_get_string (value) != NULL)
        g_string_append (out, g_value_get_string (value));
      break;
    case G_TYPE_BOOLEAN:
      g_string_append (out, g_value_get_boolean (value) ? "true" : "false");
      break;
    case G_TYPE_CHAR:
      g_string_append_printf (out, "%d", (int) g_value_get_schar (value));
      break;
    case G_TYPE_UCHAR:
      g_string_append_printf (out, "%u", (guint) g_value_get_uchar (value));
      break;
    case G_TYPE_INT:
      if (!is_unknown_int (pspec, g_value_get_int (value)))
        g_string_append_printf (out, "%d", g_value_get_int (value));
      break;
    case G_TYPE_UINT:
      g_string_append_printf (out, "%u", g_value_get_uint (value));
      break;
    case G_TYPE_LONG:
      if (!is_unknown_int (pspec, g_value_get_long (value)))
        g_string_append_printf (out, "%ld", g_value_get_long (value));
      break;
    case G_TYPE_ULONG:
      g_string_append_printf (out, "%lu", g_value_get_ulong (value));
      break;
    case G_TYPE_INT64:
      if (!is_unknown_int (pspec, g_value_get_int64 (value)))
        g_string_append_printf (out, "%" G_GINT64_FORMAT, g_value_get_int64 (value));
      break;
    case G_TYPE_UINT64:
      g_string_append_printf (out, "%" G_GUINT64_FORMAT, g_value_get_uint64 (value));
      break;
    case G_TYPE_FLOAT:
      append_double (out, g_value_get_float (value));
      break;
    case G_TYPE_DOUBLE:
      append_double (out, g_value_get_double (value));
      break;
    case G_TYPE_OBJECT:
      {
        GObject *object = g_value_get_object (value);
        g_autofree char *id = NULL;

        if (object != NULL)
          g_object_get (object, "id", &id, NULL);
        if (id != NULL)
          g_string_append (out, id);
      }
      break;
    default:
      break;
    }
}

/* Appends one field, quoted when it holds a separator, a quote or a line
 * break (RFC 4180 section 2, rules 6 and 7). */
void
scr_csv_append_field (GString    *out,
                      const char *text,
                      gsize       length)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append_len (out, text, length);
      return;
    }
  g_string_append_c (out, '"');
  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, text[i]);
    }
  g_string_append_c (out, '"');
}

static void
append_header (GString   *out,
               GPtrArray *specs)
{
  for (guint i = 0; i < specs->len; i++)
    {
      g_autofree char *name = column_name (specs->pdata[i]);

      if (i > 0)
        g_string_append_c (out, ',');
      scr_csv_append_field (out, name, strlen (name));
    }
  g_string_append (out, "\r\n");
}

static void
append_row (GString   *out,
            GPtrArray *specs,
            GObject   *item)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (item);
  g_autoptr(GString) cell = g_string_new (NULL);

  for (guint i = 0; i < specs->len; i++)
    {
      GParamSpec *column = specs->pdata[i];
      /* Items of another class than the first: match by name. */
      GParamSpec *pspec = g_object_class_find_property (klass, column->name);

      if (i > 0)
        g_string_append_c (out, ',');
      if (pspec == NULL || pspec->value_type != column->value_type ||
          (pspec->flags & G_PARAM_READABLE) == 0)
        continue;

      {
        g_auto(GValue) value = G_VALUE_INIT;

        g_value_init (&value, pspec->value_type);
        g_object_get_property (item, pspec->name, &value);
        g_string_truncate (cell, 0);
        append_value (cell, pspec, &value);
        scr_csv_append_field (out, cell->str, cell->len);
      }
    }
  g_string_append (out, "\r\n");
}

/* Appends rows from *position on until @out holds @limit bytes or the
 * model ends; advances *position. */
static void
append_rows (GString    *out,
             GPtrArray  *specs,
             GListModel *model,
             guint      *position,
             gsize       limit)
{
  guint n_items = g_list_model_get_n_items (model);

  for (; *position < n_items && out->len < limit; (*position)++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, *position);

      append_row (out, specs, item);
    }
}

/**
 * scr_csv_write_model:
 * @model: a list of objects, such as the cases of a dataset
 * @stream: the stream to write to
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @model to @stream as CSV in the format of RFC 4180: a header row
 * of the column names of [func@Scr.csv_list_columns], then one row per
 * item; fields separated by commas, each row ended by CRLF, and a field
 * that holds a comma, a double quote or a line break enclosed in double
 * quotes with its quotes doubled. The text is UTF-8 with no byte order mark.
 *
 * Each cell is the text of one property: dates in ISO 8601 (`2014-08-27`,
 * or `2011-11` for a date known to the month), enumerations by their nick
 * (the JSON spelling, such as `serious-harm`), flags and string arrays
 * joined with `"; "`, booleans as `true` or `false`, numbers in the C
 * locale, objects by their id. A null value is an empty cell, and so is -1
 * in an integer property whose range starts at -1, libscr's spelling of
 * "unknown" (a person's age).
 *
 * Any [iface@Gio.ListModel] works, so the same call exports cases,
 * reviews, actions, audits, milestones or the results of an evaluation.
 * The stream is not closed.
 *
 * Returns: %TRUE on success, %FALSE with @error set if writing failed
 */
gboolean
scr_csv_write_model (GListModel     *model,
                     GOutputStream  *stream,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_autoptr(GPtrArray) specs = NULL;
  g_autoptr(GString) buffer = g_string_new (NULL);
  guint position = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  specs = list_column_specs (model);
  if (specs->len > 0)
    append_header (buffer, specs);
  /* Write in blocks of about 64 KiB. */
  do
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      append_rows (buffer, specs, model, &position, 65536);
      if (buffer->len > 0 &&
          !g_output_stream_write_all (stream, buffer->str, buffer->len, NULL, cancellable, error))
        return FALSE;
      g_string_truncate (buffer, 0);
    }
  while (position < g_list_model_get_n_items (model));
  return TRUE;
}

/**
 * scr_csv_write_model_to_file:
 * @model: a list of objects
 * @filename: (type filename): the file to write
 * @error: return location for a #GError
 *
 * Writes @model as CSV, as [func@Scr.csv_write_model] does, to the file
 * @filename. The file is replaced atomically: readers see either the old
 * contents or the new, never a part, and a failure leaves the old file.
 *
 * Returns: %TRUE on success, %FALSE with @error set (a #GFileError)
 */
gboolean
scr_csv_write_model_to_file (GListModel  *model,
                             const char  *filename,
                             GError     **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = scr_csv_model_to_string (model);
  /* A temporary file in the same directory, synced and renamed over
   * @filename. */
  return g_file_set_contents_full (filename, text, -1, G_FILE_SET_CONTENTS_CONSISTENT,
                                   0666, error);
}

/**
 * scr_csv_model_to_string:
 * @model: a list of objects
 *
 * Formats @model as CSV, as [func@Scr.csv_write_model] does.
 *
 * Returns: (transfer full): the CSV text
 */
char *
scr_csv_model_to_string (GListModel *model)
{
  g_autoptr(GPtrArray) specs = NULL;
  GString *out;
  guint position = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  out = g_string_new (NULL);
  specs = list_column_specs (model);
  if (specs->len > 0)
    append_header (out, specs);
  append_rows (out, specs, model, &position, G_MAXSIZE);
  return g_string_free (out, FALSE);
}
