/* scr-evaluator.c: applies a rule set to cases.
 *
 * The ScrEvaluator class: its properties, and the evaluate and timeline
 * entry points (one case, and every case of a list) with their
 * documentation. The work is elsewhere: reading a case in
 * scr-case-reader.c, the rules in scr-interp.c, deadlines in
 * scr-deadline.c, the results' blocks in scr-evaluation-blocks.c and
 * scr-timeline-blocks.c.
 *
 * Calls go one way: scr-evaluator.c -> scr-timeline-blocks.c ->
 * scr-timeline.c -> scr-deadline.c (and scr-evaluator.c -> scr-deadline.c
 * for the arithmetic, -> scr-interp.c for the rules). Nothing there calls
 * back into this file; the call-circles test checks it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-date-private.h"
#include "scr-enum-types.h"
#include "scr-error.h"
#include "scr-evaluator.h"
#include "scr-evaluator-private.h"

/**
 * ScrEvaluator:
 *
 * Applies a [class@Scr.RuleSet] to cases: [method@Scr.Evaluator.evaluate]
 * says which notifications and reviews a case requires under the rules in
 * force on the relevant dates, and [method@Scr.Evaluator.timeline] computes
 * when each statutory step is due and whether it was met.
 *
 * ## Reading a case
 *
 * The rules read the case's facts by the catalogue's names
 * ([func@Scr.facts_list_names]). A fact not recorded on the case is
 * unknown, except that these are derived when not recorded:
 *
 * - `died` is `yes` when the incident nature is death and `no` when it is
 *   serious harm or other; `serious_harm` is `yes` when the nature is
 *   serious harm;
 * - `looked_after_at_death`, `custody_setting`, `mha_1983_detained` and
 *   `dol_order_16_17` come from the subject's legal status (looked-after,
 *   custody-setting, mha-detained, dol-order) when known;
 * - `care_leaver_age` (and `care_leaver` = `yes`) from the subject's
 *   care-leaver-age when it is set; `age` from the subject's age, or from
 *   the date of birth and the incident date when they decide it.
 *
 * Events are read by name ([method@Scr.Case.get_event]); `incident` and
 * `became_aware` fall back to the case's incident date and date of
 * awareness. The area transition date (England) defaults to 29 September
 * 2019, the last day areas could move to safeguarding partner arrangements.
 *
 * ## Edition selection
 *
 * Each rule is selected by the date of its own trigger: notification rules
 * by the date of awareness, review criteria by the decision date (the date
 * given to evaluate(), else the `decision` event, else the date of
 * awareness), child death rules by the incident date. Boundaries include
 * their first day. Between 29 June 2018 and the area's transition date
 * both regimes apply. A date known only to the month or year that
 * straddles a boundary leaves the rule undecided, asking for the full date.
 *
 * ## Unknown facts
 *
 * The evaluator never guesses: an outcome that depends on an unknown fact
 * is %SCR_VERDICT_INDETERMINATE, listing the facts that would decide it.
 *
 * ## Threads
 *
 * An evaluator reuses its scratch buffers from call to call and creates
 * its calendars on first use, without a lock: use one evaluator per
 * thread (one is cheap to make), or one at a time. A loaded
 * [class@Scr.RuleSet] is only read by evaluation, so the evaluators of
 * several threads may share one, and a calendar given as
 * [property@Scr.Evaluator:calendar] may be shared too. Results follow
 * their own classes' rules ([class@Scr.Evaluation], [class@Scr.Timeline]).
 */
struct _ScrEvaluator
{
  GObject parent_instance;

  ScrRuleSet *rules;
  gboolean include_unverified;
  ScrCalendar *calendar;                 /* override; nullable */
  ScrCalendar *division_calendars[3];    /* created on demand */
  /* Reused by every call (an evaluator belongs to one thread at a time):
   * the interpreter writes here, the result copies out in one block. */
  GArray *outcome_recs;                  /* ScrOutcomeRec */
  GArray *deadline_recs;                 /* ScrDeadlineRec */
  ScrReasonBuffer reasons;
};

