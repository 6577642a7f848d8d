/* scr-deadline.c: one statutory step of a timeline and its status.
 *
 * The deadline concept in one file: the arithmetic that works out a
 * timescale's due date and status from its anchor (scr_deadline_rec_compute,
 * for the evaluator), the non-working days it skipped, and the ScrDeadline
 * object made from the record. The evaluator decides which timescales
 * apply; this file only counts.
 *
 * Depends on: the calendar, the rule tables (scr-deadline-private.h).
 * Used by: scr-evaluator.c (compute), scr-timeline.c (objects).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-date-private.h"
#include "scr-enum-types.h"
#include "scr-error.h"
#include "scr-skipped-day.h"
#include "scr-evaluator-private.h"

/**
 * ScrDeadline:
 *
 * One step of a [class@Scr.Timeline]: the timescale rule, the date it runs
 * from, the due date, the date it was done, and its status on the day of
 * the timeline, with the working days late and the non-working days skipped
 * between the start and the due date.
 *
 * Deadlines are read-only results; every property is read-only. Being
 * immutable, a deadline may be shared between threads.
 */
struct _ScrDeadline
{
  GObject parent_instance;

  ScrRule *rule;
  char *anchor;
  char **done_events;  /* the events that mark the step done */
  ScrDate *from;
  ScrDate *due;
  ScrDate *done;
  gboolean approximate;
  ScrDeadlineStatus status;
  int days_late;
  char **skipped;
};

