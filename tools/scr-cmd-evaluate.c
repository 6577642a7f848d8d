/* scr-cmd-evaluate.c: scr evaluate, scr timeline.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>

#include "scr-args.h"
#include "scr-tool.h"

typedef struct
{
  char **rules;
  char *case_id;
  char *date;
  gboolean json;
  gboolean ics;
  gboolean unverified;
  gboolean questions;
} Options;

static void
options_clear (Options *o)
{
  g_strfreev (o->rules);
  g_free (o->case_id);
  g_free (o->date);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* Loads the rules (built-in plus --rules files), the date option and the
 * dataset; returns the cases to process, or NULL after printing an error
 * (*status set to 2). */
static GListModel *
prepare (Options       *o,
         const char    *command,
         const char    *filename,
         ScrEvaluator **evaluator,
         ScrDate      **date,
         int           *status)
{
  g_autoptr(ScrRuleSet) rules = scr_rule_set_new_builtin ();
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GListStore *cases;
  GListModel *all;

  for (guint i = 0; o->rules != NULL && o->rules[i] != NULL; i++)
    if (!scr_rule_set_load_file (rules, o->rules[i], &error))
      {
        *status = scr_tool_fail ("%s: %s", command, error->message);
        return NULL;
      }
  if (o->date != NULL && (*date = scr_args_parse_date (o->date, "--date", &error)) == NULL)
    {
      *status = scr_tool_fail ("%s: %s", command, error->message);
      return NULL;
    }
  dataset = scr_dataset_new_from_file (filename, &error);
  if (dataset == NULL)
    {
      *status = scr_tool_fail ("%s", error->message);
      return NULL;
    }
  *evaluator = scr_evaluator_new (rules);
  scr_evaluator_set_include_unverified (*evaluator, o->unverified);

  all = scr_dataset_get_cases (dataset);
  cases = g_list_store_new (SCR_TYPE_CASE);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(ScrCase) c = g_list_model_get_item (all, i);

      if (o->case_id == NULL || g_strcmp0 (scr_case_get_id (c), o->case_id) == 0)
        g_list_store_append (cases, c);
    }
  if (o->case_id != NULL && g_list_model_get_n_items (G_LIST_MODEL (cases)) == 0)
    {
      *status = scr_tool_fail ("%s: %s: no case \"%s\"", command, filename, o->case_id);
      g_object_unref (cases);
      g_clear_object (evaluator);
      return NULL;
    }
  return G_LIST_MODEL (cases);
}

/* One object for one case; {"cases": [...]} for several. */
static void
print_json (GPtrArray *nodes)
{
  g_autoptr(JsonNode) root = NULL;

  if (nodes->len == 1)
    root = json_node_ref (nodes->pdata[0]);
  else
    {
      JsonObject *object = json_object_new ();
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < nodes->len; i++)
        json_array_add_element (array, json_node_ref (nodes->pdata[i]));
      json_object_set_array_member (object, "cases", array);
      root = json_node_init_object (json_node_alloc (), object);
      json_object_unref (object);
    }
  scr_tool_print_json (root);
}

static void
print_strv_line (const char         *label,
                 const char * const *items)
{
  g_autofree char *joined = NULL;

  if (items == NULL || items[0] == NULL)
    return;
  joined = g_strjoinv (", ", (char **) items);
  printf ("  %s: %s\n", label, joined);
}

void
scr_tool_print_evaluation (ScrEvaluation *evaluation)
{
  GListModel *outcomes = scr_evaluation_get_outcomes (evaluation);
  g_auto(GStrv) missing = scr_evaluation_list_missing_facts (evaluation);
  g_auto(GStrv) ignored = scr_evaluation_list_ignored_facts (evaluation);
  g_autofree char *date = scr_tool_date_text (scr_evaluation_get_decision_date (evaluation));

  printf ("Case %s (decision date %s)\n", scr_evaluation_get_case_id (evaluation), date);
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(ScrOutcome) o = g_list_model_get_item (outcomes, i);

      printf ("  %-30s %-14s %-12s [%s]%s\n",
              scr_tool_enum_nick (SCR_TYPE_PROCESS, scr_outcome_get_process (o)),
              scr_tool_enum_nick (SCR_TYPE_VERDICT, scr_outcome_get_verdict (o)),
              scr_outcome_get_rule_id (o) != NULL ? scr_outcome_get_rule_id (o) : "-",
              scr_evidence_to_tag (scr_outcome_get_evidence (o)),
              scr_outcome_get_unverified (o) ? " unverified" : "");
      printf ("      %s\n", scr_outcome_get_reason (o));
      if (scr_outcome_get_citation (o) != NULL)
        printf ("      Source: %s\n", scr_outcome_get_citation (o));
    }
  print_strv_line ("Missing facts", (const char * const *) missing);
  print_strv_line ("Ignored facts (not in the catalogue)", (const char * const *) ignored);
}

