/* case-deadlines.c: what a case system asks libscr about its cases.
 *
 * For each case of a dataset: which notifications and reviews it requires,
 * and the statutory deadlines its dated events set running.
 *
 *   cc -o case-deadlines case-deadlines.c $(pkg-config --cflags --libs libscr-1)
 *   ./case-deadlines examples/data/child-l-cumbria.json 2024-01-01
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>

#include <scr/scr.h>

/* The JSON spelling of an enumeration value, such as "serious-harm". */
static const char *
nick (GType type,
      int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  return enum_value != NULL ? enum_value->value_nick : "?";
}

static char *
date_text (const ScrDate *date)
{
  return date != NULL ? scr_date_to_iso8601 (date) : g_strdup ("-");
}

static void
print_outcomes (ScrEvaluation *evaluation)
{
  GListModel *outcomes = scr_evaluation_get_outcomes (evaluation);

  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(ScrOutcome) outcome = g_list_model_get_item (outcomes, i);
      ScrVerdict verdict = scr_outcome_get_verdict (outcome);

      if (verdict == SCR_VERDICT_NOT_REQUIRED)
        continue;
      printf ("  %-31s %-13s %s\n",
              nick (SCR_TYPE_PROCESS, scr_outcome_get_process (outcome)),
              nick (SCR_TYPE_VERDICT, verdict),
              scr_outcome_get_rule_id (outcome) ? scr_outcome_get_rule_id (outcome) : "");
    }
}

static void
print_deadlines (ScrTimeline *timeline)
{
  GListModel *deadlines = scr_timeline_get_deadlines (timeline);

  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(ScrDeadline) deadline = g_list_model_get_item (deadlines, i);
      g_autofree char *due = date_text (scr_deadline_get_due (deadline));
      g_autofree char *done = date_text (scr_deadline_get_done (deadline));
      ScrDeadlineStatus status = scr_deadline_get_status (deadline);

      printf ("  %-12s due %-10s done %-10s %s", scr_deadline_get_rule_id (deadline), due, done,
              nick (SCR_TYPE_DEADLINE_STATUS, status));
      if (status == SCR_DEADLINE_STATUS_LATE || status == SCR_DEADLINE_STATUS_OVERDUE)
        printf (" by %d working days", scr_deadline_get_days_late (deadline));
      printf ("\n");
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(ScrDate) today = NULL;
  g_autoptr(ScrEvaluator) evaluator = NULL;
  GListModel *cases;

  if (argc != 2 && argc != 3)
    {
      fprintf (stderr, "usage: %s DATASET.json [TODAY]\n", argv[0]);
      return 2;
    }
  dataset = scr_dataset_new_from_file (argv[1], &error);
  if (dataset == NULL)
    {
      fprintf (stderr, "%s\n", error->message);  /* FILE: JSON.PATH: what is wrong */
      return 2;
    }
  today = argc == 3 ? scr_date_new_from_iso8601 (argv[2], &error) : scr_date_new_today ();
  if (today == NULL)
    {
      fprintf (stderr, "%s: %s\n", argv[2], error->message);
      return 2;
    }

  evaluator = scr_evaluator_new (NULL);  /* the built-in rules */
  cases = scr_dataset_get_cases (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(ScrCase) scr_case = g_list_model_get_item (cases, i);
      g_autoptr(ScrEvaluation) evaluation = scr_evaluator_evaluate (evaluator, scr_case, NULL);
      g_autoptr(ScrTimeline) timeline = NULL;

      printf ("%s (%s)\n", scr_case_get_id (scr_case),
              nick (SCR_TYPE_JURISDICTION, scr_case_get_jurisdiction (scr_case)));
      print_outcomes (evaluation);
      timeline = scr_evaluator_timeline (evaluator, scr_case, today, &error);
      if (timeline == NULL)
        {
          fprintf (stderr, "%s: %s\n", scr_case_get_id (scr_case), error->message);
          return 1;
        }
      print_deadlines (timeline);
    }
  return 0;
}