G_DEFINE_FINAL_TYPE (ScrDeadline, scr_deadline, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE_ID,
  PROP_PROCESS,
  PROP_DESCRIPTION,
  PROP_CITATION,
  PROP_EVIDENCE,
  PROP_UNVERIFIED,
  PROP_ANCHOR,
  PROP_FROM,
  PROP_DUE,
  PROP_DONE,
  PROP_APPROXIMATE,
  PROP_STATUS,
  PROP_DAYS_LATE,
  PROP_SKIPPED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_deadline_finalize (GObject *object)
{
  ScrDeadline *self = SCR_DEADLINE (object);

  g_clear_object (&self->rule);
  g_free (self->anchor);
  g_strfreev (self->done_events);
  g_clear_pointer (&self->from, scr_date_free);
  g_clear_pointer (&self->due, scr_date_free);
  g_clear_pointer (&self->done, scr_date_free);
  g_strfreev (self->skipped);
  G_OBJECT_CLASS (scr_deadline_parent_class)->finalize (object);
}

static void
scr_deadline_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ScrDeadline *self = SCR_DEADLINE (object);

  switch (prop_id)
    {
    case PROP_RULE_ID: g_value_set_string (value, scr_deadline_get_rule_id (self)); break;
    case PROP_PROCESS: g_value_set_enum (value, scr_deadline_get_process (self)); break;
    case PROP_DESCRIPTION: g_value_set_string (value, scr_deadline_get_description (self)); break;
    case PROP_CITATION: g_value_set_string (value, scr_deadline_get_citation (self)); break;
    case PROP_EVIDENCE: g_value_set_enum (value, scr_deadline_get_evidence (self)); break;
    case PROP_UNVERIFIED: g_value_set_boolean (value, scr_deadline_get_unverified (self)); break;
    case PROP_ANCHOR: g_value_set_string (value, self->anchor); break;
    case PROP_FROM: g_value_set_boxed (value, self->from); break;
    case PROP_DUE: g_value_set_boxed (value, self->due); break;
    case PROP_DONE: g_value_set_boxed (value, self->done); break;
    case PROP_APPROXIMATE: g_value_set_boolean (value, self->approximate); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_DAYS_LATE: g_value_set_int (value, self->days_late); break;
    case PROP_SKIPPED: g_value_set_boxed (value, self->skipped); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_deadline_class_init (ScrDeadlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_deadline_finalize;
  object_class->get_property = scr_deadline_get_property;

  /**
   * ScrDeadline:rule-id:
   *
   * The timescale rule, such as `T-SIN-18`.
   */
  properties[PROP_RULE_ID] = g_param_spec_string ("rule-id", NULL, NULL, NULL, flags);
  /**
   * ScrDeadline:process:
   *
   * The process the step belongs to.
   */
  properties[PROP_PROCESS] = g_param_spec_enum ("process", NULL, NULL, SCR_TYPE_PROCESS,
                                                SCR_PROCESS_NOTIFICATION, flags);
  /**
   * ScrDeadline:description:
   *
   * What must be done.
   */
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  /**
   * ScrDeadline:citation:
   *
   * The source of the timescale.
   */
  properties[PROP_CITATION] = g_param_spec_string ("citation", NULL, NULL, NULL, flags);
  /**
   * ScrDeadline:evidence:
   *
   * The evidence tag of the timescale rule.
   */
  properties[PROP_EVIDENCE] = g_param_spec_enum ("evidence", NULL, NULL, SCR_TYPE_EVIDENCE,
                                                 SCR_EVIDENCE_FOUND, flags);
  /**
   * ScrDeadline:unverified:
   *
   * Whether the timescale rule is `[R]`.
   */
  properties[PROP_UNVERIFIED] = g_param_spec_boolean ("unverified", NULL, NULL, FALSE, flags);
  /**
   * ScrDeadline:anchor:
   *
   * The event the step runs from, such as `became_aware`.
   */
  properties[PROP_ANCHOR] = g_param_spec_string ("anchor", NULL, NULL, NULL, flags);
  /**
   * ScrDeadline:from:
   *
   * The date of the anchor event, as recorded (possibly partial).
   */
  properties[PROP_FROM] = g_param_spec_boxed ("from", NULL, NULL, SCR_TYPE_DATE, flags);
  /**
   * ScrDeadline:due:
   *
   * The due date (the last day the step is on time; for a "before" rule the
   * last permissible day; for a minimum period its first allowed end), or
   * %NULL for an "as soon as" step.
   */
  properties[PROP_DUE] = g_param_spec_boxed ("due", NULL, NULL, SCR_TYPE_DATE, flags);
  /**
   * ScrDeadline:done:
   *
   * The date the step was done, or %NULL.
   */
  properties[PROP_DONE] = g_param_spec_boxed ("done", NULL, NULL, SCR_TYPE_DATE, flags);
  /**
   * ScrDeadline:approximate:
   *
   * Whether the anchor is known only to the month or year, so that the due
   * date counts from its last possible day.
   */
  properties[PROP_APPROXIMATE] = g_param_spec_boolean ("approximate", NULL, NULL, FALSE, flags);
  /**
   * ScrDeadline:status:
   *
   * Pending, met, late or overdue on the day of the timeline.
   */
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, SCR_TYPE_DEADLINE_STATUS,
                                               SCR_DEADLINE_STATUS_PENDING, flags);
  /**
   * ScrDeadline:days-late:
   *
   * For a late step, the working days after the due date up to and
   * including the day it was done; for an overdue one, up to and including
   * the day of the timeline; otherwise 0.
   */
  properties[PROP_DAYS_LATE] = g_param_spec_int ("days-late", NULL, NULL, 0, G_MAXINT, 0, flags);
  /**
   * ScrDeadline:skipped:
   *
   * The non-working days skipped between the start and the due date, each
   * explained ("Sat 2022-09-17: weekend").
   */
  properties[PROP_SKIPPED] = g_param_spec_boxed ("skipped", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_deadline_init (ScrDeadline *self)
{
}

/* ------------------------------------------------------------ arithmetic */

static void
explain (ScrCalendar *calendar,
         gint32       from,
         int          n,
         ScrRoll      roll,
         GPtrArray   *into)
{
  g_autoptr(ScrDate) start = scr_date_new_from_ordinal_unchecked (from);
  g_autoptr(GListModel) days = scr_calendar_explain_add (calendar, start, n, roll, NULL);

  for (guint i = 0; days != NULL && i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(ScrSkippedDay) day = g_list_model_get_item (days, i);

      g_ptr_array_add (into, g_strdup (scr_skipped_day_get_reason (day)));
    }
}

/* The non-working days a working-day deadline passed over, explained by
 * the calendar; computed only when a deadline object is made. */
char **
scr_deadline_rec_explain (ScrCalendar          *calendar,
                          const ScrDeadlineRec *rec)
{
  g_autoptr(GPtrArray) skipped = g_ptr_array_new ();
  const ScrCTimescale *ts = rec->ts;
  gint32 anchor = rec->from.last;

  switch (ts->unit)
    {
    case SCR_TIME_UNIT_WORKING_DAYS:
      explain (calendar, anchor, ts->duration, SCR_ROLL_FOLLOWING, skipped);
      break;
    case SCR_TIME_UNIT_WORKING_DAYS_BEFORE:
      explain (calendar, anchor, -ts->duration, SCR_ROLL_FOLLOWING, skipped);
      break;
    case SCR_TIME_UNIT_PROCESS_DAYS:
      {
        gint32 day1 = scr_calendar_add_working_days_ordinal (calendar, anchor, 0,
                                                             SCR_ROLL_FOLLOWING, NULL);

        explain (calendar, anchor, 0, SCR_ROLL_FOLLOWING, skipped);
        if (day1 != 0)
          explain (calendar, day1, ts->duration - 1, SCR_ROLL_FOLLOWING, skipped);
      }
      break;
    case SCR_TIME_UNIT_NONE:
    case SCR_TIME_UNIT_CALENDAR_DAYS:
    case SCR_TIME_UNIT_MONTHS:
    case SCR_TIME_UNIT_CALENDAR_DAYS_BEFORE:
    case SCR_TIME_UNIT_HOURS:
    case SCR_TIME_UNIT_AS_SOON_AS:
    default:
      break;
    }
  g_ptr_array_add (skipped, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&skipped), FALSE);
}

/* The due date of @rec (its ts, from and done set) and its status on
 * @today. */
gboolean
scr_deadline_rec_compute (ScrCalendar    *calendar,
                          ScrDeadlineRec *rec,
                          gint32          today,
                          GError        **error)
{
  const ScrCTimescale *ts = rec->ts;
  gint32 anchor = rec->from.last;
  int n = ts->duration;

  rec->approximate = rec->from.first != rec->from.last;
  switch (ts->unit)
    {
    case SCR_TIME_UNIT_WORKING_DAYS:
    case SCR_TIME_UNIT_WORKING_DAYS_BEFORE:
      {
        int signed_n = ts->unit == SCR_TIME_UNIT_WORKING_DAYS ? n : -n;

        rec->due = scr_calendar_add_working_days_ordinal (calendar, anchor, signed_n,
                                                          SCR_ROLL_FOLLOWING, error);
        if (rec->due == 0)
          return FALSE;
      }
      break;
    case SCR_TIME_UNIT_PROCESS_DAYS:
      {
        gint32 day1 = scr_calendar_add_working_days_ordinal (calendar, anchor, 0,
                                                             SCR_ROLL_FOLLOWING, error);

        if (day1 == 0)
          return FALSE;
        rec->due = scr_calendar_add_working_days_ordinal (calendar, day1, n - 1,
                                                          SCR_ROLL_FOLLOWING, error);
        if (rec->due == 0)
          return FALSE;
      }
      break;
    case SCR_TIME_UNIT_CALENDAR_DAYS:
      rec->due = anchor + n;
      break;
    case SCR_TIME_UNIT_CALENDAR_DAYS_BEFORE:
      rec->due = anchor - n;
      break;
    case SCR_TIME_UNIT_HOURS:
      rec->due = anchor + (n + 23) / 24;
      break;
    case SCR_TIME_UNIT_MONTHS:
      {
        int y, m, d, total;

        scr_ordinal_to_ymd (anchor, &y, &m, &d);
        total = y * 12 + (m - 1) + n;
        y = total / 12;
        m = total % 12 + 1;
        rec->due = scr_ordinal_from_ymd (y, m, MIN (d, scr_days_in_month (y, m)));
      }
      break;
    case SCR_TIME_UNIT_AS_SOON_AS:
    case SCR_TIME_UNIT_NONE:
    default:
      rec->due = 0;
      break;
    }
  if (rec->due != 0 && (rec->due < SCR_ORDINAL_MIN || rec->due > SCR_ORDINAL_MAX))
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_OUT_OF_RANGE, "%s: the due date is out of range", ts->id);
      return FALSE;
    }

  /* Status. A partial anchor gives the benefit of the doubt (its last
   * day); so does a partial done date (its first day). */
  rec->days_late = 0;
  if (rec->due == 0)
    rec->status = rec->done.first != 0 ? SCR_DEADLINE_STATUS_MET : SCR_DEADLINE_STATUS_PENDING;
  else if (ts->minimum)
    {
      /* A minimum period: ending it (done) before the due date is late. */
      if (rec->done.first != 0 && rec->done.last < rec->due)
        {
          rec->status = SCR_DEADLINE_STATUS_LATE;
          rec->days_late = scr_calendar_count_working_days_ordinal (calendar, rec->done.last,
                                                                    rec->due, error);
        }
      else if (rec->done.first != 0 || today >= rec->due)
        rec->status = SCR_DEADLINE_STATUS_MET;
      else
        rec->status = SCR_DEADLINE_STATUS_PENDING;
    }
  else if (rec->done.first != 0)
    {
      if (rec->done.first <= rec->due)
        rec->status = SCR_DEADLINE_STATUS_MET;
      else
        {
          rec->status = SCR_DEADLINE_STATUS_LATE;
          rec->days_late = scr_calendar_count_working_days_ordinal (calendar, rec->due,
                                                                    rec->done.first, error);
        }
    }
  else if (today > rec->due)
    {
      rec->status = SCR_DEADLINE_STATUS_OVERDUE;
      rec->days_late = scr_calendar_count_working_days_ordinal (calendar, rec->due, today, error);
    }
  else
    rec->status = SCR_DEADLINE_STATUS_PENDING;
  return error == NULL || *error == NULL;
}

