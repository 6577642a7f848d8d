/* test-evaluator.c: ScrEvaluator: the criteria, rule by rule, and rules in
 * force by date (public API). The seed cases are tested in
 * test-evaluator-seed-cases.c, batches in test-evaluator-batch.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-evaluator-util.h"

typedef struct
{
  const char *jurisdiction;
  const char *spec;
  const char *process;     /* nick */
  const char *verdict;     /* nick, or "absent" */
  const char *rule;        /* expected rule id, or NULL */
  const char *missing;     /* comma list that must be in the missing facts */
  gboolean unverified;
} Vector;

static ScrProcess
process_from_nick (const char *text)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (SCR_TYPE_PROCESS);
  GEnumValue *v = g_enum_get_value_by_nick (klass, text);

  g_assert_nonnull (v);
  return v->value;
}

static void
check_vector (const Vector *v,
              GHashTable   *fired)
{
  g_autoptr(ScrCase) c = make_case (v->jurisdiction, v->spec);
  g_autoptr(ScrEvaluator) e = evaluator (v->unverified);
  g_autoptr(ScrEvaluation) ev = scr_evaluator_evaluate (e, c, NULL);
  ScrOutcome *o = scr_evaluation_get_outcome (ev, process_from_nick (v->process));

  g_test_message ("vector: %s [%s] %s -> %s %s", v->jurisdiction, v->spec, v->process,
                  v->verdict, v->rule ? v->rule : "");
  if (g_str_equal (v->verdict, "absent"))
    {
      g_assert_null (o);
      return;
    }
  g_assert_nonnull (o);
  g_assert_cmpstr (nick (SCR_TYPE_VERDICT, scr_outcome_get_verdict (o)), ==, v->verdict);
  if (v->rule != NULL)
    g_assert_cmpstr (scr_outcome_get_rule_id (o), ==, v->rule);
  g_assert_nonnull (scr_outcome_get_reason (o));
  g_assert_cmpstr (scr_outcome_get_reason (o), !=, "");
  if (scr_outcome_get_verdict (o) == SCR_VERDICT_INDETERMINATE)
    g_assert_nonnull (scr_outcome_get_missing (o)[0]);
  else
    g_assert_null (scr_outcome_get_missing (o)[0]);
  if (v->missing != NULL)
    {
      g_auto(GStrv) want = g_strsplit (v->missing, ",", -1);

      for (guint i = 0; want[i] != NULL; i++)
        g_assert_true (g_strv_contains (scr_outcome_get_missing (o), want[i]));
    }
  if (scr_outcome_get_verdict (o) != SCR_VERDICT_INDETERMINATE &&
      scr_outcome_get_rule_id (o) != NULL && fired != NULL &&
      (v->rule == NULL || g_str_equal (v->rule, scr_outcome_get_rule_id (o))) &&
      strstr (scr_outcome_get_reason (o), "No rule in force") == NULL)
    g_hash_table_add (fired, g_strdup (scr_outcome_get_rule_id (o)));
  g_assert_cmpint (scr_outcome_get_unverified (o), ==,
                   scr_outcome_get_evidence (o) == SCR_EVIDENCE_RECALLED);
}