void
scr_tool_print_timeline (ScrTimeline *timeline)
{
  GListModel *deadlines = scr_timeline_get_deadlines (timeline);
  g_auto(GStrv) missing = scr_timeline_list_missing (timeline);
  g_autofree char *today = scr_tool_date_text (scr_timeline_get_today (timeline));

  printf ("Case %s (as on %s)\n", scr_timeline_get_case_id (timeline), today);
  if (g_list_model_get_n_items (deadlines) == 0)
    printf ("  no statutory milestone runs from the recorded events\n");
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(ScrDeadline) d = g_list_model_get_item (deadlines, i);
      g_autofree char *from = scr_tool_date_text (scr_deadline_get_from (d));
      g_autofree char *due = scr_tool_date_text (scr_deadline_get_due (d));
      g_autofree char *done = scr_tool_date_text (scr_deadline_get_done (d));
      g_autofree char *late = NULL;
      const char * const *skipped = scr_deadline_get_skipped (d);

      if (scr_deadline_get_days_late (d) > 0)
        late = g_strdup_printf (" by %d working day%s", scr_deadline_get_days_late (d),
                                scr_deadline_get_days_late (d) == 1 ? "" : "s");
      printf ("  %-14s %-8s from %s (%s)  due %s%s  done %s\n",
              scr_deadline_get_rule_id (d),
              scr_tool_enum_nick (SCR_TYPE_DEADLINE_STATUS, scr_deadline_get_status (d)),
              from, scr_deadline_get_anchor (d), due,
              scr_deadline_get_approximate (d) ? " (approx.)" : "", done);
      printf ("      %s%s%s\n", scr_deadline_get_description (d),
              late != NULL ? " Late" : "", late != NULL ? late : "");
      /* The rule's authority, so that a late or overdue step can be defended
       * (or, for an [R] rule, known to need checking). */
      printf ("      Source: %s [%s]%s\n", scr_deadline_get_citation (d),
              scr_evidence_to_tag (scr_deadline_get_evidence (d)),
              scr_deadline_get_unverified (d) ? " unverified" : "");
      for (guint k = 0; skipped[k] != NULL; k++)
        printf ("      skipped %s\n", skipped[k]);
    }
  print_strv_line ("Missing", (const char * const *) missing);
}

void
scr_tool_print_questions (GListModel *questions)
{
  guint n = g_list_model_get_n_items (questions);

  if (n == 0)
    {
      printf ("  No questions: no fact is missing\n");
      return;
    }
  printf ("  Questions (%u), the most outcomes first:\n", n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrQuestion) q = g_list_model_get_item (questions, i);
      const char * const *values = scr_question_get_allowed_values (q);
      g_autofree char *rules = g_strjoinv (", ", (char **) scr_question_get_rule_ids (q));
      g_autofree char *allowed = values[0] != NULL ? g_strjoinv (", ", (char **) values)
                                                   : g_strdup ("a whole number");

      printf ("  %2u. %s: %s\n", i + 1, scr_question_get_fact (q), scr_question_get_text (q));
      printf ("      %s; for %u undecided outcome%s (%s)\n", allowed,
              scr_question_get_n_outcomes (q), scr_question_get_n_outcomes (q) == 1 ? "" : "s",
              rules);
    }
}

JsonNode *
scr_tool_questions_to_json (GListModel *questions)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(ScrQuestion) q = g_list_model_get_item (questions, i);
      const char * const *lists[] = { scr_question_get_allowed_values (q),
                                      scr_question_get_rule_ids (q) };
      const char *names[] = { "allowed_values", "rules" };

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "fact");
      json_builder_add_string_value (b, scr_question_get_fact (q));
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, scr_question_get_text (q));
      json_builder_set_member_name (b, "n_outcomes");
      json_builder_add_int_value (b, scr_question_get_n_outcomes (q));
      for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
        {
          json_builder_set_member_name (b, names[k]);
          json_builder_begin_array (b);
          for (guint v = 0; lists[k][v] != NULL; v++)
            json_builder_add_string_value (b, lists[k][v]);
          json_builder_end_array (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return json_builder_get_root (b);
}

/* How a step prints one case's result. */
typedef enum
{
  FORMAT_TEXT,
  FORMAT_JSON,
  FORMAT_ICS,   /* scr timeline only */
} Format;

/* One case's result as JSON (added to @nodes), as a timeline for the
 * iCalendar (added to @timelines) or as text; FALSE (after printing an
 * error) when it fails. */
typedef gboolean (*Step) (ScrEvaluator  *evaluator,
                          ScrCase       *scr_case,
                          const ScrDate *date,
                          Format         format,
                          GPtrArray     *nodes,
                          GListStore    *timelines);

/* scr evaluate --questions: also the questions of each case. */
static gboolean with_questions;

static gboolean
evaluate_step (ScrEvaluator  *evaluator,
               ScrCase       *scr_case,
               const ScrDate *date,
               Format         format,
               GPtrArray     *nodes,
               GListStore    *timelines G_GNUC_UNUSED)
{
  g_autoptr(ScrEvaluation) e = scr_evaluator_evaluate (evaluator, scr_case, date);
  g_autoptr(GListModel) questions = with_questions ? scr_evaluation_get_questions (e) : NULL;

  if (format == FORMAT_JSON)
    {
      JsonNode *node = scr_evaluation_to_json (e);

      if (questions != NULL)
        json_object_set_member (json_node_get_object (node), "questions",
                                scr_tool_questions_to_json (questions));
      g_ptr_array_add (nodes, node);
    }
  else
    {
      scr_tool_print_evaluation (e);
      if (questions != NULL)
        scr_tool_print_questions (questions);
    }
  return TRUE;
}

static gboolean
timeline_step (ScrEvaluator  *evaluator,
               ScrCase       *scr_case,
               const ScrDate *date,
               Format         format,
               GPtrArray     *nodes,
               GListStore    *timelines)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrTimeline) t = scr_evaluator_timeline (evaluator, scr_case, date, &error);

  if (t == NULL)
    {
      scr_tool_fail ("timeline: case %s: %s", scr_case_get_id (scr_case), error->message);
      return FALSE;
    }
  /* All cases in one VCALENDAR, printed at the end: calendar programs
   * import the first object of a file only. */
  if (format == FORMAT_ICS)
    g_list_store_append (timelines, t);
  else if (format == FORMAT_JSON)
    g_ptr_array_add (nodes, scr_timeline_to_json (t));
  else
    scr_tool_print_timeline (t);
  return TRUE;
}

