/* fuzz-dataset.c: a dataset from bytes, then everything a loaded dataset
 * is used for: validation, evaluation, timelines and their JSON.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "fuzz-common.h"

static void
use_dataset (ScrDataset *dataset)
{
  static ScrEvaluator *evaluator;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) today = scr_date_new (2026, 12, 7, NULL);
  g_autoptr(GListModel) evaluations = NULL;
  g_autoptr(GListModel) timelines = NULL;
  GListModel *cases = scr_dataset_get_cases (dataset);

  if (evaluator == NULL)
    {
      g_autoptr(ScrRuleSet) rules = scr_rule_set_new_builtin ();

      evaluator = scr_evaluator_new (rules);
      scr_evaluator_set_include_unverified (evaluator, TRUE);
    }
  if (!scr_dataset_validate (dataset, &error))
    fuzz_check_error (error);

  evaluations = scr_evaluator_evaluate_all (evaluator, cases, NULL);
  fuzz_assert (g_list_model_get_n_items (evaluations) == g_list_model_get_n_items (cases));
  for (guint i = 0; i < g_list_model_get_n_items (evaluations); i++)
    {
      g_autoptr(ScrEvaluation) evaluation = g_list_model_get_item (evaluations, i);
      g_autoptr(JsonNode) node = scr_evaluation_to_json (evaluation);
      g_auto(GStrv) missing = scr_evaluation_list_missing_facts (evaluation);

      fuzz_assert (node != NULL && missing != NULL);
    }
  g_clear_error (&error);
  timelines = scr_evaluator_timeline_all (evaluator, cases, today, &error);
  fuzz_check_error (error);
  for (guint i = 0; timelines != NULL && i < g_list_model_get_n_items (timelines); i++)
    {
      g_autoptr(ScrTimeline) timeline = g_list_model_get_item (timelines, i);
      g_autoptr(JsonNode) node = scr_timeline_to_json (timeline);

      fuzz_assert (node != NULL);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = NULL;

  fuzz_init ();
  dataset = scr_dataset_new_from_data ((const char *) data, (gssize) size, &error);
  fuzz_assert ((dataset == NULL) == (error != NULL));
  fuzz_check_error (error);
  if (dataset != NULL)
    use_dataset (dataset);
  return 0;
}
