/* scr.c: the scr command-line tool, a thin front end over libscr.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "scr-tool.h"

typedef struct
{
  const char *name;
  ScrToolCommand run;
  const char *summary;
} Command;

static const Command commands[] = {
  { "validate", scr_cmd_validate, "check dataset files; exit 1 listing every error" },
  { "show", scr_cmd_show, "summarise a dataset: cases, reviews, overdue actions" },
  { "holidays", scr_cmd_holidays, "list the bank holidays of a division by year" },
  { "workdays", scr_cmd_workdays, "add or count working days: workdays add|count" },
  { "evaluate", scr_cmd_evaluate, "say which notifications and reviews each case requires" },
  { "timeline", scr_cmd_timeline, "list each case's statutory milestones: due, done, late" },
  { "publication-check", scr_cmd_publication_check,
    "find what in a report would identify the child or family" },
  { "themes", scr_cmd_themes, "list the theme vocabulary: concepts, sources, broader" },
  { "learning", scr_cmd_learning, "themes across reviews by year and agency: THEMES|COUNTS" },
  { "init", scr_cmd_init, "create a register (SQLite or PostgreSQL) and import datasets" },
  { "import", scr_cmd_import, "add the entities of dataset files to the register" },
  { "export", scr_cmd_export, "write the register (or as it stood at a time) as a dataset" },
  { "case", scr_cmd_case, "add a case to the register, or set its facts: case add|set" },
  { "record", scr_cmd_record, "record that an event of a case happened on a date" },
  { "triage", scr_cmd_triage, "start a case from a referral: ask the facts that decide, save it" },
  { "decide", scr_cmd_decide, "record the decision whether to review, with its reason" },
  { "action", scr_cmd_action, "add an action to a review's plan, or complete one: action add|done" },
  { "due", scr_cmd_due, "everything due or overdue across the register, soonest first" },
  { "status", scr_cmd_status, "one case: its evaluation, timeline and history" },
  { "log", scr_cmd_log, "the register's decision log, or verify it: log [ID]|verify" },
  { "report", scr_cmd_report, "write a report from the records: report scrutiny (HTML, CSV, JSON)" },
  { "return", scr_cmd_return, "fill a national return from a case: return panel-notification CASE" },
  { "repeats", scr_cmd_repeats, "list findings and recommendations repeating earlier ones" },
};

const char *
scr_tool_enum_nick (GType type,
                    int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  /* the enum classes live as long as the program: the nick stays valid */
  return ev != NULL ? ev->value_nick : "?";
}

void
scr_tool_print_json (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

int
scr_tool_enum_value (GType       type,
                     const char *nick)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value_by_nick (klass, nick);

  return ev != NULL ? ev->value : -1;
}

char *
scr_tool_date_text (const ScrDate *date)
{
  return date != NULL ? scr_date_to_iso8601 (date) : g_strdup ("-");
}

int
scr_tool_fail (const char *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "scr: %s\n", message);
  return 2;
}

gboolean
scr_tool_parse_options (GOptionEntry *entries,
                        const char   *parameter_string,
                        const char   *summary,
                        int          *argc,
                        char       ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, summary);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      scr_tool_fail ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

static void
usage (FILE *out)
{
  fprintf (out, "Usage: scr COMMAND [OPTION...] [ARGUMENT...]\n\nCommands:\n");
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fprintf (out, "\nRun 'scr COMMAND --help' for a command's options.\n");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");

  if (argc < 2)
    {
      usage (stderr);
      return 2;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      usage (stdout);
      return 0;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("scr %s\n", SCR_VERSION_S);
      return 0;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        g_autofree char *name = g_strdup_printf ("scr %s", commands[i].name);
        argv[1] = name;
        return commands[i].run (argc - 1, argv + 1);
      }
  return scr_tool_fail ("unknown command '%s' (try 'scr --help')", argv[1]);
}
