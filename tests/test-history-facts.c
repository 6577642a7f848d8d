/* test-history-facts.c: facts the rule data derives from the subject's
 * legal-status periods: the Wales six-month window (W-6M) at its edges,
 * partial and open periods, Northern Ireland's "is or has been",
 * England's "at the date of death", and a recorded fact winning.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include <scr/scr.h>

typedef enum { CP, LA } List;

/* A case of @jurisdiction whose subject died on @incident, with one
 * period [from, to] (to NULL: open) on @list, and the facts @facts
 * (name, value pairs, NULL terminated). */
static ScrCase *
make_case (ScrJurisdiction  jurisdiction,
           const char      *incident,
           List             list,
           const char      *from,
           const char      *to,
           const char     **facts)
{
  ScrCase *scr_case = scr_case_new ("h", jurisdiction);
  g_autoptr(ScrPerson) subject = scr_person_new ("s");
  g_autoptr(ScrDate) day = scr_date_new_from_iso8601 (incident, NULL);
  g_autoptr(ScrDate) start = scr_date_new_from_iso8601 (from, NULL);
  g_autoptr(ScrDate) end = to != NULL ? scr_date_new_from_iso8601 (to, NULL) : NULL;
  g_autoptr(ScrPeriod) period = scr_period_new (start, end);

  scr_case_set_event (scr_case, "incident", day);
  if (list == CP)
    scr_person_add_cp_register_period (subject, period);
  else
    scr_person_add_looked_after_period (subject, period);
  scr_case_set_subject (scr_case, subject);
  for (guint i = 0; facts != NULL && facts[i] != NULL; i += 2)
    g_assert_true (scr_case_set_fact (scr_case, facts[i], facts[i + 1], NULL));
  return scr_case;
}

static const char *wales_facts[] = {
  "abuse_neglect", "suspected", "died", "yes", "within_board_area", "yes",
  "looked_after_6m", "no", NULL
};

static ScrVerdict
wales_extended (const char  *incident,
                const char  *from,
                const char  *to,
                const char **missing_first)
{
  g_autoptr(ScrEvaluator) evaluator = scr_evaluator_new (NULL);
  g_autoptr(ScrCase) scr_case = make_case (SCR_JURISDICTION_WALES, incident, CP, from, to,
                                           wales_facts);
  g_autoptr(ScrEvaluation) evaluation = scr_evaluator_evaluate (evaluator, scr_case, NULL);
  ScrOutcome *outcome = scr_evaluation_get_outcome (evaluation, SCR_PROCESS_WALES_EXTENDED);
  const char * const *missing;

  g_assert_nonnull (outcome);
  missing = scr_outcome_get_missing (outcome);
  if (missing_first != NULL)
    *missing_first = missing[0] != NULL ? g_intern_string (missing[0]) : NULL;
  return scr_outcome_get_verdict (outcome);
}

/* Death on 1 December 2020: the window is 1 June 2020 to 30 November
 * 2020, both included. */
static void
test_wales_window_edges (void)
{
  /* the example of issue 10 */
  g_assert_cmpint (wales_extended ("2020-12-01", "2020-02-03", "2020-08-10", NULL), ==,
                   SCR_VERDICT_REQUIRED);
  /* ending on the window's first day, the day the window opens */
  g_assert_cmpint (wales_extended ("2020-12-01", "2020-01-01", "2020-06-01", NULL), ==,
                   SCR_VERDICT_REQUIRED);
  /* ending the day before it: concise, not extended */
  g_assert_cmpint (wales_extended ("2020-12-01", "2020-01-01", "2020-05-31", NULL), ==,
                   SCR_VERDICT_NOT_REQUIRED);
  /* starting on the window's last day, and on the reference date itself */
  g_assert_cmpint (wales_extended ("2020-12-01", "2020-11-30", NULL, NULL), ==,
                   SCR_VERDICT_REQUIRED);
  g_assert_cmpint (wales_extended ("2020-12-01", "2020-12-01", NULL, NULL), ==,
                   SCR_VERDICT_NOT_REQUIRED);
  /* the window of a death on 31 August opens on 29 February (2020) */
  g_assert_cmpint (wales_extended ("2020-08-31", "2019-01-01", "2020-02-29", NULL), ==,
                   SCR_VERDICT_REQUIRED);
  g_assert_cmpint (wales_extended ("2020-08-31", "2019-01-01", "2020-02-28", NULL), ==,
                   SCR_VERDICT_NOT_REQUIRED);
}

