/* scr-dataset-impact.c: the actions whose impact is in doubt.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-dataset-private.h"
#include "scr-action-concern-private.h"

typedef struct
{
  ScrAudit        *audit;    /* borrowed */
  ScrAuditMeasure *measure;  /* borrowed */
  gint32           ordinal;  /* of the audit's date_reported */
} Sighting;

static int
sighting_compare (gconstpointer a,
                  gconstpointer b)
{
  const Sighting *x = a, *y = b;

  return (x->ordinal > y->ordinal) - (x->ordinal < y->ordinal);
}

/* The dated audits' measures with @id, oldest first. */
static GArray *
find_sightings (ScrDataset *self,
                const char *id)
{
  GListModel *audits = G_LIST_MODEL (self->stores[SCR_COLLECTION_AUDITS]);
  GArray *found = g_array_new (FALSE, FALSE, sizeof (Sighting));

  for (guint i = 0; i < g_list_model_get_n_items (audits); i++)
    {
      g_autoptr(ScrAudit) audit = g_list_model_get_item (audits, i);
      GListModel *measures = scr_audit_get_measures (audit);
      const ScrDate *date = scr_audit_get_date_reported (audit);

      if (date == NULL)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (measures); j++)
        {
          g_autoptr(ScrAuditMeasure) measure = g_list_model_get_item (measures, j);
          Sighting s = { audit, measure, scr_date_get_ordinal (date) };

          if (g_strcmp0 (scr_audit_measure_get_id (measure), id) == 0)
            g_array_append_val (found, s);
        }
    }
  g_array_sort (found, sighting_compare);
  return found;
}

static char *
describe (const Sighting *s)
{
  g_autofree char *date = scr_date_to_iso8601 (scr_audit_get_date_reported (s->audit));

  return g_strdup_printf ("%d of %d (%d%%) in %s (%s)",
                          scr_audit_measure_get_numerator (s->measure),
                          scr_audit_measure_get_denominator (s->measure),
                          scr_audit_measure_get_percentage (s->measure),
                          scr_audit_get_id (s->audit), date);
}

static void
add (ScrItemList          *result,
     ScrAction            *action,
     ScrActionConcernKind  kind,
     const char           *reason)
{
  g_autoptr(ScrActionConcern) concern =
    scr_action_concern_new (scr_action_get_id (action), kind, reason);

  scr_item_list_append (result, concern);
}

static void
check_measure (ScrDataset  *self,
               ScrAction   *action,
               const char  *id,
               ScrItemList *result)
{
  g_autoptr(GArray) found = find_sightings (self, id);
  g_autofree char *reason = NULL;
  const Sighting *before, *after;
  gint64 lhs, rhs;

  if (found->len == 0)
    {
      reason = g_strdup_printf ("measure %s is in no dated audit", id);
      add (result, action, SCR_ACTION_CONCERN_MEASURE_NOT_REAUDITED, reason);
      return;
    }
  if (found->len == 1)
    {
      g_autofree char *once = describe (&g_array_index (found, Sighting, 0));

      reason = g_strdup_printf ("measure %s was audited once: %s; no later audit shows "
                                "whether it moved", id, once);
      add (result, action, SCR_ACTION_CONCERN_MEASURE_NOT_REAUDITED, reason);
      return;
    }
  before = &g_array_index (found, Sighting, found->len - 2);
  after = &g_array_index (found, Sighting, found->len - 1);
  /* improved: after's fraction is larger, compared exactly */
  lhs = (gint64) scr_audit_measure_get_numerator (after->measure) *
        scr_audit_measure_get_denominator (before->measure);
  rhs = (gint64) scr_audit_measure_get_numerator (before->measure) *
        scr_audit_measure_get_denominator (after->measure);
  if (scr_audit_measure_get_denominator (before->measure) <= 0 ||
      scr_audit_measure_get_denominator (after->measure) <= 0 || lhs > rhs)
    return;
  {
    g_autofree char *a = describe (before);
    g_autofree char *b = describe (after);

    reason = g_strdup_printf ("measure %s: %s, then %s: %s", id, a, b,
                              lhs == rhs ? "no change" : "worse");
  }
  add (result, action, SCR_ACTION_CONCERN_MEASURE_NOT_IMPROVED, reason);
}

/**
 * scr_dataset_list_action_concerns:
 * @self: a dataset
 * @today: (nullable): the day to judge overdue actions on; %NULL for today
 *
 * Lists what puts each action's impact in doubt, action by action in file
 * order and, for one action, in the order of [enum@Scr.ActionConcernKind]:
 *
 * - %SCR_ACTION_CONCERN_COMPLETE_WITHOUT_EVIDENCE: recorded as completed,
 *   with an outcome measure ("how will we know"), but no evidence of impact
 *   ([property@Scr.Action:impact] unset or empty). The evidence of
 *   completion ([property@Scr.Action:evidence]) is not evidence of impact.
 * - %SCR_ACTION_CONCERN_MEASURE_NOT_IMPROVED: the impact names an audit
 *   measure ([property@Scr.AuditMeasure:id]) and, of the last two dated
 *   audits that carry it, the later one's fraction is not larger than the
 *   earlier one's (compared exactly, not by the rounded percentage). A
 *   measure counts what should rise.
 * - %SCR_ACTION_CONCERN_MEASURE_NOT_REAUDITED: the impact names an audit
 *   measure found in fewer than two dated audits.
 * - %SCR_ACTION_CONCERN_OVERDUE: [method@Scr.Action.is_overdue] on @today.
 *
 * Returns: (transfer full): a #GListModel of [class@Scr.ActionConcern]
 */
GListModel *
scr_dataset_list_action_concerns (ScrDataset    *self,
                                  const ScrDate *today)
{
  g_autoptr(ScrDate) now = NULL;
  GListModel *actions;
  ScrItemList *result;

  g_return_val_if_fail (SCR_IS_DATASET (self), NULL);

  if (today == NULL)
    today = now = scr_date_new_today ();
  actions = G_LIST_MODEL (self->stores[SCR_COLLECTION_ACTIONS]);
  result = scr_item_list_new (SCR_TYPE_ACTION_CONCERN);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(ScrAction) action = g_list_model_get_item (actions, i);
      ScrActionImpact *impact = scr_action_get_impact (action);
      const char *measure = scr_action_get_outcome_measure (action);
      const char *measure_id = impact ? scr_action_impact_get_audit_measure_id (impact) : NULL;

      if (scr_action_get_status (action) == SCR_ACTION_STATUS_COMPLETED &&
          measure != NULL && measure[0] != '\0' &&
          (impact == NULL || scr_action_impact_is_empty (impact)))
        {
          g_autofree char *done = scr_action_get_completed_date (action)
            ? scr_date_to_iso8601 (scr_action_get_completed_date (action)) : NULL;
          g_autofree char *reason =
            g_strdup_printf ("completed%s%s with an outcome measure, but no evidence of "
                             "impact (no audit measure, date or note)",
                             done ? " " : "", done ? done : "");

          add (result, action, SCR_ACTION_CONCERN_COMPLETE_WITHOUT_EVIDENCE, reason);
        }
      if (measure_id != NULL)
        check_measure (self, action, measure_id, result);
      if (scr_action_is_overdue (action, today))
        {
          g_autofree char *due = scr_date_to_iso8601 (scr_action_get_due_date (action));
          g_autofree char *on = scr_date_to_iso8601 (today);
          g_autofree char *reason = g_strdup_printf ("due %s, not done on %s", due, on);

          add (result, action, SCR_ACTION_CONCERN_OVERDUE, reason);
        }
    }
  return G_LIST_MODEL (result);
}