static const Vector criteria[] = {
  /* WT2013 (15 April 2013 - 25 March 2015). */
  { "england", "abuse_neglect=suspected died=yes @decision=2014-01-10", "scr", "required", "E13-SCR-1" },
  { "england", "abuse_neglect=not_suspected died=yes " NOTCUSTODY "@decision=2014-01-10", "scr", "not-required", "E13-SCR-4" },
  { "england", "died=yes @decision=2014-01-10", "scr", "indeterminate", "E13-SCR-1", "abuse_neglect" },
  { "england", "abuse_neglect=known serious_harm=yes died=no interagency_concern=yes @decision=2014-01-10", "scr", "required", "E13-SCR-2" },
  { "england", "abuse_neglect=known serious_harm=yes died=no interagency_concern=no_definitive @decision=2014-01-10", "scr", "not-required", "E13-SCR-4" },
  { "england", "abuse_neglect=known serious_harm=yes died=no @decision=2014-01-10", "scr", "indeterminate", "E13-SCR-2", "interagency_concern" },
  { "england", "abuse_neglect=known serious_harm=yes died=no interagency_concern=no_unclear @decision=2014-01-10", "scr", "required", "E13-SCR-2a", NULL, TRUE },
  { "england", "abuse_neglect=not_suspected died=yes custody_setting=yes @decision=2014-01-10", "scr", "expected", "E13-SCR-3", NULL, TRUE },
  { "england", "abuse_neglect=not_suspected died=yes custody_setting=yes @decision=2014-01-10", "scr", "not-required", "E13-SCR-4" },
  { "england", "abuse_neglect=suspected died=yes @became_aware=2014-01-10", "notification", "required", "E13-NI", NULL, TRUE },
  { "england", "abuse_neglect=suspected died=yes @became_aware=2014-01-10", "notification", "absent" },
  { "england", "died=yes abuse_neglect=not_suspected @became_aware=2014-01-10", "notification", "indeterminate", "E13-NI", "looked_after_at_death,regulated_setting", TRUE },

  /* WT2015 (from 26 March 2015 to the area's transition). */
  { "england", "abuse_neglect=known died=yes suspected_suicide=yes @decision=2016-05-03", "scr", "required", "E15-SCR-1a" },
  { "england", "abuse_neglect=known died=yes suspected_suicide=no @decision=2016-05-03", "scr", "required", "E15-SCR-1" },
  { "england", "abuse_neglect=known died=yes @decision=2016-05-03", "scr", "required", "E15-SCR-1" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no interagency_concern=yes @decision=2016-05-03", "scr", "required", "E15-SCR-2" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no interagency_concern=no_unclear @decision=2016-05-03", "scr", "required", "E15-SCR-2a" },
  /* The definitive-evidence test: unknown inter-agency working requires an SCR. */
  { "england", "abuse_neglect=suspected serious_harm=yes died=no @decision=2016-05-03", "scr", "required", "E15-SCR-2a" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no interagency_concern=no_definitive @decision=2016-05-03", "scr", "not-required", "E15-SCR-2b" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no interagency_concern=no_definitive @decision=2016-05-03", "learning-review", "consider", "E15-SCR-2b" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no interagency_concern=yes @decision=2016-05-03", "learning-review", "not-required", "E15-SCR-2b" },
  { "england", "abuse_neglect=not_suspected died=yes custody_setting=yes @decision=2016-05-03", "scr", "expected", "E15-SCR-3" },
  { "england", "abuse_neglect=not_suspected died=yes mha_1983_detained=yes @decision=2016-05-03", "scr", "expected", "E15-SCR-3" },
  { "england", "abuse_neglect=not_suspected died=yes dol_order_16_17=yes @decision=2016-05-03", "scr", "expected", "E15-SCR-3" },
  { "england", "abuse_neglect=not_suspected died=yes @decision=2016-05-03", "scr", "indeterminate", "E15-SCR-3", "custody_setting,mha_1983_detained,dol_order_16_17" },
  { "england", "abuse_neglect=not_suspected died=yes " NOTCUSTODY "@decision=2016-05-03", "scr", "not-required", "E15-SCR-4" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no @became_aware=2016-05-03", "notification", "required", "E15-NI-1" },
  { "england", "abuse_neglect=not_suspected died=yes looked_after_at_death=yes @became_aware=2016-05-03", "notification", "required", "E15-NI-1" },
  { "england", "abuse_neglect=not_suspected died=yes looked_after_at_death=no regulated_setting=yes @became_aware=2016-05-03", "notification", "required", "E15-NI-1" },
  { "england", "abuse_neglect=not_suspected died=no serious_harm=yes @became_aware=2016-05-03", "notification", "not-required", "E15-NI-1" },
  { "england", "abuse_neglect=not_suspected died=yes @became_aware=2016-05-03", "notification", "indeterminate", "E15-NI-1", "looked_after_at_death,regulated_setting" },

  /* Panel regime from 29 June 2018. */
  { "england", SIN "@became_aware=2020-03-02", "notification", "required", "E18-SIN-1" },
  { "england", "abuse_neglect=not_suspected serious_harm=yes died=no incident_location=this_la family_known_csc_recent=no child_caused_serious_harm_to_other=no @became_aware=2020-03-02", "notification", "not-required", "E18-SIN-3" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no child_caused_serious_harm_to_other=no @became_aware=2020-03-02", "notification", "indeterminate", "E18-SIN-1", "incident_location" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no incident_location=outside_england normal_residence=this_la @became_aware=2020-03-02", "notification", "required", "E18-SIN-2" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no incident_location=outside_england normal_residence=outside_england child_caused_serious_harm_to_other=no @became_aware=2020-03-02", "notification", "not-required", "E18-SIN-3" },
  { "england", "abuse_neglect=suspected died=yes suspected_suicide=yes incident_location=this_la @became_aware=2020-03-02", "notification", "required", "E18-SIN-3" },
  { "england", "abuse_neglect=not_suspected died=yes looked_after_at_death=yes @became_aware=2020-03-02", "lac-death-notification", "required", "E18-SIN-4" },
  { "england", "abuse_neglect=suspected died=yes looked_after_at_death=yes @became_aware=2020-03-02", "lac-death-notification", "not-required", "E18-SIN-4" },
  { "england", "abuse_neglect=not_suspected died=yes @became_aware=2020-03-02", "lac-death-notification", "indeterminate", "E18-SIN-4", "looked_after_at_death" },
  { "england", "abuse_neglect=suspected died=no serious_harm=no child_caused_serious_harm_to_other=yes @became_aware=2020-03-02", "notification", "consider", "E18-SIN-5" },
  { "england", "abuse_neglect=not_suspected died=yes looked_after_at_death=no family_known_csc_recent=yes suicide_or_unexplained=yes child_caused_serious_harm_to_other=no @became_aware=2020-03-02", "notification", "consider", "E18-SIN-6" },
  { "england", "abuse_neglect=not_suspected died=yes looked_after_at_death=no family_known_csc_recent=yes child_caused_serious_harm_to_other=no @became_aware=2020-03-02", "notification", "indeterminate", "E18-SIN-6", "suicide_or_unexplained" },
  { "england", "died=yes care_leaver=yes care_leaver_age=22 @became_aware=2024-02-01", "care-leaver-death-notification", "required", "E23-CL" },
  { "england", "died=yes care_leaver=yes care_leaver_age=25 @became_aware=2024-02-01", "care-leaver-death-notification", "not-required", "E23-CL" },
  { "england", "died=yes care_leaver=yes @became_aware=2024-02-01", "care-leaver-death-notification", "indeterminate", "E23-CL", "care_leaver_age" },
  { "england", SIN "@became_aware=2020-03-02", "rapid-review", "required", "E18-RR-1" },
  { "england", "abuse_neglect=not_suspected serious_harm=yes died=no incident_location=this_la @became_aware=2020-03-02", "rapid-review", "not-required", "E18-RR-1" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no @became_aware=2020-03-02", "rapid-review", "indeterminate", "E18-RR-1", "incident_location" },
  { "england", SIN "rr_improvements_needed=yes @decision=2020-04-01", "lcspr", "consider", "E18-LCSPR-1" },
  { "england", SIN "@decision=2020-04-01", "lcspr", "consider", "E18-LCSPR-2" },
  { "england", "abuse_neglect=not_suspected serious_harm=yes died=no @decision=2020-04-01", "lcspr", "not-required", "E18-LCSPR-1" },
  { "england", "died=no @decision=2020-04-01", "lcspr", "indeterminate", "E18-LCSPR-2", "abuse_neglect" },
  { "england", "abuse_neglect=not_suspected died=yes custody_setting=yes @decision=2020-04-01", "lcspr", "consider", "E18-CUSTODY" },
  { "england", SIN "national_importance=yes @decision=2020-04-01", "national-review", "consider", "E18-NAT-1" },
  { "england", SIN "national_importance=no rr_improvements_needed=no rr_recurrent_themes=no @decision=2020-04-01", "national-review", "not-required", "E18-NAT-1" },
  { "england", SIN "@decision=2020-04-01", "national-review", "indeterminate", "E18-NAT-1", "national_importance" },

  /* The transition window: both regimes. */
  { "england", SIN "@became_aware=2019-01-10 @decision=2019-01-15", "notification", "required", "E18-SIN-1" },
  { "england", SIN "interagency_concern=yes @became_aware=2019-01-10 @decision=2019-01-15", "scr", "required", "E15-SCR-2" },
  { "england", SIN "@became_aware=2019-01-10 @decision=2019-01-15", "lcspr", "absent" },
  { "england", SIN "@became_aware=2019-01-10 @decision=2019-01-15", "rapid-review", "absent" },
  { "england", SIN "@became_aware=2019-01-10 @decision=2019-01-15", "rapid-review", "required", "E18-RR-TW", NULL, TRUE },
  /* An area that moved early (1 October 2018). */
  { "england", SIN "@transition=2018-10-01 @became_aware=2019-01-10 @decision=2019-01-15", "lcspr", "consider", "E18-LCSPR-2" },
  { "england", SIN "@transition=2018-10-01 @became_aware=2019-01-10 @decision=2019-01-15", "scr", "absent" },
  { "england", SIN "@transition=2018-10-01 @became_aware=2019-01-10 @decision=2019-01-15", "rapid-review", "required", "E18-RR-1" },

  /* Edition boundaries include their first day. */
  { "england", "abuse_neglect=known died=yes @decision=2015-03-25", "scr", "required", "E13-SCR-1" },
  { "england", "abuse_neglect=known died=yes @decision=2015-03-26", "scr", "required", "E15-SCR-1" },
  { "england", "abuse_neglect=known died=yes @decision=2013-04-14", "scr", "absent" },
  { "england", "abuse_neglect=known died=yes @decision=2013-04-15", "scr", "required", "E13-SCR-1" },
  { "england", SIN "@became_aware=2018-06-28", "notification", "required", "E15-NI-1" },
  { "england", SIN "@became_aware=2018-06-29", "notification", "required", "E18-SIN-1" },
  { "england", SIN "@decision=2019-09-28", "scr", "required", "E15-SCR-2a" },
  { "england", SIN "@decision=2019-09-28", "lcspr", "absent" },
  { "england", SIN "@decision=2019-09-29", "scr", "absent" },
  { "england", SIN "@decision=2019-09-29", "lcspr", "consider", "E18-LCSPR-2" },
  { "england", "died=yes care_leaver=yes care_leaver_age=22 @became_aware=2023-12-14", "care-leaver-death-notification", "absent" },
  { "england", "died=yes care_leaver=yes care_leaver_age=22 @became_aware=2023-12-15", "care-leaver-death-notification", "required", "E23-CL" },
  /* A month that straddles a boundary asks for the full date. */
  { "england", "abuse_neglect=known died=yes @decision=2015-03", "scr", "indeterminate", NULL, "date:decision" },
  { "england", "abuse_neglect=known died=yes @decision=2015-04", "scr", "required", "E15-SCR-1" },

  /* Child death review, JAR, NCMD, DHR. */
  { "england", "died=yes age=10 normally_resident_in_area=yes stillbirth_or_termination=no @incident=2020-03-01", "child-death-review", "required", "CDR-1" },
  { "england", "died=yes age=10 normally_resident_in_area=no stillbirth_or_termination=no @incident=2020-03-01", "child-death-review", "consider", "CDR-2" },
  { "england", "died=yes age=10 normally_resident_in_area=yes stillbirth_or_termination=yes @incident=2020-03-01", "child-death-review", "not-required", "CDR-1" },
  { "england", "died=yes normally_resident_in_area=yes stillbirth_or_termination=no @incident=2020-03-01", "child-death-review", "indeterminate", "CDR-1", "age" },
  { "england", "died=yes age=10 jar_trigger=yes @incident=2020-03-01", "joint-agency-response", "required", "CDR-JAR" },
  { "england", "died=yes age=10 custody_setting=yes @incident=2020-03-01", "joint-agency-response", "required", "CDR-JAR" },
  { "england", "died=yes age=10 jar_trigger=no custody_setting=no mha_1983_detained=no @incident=2020-03-01", "joint-agency-response", "not-required", "CDR-JAR" },
  { "england", "died=yes age=10 @incident=2020-03-01", "joint-agency-response", "indeterminate", "CDR-JAR", "jar_trigger" },
  { "england", "died=yes age=10 @incident=2020-03-01", "ncmd-notification", "required", "CDR-NCMD" },
  { "england", "died=yes age=10 @incident=2019-03-31", "ncmd-notification", "absent" },
  { "england", "died=yes age=19 @incident=2020-03-01", "ncmd-notification", "not-required", "CDR-NCMD" },
  { "england", "died=yes age=17 perpetrator_household=yes @incident=2020-03-01", "dhr", "consider", "DHR-1" },
  { "wales", "died=yes age=30 perpetrator_household=yes @incident=2020-03-01", "dhr", "consider", "DHR-1" },
  { "england", "died=yes age=15 perpetrator_household=yes @incident=2020-03-01", "dhr", "not-required", "DHR-1" },
  { "england", "died=yes age=17 @incident=2020-03-01", "dhr", "indeterminate", "DHR-1", "perpetrator_household" },

  /* Wales. */
  { "wales", "within_board_area=yes abuse_neglect=suspected died=yes @incident=2010-05-01", "wales-scr", "required", "W06-SCR" },
  { "wales", "within_board_area=yes abuse_neglect=suspected died=no potentially_life_threatening_injury=no serious_permanent_impairment=no @incident=2010-05-01", "wales-scr", "consider", "W06-SCR-2" },
  { "wales", "within_board_area=yes abuse_neglect=not_suspected died=yes @incident=2010-05-01", "wales-scr", "not-required", "W06-SCR" },
  { "wales", "within_board_area=yes abuse_neglect=suspected @incident=2010-05-01", "wales-scr", "indeterminate", "W06-SCR", "died,potentially_life_threatening_injury" },
  { "wales", "abuse_neglect=suspected died=yes @incident=2010-05-01", "wales-scr", "indeterminate", "W06-SCR", "within_board_area" },
  { "wales", "within_board_area=yes abuse_neglect=suspected died=yes cp_register_6m=no looked_after_6m=no @incident=2017-01-10", "wales-concise", "required", "W-CPR-C" },
  { "wales", "within_board_area=yes abuse_neglect=suspected died=yes cp_register_6m=no looked_after_6m=no @incident=2017-01-10", "wales-extended", "not-required", "W-CPR-E" },
  { "wales", "within_board_area=yes abuse_neglect=suspected died=yes cp_register_6m=yes @incident=2017-01-10", "wales-extended", "required", "W-CPR-E" },
  { "wales", "within_board_area=yes abuse_neglect=suspected died=no serious_permanent_impairment=yes looked_after_6m=yes @incident=2014-01-01 @impairment_identified=2017-01-10", "wales-extended", "required", "W-CPR-E" },
  { "wales", "within_board_area=yes abuse_neglect=suspected died=yes cp_register_6m=yes @incident=2017-01-10", "wales-concise", "not-required", "W-CPR-C" },
  { "wales", "within_board_area=yes abuse_neglect=suspected died=yes looked_after_6m=no @incident=2017-01-10", "wales-concise", "indeterminate", "W-CPR-C", "cp_register_6m" },
  { "wales", "within_board_area=yes abuse_neglect=suspected died=yes @incident=2017-01-10", "wales-scr", "absent" },

  /* Scotland. */
  { "scotland", "significant_harm=yes @decision=2015-06-01", "scotland-scr", "consider", "S15-SCR" },
  { "scotland", "died=yes sco_2007_factor=yes sco_service_concern=yes @decision=2015-06-01", "scotland-scr", "consider", "S15-SCR" },
  { "scotland", "died=no significant_harm=no risk_significant_harm=no @decision=2015-06-01", "scotland-scr", "not-required", "S15-SCR" },
  { "scotland", "died=yes sco_2007_factor=yes @decision=2015-06-01", "scotland-scr", "indeterminate", "S15-SCR", "sco_service_concern" },
  { "scotland", "died=yes @decision=2022-01-10", "scotland-learning-review", "consider", "S21-LR-1" },
  { "scotland", "died=no significant_harm=no risk_significant_harm=no effective_practice_prevented_harm=no @decision=2022-01-10", "scotland-learning-review", "not-required", "S21-LR-1" },
  { "scotland", "died=no @decision=2022-01-10", "scotland-learning-review", "indeterminate", "S21-LR-1", "significant_harm" },
  { "scotland", "review_decision=not_initiate @decision=2022-01-10", "care-inspectorate-notification", "required", "S21-LR-3" },
  { "scotland", "@decision=2022-01-10", "care-inspectorate-notification", "indeterminate", "S21-LR-3", "review_decision" },
  { "scotland", "died=no significant_harm=no risk_significant_harm=no effective_practice_prevented_harm=no carm_harm=yes @decision=2025-02-01", "scotland-learning-review", "consider", "S24-LR-4" },
  { "scotland", "died=no significant_harm=no risk_significant_harm=no effective_practice_prevented_harm=no carm_harm=yes @decision=2022-01-10", "scotland-learning-review", "not-required", "S21-LR-1" },
  { "scotland", "died=no significant_harm=no risk_significant_harm=no effective_practice_prevented_harm=no carm_harm=yes @decision=2024-06-01", "scotland-learning-review", "indeterminate", "S24-LR-4", "date:decision" },

  /* Northern Ireland. */
  { "northern-ireland", "died=yes abuse_neglect=suspected sbni_concern=yes @decision=2015-01-10", "ni-cmr", "required", "NI-CMR-1" },
  { "northern-ireland", "significant_harm=yes cp_register_ever=yes sbni_concern=yes @decision=2015-01-10", "ni-cmr", "required", "NI-CMR-1" },
  { "northern-ireland", "significant_harm=yes sbni_positive_learning=yes @decision=2015-01-10", "ni-cmr", "required", "NI-CMR-2" },
  { "northern-ireland", "died=yes abuse_neglect=suspected sbni_concern=no sbni_positive_learning=no @decision=2015-01-10", "ni-cmr", "not-required", "NI-CMR-3" },
  { "northern-ireland", "died=yes abuse_neglect=suspected sbni_positive_learning=no @decision=2015-01-10", "ni-cmr", "indeterminate", "NI-CMR-1", "sbni_concern" },
  { "northern-ireland", "died=yes abuse_neglect=suspected sbni_concern=yes @decision=2012-08-01", "ni-cmr", "absent" },
};

/* Each rule undecided: the outcome is indeterminate and names the rule.
 * (Fallback and not-required rules cannot make an outcome undecided:
 * E13-SCR-4, E15-SCR-4, E15-SCR-2b, NI-CMR-3.) */
static const Vector undecided[] = {
  { "england", "died=yes abuse_neglect=not_suspected @became_aware=2014-01-10", "notification", "indeterminate", "E13-NI", NULL, TRUE },
  { "england", "died=yes @decision=2014-01-10", "scr", "indeterminate", "E13-SCR-1", "abuse_neglect" },
  { "england", "abuse_neglect=known serious_harm=yes died=no @decision=2014-01-10", "scr", "indeterminate", "E13-SCR-2", "interagency_concern" },
  { "england", "serious_harm=yes died=no interagency_concern=no_unclear @decision=2014-01-10", "scr", "indeterminate", "E13-SCR-2a", "abuse_neglect", TRUE },
  { "england", "abuse_neglect=not_suspected died=yes @decision=2014-01-10", "scr", "indeterminate", "E13-SCR-3", "custody_setting", TRUE },
  { "england", "died=yes abuse_neglect=not_suspected @became_aware=2016-05-03", "notification", "indeterminate", "E15-NI-1", "looked_after_at_death" },
  { "england", "died=yes suspected_suicide=yes @decision=2016-05-03", "scr", "indeterminate", "E15-SCR-1a", "abuse_neglect" },
  { "england", "died=yes suspected_suicide=no serious_harm=no @decision=2016-05-03", "scr", "indeterminate", "E15-SCR-1", "abuse_neglect" },
  { "england", "serious_harm=yes died=no interagency_concern=yes @decision=2016-05-03", "scr", "indeterminate", "E15-SCR-2", "abuse_neglect" },
  { "england", "serious_harm=yes died=no interagency_concern=no_unclear @decision=2016-05-03", "scr", "indeterminate", "E15-SCR-2a", "abuse_neglect" },
  { "england", "abuse_neglect=not_suspected died=yes @decision=2016-05-03", "scr", "indeterminate", "E15-SCR-3", "custody_setting" },
  { "england", "died=yes suspected_suicide=yes incident_location=this_la @became_aware=2020-03-02", "notification", "indeterminate", "E18-SIN-1", "abuse_neglect" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no child_caused_serious_harm_to_other=no @became_aware=2020-03-02", "notification", "indeterminate", "E18-SIN-1", "incident_location" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no incident_location=outside_england @became_aware=2020-03-02", "notification", "indeterminate", "E18-SIN-2", "normal_residence" },
  { "england", "abuse_neglect=not_suspected died=yes @became_aware=2020-03-02", "lac-death-notification", "indeterminate", "E18-SIN-4", "looked_after_at_death" },
  { "england", "abuse_neglect=suspected died=no serious_harm=no @became_aware=2020-03-02", "notification", "indeterminate", "E18-SIN-5", "child_caused_serious_harm_to_other" },
  { "england", "abuse_neglect=not_suspected died=yes looked_after_at_death=no family_known_csc_recent=yes child_caused_serious_harm_to_other=no @became_aware=2020-03-02", "notification", "indeterminate", "E18-SIN-6", "suicide_or_unexplained" },
  { "england", "died=yes care_leaver=yes @became_aware=2024-02-01", "care-leaver-death-notification", "indeterminate", "E23-CL", "care_leaver_age" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no @became_aware=2020-03-02", "rapid-review", "indeterminate", "E18-RR-1", "incident_location" },
  { "england", "abuse_neglect=suspected serious_harm=yes died=no @became_aware=2019-01-10", "rapid-review", "indeterminate", "E18-RR-TW", "incident_location", TRUE },
  { "england", "died=no @decision=2020-04-01", "lcspr", "indeterminate", "E18-LCSPR-2", "abuse_neglect" },
  { "england", "died=yes rr_improvements_needed=no rr_recurrent_themes=no rr_multi_agency_concern=no panel_considered_local_more_appropriate=no @decision=2020-04-01", "lcspr", "indeterminate", "E18-LCSPR-2", "abuse_neglect" },
  { "england", "abuse_neglect=not_suspected died=yes @decision=2020-04-01", "lcspr", "indeterminate", "E18-CUSTODY", "custody_setting" },
  { "england", SIN "@decision=2020-04-01", "national-review", "indeterminate", "E18-NAT-1", "national_importance" },
  { "england", "died=yes normally_resident_in_area=yes stillbirth_or_termination=no @incident=2020-03-01", "child-death-review", "indeterminate", "CDR-1", "age" },
  { "england", "died=yes normally_resident_in_area=no stillbirth_or_termination=no @incident=2020-03-01", "child-death-review", "indeterminate", "CDR-2", "age" },
  { "england", "died=yes age=10 @incident=2020-03-01", "joint-agency-response", "indeterminate", "CDR-JAR", "jar_trigger" },
  { "england", "died=yes @incident=2020-03-01", "ncmd-notification", "indeterminate", "CDR-NCMD", "age" },
  { "england", "died=yes age=17 @incident=2020-03-01", "dhr", "indeterminate", "DHR-1", "perpetrator_household" },
  { "wales", "abuse_neglect=suspected died=yes @incident=2010-05-01", "wales-scr", "indeterminate", "W06-SCR", "within_board_area" },
  { "wales", "within_board_area=yes died=no potentially_life_threatening_injury=no serious_permanent_impairment=no @incident=2010-05-01", "wales-scr", "indeterminate", "W06-SCR-2", "abuse_neglect" },
  { "wales", "within_board_area=yes abuse_neglect=suspected died=yes looked_after_6m=no @incident=2017-01-10", "wales-concise", "indeterminate", "W-CPR-C", "cp_register_6m" },
  { "wales", "within_board_area=yes abuse_neglect=suspected died=yes cp_register_6m=no @incident=2017-01-10", "wales-extended", "indeterminate", "W-CPR-E", "looked_after_6m" },
  { "scotland", "died=yes sco_2007_factor=yes @decision=2015-06-01", "scotland-scr", "indeterminate", "S15-SCR", "sco_service_concern" },
  { "scotland", "died=no @decision=2022-01-10", "scotland-learning-review", "indeterminate", "S21-LR-1", "significant_harm" },
  { "scotland", "@decision=2022-01-10", "care-inspectorate-notification", "indeterminate", "S21-LR-3", "review_decision" },
  { "scotland", "died=no significant_harm=no risk_significant_harm=no effective_practice_prevented_harm=no @decision=2025-02-01", "scotland-learning-review", "indeterminate", "S24-LR-4", "carm_harm" },
  { "northern-ireland", "died=yes abuse_neglect=suspected sbni_positive_learning=no @decision=2015-01-10", "ni-cmr", "indeterminate", "NI-CMR-1", "sbni_concern" },
  { "northern-ireland", "significant_harm=yes sbni_concern=no @decision=2015-01-10", "ni-cmr", "indeterminate", "NI-CMR-2", "sbni_positive_learning" },
};

/* Each rule not firing: its condition is false, so it does not decide
 * the outcome (the process may still be required by another rule). */
typedef struct
{
  const char *jurisdiction;
  const char *spec;
  const char *process;
  const char *rule;
  gboolean unverified;
} NotFired;

#define NOAN "abuse_neglect=not_suspected "
static const NotFired not_fired[] = {
  { "england", NOAN "died=no serious_harm=yes @became_aware=2014-01-10", "notification", "E13-NI", TRUE },
  { "england", NOAN "died=yes " NOTCUSTODY "@decision=2014-01-10", "scr", "E13-SCR-1" },
  { "england", "abuse_neglect=known serious_harm=yes died=no interagency_concern=no_definitive @decision=2014-01-10", "scr", "E13-SCR-2" },
  { "england", "abuse_neglect=known serious_harm=yes died=no interagency_concern=no_definitive @decision=2014-01-10", "scr", "E13-SCR-2a", TRUE },
  { "england", NOAN "died=yes " NOTCUSTODY "@decision=2014-01-10", "scr", "E13-SCR-3", TRUE },
  { "england", "abuse_neglect=known died=yes @decision=2014-01-10", "scr", "E13-SCR-4" },
  { "england", NOAN "died=no serious_harm=yes @became_aware=2016-05-03", "notification", "E15-NI-1" },
  { "england", "abuse_neglect=known died=yes suspected_suicide=no @decision=2016-05-03", "scr", "E15-SCR-1a" },
  { "england", NOAN "died=yes " NOTCUSTODY "@decision=2016-05-03", "scr", "E15-SCR-1" },
  { "england", "abuse_neglect=known serious_harm=yes died=no interagency_concern=no_unclear @decision=2016-05-03", "scr", "E15-SCR-2" },
  { "england", "abuse_neglect=known serious_harm=yes died=no interagency_concern=yes @decision=2016-05-03", "scr", "E15-SCR-2a" },
  { "england", "abuse_neglect=known serious_harm=yes died=no interagency_concern=yes @decision=2016-05-03", "learning-review", "E15-SCR-2b" },
  { "england", NOAN "died=yes " NOTCUSTODY "@decision=2016-05-03", "scr", "E15-SCR-3" },
  { "england", "abuse_neglect=known died=yes @decision=2016-05-03", "scr", "E15-SCR-4" },
  { "england", NOAN "serious_harm=yes died=no incident_location=this_la child_caused_serious_harm_to_other=no family_known_csc_recent=no @became_aware=2020-03-02", "notification", "E18-SIN-1" },
  { "england", SIN "@became_aware=2020-03-02", "notification", "E18-SIN-2" },
  { "england", SIN "@became_aware=2020-03-02", "notification", "E18-SIN-3" },
  { "england", "abuse_neglect=suspected died=yes looked_after_at_death=yes @became_aware=2020-03-02", "lac-death-notification", "E18-SIN-4" },
  { "england", SIN "child_caused_serious_harm_to_other=no @became_aware=2020-03-02", "notification", "E18-SIN-5" },
  { "england", NOAN "died=yes looked_after_at_death=no family_known_csc_recent=no child_caused_serious_harm_to_other=no @became_aware=2020-03-02", "notification", "E18-SIN-6" },
  { "england", "died=yes care_leaver=no care_leaver_age=20 @became_aware=2024-02-01", "care-leaver-death-notification", "E23-CL" },
  { "england", NOAN "serious_harm=yes died=no incident_location=this_la @became_aware=2020-03-02", "rapid-review", "E18-RR-1" },
  { "england", NOAN "serious_harm=yes died=no incident_location=this_la @became_aware=2019-01-10", "rapid-review", "E18-RR-TW", TRUE },
  { "england", SIN "rr_improvements_needed=no rr_recurrent_themes=no rr_multi_agency_concern=no panel_considered_local_more_appropriate=no @decision=2020-04-01", "lcspr", "E18-LCSPR-1" },
  { "england", NOAN "serious_harm=yes died=no @decision=2020-04-01", "lcspr", "E18-LCSPR-2" },
  { "england", NOAN "died=yes " NOTCUSTODY "@decision=2020-04-01", "lcspr", "E18-CUSTODY" },
  { "england", SIN "national_importance=no rr_improvements_needed=no rr_recurrent_themes=no @decision=2020-04-01", "national-review", "E18-NAT-1" },
  { "england", "died=yes age=10 normally_resident_in_area=no stillbirth_or_termination=no @incident=2020-03-01", "child-death-review", "CDR-1" },
  { "england", "died=yes age=10 normally_resident_in_area=yes stillbirth_or_termination=no @incident=2020-03-01", "child-death-review", "CDR-2" },
  { "england", "died=yes age=10 jar_trigger=no custody_setting=no mha_1983_detained=no @incident=2020-03-01", "joint-agency-response", "CDR-JAR" },
  { "england", "died=yes age=18 @incident=2020-03-01", "ncmd-notification", "CDR-NCMD" },
  { "england", "died=yes age=30 perpetrator_household=no @incident=2020-03-01", "dhr", "DHR-1" },
  { "wales", "within_board_area=no abuse_neglect=suspected died=yes @incident=2010-05-01", "wales-scr", "W06-SCR" },
  { "wales", "within_board_area=yes " NOAN "died=yes @incident=2010-05-01", "wales-scr", "W06-SCR-2" },
  { "wales", "within_board_area=yes abuse_neglect=suspected died=yes cp_register_6m=yes @incident=2017-01-10", "wales-concise", "W-CPR-C" },
  { "wales", "within_board_area=yes abuse_neglect=suspected died=yes cp_register_6m=no looked_after_6m=no @incident=2017-01-10", "wales-extended", "W-CPR-E" },
  { "scotland", "died=no significant_harm=no risk_significant_harm=no @decision=2015-06-01", "scotland-scr", "S15-SCR" },
  { "scotland", "died=no significant_harm=no risk_significant_harm=no effective_practice_prevented_harm=no carm_harm=no @decision=2022-01-10", "scotland-learning-review", "S21-LR-1" },
  /* Its only test is whether a decision was made: before September 2021 it
   * is not in force. */
  { "scotland", "review_decision=not_initiate @decision=2021-08-31", "care-inspectorate-notification", "S21-LR-3" },
  { "scotland", "died=no significant_harm=no risk_significant_harm=no effective_practice_prevented_harm=no carm_harm=no @decision=2025-02-01", "scotland-learning-review", "S24-LR-4" },
  { "northern-ireland", "died=yes abuse_neglect=suspected sbni_concern=no sbni_positive_learning=no @decision=2015-01-10", "ni-cmr", "NI-CMR-1" },
  { "northern-ireland", "died=yes abuse_neglect=suspected sbni_concern=yes sbni_positive_learning=no @decision=2015-01-10", "ni-cmr", "NI-CMR-2" },
  { "northern-ireland", "died=yes abuse_neglect=suspected sbni_concern=yes @decision=2015-01-10", "ni-cmr", "NI-CMR-3" },
};

static void
test_rules_undecided_and_not_fired (void)
{
  g_autoptr(GHashTable) undecided_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) not_fired_ids = g_hash_table_new (g_str_hash, g_str_equal);
  ScrRuleSet *rules = scr_rule_set_new_builtin ();
  GListModel *list = scr_rule_set_get_rules (rules);
  /* E18-SIN-3 and E18-LCSPR-1 hold only when a rule no weaker of their
   * process holds (E18-SIN-1 or -2, E18-LCSPR-2): undecided, that rule is
   * named, and their own facts are not asked for. */
  static const char *const cannot_be_undecided[] = {
    "E13-SCR-4", "E15-SCR-4", "E15-SCR-2b", "NI-CMR-3", "E18-SIN-3", "E18-LCSPR-1", NULL
  };

  for (gsize i = 0; i < G_N_ELEMENTS (undecided); i++)
    {
      check_vector (&undecided[i], NULL);
      g_hash_table_add (undecided_ids, (gpointer) undecided[i].rule);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (not_fired); i++)
    {
      const NotFired *nf = &not_fired[i];
      g_autoptr(ScrCase) c = make_case (nf->jurisdiction, nf->spec);
      g_autoptr(ScrEvaluator) e = evaluator (nf->unverified);
      g_autoptr(ScrEvaluation) ev = scr_evaluator_evaluate (e, c, NULL);
      ScrOutcome *o = scr_evaluation_get_outcome (ev, process_from_nick (nf->process));

      g_test_message ("not fired: %s [%s]", nf->rule, nf->spec);
      g_hash_table_add (not_fired_ids, (gpointer) nf->rule);
      /* Not in force at the case's date: no rule for the process applies. */
      if (o == NULL)
        continue;
      /* The rule is not the one deciding, or it is named only as a rule
       * that did not apply. */
      if (g_strcmp0 (scr_outcome_get_rule_id (o), nf->rule) == 0)
        g_assert_true (g_str_has_prefix (scr_outcome_get_reason (o), "No rule in force"));
      g_assert_cmpint (scr_outcome_get_verdict (o), !=, SCR_VERDICT_INDETERMINATE);
    }

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ScrRule) rule = g_list_model_get_item (list, i);
      const char *id = scr_rule_get_id (rule);

      if (scr_rule_get_kind (rule) != SCR_RULE_KIND_CRITERIA)
        continue;
      if (!g_hash_table_contains (not_fired_ids, id))
        g_error ("no vector where %s does not fire", id);
      if (!g_hash_table_contains (undecided_ids, id) && !g_strv_contains (cannot_be_undecided, id))
        g_error ("no vector where %s is undecided", id);
    }

  g_assert_finalize_object (rules);
}

static void
test_criteria_vectors (void)
{
  g_autoptr(GHashTable) fired = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ScrRuleSet *rules = scr_rule_set_new_builtin ();
  GListModel *list = scr_rule_set_get_rules (rules);

  for (gsize i = 0; i < G_N_ELEMENTS (criteria); i++)
    check_vector (&criteria[i], fired);

  /* Every built-in criteria rule fires in some vector. */
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ScrRule) rule = g_list_model_get_item (list, i);

      if (scr_rule_get_kind (rule) != SCR_RULE_KIND_CRITERIA)
        continue;
      if (!g_hash_table_contains (fired, scr_rule_get_id (rule)))
        g_error ("no vector fires %s", scr_rule_get_id (rule));
    }

  g_assert_finalize_object (rules);
}

