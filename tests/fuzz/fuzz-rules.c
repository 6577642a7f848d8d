/* fuzz-rules.c: a rule file from bytes, loaded over the built-in rules
 * (so it may extend or override them) and into an empty set, then the
 * compiled rules run over a fixed case.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "fuzz-common.h"

static ScrCase *
sample_case (void)
{
  static ScrCase *sample;

  if (sample == NULL)
    {
      static const char json[] =
        "{\"schema_version\": 1, \"cases\": [{\"id\": \"c1\", \"jurisdiction\": \"england\","
        " \"facts\": {\"died\": \"yes\", \"abuse_neglect\": \"suspected\"},"
        " \"events\": {\"became_aware\": \"2026-03-02\"}}]}";
      g_autoptr(GError) error = NULL;
      g_autoptr(ScrDataset) dataset = scr_dataset_new_from_data (json, -1, &error);

      g_assert_no_error (error);
      sample = g_list_model_get_item (scr_dataset_get_cases (dataset), 0);
    }
  return sample;
}

static void
load_into (ScrRuleSet    *rules,
           const uint8_t *data,
           size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrEvaluator) evaluator = NULL;
  g_autoptr(ScrEvaluation) evaluation = NULL;
  g_autoptr(ScrTimeline) timeline = NULL;
  g_autoptr(ScrDate) today = scr_date_new (2026, 12, 7, NULL);
  GListModel *list;

  if (!scr_rule_set_load_data (rules, (const char *) data, (gssize) size, "fuzz.json", &error))
    {
      fuzz_check_error (error);
      return;
    }
  list = scr_rule_set_get_rules (rules);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ScrRule) rule = g_list_model_get_item (list, i);

      fuzz_assert (scr_rule_get_id (rule) != NULL);
    }
  evaluator = scr_evaluator_new (rules);
  scr_evaluator_set_include_unverified (evaluator, TRUE);
  evaluation = scr_evaluator_evaluate (evaluator, sample_case (), NULL);
  fuzz_assert (evaluation != NULL);
  timeline = scr_evaluator_timeline (evaluator, sample_case (), today, &error);
  fuzz_check_error (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(ScrRuleSet) builtin = NULL;
  g_autoptr(ScrRuleSet) empty = NULL;

  fuzz_init ();
  builtin = scr_rule_set_new_builtin ();
  load_into (builtin, data, size);
  empty = scr_rule_set_new ();
  load_into (empty, data, size);
  return 0;
}
