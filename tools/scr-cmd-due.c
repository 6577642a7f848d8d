/* scr-cmd-due.c: scr due, the business unit's daily view of every
 * deadline due or overdue across the register, and scr status, one
 * case's evaluation, timeline and history.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>

#include "scr-args.h"
#include "scr-tool.h"

typedef struct
{
  ScrTimeline *timeline;   /* borrowed from the timelines model */
  ScrDeadline *deadline;   /* owned */
  const char *case_id;
  int left;                /* working days from today to the due date */
} Due;

static void
due_clear (Due *due)
{
  g_object_unref (due->deadline);
}

/* A case some of whose steps cannot be timed, and what they need. */
typedef struct
{
  char *case_id;
  char **missing;
} Untimed;

static Untimed *
untimed_new (const char *case_id,
             char      **missing)
{
  Untimed *u = g_new (Untimed, 1);

  u->case_id = g_strdup (case_id);
  u->missing = g_strdupv (missing);
  return u;
}

static void
untimed_free (gpointer data)
{
  Untimed *u = data;

  g_free (u->case_id);
  g_strfreev (u->missing);
  g_free (u);
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const Due *x = a, *y = b;
  int c;

  if (x->left != y->left)
    return x->left < y->left ? -1 : 1;
  if ((c = strcmp (x->case_id, y->case_id)) != 0)
    return c;
  return strcmp (scr_deadline_get_rule_id (x->deadline), scr_deadline_get_rule_id (y->deadline));
}

static gboolean
case_involves (ScrCase    *c,
               const char *agency)
{
  const char *const *ids = scr_case_get_agency_ids (c);

  return agency == NULL || (ids != NULL && g_strv_contains (ids, agency));
}

/* The timelines of a dataset file's cases (those agency @agency, if
 * given, is involved in), on @today. */
static GListModel *
file_timelines (const char    *file,
                const char    *agency,
                const ScrDate *today,
                int           *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = scr_dataset_new_from_file (file, &error);
  g_autoptr(GListStore) cases = g_list_store_new (SCR_TYPE_CASE);
  g_autoptr(ScrEvaluator) evaluator = NULL;
  GListModel *all, *timelines;

  if (dataset == NULL)
    {
      *status = scr_tool_fail ("due: %s", error->message);
      return NULL;
    }
  if (agency != NULL && scr_dataset_lookup_agency (dataset, agency) == NULL)
    {
      *status = scr_tool_fail ("due: --agency: no agency \"%s\"", agency);
      return NULL;
    }
  all = scr_dataset_get_cases (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(ScrCase) c = g_list_model_get_item (all, i);

      if (case_involves (c, agency))
        g_list_store_append (cases, c);
    }
  evaluator = scr_evaluator_new (NULL);
  timelines = scr_evaluator_timeline_all (evaluator, G_LIST_MODEL (cases), today, &error);
  if (timelines == NULL)
    *status = scr_tool_fail ("due: %s", error->message);
  return timelines;
}

/* The open steps of a register's cases, from its due index. */
static GListModel *
register_timelines (const char    *uri,
                    const char    *agency,
                    const ScrDate *today,
                    int           *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = scr_tool_open_register ("due", uri, status);
  GListModel *timelines;

  if (store == NULL)
    return NULL;
  timelines = scr_store_list_due (store, today, agency, &error);
  if (timelines == NULL)
    *status = scr_tool_fail ("due: %s", error->message);
  return timelines;
}

static ScrDate *
parse_today (const char  *text,
             int         *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  ScrDate *today;

  if (text != NULL)
    {
      today = scr_args_parse_day (text, &error);
      if (today == NULL)
        *status = scr_tool_fail ("--today: %s", error->message);
      return today;
    }
  now = g_date_time_new_now_local ();
  return scr_date_new (g_date_time_get_year (now), g_date_time_get_month (now),
                       g_date_time_get_day_of_month (now), NULL);
}