/* E15-NI-2: every SCR-criteria case is a notifiable incident. */
static void
test_invariant_scr_implies_notification (void)
{
  static const char *const an[] = { "known", "suspected", "not_suspected", "unknown" };
  static const char *const tri[] = { "yes", "no", "unknown" };
  static const char *const inter[] = { "yes", "no_definitive", "no_unclear", "unknown" };
  ScrEvaluator *e = evaluator (FALSE);

  for (guint a = 0; a < G_N_ELEMENTS (an); a++)
    for (guint d = 0; d < G_N_ELEMENTS (tri); d++)
      for (guint h = 0; h < G_N_ELEMENTS (tri); h++)
        for (guint k = 0; k < G_N_ELEMENTS (inter); k++)
          {
            g_autofree char *spec = g_strdup_printf ("abuse_neglect=%s died=%s serious_harm=%s interagency_concern=%s "
                                                     "@became_aware=2016-05-03 @decision=2016-05-20",
                                                     an[a], tri[d], tri[h], inter[k]);
            g_autoptr(ScrCase) c = make_case ("england", spec);
            g_autoptr(ScrEvaluation) ev = scr_evaluator_evaluate (e, c, NULL);
            ScrOutcome *scr = scr_evaluation_get_outcome (ev, SCR_PROCESS_SCR);
            ScrOutcome *ni = scr_evaluation_get_outcome (ev, SCR_PROCESS_NOTIFICATION);

            if (scr_outcome_get_verdict (scr) == SCR_VERDICT_REQUIRED)
              g_assert_cmpint (scr_outcome_get_verdict (ni), ==, SCR_VERDICT_REQUIRED);
          }

  g_assert_finalize_object (e);
}

