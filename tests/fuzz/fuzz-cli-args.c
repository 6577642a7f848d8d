/* fuzz-cli-args.c: the scr tool's argument parsing from bytes.
 *
 * The input is split on newlines into an argument vector. Each argument
 * goes through every value parser the tool uses (days, partial dates,
 * integers, rolls, division names); then the whole vector goes through
 * GOptionContext the way `scr workdays add` parses it, negative numbers
 * hidden and restored, and what is left must be arguments we passed in.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "fuzz-common.h"
#include "scr-args.h"

#define MAX_ARGS 16

static void
parse_values (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) day = NULL;
  g_autoptr(ScrDate) date = NULL;
  ScrDivision division;
  ScrRoll roll;
  gint64 n;

  day = scr_args_parse_day (text, &error);
  fuzz_assert (day == NULL || scr_date_is_complete (day));
  fuzz_check_error (error);
  g_clear_error (&error);

  date = scr_args_parse_date (text, "--date", &error);
  fuzz_check_error (error);
  g_clear_error (&error);

  if (scr_args_parse_int (text, G_MININT, G_MAXINT, "N", &n, &error))
    fuzz_assert (n >= G_MININT && n <= G_MAXINT);
  fuzz_check_error (error);
  g_clear_error (&error);

  if (!scr_args_parse_roll (text, &roll, &error))
    fuzz_check_error (error);
  g_clear_error (&error);

  if (!scr_division_from_string (text, &division, &error))
    fuzz_check_error (error);
}

/* NULL, or the text of one of the arguments (or of one after its "="). */
static gboolean
is_argument (const char  *value,
             char       **args,
             int          n_args)
{
  if (value == NULL)
    return TRUE;
  for (int i = 0; i < n_args; i++)
    {
      const char *eq = strchr (args[i], '=');

      if (g_str_equal (value, args[i]) || (eq != NULL && g_str_equal (value, eq + 1)))
        return TRUE;
    }
  return FALSE;
}

static void
parse_vector (char **args,
              int    n_args)
{
  char *division = NULL, *closures = NULL, *roll = NULL;
  gboolean explain = FALSE;
  GOptionEntry entries[] = {
    { "division", 'd', 0, G_OPTION_ARG_STRING, &division, NULL, NULL },
    { "closures", 0, 0, G_OPTION_ARG_FILENAME, &closures, NULL, NULL },
    { "roll", 0, 0, G_OPTION_ARG_STRING, &roll, NULL, NULL },
    { "explain", 'e', 0, G_OPTION_ARG_NONE, &explain, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char **argv = g_new0 (char *, n_args + 2);
  char **argv_start = argv;
  int argc = n_args + 1;

  argv[0] = (char *) "scr workdays add";
  memcpy (argv + 1, args, n_args * sizeof (char *));
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, NULL);
  scr_args_hide_negative_numbers (argc, argv, keep);
  if (g_option_context_parse (context, &argc, &argv, &error))
    {
      scr_args_restore_negative_numbers (argc, argv, keep);
      for (int i = 1; i < argc; i++)
        {
          gboolean found = FALSE;

          for (int j = 0; j < n_args && !found; j++)
            found = g_str_equal (argv[i], args[j]);
          fuzz_assert (found);
        }
    }
  fuzz_assert (argv == argv_start);
  scr_args_restore_option_value (&division, keep);
  scr_args_restore_option_value (&closures, keep);
  scr_args_restore_option_value (&roll, keep);
  fuzz_assert (is_argument (division, args, n_args));
  fuzz_assert (is_argument (closures, args, n_args));
  fuzz_assert (is_argument (roll, args, n_args));
  g_free (division);
  g_free (closures);
  g_free (roll);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) args = NULL;
  guint n_args;

  fuzz_init ();
  text = fuzz_strndup (data, size);
  args = g_strsplit (text, "\n", MAX_ARGS);
  n_args = g_strv_length (args);
  for (guint i = 0; i < n_args; i++)
    parse_values (args[i]);
  parse_vector (args, (int) n_args);
  return 0;
}
