/* test-rule-set.c: ScrRuleSet and ScrRule: rule files, their errors and
 * the Markdown rendering (public API).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-evaluator-util.h"

/* ------------------------------------------------------------- rule files */

typedef struct
{
  const char *json;
  ScrError code;
  const char *message;
} BadFile;

#define HEAD "{\"schema_version\": 1, \"name\": \"t\", "
#define RULE(extra) "\"rules\": [{\"id\": \"X-1\", \"jurisdiction\": \"england\", \"trigger\": \"decision\", " \
  "\"outcome\": \"required\", \"process\": \"scr\", \"citation\": \"c\", \"evidence\": \"F\", \"reason\": \"r\"" extra "}]}"

static const BadFile bad_files[] = {
  { "{", SCR_ERROR_PARSE, "bad.json" },
  { "[]", SCR_ERROR_VALIDATION, "top level must be an object" },
  { "{\"schema_version\": 2, \"name\": \"t\"}", SCR_ERROR_UNSUPPORTED_VERSION, "schema_version" },
  { HEAD "\"rulez\": []}", SCR_ERROR_VALIDATION, "rulez: unknown member" },
  { HEAD RULE (", \"condition\": {\"fact\": \"no_such_fact\", \"equals\": \"yes\"}"), SCR_ERROR_VALIDATION,
    "rule X-1: rules[0].condition.fact: unknown fact \"no_such_fact\"" },
  { HEAD RULE (", \"condition\": {\"fact\": \"died\", \"equals\": \"maybe\"}"), SCR_ERROR_VALIDATION,
    "rule X-1: rules[0].condition.equals: \"maybe\" is not a value of fact died (expected one of: yes, no, unknown)" },
  { HEAD RULE (", \"condition\": {\"all\": [{\"fact\": \"died\", \"equals\": \"yes\"}, {\"ref\": \"nope\"}]}"), SCR_ERROR_VALIDATION,
    "rule X-1: rules[0].condition.all[1].ref: no definition \"nope\"" },
  { HEAD RULE (", \"condition\": {\"fact\": \"age\", \"equals\": \"3\"}"), SCR_ERROR_VALIDATION,
    "fact age is a number" },
  { HEAD RULE (", \"condition\": {\"fact\": \"died\", \"lt\": 3}"), SCR_ERROR_VALIDATION,
    "fact died is not a number" },
  { HEAD RULE (", \"condition\": {\"any\": []}"), SCR_ERROR_VALIDATION, "empty list of conditions" },
  { HEAD RULE (", \"condition\": {\"maybe\": 1}"), SCR_ERROR_VALIDATION, "a condition is" },
  { HEAD RULE (", \"conditon\": {}"), SCR_ERROR_VALIDATION, "rule X-1: rules[0].conditon: unknown member" },
  { HEAD "\"defs\": {\"a\": {\"ref\": \"a\"}}, " RULE (", \"condition\": {\"ref\": \"a\"}"), SCR_ERROR_VALIDATION,
    "refers to itself" },
  { HEAD RULE (", \"in_force\": {\"from\": \"2015-02-30\"}"), SCR_ERROR_VALIDATION,
    "rule X-1: rules[0].in_force.from: \"2015-02-30\" is not a date" },
  { HEAD RULE (", \"in_force\": {\"from\": \"2015-01-01\", \"until\": \"2014-01-01\"}"), SCR_ERROR_VALIDATION, "ends before it starts" },
  { HEAD "\"rules\": [{\"id\": \"X-2\", \"jurisdiction\": \"mars\", \"trigger\": \"decision\", \"outcome\": \"required\", \"process\": \"scr\", \"citation\": \"c\", \"evidence\": \"F\", \"reason\": \"r\"}]}",
    SCR_ERROR_VALIDATION, "rule X-2: rules[0].jurisdiction: \"mars\" is not a jurisdiction" },
  { HEAD "\"rules\": [{\"id\": \"X-3\", \"jurisdiction\": \"england\", \"trigger\": \"decision\", \"outcome\": \"indeterminate\", \"process\": \"scr\", \"citation\": \"c\", \"evidence\": \"F\", \"reason\": \"r\"}]}",
    SCR_ERROR_VALIDATION, "cannot give indeterminate" },
  { HEAD "\"rules\": [{\"id\": \"X-4\", \"jurisdiction\": \"england\", \"trigger\": \"decision\", \"outcome\": \"required\", \"process\": \"scrr\", \"citation\": \"c\", \"evidence\": \"F\", \"reason\": \"r\"}]}",
    SCR_ERROR_VALIDATION, "rule X-4: rules[0].process" },
  { HEAD "\"rules\": [{\"id\": \"X-5\", \"jurisdiction\": \"england\", \"trigger\": \"whenever\", \"outcome\": \"required\", \"process\": \"scr\", \"citation\": \"c\", \"evidence\": \"F\", \"reason\": \"r\"}]}",
    SCR_ERROR_VALIDATION, "unknown event \"whenever\"" },
  { HEAD "\"rules\": [{\"id\": \"X-6\", \"jurisdiction\": \"england\", \"trigger\": \"decision\", \"outcome\": \"required\", \"process\": \"scr\", \"citation\": \"c\", \"evidence\": \"Q\", \"reason\": \"r\"}]}",
    SCR_ERROR_VALIDATION, "\"Q\" is not an evidence tag" },
  { HEAD "\"rules\": [{\"id\": \"X-7\", \"jurisdiction\": \"england\", \"trigger\": \"decision\", \"outcome\": \"required\", \"process\": \"scr\", \"citation\": \"c\", \"evidence\": \"F\", \"reason\": \"the {colour} of it\"}]}",
    SCR_ERROR_VALIDATION, "unknown field {colour}" },
  { HEAD "\"rules\": [{\"id\": \"E15-SCR-1\", \"jurisdiction\": \"england\", \"trigger\": \"decision\", \"outcome\": \"required\", \"process\": \"scr\", \"citation\": \"c\", \"evidence\": \"F\", \"reason\": \"r\"}]}",
    SCR_ERROR_VALIDATION, "duplicate rule id \"E15-SCR-1\" (already loaded from built-in:rules-england.json)" },
  { HEAD "\"rules\": [{\"jurisdiction\": \"england\"}]}", SCR_ERROR_VALIDATION, "rule #1 (no id): rules[0].id" },
  { HEAD "\"timescales\": [{\"id\": \"T-X\", \"jurisdiction\": \"england\", \"anchor\": \"decision\", \"duration\": 2, \"unit\": \"weeks\", \"process\": \"scr\", \"citation\": \"c\", \"evidence\": \"F\", \"description\": \"d\"}]}",
    SCR_ERROR_VALIDATION, "rule T-X: timescales[0].unit" },
  { HEAD "\"timescales\": [{\"id\": \"T-Y\", \"jurisdiction\": \"england\", \"anchor\": \"decision\", \"unit\": \"months\", \"process\": \"scr\", \"citation\": \"c\", \"evidence\": \"F\", \"description\": \"d\"}]}",
    SCR_ERROR_VALIDATION, "rule T-Y: timescales[0].duration" },
  { HEAD "\"timescales\": [{\"id\": \"T-Z\", \"jurisdiction\": \"england\", \"anchor\": \"decision\", \"duration\": 0, \"unit\": \"process-days\", \"process\": \"scr\", \"citation\": \"c\", \"evidence\": \"F\", \"description\": \"d\"}]}",
    SCR_ERROR_VALIDATION, "Day 1" },
  { HEAD "\"timescales\": [{\"id\": \"T-W\", \"jurisdiction\": \"england\", \"anchor\": \"decision\", \"duration\": 3, \"unit\": \"as-soon-as\", \"process\": \"scr\", \"citation\": \"c\", \"evidence\": \"F\", \"description\": \"d\"}]}",
    SCR_ERROR_VALIDATION, "no duration" },
  { HEAD "\"notes\": [{\"id\": \"N-1\", \"text\": \"t\", \"evidence\": \"F\"}]}", SCR_ERROR_VALIDATION, "rule N-1: notes[0].citation" },
};