static void
test_unknown_facts_never_guess (void)
{
  ScrEvaluator *e = evaluator (FALSE);
  g_autoptr(ScrCase) c = make_case ("england", "@became_aware=2020-03-02 future_fact=maybe");
  g_autoptr(ScrEvaluation) ev = scr_evaluator_evaluate (e, c, NULL);
  GListModel *outcomes = scr_evaluation_get_outcomes (ev);
  g_auto(GStrv) missing = scr_evaluation_list_missing_facts (ev);
  g_auto(GStrv) ignored = scr_evaluation_list_ignored_facts (ev);

  g_assert_cmpuint (g_list_model_get_n_items (outcomes), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(ScrOutcome) o = g_list_model_get_item (outcomes, i);

      /* Nothing is known: every process is undecided or, at most, not
       * required by a rule whose every test reads a known-negative... none. */
      g_assert_cmpint (scr_outcome_get_verdict (o), ==, SCR_VERDICT_INDETERMINATE);
    }
  g_assert_true (g_strv_contains ((const char * const *) missing, "abuse_neglect"));
  g_assert_cmpstr (ignored[0], ==, "future_fact");
  g_assert_null (ignored[1]);
  g_assert_finalize_object (e);
}

static char *
evaluation_text (ScrEvaluator *e,
                 ScrCase      *c)
{
  g_autoptr(ScrEvaluation) ev = scr_evaluator_evaluate (e, c, NULL);
  g_autoptr(ScrDate) today = scr_date_new (2025, 6, 30, NULL);
  g_autoptr(ScrTimeline) t = scr_evaluator_timeline (e, c, today, NULL);
  g_autoptr(JsonNode) a = scr_evaluation_to_json (ev);
  g_autoptr(JsonNode) b = scr_timeline_to_json (t);
  g_autofree char *sa = json_to_string (a, FALSE);
  g_autofree char *sb = json_to_string (b, FALSE);

  return g_strconcat (sa, "\n", sb, NULL);
}