/* The two commands differ in their date option, summary and step. */
static int
run (int         argc,
     char      **argv,
     const char *command,
     const char *date_option,
     const char *date_help,
     const char *summary,
     Step        step)
{
  g_auto(Options) o = { 0 };
  GOptionEntry ics_entry[] = {
    { "ics", 0, 0, G_OPTION_ARG_NONE, &o.ics,
      "Print the pending and overdue deadlines as iCalendar (RFC 5545)", NULL },
  };
  GOptionEntry questions_entry[] = {
    { "questions", 0, 0, G_OPTION_ARG_NONE, &o.questions,
      "Also print the facts still missing as questions, the most outcomes first", NULL },
  };
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, "Print JSON instead of text", NULL },
    { date_option, 0, 0, G_OPTION_ARG_STRING, &o.date, date_help, "DATE" },
    { "rules", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.rules, "Also load the rule FILE", "FILE" },
    { "case", 0, 0, G_OPTION_ARG_STRING, &o.case_id, "Only the case with this id", "ID" },
    { "unverified", 0, 0, G_OPTION_ARG_NONE, &o.unverified, "Also apply [R] rules", NULL },
    G_OPTION_ENTRY_NULL,
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrEvaluator) evaluator = NULL;
  g_autoptr(ScrDate) date = NULL;
  g_autoptr(GListModel) cases = NULL;
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr(GListStore) timelines = g_list_store_new (SCR_TYPE_TIMELINE);
  int status = 0;
  Format format;

  /* --ics only for scr timeline, --questions only for scr evaluate: in
   * the slot before the terminator. */
  if (step == timeline_step)
    entries[G_N_ELEMENTS (entries) - 2] = ics_entry[0];
  else
    entries[G_N_ELEMENTS (entries) - 2] = questions_entry[0];
  if (!scr_tool_parse_options (entries, "CASE.json", summary, &argc, &argv))
    return 2;
  if (o.json && o.ics)
    return scr_tool_fail ("%s: give --json or --ics, not both", command);
  with_questions = o.questions;
  format = o.ics ? FORMAT_ICS : o.json ? FORMAT_JSON : FORMAT_TEXT;
  if (argc != 2)
    return scr_tool_fail ("%s: give one dataset file (usage: scr %s [OPTION...] CASE.json)",
                          command, command);
  cases = prepare (&o, command, argv[1], &evaluator, &date, &status);
  if (cases == NULL)
    return status;
  if (step == timeline_step && date != NULL && !scr_date_is_complete (date))
    return scr_tool_fail ("timeline: --today needs a full date (YYYY-MM-DD)");

  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(ScrCase) c = g_list_model_get_item (cases, i);

      if (format == FORMAT_TEXT && i > 0)
        printf ("\n");
      if (!step (evaluator, c, date, format, nodes, timelines))
        return 2;
    }
  if (o.json)
    print_json (nodes);
  else if (format == FORMAT_ICS)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *ics = scr_timelines_to_icalendar (G_LIST_MODEL (timelines), NULL, &error);

      if (ics == NULL)
        return scr_tool_fail ("timeline: %s", error->message);
      fputs (ics, stdout);
    }
  return 0;
}

/* scr evaluate [--json] [--questions] [--on DATE] [--rules FILE]... [--case ID] [--unverified] CASE.json */
int
scr_cmd_evaluate (int    argc,
                  char **argv)
{
  return run (argc, argv, "evaluate", "on", "Evaluate as decided on DATE",
              "Say which notifications and reviews each case requires.", evaluate_step);
}

/* scr timeline [--json|--ics] [--today DATE] [--rules FILE]... [--case ID] [--unverified] CASE.json */
int
scr_cmd_timeline (int    argc,
                  char **argv)
{
  return run (argc, argv, "timeline", "today", "Report the status as on DATE",
              "List each case's statutory milestones with due dates and status.", timeline_step);
}