static JsonNode *
due_to_json (const Due *due)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *date = scr_date_to_iso8601 (scr_deadline_get_due (due->deadline));

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "case_id");
  json_builder_add_string_value (b, due->case_id);
  json_builder_set_member_name (b, "rule_id");
  json_builder_add_string_value (b, scr_deadline_get_rule_id (due->deadline));
  json_builder_set_member_name (b, "status");
  json_builder_add_string_value (b, scr_tool_enum_nick (SCR_TYPE_DEADLINE_STATUS,
                                                        scr_deadline_get_status (due->deadline)));
  json_builder_set_member_name (b, "due");
  json_builder_add_string_value (b, date);
  json_builder_set_member_name (b, "approximate");
  json_builder_add_boolean_value (b, scr_deadline_get_approximate (due->deadline));
  json_builder_set_member_name (b, "working_days_left");
  json_builder_add_int_value (b, due->left);
  json_builder_set_member_name (b, "anchor");
  json_builder_add_string_value (b, scr_deadline_get_anchor (due->deadline));
  json_builder_set_member_name (b, "description");
  json_builder_add_string_value (b, scr_deadline_get_description (due->deadline));
  json_builder_set_member_name (b, "citation");
  json_builder_add_string_value (b, scr_deadline_get_citation (due->deadline));
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static void
print_due (const Due *due)
{
  g_autofree char *date = scr_date_to_iso8601 (scr_deadline_get_due (due->deadline));
  ScrDeadlineStatus status = scr_deadline_get_status (due->deadline);

  printf ("%5d  %s%s %-16s %-14s %-8s %s\n", due->left, date,
          scr_deadline_get_approximate (due->deadline) ? "~" : " ", due->case_id,
          scr_deadline_get_rule_id (due->deadline),
          scr_tool_enum_nick (SCR_TYPE_DEADLINE_STATUS, status),
          scr_deadline_get_description (due->deadline));
  printf ("%31s Source: %s\n", "", scr_deadline_get_citation (due->deadline));
}