/* ---------------------------------------------------------------- object */

static ScrDate *
ordinal_date (gint32 ordinal)
{
  return ordinal != 0 ? scr_date_new_from_ordinal (ordinal, NULL) : NULL;
}

ScrDeadline *
scr_deadline_new_internal (const ScrDeadlineRec *rec,
                           GPtrArray            *event_names,
                           char                **skipped)
{
  ScrDeadline *self = g_object_new (SCR_TYPE_DEADLINE, NULL);

  self->rule = g_object_ref (rec->ts->object);
  self->anchor = g_strdup (event_names->pdata[rec->anchor]);
  self->done_events = g_new0 (char *, rec->ts->n_dones + 1);
  for (guint i = 0; i < rec->ts->n_dones; i++)
    self->done_events[i] = g_strdup (event_names->pdata[rec->ts->dones[i]]);
  self->from = scr_span_to_date (&rec->from);
  self->due = ordinal_date (rec->due);
  self->done = scr_span_to_date (&rec->done);
  self->approximate = rec->approximate;
  self->status = rec->status;
  self->days_late = rec->days_late;
  self->skipped = skipped != NULL ? skipped : g_new0 (char *, 1);
  return self;
}

/* The events any of which marks the step done (the timescale's "done"),
 * for the reports (scr-report.c), which put each deadline beside the
 * step it times. */
