/* scr-report.c: ScrReport, a report a partnership publishes, built from
 * a dataset: the scrutiny report (one row per review, each step's date
 * and deadline, the learning and outstanding actions beneath).
 *
 * The writers are files of their own: scr-report-page.c (HTML),
 * scr-report-chart.c (its SVG chart), scr-report-table.c (CSV) and
 * scr-report-write.c (files); they read what this file builds through
 * scr-report-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-report-private.h"

#include "scr-date-private.h"
#include "scr-enum-types.h"
#include "scr-error.h"
#include "scr-evaluator.h"
#include "scr-evaluator-private.h"
#include "scr-item-list-private.h"
#include "scr-json-private.h"
#include "scr-span-private.h"

/**
 * ScrReport:
 *
 * A report a partnership publishes, built from a dataset (a file or the
 * register's): the scrutiny report ([ctor@Scr.Report.new_scrutiny]), one
 * row per review with each step's date and deadline, and beneath each
 * review its learning and outstanding actions; or the report on one
 * review ([ctor@Scr.Report.new_review]), its summary, learning and
 * action plan with each action's RAG. It is written out as a
 * self-contained HTML page ([method@Scr.Report.to_html]), CSV
 * ([method@Scr.Report.to_csv]) or JSON ([method@Scr.Report.to_json]), or
 * to a file ([method@Scr.Report.write_file]). See `doc/reports.md`.
 */
struct _ScrReport
{
  GObject parent_instance;

  ScrReportData data;
  char *title;
  char *dataset_title;
  ScrDate *from;
  ScrDate *to;
  ScrDate *today;
  ScrItemList *reviews;
  ScrReportPlan *plan;
};