/* scr due [-R URI | FILE] [--within N] [--agency ID] [--today DATE] [--json|--ics] */
int
scr_cmd_due (int    argc,
             char **argv)
{
  g_autofree char *uri = NULL, *agency = NULL, *today_text = NULL, *within_text = NULL;
  gboolean json = FALSE, ics = FALSE;
  GOptionEntry entries[] = {
    SCR_TOOL_REGISTER_ENTRY (&uri),
    { "within", 0, 0, G_OPTION_ARG_STRING, &within_text,
      "Only what is due within N working days (and everything overdue)", "N" },
    { "agency", 0, 0, G_OPTION_ARG_STRING, &agency, "Only the cases agency ID is involved in",
      "ID" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, "Count from DATE (default today)",
      "DATE" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON instead of text", NULL },
    { "ics", 0, 0, G_OPTION_ARG_NONE, &ics,
      "Print the listed cases' open deadlines as iCalendar (RFC 5545)", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrDate) today = NULL;
  g_autoptr(GListStore) listed = g_list_store_new (SCR_TYPE_TIMELINE);
  g_autoptr(GListModel) timelines = NULL;
  g_autoptr(GArray) dues = g_array_new (FALSE, FALSE, sizeof (Due));
  g_autoptr(GPtrArray) case_missing = g_ptr_array_new_with_free_func (untimed_free);
  g_autoptr(GError) error = NULL;
  gint64 within = G_MAXINT;
  guint n_overdue = 0;
  int status = 0;

  g_array_set_clear_func (dues, (GDestroyNotify) due_clear);
  if (!scr_tool_parse_options (entries, "[DATASET.json]",
                               "List every deadline due or overdue across the register (or a "
                               "dataset file), soonest first, by working days left: exit 1 if "
                               "any is overdue.", &argc, &argv))
    return 2;
  if (argc > 2)
    return scr_tool_fail ("due: give one dataset file at most, or --register");
  if (json && ics)
    return scr_tool_fail ("due: give --json or --ics, not both");
  if (within_text != NULL
      && !scr_args_parse_int (within_text, 0, G_MAXINT, "--within", &within, &error))
    return scr_tool_fail ("due: %s", error->message);
  today = parse_today (today_text, &status);
  if (today == NULL)
    return status;
  if (argc == 2)
    timelines = file_timelines (argv[1], agency, today, &status);
  else
    timelines = register_timelines (uri != NULL ? uri : g_getenv ("SCR_REGISTER"), agency, today,
                                    &status);
  if (timelines == NULL)
    return status;

  for (guint i = 0; i < g_list_model_get_n_items (timelines); i++)
    {
      g_autoptr(ScrTimeline) t = g_list_model_get_item (timelines, i);
      GListModel *deadlines = scr_timeline_get_deadlines (t);
      gboolean any = FALSE;

      for (guint k = 0; k < g_list_model_get_n_items (deadlines); k++)
        {
          g_autoptr(ScrDeadline) d = g_list_model_get_item (deadlines, k);
          ScrDeadlineStatus s = scr_deadline_get_status (d);
          const ScrDate *due = scr_deadline_get_due (d);
          Due item;

          if ((s != SCR_DEADLINE_STATUS_PENDING && s != SCR_DEADLINE_STATUS_OVERDUE)
              || due == NULL || !scr_date_is_complete (due))
            continue;
          item.left = scr_calendar_count_working_days (scr_timeline_get_calendar (t), today, due,
                                                       &error);
          if (error != NULL)
            return scr_tool_fail ("due: case %s: %s", scr_timeline_get_case_id (t),
                                  error->message);
          if (s != SCR_DEADLINE_STATUS_OVERDUE && item.left > within)
            continue;
          item.timeline = t;
          item.deadline = g_steal_pointer (&d);
          item.case_id = scr_timeline_get_case_id (t);
          n_overdue += s == SCR_DEADLINE_STATUS_OVERDUE;
          g_array_append_val (dues, item);
          any = TRUE;
        }
      if (any)
        g_list_store_append (listed, t);
      /* what stops a case's steps being timed is shown too, never
       * left out silently */
      {
        g_auto(GStrv) missing = scr_timeline_list_missing (t);

        if (missing[0] != NULL)
          g_ptr_array_add (case_missing, untimed_new (scr_timeline_get_case_id (t), missing));
      }
    }
  g_array_sort (dues, compare_due);

  if (ics)
    {
      g_autofree char *text = scr_timelines_to_icalendar (G_LIST_MODEL (listed), NULL, &error);

      if (text == NULL)
        return scr_tool_fail ("due: %s", error->message);
      fputs (text, stdout);
    }
  else if (json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
      JsonObject *object = json_object_new ();
      JsonArray *array = json_array_new ();
      g_autofree char *day = scr_date_to_iso8601 (today);

      json_object_set_string_member (object, "today", day);
      json_object_set_int_member (object, "overdue", n_overdue);
      for (guint i = 0; i < dues->len; i++)
        json_array_add_element (array, due_to_json (&g_array_index (dues, Due, i)));
      json_object_set_array_member (object, "due", array);
      array = json_array_new ();
      for (guint i = 0; i < case_missing->len; i++)
        {
          const Untimed *u = case_missing->pdata[i];
          JsonObject *item = json_object_new ();
          JsonArray *facts = json_array_new ();

          json_object_set_string_member (item, "case_id", u->case_id);
          for (guint k = 0; u->missing[k] != NULL; k++)
            json_array_add_string_element (facts, u->missing[k]);
          json_object_set_array_member (item, "missing", facts);
          json_array_add_object_element (array, item);
        }
      json_object_set_array_member (object, "untimed", array);
      json_node_take_object (root, object);
      scr_tool_print_json (root);
    }
  else
    {
      g_autofree char *day = scr_date_to_iso8601 (today);

      printf ("Due as on %s: %u open deadline%s, %u overdue%s\n", day, dues->len,
              dues->len == 1 ? "" : "s", n_overdue,
              within != G_MAXINT ? " (pending ones within the --within days only)" : "");
      if (dues->len > 0)
        printf ("%5s  %-11s %-16s %-14s %-8s %s\n", "LEFT", "DUE", "CASE", "RULE", "STATUS",
                "WHAT");
      for (guint i = 0; i < dues->len; i++)
        print_due (&g_array_index (dues, Due, i));
      if (dues->len > 0)
        printf ("LEFT is working days from %s to the due date (negative: overdue); "
                "~ marks a due date known only approximately.\n", day);
      if (case_missing->len > 0)
        printf ("\n%u case%s with steps that cannot be timed until these are recorded "
                "(scr status CASE):\n", case_missing->len, case_missing->len == 1 ? "" : "s");
      for (guint i = 0; i < case_missing->len; i++)
        {
          const Untimed *u = case_missing->pdata[i];
          g_autofree char *list = g_strjoinv (", ", u->missing);

          printf ("  %-16s %s\n", u->case_id, list);
        }
    }
  return n_overdue > 0 ? 1 : 0;
}

/* scr status [-R URI] [--today DATE] CASE */
int
scr_cmd_status (int    argc,
                char **argv)
{
  g_autofree char *uri = NULL, *today_text = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    SCR_TOOL_REGISTER_ENTRY (&uri),
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, "Report the status as on DATE", "DATE" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON instead of text", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrStore) store = NULL;
  g_autoptr(ScrDate) today = NULL;
  g_autoptr(ScrEvaluator) evaluator = NULL;
  g_autoptr(ScrEvaluation) evaluation = NULL;
  g_autoptr(ScrTimeline) timeline = NULL;
  g_autoptr(GListModel) log = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrCase) c = NULL;
  int status = 0;

  if (!scr_tool_parse_options (entries, "CASE",
                               "Show one case of the register: its evaluation, its timeline "
                               "and its history in the decision log.", &argc, &argv))
    return 2;
  if (argc != 2)
    return scr_tool_fail ("status: give one case id (usage: scr status CASE)");
  today = parse_today (today_text, &status);
  if (today == NULL)
    return status;
  store = scr_tool_open_register ("status", uri != NULL ? uri : g_getenv ("SCR_REGISTER"),
                                  &status);
  if (store == NULL)
    return status;
  c = SCR_CASE (scr_store_load_entity (store, SCR_TYPE_CASE, argv[1], &error));
  if (c == NULL)
    return scr_tool_fail ("status: %s", error->message);
  evaluator = scr_evaluator_new (NULL);
  evaluation = scr_evaluator_evaluate (evaluator, c, NULL);
  timeline = scr_evaluator_timeline (evaluator, c, today, &error);
  if (timeline == NULL)
    return scr_tool_fail ("status: %s", error->message);
  log = scr_store_list_log (store, argv[1], &error);
  if (log == NULL)
    return scr_tool_fail ("status: %s", error->message);

  if (json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
      JsonObject *object = json_object_new ();
      JsonArray *history = json_array_new ();

      json_object_set_string_member (object, "case", argv[1]);
      json_object_set_member (object, "evaluation", scr_evaluation_to_json (evaluation));
      json_object_set_member (object, "timeline", scr_timeline_to_json (timeline));
      for (guint i = 0; i < g_list_model_get_n_items (log); i++)
        {
          g_autoptr(ScrLogEntry) e = g_list_model_get_item (log, i);

          json_array_add_element (history, scr_tool_log_entry_to_json (e));
        }
      json_object_set_array_member (object, "history", history);
      json_node_take_object (root, object);
      scr_tool_print_json (root);
      return 0;
    }
  scr_tool_print_evaluation (evaluation);
  printf ("\n");
  scr_tool_print_timeline (timeline);
  printf ("\nHistory (%u entries in the decision log):\n", g_list_model_get_n_items (log));
  for (guint i = 0; i < g_list_model_get_n_items (log); i++)
    {
      g_autoptr(ScrLogEntry) e = g_list_model_get_item (log, i);
      g_autofree char *time = g_date_time_format (scr_log_entry_get_time (e), "%Y-%m-%d %H:%M");
      const char *member = scr_log_entry_get_member (e);

      printf ("  %s  %-10s %s%s%s%s%s\n", time, scr_log_entry_get_user (e),
              *member != '\0' ? member : "added",
              *member != '\0' ? " = " : "",
              *member != '\0' && scr_log_entry_get_new_value (e) != NULL
                ? scr_log_entry_get_new_value (e) : "",
              *scr_log_entry_get_reason (e) != '\0' ? "  because: " : "",
              scr_log_entry_get_reason (e));
    }
  return 0;
}