static void
test_wales_partial (void)
{
  const char *missing = NULL;

  /* a month wholly before or inside the window decides */
  g_assert_cmpint (wales_extended ("2020-12-01", "2020-01", "2020-05", NULL), ==,
                   SCR_VERDICT_NOT_REQUIRED);
  g_assert_cmpint (wales_extended ("2020-12-01", "2020-01", "2020-06", NULL), ==,
                   SCR_VERDICT_REQUIRED);
  /* a month that straddles the window's first day (15 May 2020) does not */
  g_assert_cmpint (wales_extended ("2020-11-15", "2020-01", "2020-05", &missing), ==,
                   SCR_VERDICT_INDETERMINATE);
  g_assert_cmpstr (missing, ==, "cp_register_6m");
  /* nor one that straddles its last day (14 November 2020) */
  g_assert_cmpint (wales_extended ("2020-11-15", "2020-11", NULL, &missing), ==,
                   SCR_VERDICT_INDETERMINATE);
  g_assert_cmpstr (missing, ==, "cp_register_6m");
  /* a reference date known only to the month straddles too */
  g_assert_cmpint (wales_extended ("2020-12", "2020-01-01", "2020-06-10", &missing), ==,
                   SCR_VERDICT_INDETERMINATE);
  /* an open period that began long before */
  g_assert_cmpint (wales_extended ("2020-12-01", "2015", NULL, NULL), ==,
                   SCR_VERDICT_REQUIRED);
}

static void
test_recorded_wins (void)
{
  static const char *facts[] = {
    "abuse_neglect", "suspected", "died", "yes", "within_board_area", "yes",
    "looked_after_6m", "no", "cp_register_6m", "no", NULL
  };
  g_autoptr(ScrEvaluator) evaluator = scr_evaluator_new (NULL);
  g_autoptr(ScrCase) scr_case = make_case (SCR_JURISDICTION_WALES, "2020-12-01", CP,
                                           "2020-02-03", "2020-08-10", facts);
  g_autoptr(ScrEvaluation) evaluation = scr_evaluator_evaluate (evaluator, scr_case, NULL);

  g_assert_cmpint (scr_outcome_get_verdict (scr_evaluation_get_outcome (
                     evaluation, SCR_PROCESS_WALES_EXTENDED)), ==, SCR_VERDICT_NOT_REQUIRED);
  g_assert_cmpint (scr_outcome_get_verdict (scr_evaluation_get_outcome (
                     evaluation, SCR_PROCESS_WALES_CONCISE)), ==, SCR_VERDICT_REQUIRED);
}

static const char *
reason_of (const char      *incident,
           const char      *from,
           const char      *to,
           const char     **facts,
           ScrProcess       process,
           ScrEvaluation  **keep)
{
  g_autoptr(ScrEvaluator) evaluator = scr_evaluator_new (NULL);
  g_autoptr(ScrCase) scr_case = make_case (SCR_JURISDICTION_WALES, incident, CP, from, to,
                                           facts);

  *keep = scr_evaluator_evaluate (evaluator, scr_case, NULL);
  return scr_outcome_get_reason (scr_evaluation_get_outcome (*keep, process));
}

static void
test_reasons (void)
{
  static const char *recorded[] = {
    "abuse_neglect", "suspected", "died", "yes", "within_board_area", "yes",
    "looked_after_6m", "no", "cp_register_6m", "no", NULL
  };
  g_autoptr(ScrEvaluation) e1 = NULL, e2 = NULL, e3 = NULL, e4 = NULL;

  g_assert_true (g_str_has_suffix (
    reason_of ("2020-12-01", "2020-02-03", "2020-08-10", wales_facts,
               SCR_PROCESS_WALES_EXTENDED, &e1),
    "extended child practice review. The child was on the child protection register from "
    "3 February 2020 to 10 August 2020, which overlaps the six months before 1 December 2020 "
    "(cp_register_6m derived from the periods)."));
  g_assert_true (g_str_has_suffix (
    reason_of ("2020-12-01", "2020-01-01", "2020-05-31", wales_facts,
               SCR_PROCESS_WALES_CONCISE, &e2),
    " No period on the child protection register overlaps the six months before "
    "1 December 2020 (cp_register_6m derived from the periods)."));
  /* the exact date asked for: the window's first day */
  g_assert_true (g_str_has_suffix (
    reason_of ("2020-11-15", "2020-01", "2020-05", wales_facts,
               SCR_PROCESS_WALES_EXTENDED, &e3),
    "from January 2020 to May 2020, which may or may not overlap the six months before "
    "15 November 2020: the exact date is needed to know whether it ended before 15 May 2020 "
    "(cp_register_6m)."));
  g_assert_true (g_str_has_suffix (
    reason_of ("2020-12-01", "2020-02-03", "2020-08-10", recorded,
               SCR_PROCESS_WALES_CONCISE, &e4),
    " cp_register_6m was recorded on the case, not derived from the child's periods."));
}