const char * const *
scr_deadline_get_done_events (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), NULL);
  return (const char * const *) self->done_events;
}

/**
 * scr_deadline_get_rule_id:
 * @self: a deadline
 *
 * Gets the timescale rule id.
 *
 * Returns: the timescale rule id
 */
const char *
scr_deadline_get_rule_id (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), NULL);
  return scr_rule_get_id (self->rule);
}

/**
 * scr_deadline_get_process:
 * @self: a deadline
 *
 * Gets the process of the step.
 *
 * Returns: the process of the step
 */
ScrProcess
scr_deadline_get_process (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), SCR_PROCESS_NOTIFICATION);
  return scr_rule_get_process (self->rule);
}

/**
 * scr_deadline_get_description:
 * @self: a deadline
 *
 * Gets what must be done.
 *
 * Returns: what must be done
 */
const char *
scr_deadline_get_description (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), NULL);
  return scr_rule_get_text (self->rule);
}

/**
 * scr_deadline_get_citation:
 * @self: a deadline
 *
 * Gets the source of the timescale.
 *
 * Returns: the source of the timescale
 */
const char *
scr_deadline_get_citation (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), NULL);
  return scr_rule_get_citation (self->rule);
}

/**
 * scr_deadline_get_evidence:
 * @self: a deadline
 *
 * Gets the evidence tag of the timescale rule.
 *
 * Returns: the evidence tag of the timescale rule
 */
