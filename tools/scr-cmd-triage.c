/* scr-cmd-triage.c: scr triage, a new case from the evaluator's questions.
 *
 * Starts a case from --fact and --event, then evaluates it and asks the
 * top question (scr_evaluation_get_questions()) until none is left or the
 * rest were skipped, prints the evaluation and saves the case to the
 * register as a new entity. Without a terminal (or with --no-input) it
 * asks nothing; --ask asks even when stdin is a pipe.
 *
 * Exit: 0 saved, nothing left to ask; 1 saved, but questions remain (or
 * the officer chose not to save); 2 bad usage or input, nothing written.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "scr-tool.h"

typedef struct
{
  char *uri;
  char *user;
  char *reason;
  char *jurisdiction;
  char **facts;
  char **events;
  gboolean yes;
  gboolean ask;
  gboolean no_input;
  gboolean json;
} TriageOptions;

static void
triage_options_clear (TriageOptions *o)
{
  g_free (o->uri);
  g_free (o->user);
  g_free (o->reason);
  g_free (o->jurisdiction);
  g_strfreev (o->facts);
  g_strfreev (o->events);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TriageOptions, triage_options_clear)

/* A line from stdin without its newline and surrounding blanks; NULL at
 * the end of input. */
static char *
read_answer (void)
{
  char buffer[1024];

  if (fgets (buffer, sizeof buffer, stdin) == NULL)
    return NULL;
  return g_strstrip (g_strdup (buffer));
}

/* The one value of @values that @answer begins ("y" for yes, "sus" for
 * suspected), or @fallback when none or several do. */
static const char *
unique_prefix (const char *const *values,
               const char        *answer,
               const char        *fallback)
{
  const char *found = NULL;

  for (guint i = 0; values[i] != NULL; i++)
    if (g_str_has_prefix (values[i], answer))
      {
        if (found != NULL)
          return fallback;
        found = values[i];
      }
  return found != NULL ? found : fallback;
}

/* Asks @q on @out until a good answer: the value (set on @c), or NULL for
 * skipped; *eof is set at the end of input. */
static char *
ask (ScrQuestion *q,
     ScrCase     *c,
     FILE        *out,
     gboolean    *eof)
{
  const char *fact = scr_question_get_fact (q);
  const char * const *values = scr_question_get_allowed_values (q);
  g_autofree char *rules = g_strjoinv (", ", (char **) scr_question_get_rule_ids (q));
  guint n_values = g_strv_length ((char **) values);

  fprintf (out, "\n%s\n  (%s; for %u undecided outcome%s: %s)\n", scr_question_get_text (q),
           fact, scr_question_get_n_outcomes (q), scr_question_get_n_outcomes (q) == 1 ? "" : "s",
           rules);
  for (guint i = 0; i < n_values; i++)
    fprintf (out, "  %u) %s\n", i + 1, values[i]);
  for (;;)
    {
      g_autofree char *line = NULL;
      g_autoptr(GError) error = NULL;
      const char *value;
      guint64 number = 0;

      if (n_values > 0)
        fprintf (out, "%s [1-%u, Enter or ? to skip]: ", fact, n_values);
      else
        fprintf (out, "%s [a whole number, Enter or ? to skip]: ", fact);
      fflush (out);
      line = read_answer ();
      if (line == NULL)
        {
          fprintf (out, "\n");
          *eof = TRUE;
          return NULL;
        }
      if (*line == '\0' || g_str_equal (line, "?") || g_str_equal (line, "unknown"))
        return NULL;
      value = line;
      if (n_values > 0 && g_ascii_string_to_unsigned (line, 10, 1, n_values, &number, NULL))
        value = values[number - 1];
      else if (n_values > 0)
        value = unique_prefix (values, line, value);
      if (scr_case_set_fact (c, fact, value, &error))
        return g_strdup (value);
      if (n_values > 0)
        {
          g_autofree char *list = g_strjoinv (", ", (char **) values);

          fprintf (out, "\"%s\" is not an answer: give one of %s, or its number 1 to %u\n", line,
                   list, n_values);
        }
      else
        fprintf (out, "\"%s\" is not an answer: %s\n", line, error->message);
    }
}

/* The first question not skipped, or NULL. */
static ScrQuestion *
next_question (GListModel *questions,
               GHashTable *skipped)
{
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      ScrQuestion *q = g_list_model_get_item (questions, i);

      if (!g_hash_table_contains (skipped, scr_question_get_fact (q)))
        return q;
      g_object_unref (q);
    }
  return NULL;
}

/* Asks until no question is left, the rest were skipped, or the input
 * ends. */
static void
interview (ScrEvaluator *evaluator,
           ScrCase      *c,
           FILE         *out)
{
  g_autoptr(GHashTable) skipped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean eof = FALSE;

  while (!eof)
    {
      g_autoptr(ScrEvaluation) e = scr_evaluator_evaluate (evaluator, c, NULL);
      g_autoptr(GListModel) questions = scr_evaluation_get_questions (e);
      g_autoptr(ScrQuestion) q = next_question (questions, skipped);
      g_autofree char *answer = NULL;

      if (q == NULL)
        break;
      answer = ask (q, c, out, &eof);
      if (answer == NULL)
        g_hash_table_add (skipped, g_strdup (scr_question_get_fact (q)));
    }
}