static void
test_case_changes_read_again (void)
{
  /* The evaluator reads a case's compact view of its facts and events:
   * every change must show in the next evaluation, exactly as for a case
   * built with the final facts from the start. */
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrCase) c = make_case ("england", "abuse_neglect=suspected died=yes zz_new=1 age=4 "
                                    "future_fact=maybe @became_aware=2020-03-02 @decision=2020-03-20 "
                                    "@future_event=2020-01-01");
  g_autoptr(ScrCase) same = make_case ("england", "died=no zz_new=1 age=unknown interagency_concern=yes "
                                       "abuse_neglect=known @became_aware=2019-07-01 "
                                       "@future_event=2020-01-01 @notification_sent=2019-07-03");
  g_autoptr(ScrDate) aware = scr_date_new (2019, 7, 1, NULL);
  g_autoptr(ScrDate) sent = scr_date_new (2019, 7, 3, NULL);
  g_autofree char *first = evaluation_text (e, c);
  g_autofree char *changed = NULL, *fresh = NULL;
  g_autoptr(ScrEvaluation) ev = NULL;
  g_auto(GStrv) ignored = NULL;

  g_assert_true (scr_case_set_fact (c, "abuse_neglect", NULL, NULL));
  g_assert_true (scr_case_set_fact (c, "died", "no", NULL));
  g_assert_true (scr_case_set_fact (c, "age", "unknown", NULL));
  g_assert_true (scr_case_set_fact (c, "future_fact", NULL, NULL));
  g_assert_true (scr_case_set_fact (c, "interagency_concern", "yes", NULL));
  g_assert_true (scr_case_set_fact (c, "abuse_neglect", "known", NULL));
  g_assert_false (scr_case_set_fact (c, "died", "perhaps", NULL));
  scr_case_set_event (c, "decision", NULL);
  scr_case_set_event (c, "became_aware", aware);
  scr_case_set_event (c, "notification_sent", sent);
  changed = evaluation_text (e, c);
  fresh = evaluation_text (e, same);
  g_assert_cmpstr (changed, !=, first);
  g_assert_cmpstr (changed, ==, fresh);

  ev = scr_evaluator_evaluate (e, c, NULL);
  ignored = scr_evaluation_list_ignored_facts (ev);
  g_assert_cmpstr (ignored[0], ==, "zz_new");
  g_assert_null (ignored[1]);
}