static void
test_bad_rule_files (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autoptr(ScrRuleSet) rules = scr_rule_set_new_builtin ();
      GListModel *list = scr_rule_set_get_rules (rules);
      guint before = g_list_model_get_n_items (list);
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) sources = NULL;

      g_test_message ("bad file %" G_GSIZE_FORMAT ": %s", i, bad_files[i].json);
      g_assert_false (scr_rule_set_load_data (rules, bad_files[i].json, -1, "bad.json", &error));
      g_assert_error (error, SCR_ERROR, (int) bad_files[i].code);
      g_test_message ("  -> %s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "bad.json: "));
      g_assert_nonnull (strstr (error->message, bad_files[i].message));
      /* The set is unchanged. */
      g_assert_cmpuint (g_list_model_get_n_items (list), ==, before);
      sources = scr_rule_set_list_sources (rules);
      g_assert_cmpuint (g_strv_length (sources), ==, 5);
    }
}

static void
test_load_file_errors (void)
{
  ScrRuleSet *rules = scr_rule_set_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (scr_rule_set_load_file (rules, "/nonexistent/rules.json", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/nonexistent/rules.json"));
  g_assert_finalize_object (rules);
}

static void
test_rule_objects (void)
{
  ScrRuleSet *rules = scr_rule_set_new_builtin ();
  ScrRule *rule = scr_rule_set_lookup (rules, "E15-SCR-2a");
  ScrRule *ts = scr_rule_set_lookup (rules, "T-SIN-18");
  ScrRule *note = scr_rule_set_lookup (rules, "E15-NI-2");
  g_auto(GStrv) sources = scr_rule_set_list_sources (rules);
  g_auto(GStrv) events = scr_rule_set_list_events (rules);

  g_assert_cmpstr (sources[0], ==, "built-in:rules-england.json");
  g_assert_true (g_strv_contains ((const char * const *) events, "became_aware"));
  g_assert_null (scr_rule_set_lookup (rules, "NO-SUCH"));

  g_assert_cmpint (scr_rule_get_kind (rule), ==, SCR_RULE_KIND_CRITERIA);
  g_assert_cmpstr (scr_rule_get_id (rule), ==, "E15-SCR-2a");
  g_assert_cmpstr (scr_rule_get_jurisdictions (rule)[0], ==, "england");
  g_assert_cmpstr (scr_rule_get_edition (rule), ==, "WT2015");
  g_assert_cmpstr (scr_rule_get_in_force_from (rule), ==, "2015-03-26");
  g_assert_cmpstr (scr_rule_get_in_force_until (rule), ==, "transition");
  g_assert_cmpint (scr_rule_get_process (rule), ==, SCR_PROCESS_SCR);
  g_assert_cmpint (scr_rule_get_outcome (rule), ==, SCR_VERDICT_REQUIRED);
  g_assert_cmpint (scr_rule_get_evidence (rule), ==, SCR_EVIDENCE_FOUND);
  g_assert_false (scr_rule_get_unverified (rule));
  g_assert_nonnull (strstr (scr_rule_get_citation (rule), "definitive evidence"));
  g_assert_nonnull (strstr (scr_rule_get_text (rule), "{abuse_neglect}"));
  g_assert_cmpstr (scr_rule_get_trigger (rule), ==, "decision");
  g_assert_cmpint (scr_rule_get_duration (rule), ==, 0);
  g_assert_cmpint (scr_rule_get_unit (rule), ==, SCR_TIME_UNIT_NONE);
  g_assert_cmpstr (scr_rule_get_source (rule), ==, "built-in:rules-england.json");

  g_assert_cmpint (scr_rule_get_kind (ts), ==, SCR_RULE_KIND_TIMESCALE);
  g_assert_cmpint (scr_rule_get_duration (ts), ==, 5);
  g_assert_cmpint (scr_rule_get_unit (ts), ==, SCR_TIME_UNIT_WORKING_DAYS);
  g_assert_cmpstr (scr_rule_get_trigger (ts), ==, "became_aware");
  g_assert_cmpint (scr_rule_get_kind (note), ==, SCR_RULE_KIND_NOTE);
  g_assert_true (scr_rule_get_unverified (scr_rule_set_lookup (rules, "T-NI-13")));
  g_assert_cmpstr (scr_evidence_to_tag (SCR_EVIDENCE_RECALLED), ==, "R");
  g_assert_cmpstr (scr_evidence_to_tag (SCR_EVIDENCE_INFERRED), ==, "I");
  g_assert_finalize_object (rules);
}

static void
test_markdown (void)
{
  ScrRuleSet *rules = scr_rule_set_new_builtin ();
  g_autofree char *md = scr_rule_set_to_markdown (rules);
  GListModel *list = scr_rule_set_get_rules (rules);

  /* Every entry is listed with its evidence tag. */
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ScrRule) rule = g_list_model_get_item (list, i);
      g_autofree char *cell = g_strdup_printf ("| %s |", scr_rule_get_id (rule));

      g_assert_nonnull (strstr (md, cell));
    }
  g_assert_nonnull (strstr (md, "| E15-SCR-2a | england | WT2015 | 2015-03-26 – transition | decision | scr | required | [F] |"));
  g_assert_finalize_object (rules);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/evaluator/rule-set/bad-files", test_bad_rule_files);
  g_test_add_func ("/scr/evaluator/rule-set/load-file-errors", test_load_file_errors);
  g_test_add_func ("/scr/evaluator/rule-set/rule-objects", test_rule_objects);
  g_test_add_func ("/scr/evaluator/rule-set/markdown", test_markdown);

  return g_test_run ();
}