G_DEFINE_FINAL_TYPE (ScrReport, scr_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_FROM,
  PROP_TO,
  PROP_TODAY,
  PROP_REVIEWS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Each step: its heading, its id, the review milestone that records it
 * (-1: none) and the case event that does when no milestone is there
 * (NULL: none), which is also how the timeline's deadlines name it. */
static const struct
{
  const char *label;
  const char *nick;
  int milestone;
  const char *event;
} steps[SCR_REPORT_N_STEPS] = {
  { "Referral", "referral", SCR_MILESTONE_KIND_REFERRED, "became_aware" },
  { "Decision", "decision", SCR_MILESTONE_KIND_DECISION, "decision" },
  { "Panel informed", "panel-informed", -1, "panel_informed" },
  { "Author appointed", "author-appointed", SCR_MILESTONE_KIND_AUTHOR_APPOINTED, NULL },
  { "Report to board", "report-to-board", SCR_MILESTONE_KIND_REPORT_TO_BOARD, "review_completed" },
  { "Sent to the Panel", "sent-to-panel", SCR_MILESTONE_KIND_REPORT_TO_PANEL, "report_sent_to_panel" },
  { "Published", "published", SCR_MILESTONE_KIND_PUBLICATION, "published" },
};

static const char *const verdict_nicks[SCR_REPORT_N_VERDICTS] = {
  "not-applicable", "met", "late", "overdue", "pending",
};

static void
row_free (gpointer data)
{
  ScrReportRow *row = data;

  g_object_unref (row->review);
  for (guint i = 0; i < SCR_REPORT_N_STEPS; i++)
    {
      g_clear_pointer (&row->steps[i].date, scr_date_free);
      g_clear_object (&row->steps[i].deadline);
    }
  g_strfreev (row->missing);
  g_ptr_array_unref (row->lessons);
  g_ptr_array_unref (row->findings);
  g_ptr_array_unref (row->actions);
  g_free (row);
}

static void
scr_report_finalize (GObject *object)
{
  ScrReport *self = SCR_REPORT (object);

  g_clear_pointer (&self->data.rows, g_ptr_array_unref);
  g_clear_pointer (&self->data.lessons, g_ptr_array_unref);
  g_clear_pointer (&self->data.findings, g_ptr_array_unref);
  g_clear_pointer (&self->data.actions, g_ptr_array_unref);
  g_free (self->title);
  g_free (self->dataset_title);
  g_clear_pointer (&self->from, scr_date_free);
  g_clear_pointer (&self->to, scr_date_free);
  g_clear_pointer (&self->today, scr_date_free);
  g_clear_object (&self->reviews);
  g_clear_pointer (&self->plan, scr_report_plan_free);
  G_OBJECT_CLASS (scr_report_parent_class)->finalize (object);
}

static void
scr_report_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ScrReport *self = SCR_REPORT (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_string (value, self->data.kind); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_FROM: g_value_set_boxed (value, self->from); break;
    case PROP_TO: g_value_set_boxed (value, self->to); break;
    case PROP_TODAY: g_value_set_boxed (value, self->today); break;
    case PROP_REVIEWS: g_value_set_object (value, self->reviews); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_report_class_init (ScrReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scr_report_finalize;
  object_class->get_property = scr_report_get_property;

  /**
   * ScrReport:kind:
   *
   * Which report this is: `scrutiny` ([ctor@Scr.Report.new_scrutiny]) or
   * `review` ([ctor@Scr.Report.new_review]).
   */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * ScrReport:title:
   *
   * The report's title, with the dataset's.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * ScrReport:from:
   *
   * The first day of the period the report covers, or %NULL for no
   * lower bound.
   */
  properties[PROP_FROM] =
    g_param_spec_boxed ("from", NULL, NULL, SCR_TYPE_DATE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * ScrReport:to:
   *
   * The last day of the period the report covers, or %NULL for no
   * upper bound.
   */
  properties[PROP_TO] =
    g_param_spec_boxed ("to", NULL, NULL, SCR_TYPE_DATE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * ScrReport:today:
   *
   * The day the deadlines' status is reported as on.
   */
  properties[PROP_TODAY] =
    g_param_spec_boxed ("today", NULL, NULL, SCR_TYPE_DATE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * ScrReport:reviews:
   *
   * The reviews the report has a row for (#ScrReview), in the
   * dataset's order.
   */
  properties[PROP_REVIEWS] =
    g_param_spec_object ("reviews", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_report_init (ScrReport *self)
{
  self->data.kind = "scrutiny";
  self->data.rows = g_ptr_array_new_with_free_func (row_free);
  self->data.lessons = g_ptr_array_new_with_free_func (g_object_unref);
  self->data.findings = g_ptr_array_new_with_free_func (g_object_unref);
  self->data.actions = g_ptr_array_new_with_free_func (g_object_unref);
  self->reviews = scr_item_list_new (SCR_TYPE_REVIEW);
}

/* ------------------------------------------------------------- building */

/* The step a deadline times: the one whose recorded date is the day it
 * was done, else the first whose event marks it done; -1 for none. */
static int
deadline_step (ScrDeadline        *deadline,
               const ScrReportRow *row)
{
  const char *const *done = scr_deadline_get_done_events (deadline);
  const ScrDate *when = scr_deadline_get_done (deadline);
  int first = -1;

  for (int i = 0; i < SCR_REPORT_N_STEPS; i++)
    {
      if (steps[i].event == NULL || !g_strv_contains (done, steps[i].event))
        continue;
      if (first < 0)
        first = i;
      if (when != NULL && row->steps[i].date != NULL &&
          scr_date_equal (when, row->steps[i].date))
        return i;
    }
  return first;
}

/* Worst first: overdue, late, pending, met. */
static int
verdict_rank (ScrReportVerdict verdict)
{
  static const int rank[SCR_REPORT_N_VERDICTS] = { 0, 1, 3, 4, 2 };

  return rank[verdict];
}

static gboolean
add_timeline (ScrReportRow  *row,
              ScrEvaluator  *evaluator,
              ScrCase       *scr_case,
              const ScrDate *today,
              GError       **error)
{
  g_autoptr(ScrTimeline) timeline = scr_evaluator_timeline (evaluator, scr_case, today, error);
  GListModel *deadlines;

  if (timeline == NULL)
    return FALSE;
  row->missing = scr_timeline_list_missing (timeline);
  deadlines = scr_timeline_get_deadlines (timeline);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(ScrDeadline) d = g_list_model_get_item (deadlines, i);
      int step = deadline_step (d, row);
      ScrReportStep *s;
      ScrReportStep candidate = { NULL, d };

      if (step < 0)
        continue;
      s = &row->steps[step];
      if (s->deadline == NULL ||
          verdict_rank (scr_report_step_verdict (&candidate)) >
          verdict_rank (scr_report_step_verdict (s)))
        g_set_object (&s->deadline, d);
    }
  return TRUE;
}

static void
add_step_dates (ScrReportRow *row,
                ScrCase      *scr_case)
{
  for (guint i = 0; i < SCR_REPORT_N_STEPS; i++)
    {
      const ScrDate *date = NULL;

      if (steps[i].milestone >= 0)
        {
          ScrMilestone *m = scr_review_lookup_milestone (row->review, steps[i].milestone);

          if (m != NULL)
            date = scr_milestone_get_date (m);
        }
      if (date == NULL && scr_case != NULL && steps[i].event != NULL)
        date = scr_case_get_event (scr_case, steps[i].event);
      row->steps[i].date = date != NULL ? scr_date_copy (date) : NULL;
    }
}

/* Whether some recorded step of @row lies (in part) in [@from, @to]. */
static gboolean
row_in_period (const ScrReportRow *row,
               const ScrDate      *from,
               const ScrDate      *to)
{
  ScrSpan lo = { 0, 0 }, hi = { 0, 0 };

  if (from == NULL && to == NULL)
    return TRUE;
  if (from != NULL)
    scr_span_from_date (&lo, from);
  if (to != NULL)
    scr_span_from_date (&hi, to);
  for (guint i = 0; i < SCR_REPORT_N_STEPS; i++)
    {
      ScrSpan s;

      if (row->steps[i].date == NULL)
        continue;
      scr_span_from_date (&s, row->steps[i].date);
      if ((from == NULL || s.last >= lo.first) && (to == NULL || s.first <= hi.last))
        return TRUE;
    }
  return FALSE;
}

static gboolean
action_outstanding (ScrAction *action)
{
  ScrActionStatus status = scr_action_get_status (action);

  return status != SCR_ACTION_STATUS_COMPLETED && status != SCR_ACTION_STATUS_SUPERSEDED &&
         scr_action_get_completed_date (action) == NULL;
}

/* The review an action belongs to: its own, or its recommendation's. */
static const char *
action_review_id (ScrDataset *dataset,
                  ScrAction  *action)
{
  const char *rec_id = scr_action_get_recommendation_id (action);
  ScrRecommendation *rec;

  if (scr_action_get_review_id (action) != NULL)
    return scr_action_get_review_id (action);
  rec = rec_id != NULL ? scr_dataset_lookup_recommendation (dataset, rec_id) : NULL;
  return rec != NULL ? scr_recommendation_get_review_id (rec) : NULL;
}

/* Files each item of @items (whose review id @review_id gives) under its
 * row's array at @offset, or @rest when it is tied to no review; items
 * of reviews outside the report are left out. */
static void
file_items (GHashTable  *rows_by_id,
            GListModel  *items,
            const char *(*review_id) (ScrDataset *, gpointer),
            ScrDataset  *dataset,
            gsize        offset,
            GPtrArray   *rest,
            gboolean   (*keep) (gpointer))
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      const char *id = review_id (dataset, item);
      ScrReportRow *row;

      if (keep != NULL && !keep (item))
        continue;
      if (id == NULL)
        {
          g_ptr_array_add (rest, g_object_ref (item));
          continue;
        }
      row = g_hash_table_lookup (rows_by_id, id);
      if (row != NULL)
        g_ptr_array_add (G_STRUCT_MEMBER (GPtrArray *, row, offset), g_object_ref (item));
    }
}

static const char *
lesson_review_id (ScrDataset *dataset,
                  gpointer    item)
{
  return scr_lesson_get_review_id (item);
}

static const char *
finding_review_id (ScrDataset *dataset,
                   gpointer    item)
{
  return scr_finding_get_review_id (item);
}

static const char *
action_review_id_item (ScrDataset *dataset,
                       gpointer    item)
{
  return action_review_id (dataset, item);
}

static gboolean
action_outstanding_item (gpointer item)
{
  return action_outstanding (item);
}

/**
 * scr_report_new_scrutiny:
 * @dataset: the dataset to report on
 * @from: (nullable): the first day of the period, or %NULL for no
 *   lower bound
 * @to: (nullable): the last day of the period, or %NULL for no upper
 *   bound
 * @today: (nullable): the day to report the deadlines' status as on, or
 *   %NULL for today
 * @error: return location for a #GError
 *
 * Builds the report to a scrutiny committee on the partnership's case
 * reviews (seed 002 is one): one row per review with a recorded step in
 * the period, giving the review's case and each step's date (referral,
 * decision, Panel informed, author appointed, report to the board, sent
 * to the Panel, published), from the review's milestones or else the
 * case's events. Where the case's timeline
 * ([method@Scr.Evaluator.timeline], with the default rules and
 * calendar) has a deadline for the step, the step is met, late by so
 * many working days, overdue or pending; otherwise not applicable.
 * Beneath each review are its lessons, findings and outstanding actions
 * (not completed or superseded).
 *
 * A partial period bound counts whole: `2019` from 1 January to 31
 * December 2019.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 *   (%SCR_ERROR_INVALID_ARGUMENT for a period that ends before it
 *   starts; the evaluator's errors)
 */
ScrReport *
scr_report_new_scrutiny (ScrDataset     *dataset,
                         const ScrDate  *from,
                         const ScrDate  *to,
                         const ScrDate  *today,
                         GError        **error)
{
  g_autoptr(ScrReport) self = NULL;
  g_autoptr(ScrEvaluator) evaluator = NULL;
  g_autoptr(GHashTable) rows_by_id = NULL;
  GListModel *reviews;

  g_return_val_if_fail (SCR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (from != NULL && to != NULL)
    {
      ScrSpan lo, hi;

      scr_span_from_date (&lo, from);
      scr_span_from_date (&hi, to);
      if (hi.last < lo.first)
        {
          g_set_error_literal (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                               "the period ends before it starts");
          return NULL;
        }
    }

  self = g_object_new (SCR_TYPE_REPORT, NULL);
  self->from = from != NULL ? scr_date_copy (from) : NULL;
  self->to = to != NULL ? scr_date_copy (to) : NULL;
  self->today = today != NULL ? scr_date_copy (today) : scr_date_new_today ();
  self->dataset_title = g_strdup (scr_dataset_get_title (dataset));
  self->title = g_strdup ("Case reviews: report to the scrutiny committee");
  self->data.title = self->title;
  self->data.dataset_title = self->dataset_title;
  self->data.from = self->from;
  self->data.to = self->to;
  self->data.today = self->today;

  evaluator = scr_evaluator_new (NULL);
  rows_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  reviews = scr_dataset_get_reviews (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(ScrReview) review = g_list_model_get_item (reviews, i);
      const char *case_id = scr_review_get_case_id (review);
      ScrCase *scr_case = case_id != NULL ? scr_dataset_lookup_case (dataset, case_id) : NULL;
      ScrReportRow *row = g_new0 (ScrReportRow, 1);

      row->review = g_object_ref (review);
      row->case_id = case_id;
      row->lessons = g_ptr_array_new_with_free_func (g_object_unref);
      row->findings = g_ptr_array_new_with_free_func (g_object_unref);
      row->actions = g_ptr_array_new_with_free_func (g_object_unref);
      add_step_dates (row, scr_case);
      if (!row_in_period (row, from, to))
        {
          row_free (row);
          continue;
        }
      g_ptr_array_add (self->data.rows, row);
      g_hash_table_insert (rows_by_id, (gpointer) scr_review_get_id (review), row);
      scr_item_list_append (self->reviews, review);
      if (scr_case != NULL && !add_timeline (row, evaluator, scr_case, self->today, error))
        return NULL;
      if (row->missing == NULL)
        row->missing = g_new0 (char *, 1);
    }

  file_items (rows_by_id, scr_dataset_get_lessons (dataset), lesson_review_id, dataset,
              G_STRUCT_OFFSET (ScrReportRow, lessons), self->data.lessons, NULL);
  file_items (rows_by_id, scr_dataset_get_findings (dataset), finding_review_id, dataset,
              G_STRUCT_OFFSET (ScrReportRow, findings), self->data.findings, NULL);
  file_items (rows_by_id, scr_dataset_get_actions (dataset), action_review_id_item, dataset,
              G_STRUCT_OFFSET (ScrReportRow, actions), self->data.actions,
              action_outstanding_item);
  return g_steal_pointer (&self);
}

/**
 * scr_report_new_review:
 * @dataset: the dataset to report on
 * @review_id: the id of the review to report on
 * @today: (nullable): the day to rate the actions on, or %NULL for today
 * @error: return location for a #GError
 *
 * Builds the report on one review, to attach to a board paper (seeds 000
 * and 003 are such): the review's summary (title, type, case,
 * partnership, the dates of its milestones as recorded, its terms of
 * reference), its findings, lessons and recommendations, and its action
 * plan: each action with its recommendation, owner agency, owner, due
 * date, status, outcome measure and evidence; its RAG computed in
 * working days ([method@Scr.Action.compute_rag], with the calendar of
 * England and Wales and the dataset's
 * [property@Scr.Dataset:rag-amber-working-days]); whether it is overdue
 * ([method@Scr.Action.is_overdue]); and a flag when it is marked complete
 * without evidence of impact (%SCR_ACTION_CONCERN_COMPLETE_WITHOUT_EVIDENCE,
 * see [method@Scr.Dataset.list_action_concerns]). An action belongs to
 * the review it names, or else to its recommendation's.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 *   (%SCR_ERROR_NOT_FOUND, naming @review_id, for a review the dataset
 *   does not have; %SCR_ERROR_INVALID_ARGUMENT for a partial @today)
 */
ScrReport *
scr_report_new_review (ScrDataset     *dataset,
                       const char     *review_id,
                       const ScrDate  *today,
                       GError        **error)
{
  g_autoptr(ScrReport) self = NULL;
  ScrReview *review;
  const char *title;

  g_return_val_if_fail (SCR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (review_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  review = scr_dataset_lookup_review (dataset, review_id);
  if (review == NULL)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND,
                   "no review \"%s\" in the dataset", review_id);
      return NULL;
    }
  if (today != NULL && !scr_date_is_complete (today))
    {
      g_set_error_literal (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                           "the day to rate the actions on is not a whole date");
      return NULL;
    }

  self = g_object_new (SCR_TYPE_REPORT, NULL);
  self->data.kind = "review";
  self->today = today != NULL ? scr_date_copy (today) : scr_date_new_today ();
  self->dataset_title = g_strdup (scr_dataset_get_title (dataset));
  title = scr_review_get_title (review);
  self->title = g_strdup_printf ("%s: review summary and action plan",
                                 title != NULL ? title : review_id);
  self->data.title = self->title;
  self->data.dataset_title = self->dataset_title;
  self->data.today = self->today;
  scr_item_list_append (self->reviews, review);
  self->plan = scr_report_plan_new (dataset, review, self->today, error);
  if (self->plan == NULL)
    return NULL;
  self->data.plan = self->plan;
  return g_steal_pointer (&self);
}

/* ------------------------------------------------------------- getters */

/**
 * scr_report_get_kind:
 * @self: a report
 *
 * Gets which report this is (`scrutiny` or `review`).
 *
 * Returns: the report's kind
 */
const char *
scr_report_get_kind (ScrReport *self)
{
  g_return_val_if_fail (SCR_IS_REPORT (self), NULL);
  return self->data.kind;
}

/**
 * scr_report_get_title:
 * @self: a report
 *
 * Gets the report's title.
 *
 * Returns: the title
 */
const char *
scr_report_get_title (ScrReport *self)
{
  g_return_val_if_fail (SCR_IS_REPORT (self), NULL);
  return self->title;
}

/**
 * scr_report_get_from:
 * @self: a report
 *
 * Gets the first day of the period the report covers.
 *
 * Returns: (nullable): the period's start, or %NULL for none
 */
const ScrDate *
scr_report_get_from (ScrReport *self)
{
  g_return_val_if_fail (SCR_IS_REPORT (self), NULL);
  return self->from;
}

/**
 * scr_report_get_to:
 * @self: a report
 *
 * Gets the last day of the period the report covers.
 *
 * Returns: (nullable): the period's end, or %NULL for none
 */
const ScrDate *
scr_report_get_to (ScrReport *self)
{
  g_return_val_if_fail (SCR_IS_REPORT (self), NULL);
  return self->to;
}

/**
 * scr_report_get_today:
 * @self: a report
 *
 * Gets the day the deadlines' status is reported as on.
 *
 * Returns: the report's day
 */
const ScrDate *
scr_report_get_today (ScrReport *self)
{
  g_return_val_if_fail (SCR_IS_REPORT (self), NULL);
  return self->today;
}

/**
 * scr_report_get_reviews:
 * @self: a report
 *
 * Gets the reviews the report has a row for, in the dataset's order.
 *
 * Returns: (transfer none): a list model of #ScrReview
 */
GListModel *
scr_report_get_reviews (ScrReport *self)
{
  g_return_val_if_fail (SCR_IS_REPORT (self), NULL);
  return G_LIST_MODEL (self->reviews);
}

/* ------------------------------------------------------- for the writers */

const ScrReportData *
scr_report_peek_data (ScrReport *self)
{
  return &self->data;
}

const char *
scr_report_step_label (ScrReportStepId step)
{
  return steps[step].label;
}

const char *
scr_report_step_nick (ScrReportStepId step)
{
  return steps[step].nick;
}

ScrReportVerdict
scr_report_step_verdict (const ScrReportStep *step)
{
  if (step->deadline == NULL)
    return SCR_REPORT_VERDICT_NONE;
  switch (scr_deadline_get_status (step->deadline))
    {
    case SCR_DEADLINE_STATUS_MET: return SCR_REPORT_VERDICT_MET;
    case SCR_DEADLINE_STATUS_LATE: return SCR_REPORT_VERDICT_LATE;
    case SCR_DEADLINE_STATUS_OVERDUE: return SCR_REPORT_VERDICT_OVERDUE;
    case SCR_DEADLINE_STATUS_PENDING:
    default: return SCR_REPORT_VERDICT_PENDING;
    }
}

const char *
scr_report_verdict_nick (ScrReportVerdict verdict)
{
  return verdict_nicks[verdict];
}

char *
scr_report_step_verdict_text (const ScrReportStep *step)
{
  ScrReportVerdict verdict = scr_report_step_verdict (step);
  int days;

  switch (verdict)
    {
    case SCR_REPORT_VERDICT_NONE: return g_strdup ("no deadline");
    case SCR_REPORT_VERDICT_MET: return g_strdup ("met");
    case SCR_REPORT_VERDICT_PENDING: return g_strdup ("pending");
    case SCR_REPORT_VERDICT_LATE:
    case SCR_REPORT_VERDICT_OVERDUE:
    case SCR_REPORT_N_VERDICTS:
    default:
      break;
    }
  days = scr_deadline_get_days_late (step->deadline);
  return g_strdup_printf ("%s by %d working day%s",
                          verdict == SCR_REPORT_VERDICT_LATE ? "late" : "overdue",
                          days, days == 1 ? "" : "s");
}

const char *
scr_report_verdict_symbol (ScrReportVerdict verdict)
{
  static const char *const symbols[SCR_REPORT_N_VERDICTS] = {
    "–", "✓", "✗", "!", "…",
  };

  return symbols[verdict];
}

char *
scr_report_date_text (const ScrDate *date,
                      const char    *none)
{
  return date != NULL ? scr_date_to_english (date) : g_strdup (none);
}

guint
scr_report_count_verdict (const ScrReportData *data,
                          ScrReportVerdict     verdict)
{
  guint n = 0;

  for (guint i = 0; i < data->rows->len; i++)
    {
      const ScrReportRow *row = data->rows->pdata[i];

      for (guint s = 0; s < SCR_REPORT_N_STEPS; s++)
        n += scr_report_step_verdict (&row->steps[s]) == verdict;
    }
  return n;
}