static void
test_derived_facts (void)
{
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrCase) c = make_case ("england", "abuse_neglect=suspected incident_location=this_la @became_aware=2020-03-02");
  g_autoptr(ScrPerson) subject = scr_person_new ("s");
  g_autoptr(ScrDate) incident = scr_date_new (2020, 3, 1, NULL);
  g_autoptr(ScrDate) birth = scr_date_new_year (2012, NULL);
  g_autoptr(ScrEvaluation) ev = NULL;
  ScrOutcome *ncmd, *sin;  /* borrowed from ev */

  scr_case_set_incident_nature (c, SCR_INCIDENT_NATURE_DEATH);
  scr_case_set_incident_date (c, incident);
  scr_person_set_date_of_birth (subject, birth);
  scr_case_set_subject (c, subject);
  ev = scr_evaluator_evaluate (e, c, NULL);
  /* died from the nature; age 7 from a birth year and the incident date
   * (born 2012: 7 or 8 on 1 March 2020: undecided) */
  sin = scr_evaluation_get_outcome (ev, SCR_PROCESS_NOTIFICATION);
  g_assert_cmpint (scr_outcome_get_verdict (sin), ==, SCR_VERDICT_REQUIRED);
  ncmd = scr_evaluation_get_outcome (ev, SCR_PROCESS_NCMD_NOTIFICATION);
  g_assert_cmpint (scr_outcome_get_verdict (ncmd), ==, SCR_VERDICT_INDETERMINATE);
  g_clear_object (&ev);

  /* A known age decides it. */
  scr_person_set_age (subject, 7);
  ev = scr_evaluator_evaluate (e, c, NULL);
  ncmd = scr_evaluation_get_outcome (ev, SCR_PROCESS_NCMD_NOTIFICATION);
  g_assert_cmpint (scr_outcome_get_verdict (ncmd), ==, SCR_VERDICT_REQUIRED);
  g_assert_nonnull (strstr (scr_outcome_get_reason (ncmd), "aged 7"));
}