ScrEvidence
scr_deadline_get_evidence (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), SCR_EVIDENCE_INFERRED);
  return scr_rule_get_evidence (self->rule);
}

/**
 * scr_deadline_get_unverified:
 * @self: a deadline
 *
 * Checks whether the timescale rule is `[R]`.
 *
 * Returns: %TRUE when the timescale rule is `[R]`
 */
gboolean
scr_deadline_get_unverified (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), FALSE);
  return scr_rule_get_unverified (self->rule);
}

/**
 * scr_deadline_get_anchor:
 * @self: a deadline
 *
 * Gets the event the step runs from.
 *
 * Returns: the event the step runs from
 */
const char *
scr_deadline_get_anchor (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), NULL);
  return self->anchor;
}

/**
 * scr_deadline_get_from:
 * @self: a deadline
 *
 * Gets the date of the anchor event.
 *
 * Returns: the date of the anchor event
 */
const ScrDate *
scr_deadline_get_from (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), NULL);
  return self->from;
}

/**
 * scr_deadline_get_due:
 * @self: a deadline
 *
 * Gets the due date, or %NULL for an "as soon as" step.
 *
 * Returns: (nullable): the due date, or %NULL for an "as soon as" step
 */
const ScrDate *
scr_deadline_get_due (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), NULL);
  return self->due;
}

/**
 * scr_deadline_get_done:
 * @self: a deadline
 *
 * Gets the date the step was done, or %NULL.
 *
 * Returns: (nullable): the date the step was done, or %NULL
 */
const ScrDate *
scr_deadline_get_done (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), NULL);
  return self->done;
}

/**
 * scr_deadline_get_approximate:
 * @self: a deadline
 *
 * Checks whether the anchor is a partial date.
 *
 * Returns: %TRUE when the anchor is a partial date
 */
gboolean
scr_deadline_get_approximate (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), FALSE);
  return self->approximate;
}

/**
 * scr_deadline_get_status:
 * @self: a deadline
 *
 * Gets the status on the day of the timeline.
 *
 * Returns: the status on the day of the timeline
 */
ScrDeadlineStatus
scr_deadline_get_status (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), SCR_DEADLINE_STATUS_PENDING);
  return self->status;
}

/**
 * scr_deadline_get_days_late:
 * @self: a deadline
 *
 * Gets the working days late or overdue.
 *
 * Returns: the working days late or overdue (see
 *   [property@Scr.Deadline:days-late])
 */
int
scr_deadline_get_days_late (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), 0);
  return self->days_late;
}

/**
 * scr_deadline_get_skipped:
 * @self: a deadline
 *
 * Gets the non-working days skipped, each explained.
 *
 * Returns: (transfer none) (array zero-terminated=1): the non-working days
 *   skipped, each explained
 */
const char * const *
scr_deadline_get_skipped (ScrDeadline *self)
{
  g_return_val_if_fail (SCR_IS_DEADLINE (self), NULL);
  return (const char * const *) self->skipped;
}
