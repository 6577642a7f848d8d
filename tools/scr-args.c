/* scr-args.c: the value parsers behind the scr tool's arguments.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include "scr-args.h"

/* An argument quoted for a one-line message: control characters, quotes
 * and backslashes escaped, UTF-8 left readable. */
static char *
quote (const char *text)
{
  char keep[129];
  g_autofree char *escaped = NULL;

  for (int i = 0; i < 128; i++)
    keep[i] = (char) (0x80 + i);
  keep[128] = '\0';
  escaped = g_strescape (text, keep);
  return g_strdup_printf ("\"%s\"", escaped);
}

ScrDate *
scr_args_parse_day (const char  *text,
                    GError     **error)
{
  g_autoptr(ScrDate) date = scr_date_new_from_iso8601 (text, error);

  if (date == NULL)
    return NULL;
  if (!scr_date_is_complete (date))
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "\"%s\" is not a full date (expected YYYY-MM-DD)", text);
      return NULL;
    }
  return g_steal_pointer (&date);
}

ScrDate *
scr_args_parse_date (const char  *text,
                     const char  *what,
                     GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  ScrDate *date = scr_date_new_from_iso8601 (text, &local_error);

  if (date == NULL)
    g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                 "%s: %s", what, local_error->message);
  return date;
}

gboolean
scr_args_parse_int (const char  *text,
                    gint64       min,
                    gint64       max,
                    const char  *what,
                    gint64      *out,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_ascii_string_to_signed (text, 10, min, max, out, &local_error))
    {
      g_autofree char *quoted = quote (text);

      /* GLib's own message quotes the text as it is, newlines and all. */
      if (g_error_matches (local_error, G_NUMBER_PARSER_ERROR, G_NUMBER_PARSER_ERROR_OUT_OF_BOUNDS))
        g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                     "%s %s is out of range [%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "]",
                     what, quoted, min, max);
      else
        g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                     "%s %s is not a whole number", what, quoted);
      return FALSE;
    }
  return TRUE;
}

gboolean
scr_args_parse_roll (const char  *text,
                     ScrRoll     *roll,
                     GError     **error)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  if (text == NULL)
    {
      *roll = SCR_ROLL_ERROR;
      return TRUE;
    }
  klass = g_type_class_ref (SCR_TYPE_ROLL);
  value = g_enum_get_value_by_nick (klass, text);
  if (value == NULL)
    {
      g_autofree char *quoted = quote (text);

      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "unknown roll %s (expected error, following, preceding, "
                   "modified-following or modified-preceding)", quoted);
      return FALSE;
    }
  *roll = value->value;
  return TRUE;
}

void
scr_args_hide_negative_numbers (int        argc,
                                char     **argv,
                                GPtrArray *keep)
{
  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];

      if (a[0] == '-' && g_ascii_isdigit (a[1]))
        {
          argv[i] = g_strdup_printf ("\x01%s", a);
          g_ptr_array_add (keep, argv[i]);
        }
    }
}

/* Only the copies made above are unhidden: an argument that arrived with
 * a leading \x01 of its own is passed on untouched. */
void
scr_args_restore_negative_numbers (int        argc,
                                   char     **argv,
                                   GPtrArray *keep)
{
  for (int i = 1; i < argc; i++)
    if (g_ptr_array_find (keep, argv[i], NULL))
      argv[i] = argv[i] + 1;   /* the copy lives in @keep */
}

void
scr_args_restore_option_value (char      **value,
                               GPtrArray  *keep)
{
  if (*value == NULL || (*value)[0] != '\x01')
    return;
  for (guint i = 0; i < keep->len; i++)
    if (g_str_equal (*value, keep->pdata[i]))
      {
        memmove (*value, *value + 1, strlen (*value));
        return;
      }
}