static void
test_not_required_reason_names_facts (void)
{
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrCase) c = make_case ("england", "died=yes age=15 perpetrator_household=yes @incident=2020-03-01");
  g_autoptr(ScrEvaluation) ev = scr_evaluator_evaluate (e, c, NULL);
  ScrOutcome *dhr = scr_evaluation_get_outcome (ev, SCR_PROCESS_DHR);

  g_assert_cmpint (scr_outcome_get_verdict (dhr), ==, SCR_VERDICT_NOT_REQUIRED);
  g_assert_cmpstr (scr_outcome_get_reason (dhr), ==,
                   "No rule in force requires this: DHR-1 does not apply "
                   "(died: yes; age: 15; perpetrator_household: yes).");
}

static void
test_decision_date_override (void)
{
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrCase) c = make_case ("england", "abuse_neglect=known died=yes @became_aware=2014-01-10");
  g_autoptr(ScrDate) on = scr_date_new (2016, 1, 4, NULL);
  g_autoptr(ScrEvaluation) a = scr_evaluator_evaluate (e, c, NULL);
  g_autoptr(ScrEvaluation) b = scr_evaluator_evaluate (e, c, on);
  ScrOutcome *oa = scr_evaluation_get_outcome (a, SCR_PROCESS_SCR);
  ScrOutcome *ob = scr_evaluation_get_outcome (b, SCR_PROCESS_SCR);
  g_autofree char *da = scr_date_to_iso8601 (scr_evaluation_get_decision_date (a));
  g_autofree char *db = scr_date_to_iso8601 (scr_evaluation_get_decision_date (b));

  /* Default: the date of awareness. */
  g_assert_cmpstr (da, ==, "2014-01-10");
  g_assert_cmpstr (scr_outcome_get_rule_id (oa), ==, "E13-SCR-1");
  g_assert_cmpstr (scr_outcome_get_edition (oa), ==, "WT2013");
  g_assert_cmpstr (db, ==, "2016-01-04");
  g_assert_cmpstr (scr_outcome_get_rule_id (ob), ==, "E15-SCR-1");
  g_assert_cmpint (scr_outcome_get_process (ob), ==, SCR_PROCESS_SCR);
  g_assert_true (scr_date_equal (scr_outcome_get_date (ob), on));
  g_assert_cmpstr (scr_evaluation_get_case_id (a), ==, "test-case");
}

static void
test_local_calendar (void)
{
  /* A partnership calendar with a closure day moves a working-day due date. */
  g_autoptr(ScrCalendarBuilder) builder = scr_calendar_builder_new (SCR_DIVISION_ENGLAND_AND_WALES);
  g_autoptr(ScrDate) closure = scr_date_new (2020, 3, 4, NULL);
  g_autoptr(ScrCalendar) calendar = NULL;
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrCase) c = make_case ("england", SIN "@became_aware=2020-03-02");
  g_autoptr(ScrDate) today = scr_date_new (2020, 3, 2, NULL);
  g_autoptr(ScrTimeline) t = NULL;
  g_autoptr(ScrDeadline) d = NULL;
  g_autofree char *due = NULL;
  g_autoptr(GError) error = NULL;

  scr_calendar_builder_add_closure (builder, closure, closure, "Council closure day", &error);
  g_assert_no_error (error);
  calendar = scr_calendar_builder_build (builder, &error);
  g_assert_no_error (error);
  g_assert_null (scr_evaluator_get_calendar (e));
  scr_evaluator_set_calendar (e, calendar);
  g_assert_true (scr_evaluator_get_calendar (e) == calendar);
  t = scr_evaluator_timeline (e, c, today, &error);
  g_assert_no_error (error);
  d = find_deadline (t, "T-SIN-18");
  due = scr_date_to_iso8601 (scr_deadline_get_due (d));
  g_assert_cmpstr (due, ==, "2020-03-10");
  scr_evaluator_set_calendar (e, NULL);
  g_assert_null (scr_evaluator_get_calendar (e));
}