/* Whether the officer confirms the save (default yes). */
static gboolean
confirm (const char *id,
         FILE       *out)
{
  g_autofree char *line = NULL;

  fprintf (out, "\nSave case %s to the register? [Y/n]: ", id);
  fflush (out);
  line = read_answer ();
  if (line == NULL)
    {
      fprintf (out, "\n");
      return FALSE;
    }
  return *line == '\0' || g_ascii_strcasecmp (line, "y") == 0 ||
         g_ascii_strcasecmp (line, "yes") == 0;
}

/* scr triage [-R URI] [--as NAME] [--reason TEXT] --jurisdiction NAME
 *   [--fact NAME=VALUE]... [--event NAME=DATE]... [--yes] [--ask|--no-input] [--json] ID */
int
scr_cmd_triage (int    argc,
                char **argv)
{
  g_auto(TriageOptions) o = { 0 };
  GOptionEntry entries[] = {
    SCR_TOOL_REGISTER_ENTRY (&o.uri), SCR_TOOL_USER_ENTRY (&o.user),
    SCR_TOOL_REASON_ENTRY (&o.reason),
    { "jurisdiction", 'j', 0, G_OPTION_ARG_STRING, &o.jurisdiction,
      "england, wales, scotland or northern-ireland", "NAME" },
    { "fact", 'f', 0, G_OPTION_ARG_STRING_ARRAY, &o.facts, "Set a fact (repeatable)",
      "NAME=VALUE" },
    { "event", 'e', 0, G_OPTION_ARG_STRING_ARRAY, &o.events, "Record an event (repeatable)",
      "NAME=DATE" },
    { "yes", 'y', 0, G_OPTION_ARG_NONE, &o.yes, "Save without asking to confirm", NULL },
    { "ask", 0, 0, G_OPTION_ARG_NONE, &o.ask,
      "Ask the questions even when stdin is not a terminal", NULL },
    { "no-input", 0, 0, G_OPTION_ARG_NONE, &o.no_input,
      "Ask nothing: use --fact and --event only, and list the questions left", NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json,
      "Print the evaluation and the questions left as JSON (prompts go to stderr)", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrStore) store = NULL;
  g_autoptr(ScrCase) c = NULL;
  g_autoptr(ScrRuleSet) rules = NULL;
  g_autoptr(ScrEvaluator) evaluator = NULL;
  g_autoptr(ScrEvaluation) e = NULL;
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(GError) error = NULL;
  gboolean interactive;
  guint64 version = 0;
  FILE *out;
  int status = 0;

  if (!scr_tool_parse_options (entries, "ID",
                               "Start a new case from a referral: ask the facts that decide "
                               "which notifications and reviews it requires, the most "
                               "outcomes first, and save it to the register.", &argc, &argv))
    return 2;
  if (argc != 2)
    return scr_tool_fail ("triage: give the new case's id (usage: scr triage --jurisdiction NAME "
                          "[--fact NAME=VALUE]... [--event NAME=DATE]... ID)");
  if (o.ask && o.no_input)
    return scr_tool_fail ("triage: give --ask or --no-input, not both");
  /* Every input is checked before anything is asked or written. */
  c = scr_tool_new_case ("triage", argv[1], o.jurisdiction, o.facts, o.events);
  if (c == NULL)
    return 2;
  store = scr_tool_open_register ("triage", scr_tool_register_uri (o.uri), &status);
  if (store == NULL)
    return status;
  if (scr_store_get_version (store, G_OBJECT (c), &error) != 0)
    return scr_tool_fail ("triage: the register already has a case \"%s\" (change it with scr "
                          "case set); nothing was written", argv[1]);
  if (error != NULL)
    return scr_tool_fail ("triage: %s", error->message);

  rules = scr_rule_set_new_builtin ();
  evaluator = scr_evaluator_new (rules);
  interactive = !o.no_input && (o.ask || isatty (STDIN_FILENO));
  out = o.json ? stderr : stdout;
  if (interactive)
    interview (evaluator, c, out);

  e = scr_evaluator_evaluate (evaluator, c, NULL);
  questions = scr_evaluation_get_questions (e);
  if (interactive && !o.yes && !confirm (argv[1], out))
    {
      fprintf (out, "case %s: not saved\n", argv[1]);
      return 1;
    }
  status = scr_tool_save_item ("triage", store, c, o.user, o.reason, TRUE, NULL, &version);
  if (status != 0)
    return status;
  if (o.json)
    {
      g_autoptr(JsonNode) root = scr_evaluation_to_json (e);
      JsonObject *object = json_node_get_object (root);

      json_object_set_member (object, "questions", scr_tool_questions_to_json (questions));
      json_object_set_int_member (object, "saved_version", (gint64) version);
      scr_tool_print_json (root);
    }
  else
    {
      printf ("\n");
      scr_tool_print_evaluation (e);
      scr_tool_print_questions (questions);
      printf ("case %s: saved (version %" G_GUINT64_FORMAT ")\n", argv[1], version);
    }
  return g_list_model_get_n_items (questions) > 0 ? 1 : 0;
}