static void
test_ni_ever (void)
{
  static const char *facts[] = {
    "died", "yes", "abuse_neglect", "not_suspected", "sbni_concern", "yes", NULL
  };
  g_autoptr(ScrEvaluator) evaluator = scr_evaluator_new (NULL);
  g_autoptr(ScrCase) before = make_case (SCR_JURISDICTION_NORTHERN_IRELAND, "2020-12-01", CP,
                                         "2016-01", "2016-06", facts);
  g_autoptr(ScrCase) after = make_case (SCR_JURISDICTION_NORTHERN_IRELAND, "2020-12-01", CP,
                                        "2021-01", NULL, facts);
  g_autoptr(ScrEvaluation) yes = scr_evaluator_evaluate (evaluator, before, NULL);
  g_autoptr(ScrEvaluation) undecided = scr_evaluator_evaluate (evaluator, after, NULL);

  /* "is or has been": a period that ended years before counts */
  g_assert_cmpint (scr_outcome_get_verdict (scr_evaluation_get_outcome (yes, SCR_PROCESS_NI_CMR)),
                   ==, SCR_VERDICT_REQUIRED);
  g_assert_nonnull (strstr (scr_outcome_get_reason (scr_evaluation_get_outcome (
                              yes, SCR_PROCESS_NI_CMR)),
                            " The child was on the child protection register from January 2016 "
                            "to June 2016, which overlaps the time up to and including "
                            "1 December 2020 (cp_register_ever derived from the periods)."));
  /* no period before: "no" is not derived, a sibling may have been */
  g_assert_cmpint (scr_outcome_get_verdict (scr_evaluation_get_outcome (undecided,
                                                                        SCR_PROCESS_NI_CMR)),
                   !=, SCR_VERDICT_REQUIRED);
}

static void
test_england_at_death (void)
{
  static const char *facts[] = {
    "died", "yes", "abuse_neglect", "not_suspected", NULL
  };
  g_autoptr(ScrEvaluator) evaluator = scr_evaluator_new (NULL);
  g_autoptr(ScrCase) on = make_case (SCR_JURISDICTION_ENGLAND, "2020-12-01", LA,
                                     "2019-04-01", "2020-12-01", facts);
  g_autoptr(ScrCase) ended = make_case (SCR_JURISDICTION_ENGLAND, "2020-12-01", LA,
                                        "2019-04-01", "2020-11-30", facts);
  g_autoptr(ScrEvaluation) yes = scr_evaluator_evaluate (evaluator, on, NULL);
  g_autoptr(ScrEvaluation) no = scr_evaluator_evaluate (evaluator, ended, NULL);

  /* E18-SIN-4: a looked-after child's death, on the day the period ended */
  g_assert_cmpint (scr_outcome_get_verdict (scr_evaluation_get_outcome (
                     yes, SCR_PROCESS_LAC_DEATH_NOTIFICATION)), ==, SCR_VERDICT_REQUIRED);
  g_assert_true (g_str_has_suffix (scr_outcome_get_reason (scr_evaluation_get_outcome (
                                     yes, SCR_PROCESS_LAC_DEATH_NOTIFICATION)),
                                   " The child was looked after from 1 April 2019 to "
                                   "1 December 2020, which overlaps the day of 1 December 2020 "
                                   "(looked_after_at_death derived from the periods)."));
  /* the day after the period ended: not looked after at death */
  g_assert_cmpint (scr_outcome_get_verdict (scr_evaluation_get_outcome (
                     no, SCR_PROCESS_LAC_DEATH_NOTIFICATION)), ==, SCR_VERDICT_NOT_REQUIRED);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/evaluator/history/wales-window-edges", test_wales_window_edges);
  g_test_add_func ("/scr/evaluator/history/wales-partial", test_wales_partial);
  g_test_add_func ("/scr/evaluator/history/recorded-wins", test_recorded_wins);
  g_test_add_func ("/scr/evaluator/history/reasons", test_reasons);
  g_test_add_func ("/scr/evaluator/history/ni-ever", test_ni_ever);
  g_test_add_func ("/scr/evaluator/history/england-at-death", test_england_at_death);

  return g_test_run ();
}
