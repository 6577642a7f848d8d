/* scr-report-plan.c: the review report's plan: one review's findings,
 * lessons, recommendations and action plan, each action with its RAG
 * computed in working days, whether it is overdue and whether it is
 * marked complete without evidence of impact.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-report-private.h"

#include "scr-action-concern.h"
#include "scr-agency.h"
#include "scr-calendar.h"
#include "scr-finding.h"
#include "scr-lesson.h"

const ScrRag scr_report_rags[SCR_REPORT_N_RAGS] = {
  SCR_RAG_RED, SCR_RAG_AMBER, SCR_RAG_GREEN, SCR_RAG_NONE,
};

static void
action_free (gpointer data)
{
  ScrReportAction *row = data;

  g_object_unref (row->action);
  g_clear_object (&row->recommendation);
  g_free (row->agency);
  g_free (row);
}

void
scr_report_plan_free (ScrReportPlan *plan)
{
  if (plan == NULL)
    return;
  g_object_unref (plan->review);
  g_ptr_array_unref (plan->findings);
  g_ptr_array_unref (plan->lessons);
  g_ptr_array_unref (plan->recommendations);
  g_ptr_array_unref (plan->actions);
  g_free (plan);
}

/* The review an action belongs to: its own, or its recommendation's. */
static gboolean
action_of_review (ScrAction         *action,
                  ScrRecommendation *rec,
                  const char        *review_id)
{
  if (scr_action_get_review_id (action) != NULL)
    return g_strcmp0 (scr_action_get_review_id (action), review_id) == 0;
  return rec != NULL && g_strcmp0 (scr_recommendation_get_review_id (rec), review_id) == 0;
}

/* The ids of the actions marked complete without evidence on @today. */
static GHashTable *
without_evidence (ScrDataset    *dataset,
                  const ScrDate *today)
{
  g_autoptr(GListModel) concerns = scr_dataset_list_action_concerns (dataset, today);
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (concerns); i++)
    {
      g_autoptr(ScrActionConcern) concern = g_list_model_get_item (concerns, i);

      if (scr_action_concern_get_kind (concern) == SCR_ACTION_CONCERN_COMPLETE_WITHOUT_EVIDENCE)
        g_hash_table_add (ids, g_strdup (scr_action_concern_get_action_id (concern)));
    }
  return ids;
}

/* Each item of @items whose review id (@review_id_of) is @review_id. */
static GPtrArray *
items_of_review (GListModel  *items,
                 const char *(*review_id_of) (gpointer),
                 const char  *review_id)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (review_id_of (item), review_id) == 0)
        g_ptr_array_add (out, g_steal_pointer (&item));
    }
  return out;
}

static const char *
finding_review (gpointer item)
{
  return scr_finding_get_review_id (item);
}

static const char *
lesson_review (gpointer item)
{
  return scr_lesson_get_review_id (item);
}

static const char *
recommendation_review (gpointer item)
{
  return scr_recommendation_get_review_id (item);
}

static char *
agency_name (ScrDataset *dataset,
             ScrAction  *action)
{
  const char *id = scr_action_get_owner_agency_id (action);
  ScrAgency *agency = id != NULL ? scr_dataset_lookup_agency (dataset, id) : NULL;

  if (agency != NULL && scr_agency_get_name (agency) != NULL)
    return g_strdup (scr_agency_get_name (agency));
  return g_strdup (id != NULL ? id : scr_action_get_owner (action));
}