G_DEFINE_FINAL_TYPE (ScrEvaluator, scr_evaluator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULES,
  PROP_INCLUDE_UNVERIFIED,
  PROP_CALENDAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_evaluator_dispose (GObject *object)
{
  ScrEvaluator *self = SCR_EVALUATOR (object);

  g_clear_object (&self->rules);
  g_clear_object (&self->calendar);
  for (guint i = 0; i < G_N_ELEMENTS (self->division_calendars); i++)
    g_clear_object (&self->division_calendars[i]);
  G_OBJECT_CLASS (scr_evaluator_parent_class)->dispose (object);
}

static void
scr_evaluator_finalize (GObject *object)
{
  ScrEvaluator *self = SCR_EVALUATOR (object);

  g_array_unref (self->outcome_recs);
  g_array_unref (self->deadline_recs);
  scr_reason_buffer_clear (&self->reasons);
  G_OBJECT_CLASS (scr_evaluator_parent_class)->finalize (object);
}

static void
scr_evaluator_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ScrEvaluator *self = SCR_EVALUATOR (object);

  switch (prop_id)
    {
    case PROP_RULES: g_value_set_object (value, self->rules); break;
    case PROP_INCLUDE_UNVERIFIED: g_value_set_boolean (value, self->include_unverified); break;
    case PROP_CALENDAR: g_value_set_object (value, self->calendar); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_evaluator_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ScrEvaluator *self = SCR_EVALUATOR (object);

  switch (prop_id)
    {
    case PROP_RULES:
      self->rules = g_value_dup_object (value);
      if (self->rules == NULL)
        self->rules = scr_rule_set_new_builtin ();
      break;
    case PROP_INCLUDE_UNVERIFIED:
      scr_evaluator_set_include_unverified (self, g_value_get_boolean (value));
      break;
    case PROP_CALENDAR:
      scr_evaluator_set_calendar (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_evaluator_class_init (ScrEvaluatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = scr_evaluator_dispose;
  object_class->finalize = scr_evaluator_finalize;
  object_class->get_property = scr_evaluator_get_property;
  object_class->set_property = scr_evaluator_set_property;

  /**
   * ScrEvaluator:rules:
   *
   * The rule set interpreted (the built-in rules when constructed with
   * %NULL). Construct-only: build a new evaluator for other rules.
   */
  properties[PROP_RULES] =
    g_param_spec_object ("rules", NULL, NULL, SCR_TYPE_RULE_SET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * ScrEvaluator:include-unverified:
   *
   * Whether `[R]` rules (recalled from a named document but not located in
   * any copy consulted) are applied. Off by default; outcomes and deadlines
   * from such rules are marked unverified.
   */
  properties[PROP_INCLUDE_UNVERIFIED] =
    g_param_spec_boolean ("include-unverified", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ScrEvaluator:calendar:
   *
   * The working-day calendar for timelines (for example a partnership's,
   * with its closure days). When %NULL, the standard calendar of the case's
   * division is used: England and Wales, Scotland or Northern Ireland.
   */
  properties[PROP_CALENDAR] =
    g_param_spec_object ("calendar", NULL, NULL, SCR_TYPE_CALENDAR,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_evaluator_init (ScrEvaluator *self)
{
  self->outcome_recs = g_array_sized_new (FALSE, FALSE, sizeof (ScrOutcomeRec), SCR_N_PROCESSES);
  self->deadline_recs = g_array_sized_new (FALSE, TRUE, sizeof (ScrDeadlineRec), 16);
  scr_reason_buffer_init (&self->reasons, 4096);
}

/**
 * scr_evaluator_new:
 * @rules: (nullable): the rules, or %NULL for the built-in rules
 *
 * Gets a new evaluator.
 *
 * Returns: (transfer full): a new evaluator
 */
ScrEvaluator *
scr_evaluator_new (ScrRuleSet *rules)
{
  g_return_val_if_fail (rules == NULL || SCR_IS_RULE_SET (rules), NULL);
  return g_object_new (SCR_TYPE_EVALUATOR, "rules", rules, NULL);
}

/**
 * scr_evaluator_get_rules:
 * @self: an evaluator
 *
 * Gets the rule set.
 *
 * Returns: (transfer none): the rule set
 */
ScrRuleSet *
scr_evaluator_get_rules (ScrEvaluator *self)
{
  g_return_val_if_fail (SCR_IS_EVALUATOR (self), NULL);
  return self->rules;
}

/**
 * scr_evaluator_get_include_unverified:
 * @self: an evaluator
 *
 * Gets whether `[R]` rules are applied.
 *
 * Returns: whether `[R]` rules are applied
 */
gboolean
scr_evaluator_get_include_unverified (ScrEvaluator *self)
{
  g_return_val_if_fail (SCR_IS_EVALUATOR (self), FALSE);
  return self->include_unverified;
}

/**
 * scr_evaluator_set_include_unverified:
 * @self: an evaluator
 * @include_unverified: whether to apply `[R]` rules
 *
 * Sets [property@Scr.Evaluator:include-unverified].
 */
void
scr_evaluator_set_include_unverified (ScrEvaluator *self,
                                      gboolean      include_unverified)
{
  g_return_if_fail (SCR_IS_EVALUATOR (self));

  include_unverified = !!include_unverified;
  if (self->include_unverified == include_unverified)
    return;
  self->include_unverified = include_unverified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_UNVERIFIED]);
}

/**
 * scr_evaluator_get_calendar:
 * @self: an evaluator
 *
 * Gets the calendar set with [method@Scr.Evaluator.set_calendar], or %NULL.
 *
 * Returns: (transfer none) (nullable): the calendar set with
 *   [method@Scr.Evaluator.set_calendar], or %NULL
 */
ScrCalendar *
scr_evaluator_get_calendar (ScrEvaluator *self)
{
  g_return_val_if_fail (SCR_IS_EVALUATOR (self), NULL);
  return self->calendar;
}

/**
 * scr_evaluator_set_calendar:
 * @self: an evaluator
 * @calendar: (nullable): a calendar, or %NULL for the standard calendar of
 *   each case's division
 *
 * Sets [property@Scr.Evaluator:calendar].
 */
void
scr_evaluator_set_calendar (ScrEvaluator *self,
                            ScrCalendar  *calendar)
{
  g_return_if_fail (SCR_IS_EVALUATOR (self));
  g_return_if_fail (calendar == NULL || SCR_IS_CALENDAR (calendar));

  if (g_set_object (&self->calendar, calendar))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALENDAR]);
}

void
scr_evaluator_read_case (ScrEvaluator   *self,
                         ScrCase        *scr_case,
                         ScrFactVector  *v,
                         char         ***ignored)
{
  scr_case_read (scr_case, scr_rule_set_get_tables (self->rules), v, NULL, NULL, ignored);
}

static ScrSpan
decision_span (const ScrFactVector *v)
{
  int ev_decision = scr_facts_builtin_events ()->decision;
  int ev_aware = scr_facts_builtin_events ()->became_aware;

  if (v->decision.first != 0)
    return v->decision;
  if (v->events[ev_decision].first != 0)
    return v->events[ev_decision];
  return v->events[ev_aware];
}

/**
 * scr_evaluator_evaluate:
 * @self: an evaluator
 * @scr_case: a case
 * @decision_date: (nullable): the date the review decision falls to be
 *   made, or %NULL to use the case's `decision` event, else its date of
 *   awareness
 *
 * Evaluates the criteria rules for @scr_case: one outcome per process
 * with a rule in force, with the deciding rule, its citation and evidence
 * tag, and the reason in words. See the class description for how facts
 * are read and rules selected.
 *
 * Returns: (transfer full): the evaluation
 */
ScrEvaluation *
scr_evaluator_evaluate (ScrEvaluator  *self,
                        ScrCase       *scr_case,
                        const ScrDate *decision_date)
{
  ScrRuleTables *tables;
  ScrFactVector v;
  const char *case_id;
  gsize case_id_len;
  char **ignored = NULL;

  g_return_val_if_fail (SCR_IS_EVALUATOR (self), NULL);
  g_return_val_if_fail (SCR_IS_CASE (scr_case), NULL);

  tables = scr_rule_set_get_tables (self->rules);
  scr_case_read (scr_case, tables, &v, &case_id, &case_id_len, &ignored);
  if (decision_date != NULL)
    scr_span_from_date (&v.decision, decision_date);
  scr_fact_vector_bound (&v);

  g_array_set_size (self->outcome_recs, 0);
  scr_reason_buffer_reset (&self->reasons);
  scr_rules_evaluate (tables, &v, self->include_unverified, self->outcome_recs, &self->reasons);
  return scr_evaluation_new_internal (self->rules, case_id, (gssize) case_id_len, decision_span (&v),
                                      (const ScrOutcomeRec *) (gpointer) self->outcome_recs->data,
                                      self->outcome_recs->len, self->reasons.data,
                                      self->reasons.len, ignored);
}

/**
 * scr_evaluator_evaluate_all:
 * @self: an evaluator
 * @cases: a list model of [class@Scr.Case]
 * @decision_date: (nullable): as for [method@Scr.Evaluator.evaluate]
 *
 * Evaluates every case of @cases in one call (the batch entry point for
 * bindings: one crossing into C for the whole list).
 *
 * Every case is evaluated, with its reasons rendered, before this returns;
 * the result keeps the outcomes compactly and creates each item's
 * [class@Scr.Evaluation] when it is asked for, equal in every getter to
 * what [method@Scr.Evaluator.evaluate] returns for that case (a new object
 * each time). The list never changes.
 *
 * This is the fast path for many cases. The result takes about a kilobyte
 * a case (records and reasons); for very large lists, calls of 1,000 to
 * 10,000 cases are faster per case than one call over everything, whose
 * result must first be paged in.
 *
 * Returns: (transfer full): a list model of [class@Scr.Evaluation], in
 *   the order of @cases
 */
GListModel *
scr_evaluator_evaluate_all (ScrEvaluator  *self,
                            GListModel    *cases,
                            const ScrDate *decision_date)
{
  ScrEvaluationBlocks *blocks;
  ScrRuleTables *tables;
  ScrCaseBatch batch;

  g_return_val_if_fail (SCR_IS_EVALUATOR (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (cases), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (cases), SCR_TYPE_CASE), NULL);

  /* Every case is evaluated now, reasons and all, into the list's blocks;
   * the ScrEvaluation objects are made only when an item is asked for. */
  scr_case_batch_init (&batch, cases);
  tables = scr_rule_set_get_tables (self->rules);
  blocks = scr_evaluation_blocks_new (self->rules, batch.n);
  for (guint i = 0; i < batch.n; i++)
    {
      ScrCase *c = scr_case_batch_get (&batch, i);
      ScrFactVector v;
      const char *case_id;
      char **ignored = NULL;

      scr_case_read (c, tables, &v, &case_id, NULL, &ignored);
      if (decision_date != NULL)
        scr_span_from_date (&v.decision, decision_date);
      scr_fact_vector_bound (&v);
      scr_evaluation_blocks_add (blocks, tables, &v, self->include_unverified, decision_span (&v),
                                 case_id, ignored);
    }
  scr_case_batch_clear (&batch);
  return scr_evaluation_blocks_free_to_list (blocks);
}

/* ------------------------------------------------------------ timeline */

ScrCalendar *
scr_evaluator_calendar_for (ScrEvaluator    *self,
                            ScrJurisdiction  jurisdiction,
                            GError         **error)
{
  ScrDivision division;

  if (self->calendar != NULL)
    return self->calendar;
  switch (jurisdiction)
    {
    case SCR_JURISDICTION_SCOTLAND: division = SCR_DIVISION_SCOTLAND; break;
    case SCR_JURISDICTION_NORTHERN_IRELAND: division = SCR_DIVISION_NORTHERN_IRELAND; break;
    case SCR_JURISDICTION_ENGLAND:
    case SCR_JURISDICTION_WALES:
    default: division = SCR_DIVISION_ENGLAND_AND_WALES; break;
    }
  if (self->division_calendars[division] == NULL)
    self->division_calendars[division] = scr_calendar_new_for_division (division, error);
  return self->division_calendars[division];
}

static void
missing_event (guint64 *missing_events,
               int      event)
{
  if (event >= 0)
    *missing_events |= G_GUINT64_CONSTANT (1) << event;
}

gboolean
scr_evaluator_timeline_records (ScrEvaluator        *self,
                                const ScrFactVector *v,
                                gint32               today_ordinal,
                                GArray              *records,
                                guint64             *missing,
                                guint64             *missing_events_out,
                                ScrCalendar        **calendar_out,
                                GError             **error)
{
  ScrRuleTables *tables = scr_rule_set_get_tables (self->rules);
  ScrCalendar *calendar = scr_evaluator_calendar_for (self, v->jurisdiction, error);
  guint64 missing_events = 0;
  ScrEvalCache cache;
  int ev_aware = scr_facts_builtin_events ()->became_aware;
  GPtrArray *tracked;

  if (calendar == NULL)
    return FALSE;
  scr_eval_cache_init (&cache, tables);
  /* The jurisdiction's tracked timescales, in load order. */
  tracked = self->include_unverified ? tables->tracked[v->jurisdiction]
                                     : tables->tracked_verified[v->jurisdiction];
  for (guint i = 0; i < tracked->len; i++)
    {
      const ScrCTimescale *ts = tracked->pdata[i];
      ScrDeadlineRec rec = { 0 };
      guint64 miss[2] = { 0, 0 };
      int cond, force, anchor = -1;

      for (guint a = 0; a < ts->n_anchors && anchor < 0; a++)
        if (v->events[ts->anchors[a]].first != 0)
          anchor = ts->anchors[a];
      if (anchor < 0)
        {
          /* A step whose conditions hold but whose start is not recorded. */

          if (ts->root >= 0 && scr_rules_condition (tables, v, ts->root, miss, &cache) == 1 &&
              (ts->anchors[0] != ev_aware ||
               scr_rules_in_force (&ts->from, &ts->until, v, v->aware_bound) != 0))
            missing_event (&missing_events, ts->anchors[0]);
          continue;
        }
      rec.ts = ts;
      rec.anchor = anchor;
      rec.from = v->events[anchor];
      force = scr_rules_in_force (&ts->from, &ts->until, v, rec.from);
      if (force == 0)
        continue;
      if (force == 2)
        {
          missing_event (&missing_events, anchor);
          continue;
        }
      if (ts->root >= 0)
        {
          cond = scr_rules_condition (tables, v, ts->root, miss, &cache);
          if (cond == 0)
            continue;
          if (cond == 2)
            {
              missing[0] |= miss[0];
              missing[1] |= miss[1];
              continue;
            }
        }
      for (guint d = 0; d < ts->n_dones; d++)
        if (v->events[ts->dones[d]].first != 0)
          {
            rec.done = v->events[ts->dones[d]];
            break;
          }
      if (!scr_deadline_rec_compute (calendar, &rec, today_ordinal, error))
        {
          g_prefix_error (error, "%s: ", ts->id);
          return FALSE;
        }
      g_array_append_val (records, rec);
    }
  *missing_events_out = missing_events;
  *calendar_out = calendar;
  return TRUE;
}

/**
 * scr_evaluator_timeline:
 * @self: an evaluator
 * @scr_case: a case
 * @today: (nullable): the day to report the status on (a complete date),
 *   or %NULL for today
 * @error: return location for a #GError
 *
 * Computes every statutory step of @scr_case from its dated events: for
 * each timescale rule in force on its anchor date whose condition holds
 * and whose anchor event is recorded, the date it runs from, the due date
 * (working days through the calendar of the case's division, or
 * [property@Scr.Evaluator:calendar]), the date done if any, and the status
 * on @today: pending, met, late or overdue, with the working days late and
 * the non-working days skipped on the way.
 *
 * A date known only to the month or year gives the benefit of the doubt:
 * the due date counts from the last day an anchor could be, and a done
 * date counts as its first possible day; such deadlines are marked
 * approximate.
 *
 * Returns: (transfer full): the timeline, or %NULL with @error set
 *   (%SCR_ERROR_OUT_OF_RANGE when a working-day count leaves the calendar's
 *   years)
 */
ScrTimeline *
scr_evaluator_timeline (ScrEvaluator  *self,
                        ScrCase       *scr_case,
                        const ScrDate *today,
                        GError       **error)
{
  ScrFactVector v;
  guint64 missing[2] = { 0, 0 }, missing_events = 0;
  ScrCalendar *calendar = NULL;
  const char *case_id;
  gsize case_id_len;
  gint32 today_ordinal;

  g_return_val_if_fail (SCR_IS_EVALUATOR (self), NULL);
  g_return_val_if_fail (SCR_IS_CASE (scr_case), NULL);
  g_return_val_if_fail (today == NULL || scr_date_is_complete (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (today != NULL)
    today_ordinal = scr_date_get_ordinal (today);
  else
    {
      g_autoptr(ScrDate) now = scr_date_new_today ();

      today_ordinal = scr_date_get_ordinal (now);
    }
  scr_case_read (scr_case, scr_rule_set_get_tables (self->rules), &v, &case_id, &case_id_len,
                 NULL);
  scr_fact_vector_bound (&v);
  g_array_set_size (self->deadline_recs, 0);
  if (!scr_evaluator_timeline_records (self, &v, today_ordinal, self->deadline_recs, missing,
                                       &missing_events, &calendar, error))
    return NULL;
  return scr_timeline_new_internal (self->rules, calendar, case_id, (gssize) case_id_len,
                                    today_ordinal,
                                    (const ScrDeadlineRec *) (gpointer) self->deadline_recs->data,
                                    self->deadline_recs->len, missing, missing_events);
}

/**
 * scr_evaluator_timeline_all:
 * @self: an evaluator
 * @cases: a list model of [class@Scr.Case]
 * @today: (nullable): as for [method@Scr.Evaluator.timeline]
 * @error: return location for a #GError
 *
 * Computes the timeline of every case of @cases in one call (the batch
 * entry point for bindings).
 *
 * Every deadline is worked out before this returns; the result keeps them
 * compactly and creates each item's [class@Scr.Timeline] when it is asked
 * for, equal in every getter to what [method@Scr.Evaluator.timeline]
 * returns for that case (a new object each time). The list never changes.
 *
 * Returns: (transfer full): a list model of [class@Scr.Timeline], in the
 *   order of @cases, or %NULL with @error set (naming the case) when one
 *   fails
 */
GListModel *
scr_evaluator_timeline_all (ScrEvaluator  *self,
                            GListModel    *cases,
                            const ScrDate *today,
                            GError       **error)
{
  g_autoptr(ScrTimelineBlocks) blocks = NULL;
  ScrRuleTables *tables;
  ScrCaseBatch batch;
  GArray *records;
  gint32 today_ordinal;

  g_return_val_if_fail (SCR_IS_EVALUATOR (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (cases), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (cases), SCR_TYPE_CASE), NULL);
  g_return_val_if_fail (today == NULL || scr_date_is_complete (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (today != NULL)
    today_ordinal = scr_date_get_ordinal (today);
  else
    {
      g_autoptr(ScrDate) now = scr_date_new_today ();

      today_ordinal = scr_date_get_ordinal (now);
    }
  /* Every deadline is worked out now, into the list's blocks; the
   * ScrTimeline objects are made only when an item is asked for. */
  scr_case_batch_init (&batch, cases);
  tables = scr_rule_set_get_tables (self->rules);
  blocks = scr_timeline_blocks_new (self->rules, today_ordinal, batch.n);
  records = scr_timeline_blocks_records (blocks);
  for (guint i = 0; i < batch.n; i++)
    {
      ScrCase *c = scr_case_batch_get (&batch, i);
      ScrFactVector v;
      guint64 missing[2] = { 0, 0 }, missing_events = 0;
      ScrCalendar *calendar = NULL;
      guint begin = records->len;
      const char *case_id;

      scr_case_read (c, tables, &v, &case_id, NULL, NULL);
      scr_fact_vector_bound (&v);
      if (!scr_evaluator_timeline_records (self, &v, today_ordinal, records, missing,
                                           &missing_events, &calendar, error))
        {
          g_prefix_error (error, "case %s: ", case_id);
          scr_case_batch_clear (&batch);
          return NULL;
        }
      scr_timeline_blocks_add (blocks, begin, case_id, missing, missing_events, calendar);
    }
  scr_case_batch_clear (&batch);
  return scr_timeline_blocks_free_to_list (g_steal_pointer (&blocks));
}