static void
count_notify (guint *count)
{
  (*count)++;
}

/* -------------------------------------------------- rules in force by date */

/* A rule set of @n rules for England, rule k in force for half-year k from
 * 2000 (and the last one bounded by the area transition date): the
 * evaluator answers from its index of periods up to 64 rules in a
 * jurisdiction and tests rule by rule above that; both must agree. */
static ScrRuleSet *
half_year_rules (guint n)
{
  g_autoptr(GString) json = g_string_new ("{\"schema_version\": 1, \"name\": \"periods\", \"rules\": [");
  g_autoptr(GError) error = NULL;
  ScrRuleSet *rules = scr_rule_set_new ();

  for (guint k = 0; k < n; k++)
    {
      guint year = 2000 + k / 2;
      g_autofree char *from = g_strdup_printf ("%u-%s", year, k % 2 == 0 ? "01-01" : "07-01");
      g_autofree char *until = k + 1 == n ? g_strdup ("transition")
                                          : g_strdup_printf ("%u-%s", year, k % 2 == 0 ? "06-30" : "12-31");

      g_string_append_printf (json,
                              "%s{\"id\": \"P-%u\", \"jurisdiction\": \"england\", "
                              "\"in_force\": {\"from\": \"%s\", \"until\": \"%s\"}, "
                              "\"trigger\": \"decision\", "
                              "\"condition\": {\"fact\": \"abuse_neglect\", \"in\": [\"known\"]}, "
                              "\"outcome\": \"consider\", \"process\": \"scr\", \"citation\": \"c\", "
                              "\"evidence\": \"I\", \"reason\": \"half-year %u\"}",
                              k > 0 ? ", " : "", k, from, until, k);
    }
  g_string_append (json, "]}");
  g_assert_true (scr_rule_set_load_data (rules, json->str, -1, "periods.json", &error));
  g_assert_no_error (error);
  return rules;
}

/* "rule verdict" of the scr outcome for a decision on @when ("none": no
 * rule of the process in force). */
static char *
scr_outcome_on (ScrEvaluator *e,
                const char   *when,
                const char   *transition)
{
  g_autofree char *spec = g_strdup_printf ("abuse_neglect=known @decision=%s%s%s", when,
                                           transition != NULL ? " @transition=" : "",
                                           transition != NULL ? transition : "");
  g_autoptr(ScrCase) c = make_case ("england", spec);
  g_autoptr(ScrEvaluation) ev = scr_evaluator_evaluate (e, c, NULL);
  ScrOutcome *o = scr_evaluation_get_outcome (ev, SCR_PROCESS_SCR);

  if (o == NULL)
    return g_strdup ("none");          /* no rule for the process in force */
  return g_strdup_printf ("%s %s", scr_outcome_get_rule_id (o),
                          nick (SCR_TYPE_VERDICT, scr_outcome_get_verdict (o)));
}

static void
test_in_force_by_period (void)
{
  /* 40 rules: indexed; 70: one by one. The first 40 are the same. */
  g_autoptr(ScrRuleSet) few = half_year_rules (40);
  g_autoptr(ScrRuleSet) many = half_year_rules (70);
  g_autoptr(ScrEvaluator) e_few = scr_evaluator_new (few);
  g_autoptr(ScrEvaluator) e_many = scr_evaluator_new (many);
  static const struct { const char *when, *transition, *expected; } probes[] = {
    { "2000-01-01", NULL, "P-0 consider" },
    { "2000-06-30", NULL, "P-0 consider" },
    { "2000-07-01", NULL, "P-1 consider" },
    { "2004-12-31", NULL, "P-9 consider" },
    { "2005-01-01", NULL, "P-10 consider" },
    { "2012-02-29", NULL, "P-24 consider" },
    { "2005-03", NULL, "P-10 consider" },         /* a month inside one period */
    { "2005", NULL, "P-10 indeterminate" },       /* a year across two: undecided */
  };

  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      g_autofree char *a = scr_outcome_on (e_few, probes[i].when, probes[i].transition);
      g_autofree char *b = scr_outcome_on (e_many, probes[i].when, probes[i].transition);

      g_assert_cmpstr (a, ==, probes[i].expected);
      g_assert_cmpstr (b, ==, probes[i].expected);
    }
  {
    /* Before any rule: nothing in force. */
    g_autofree char *a = scr_outcome_on (e_few, "1999-12-31", NULL);

    g_assert_cmpstr (a, ==, "none");
  }
  /* The last rule of the 40 runs until the day before the case's area
   * transition date: moved by the case, not by the index's default. */
  {
    g_autofree char *dflt = scr_outcome_on (e_few, "2019-09-28", NULL);
    g_autofree char *early = scr_outcome_on (e_few, "2019-09-28", "2019-06-01");
    g_autofree char *after = scr_outcome_on (e_few, "2019-09-29", NULL);

    g_assert_cmpstr (dflt, ==, "P-39 consider");
    g_assert_cmpstr (early, ==, "none");
    g_assert_cmpstr (after, ==, "none");
  }
}

static void
test_properties_and_misuse (void)
{
  ScrEvaluator *e = scr_evaluator_new (NULL);
  g_autoptr(ScrRuleSet) rules = NULL;
  gboolean unverified = TRUE;
  guint notified = 0;

  g_object_get (e, "rules", &rules, "include-unverified", &unverified, NULL);
  g_assert_nonnull (rules);
  g_assert_true (scr_evaluator_get_rules (e) == rules);
  g_assert_false (unverified);
  g_signal_connect_swapped (e, "notify::include-unverified", G_CALLBACK (count_notify), &notified);
  scr_evaluator_set_include_unverified (e, TRUE);
  scr_evaluator_set_include_unverified (e, TRUE);   /* no change: no notify */
  g_assert_true (scr_evaluator_get_include_unverified (e));
  g_assert_cmpuint (notified, ==, 1);

  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*SCR_IS_CASE*");
  g_assert_null (scr_evaluator_evaluate (e, NULL, NULL));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*name != NULL*");
  g_assert_false (scr_facts_check (NULL, "x", NULL));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*SCR_IS_RULE_SET*");
  g_assert_null (scr_rule_set_to_markdown (NULL));
  g_test_assert_expected_messages ();
  g_assert_finalize_object (e);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/evaluator/evaluator/criteria-vectors", test_criteria_vectors);
  g_test_add_func ("/scr/evaluator/evaluator/rules-undecided-and-not-fired", test_rules_undecided_and_not_fired);
  g_test_add_func ("/scr/evaluator/evaluator/invariant-scr-implies-notification", test_invariant_scr_implies_notification);
  g_test_add_func ("/scr/evaluator/evaluator/unknown-facts-never-guess", test_unknown_facts_never_guess);
  g_test_add_func ("/scr/evaluator/evaluator/case-changes-read-again", test_case_changes_read_again);
  g_test_add_func ("/scr/evaluator/evaluator/derived-facts", test_derived_facts);
  g_test_add_func ("/scr/evaluator/evaluator/not-required-reason-names-facts", test_not_required_reason_names_facts);
  g_test_add_func ("/scr/evaluator/evaluator/decision-date-override", test_decision_date_override);
  g_test_add_func ("/scr/evaluator/evaluator/local-calendar", test_local_calendar);
  g_test_add_func ("/scr/evaluator/evaluator/in-force-by-period", test_in_force_by_period);
  g_test_add_func ("/scr/evaluator/evaluator/properties-and-misuse", test_properties_and_misuse);

  return g_test_run ();
}