ScrReportPlan *
scr_report_plan_new (ScrDataset     *dataset,
                     ScrReview      *review,
                     const ScrDate  *today,
                     GError        **error)
{
  const char *review_id = scr_review_get_id (review);
  g_autoptr(ScrCalendar) calendar = scr_calendar_new_for_division (SCR_DIVISION_ENGLAND_AND_WALES,
                                                                   error);
  g_autoptr(GHashTable) flagged = NULL;
  GListModel *actions = scr_dataset_get_actions (dataset);
  ScrReportPlan *plan;

  if (calendar == NULL)
    return NULL;
  flagged = without_evidence (dataset, today);
  plan = g_new0 (ScrReportPlan, 1);
  plan->review = g_object_ref (review);
  plan->amber_days = scr_dataset_get_rag_amber_working_days (dataset);
  plan->findings = items_of_review (scr_dataset_get_findings (dataset), finding_review, review_id);
  plan->lessons = items_of_review (scr_dataset_get_lessons (dataset), lesson_review, review_id);
  plan->recommendations = items_of_review (scr_dataset_get_recommendations (dataset),
                                           recommendation_review, review_id);
  plan->actions = g_ptr_array_new_with_free_func (action_free);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(ScrAction) action = g_list_model_get_item (actions, i);
      const char *rec_id = scr_action_get_recommendation_id (action);
      ScrRecommendation *rec = rec_id != NULL ? scr_dataset_lookup_recommendation (dataset, rec_id) : NULL;
      ScrReportAction *row;

      if (!action_of_review (action, rec, review_id))
        continue;
      row = g_new0 (ScrReportAction, 1);
      row->action = g_object_ref (action);
      row->recommendation = rec != NULL ? g_object_ref (rec) : NULL;
      row->agency = agency_name (dataset, action);
      row->rag = scr_action_compute_rag (action, today, calendar, plan->amber_days);
      row->overdue = scr_action_is_overdue (action, today);
      row->without_evidence = g_hash_table_contains (flagged, scr_action_get_id (action));
      g_ptr_array_add (plan->actions, row);
    }
  return plan;
}

guint
scr_report_plan_count_flagged (const ScrReportPlan *plan)
{
  guint n = 0;

  for (guint i = 0; i < plan->actions->len; i++)
    n += ((ScrReportAction *) plan->actions->pdata[i])->without_evidence;
  return n;
}

GPtrArray *
scr_report_plan_select (const ScrReportPlan *plan,
                        ScrRag               rag,
                        const char          *agency)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < plan->actions->len; i++)
    {
      ScrReportAction *row = plan->actions->pdata[i];

      if (row->rag != rag)
        continue;
      if (agency != NULL && g_strcmp0 (row->agency != NULL ? row->agency : "", agency) != 0)
        continue;
      g_ptr_array_add (out, row);
    }
  return out;
}

const char **
scr_report_plan_agencies (const ScrReportPlan *plan)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < plan->actions->len; i++)
    {
      ScrReportAction *row = plan->actions->pdata[i];
      const char *name = row->agency != NULL ? row->agency : "";
      gboolean seen = FALSE;

      for (guint k = 0; k < out->len && !seen; k++)
        seen = strcmp (out->pdata[k], name) == 0;
      if (!seen)
        g_ptr_array_add (out, (gpointer) name);
    }
  g_ptr_array_add (out, NULL);
  return (const char **) g_ptr_array_free (out, FALSE);
}

const char *
scr_report_rag_nick (ScrRag rag)
{
  switch (rag)
    {
    case SCR_RAG_RED: return "red";
    case SCR_RAG_AMBER: return "amber";
    case SCR_RAG_GREEN: return "green";
    case SCR_RAG_BLUE: return "blue";
    case SCR_RAG_NONE:
    default: return "no-due-date";
    }
}

const char *
scr_report_rag_label (ScrRag rag)
{
  switch (rag)
    {
    case SCR_RAG_RED: return "Red: overdue";
    case SCR_RAG_AMBER: return "Amber: due soon";
    case SCR_RAG_GREEN: return "Green: on track or done";
    case SCR_RAG_BLUE: return "Blue: done and evidenced";
    case SCR_RAG_NONE:
    default: return "No due date";
    }
}

const char *
scr_report_action_status_text (ScrAction *action)
{
  switch (scr_action_get_status (action))
    {
    case SCR_ACTION_STATUS_NOT_STARTED: return "not started";
    case SCR_ACTION_STATUS_IN_PROGRESS: return "in progress";
    case SCR_ACTION_STATUS_COMPLETED: return "completed";
    case SCR_ACTION_STATUS_OVERDUE: return "recorded overdue";
    case SCR_ACTION_STATUS_SUPERSEDED: return "superseded";
    case SCR_ACTION_STATUS_UNKNOWN:
    default: return "not recorded";
    }
}

const char *
scr_report_rag_word (ScrRag rag)
{
  switch (rag)
    {
    case SCR_RAG_RED: return "Red";
    case SCR_RAG_AMBER: return "Amber";
    case SCR_RAG_GREEN: return "Green";
    case SCR_RAG_BLUE: return "Blue";
    case SCR_RAG_NONE:
    default: return "No due date";
    }
}
