/* scr-timeline.c: every statutory step of a case, with due dates.
 *
 * Calls go one way: scr-evaluator.c and scr-timeline-blocks.c ->
 * scr-timeline.c -> scr-deadline.c (the deadline objects and the days they
 * skipped); this file never calls the evaluator or the blocks.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-item-list-private.h"
#include "scr-enum-types.h"
#include "scr-evaluator-private.h"
#include "scr-json-private.h"

/**
 * ScrTimeline:
 *
 * The result of [method@Scr.Evaluator.timeline]: one [class@Scr.Deadline]
 * per timescale rule that applies to the case, in rule order, with its
 * status on the timeline's day.
 *
 * ## Threads
 *
 * The deadline objects and the timeline's day are made on first request,
 * without a lock: use a timeline from one thread at a time. The deadlines
 * themselves are immutable and may be shared between threads.
 */
struct _ScrTimeline
{
  GObject parent_instance;

  ScrRuleSet *rules;
  ScrCalendar *calendar;
  /* One block: the records, then the case id. */
  ScrDeadlineRec *records;
  guint n_records;
  gint32 today_ordinal;
  const char *case_id;
  ScrDate *today;        /* made on demand */
  guint64 missing[2];    /* facts */
  guint64 missing_events;
  ScrItemList *deadlines; /* created on demand */
};

G_DEFINE_FINAL_TYPE (ScrTimeline, scr_timeline, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CASE_ID,
  PROP_TODAY,
  PROP_DEADLINES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_timeline_finalize (GObject *object)
{
  ScrTimeline *self = SCR_TIMELINE (object);

  g_free (self->records);
  g_clear_object (&self->rules);
  g_clear_object (&self->calendar);
  g_clear_pointer (&self->today, scr_date_free);
  g_clear_object (&self->deadlines);
  G_OBJECT_CLASS (scr_timeline_parent_class)->finalize (object);
}

static void
scr_timeline_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ScrTimeline *self = SCR_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_CASE_ID: g_value_set_string (value, self->case_id); break;
    case PROP_TODAY: g_value_set_boxed (value, scr_timeline_get_today (self)); break;
    case PROP_DEADLINES: g_value_set_object (value, scr_timeline_get_deadlines (self)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_timeline_class_init (ScrTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_timeline_finalize;
  object_class->get_property = scr_timeline_get_property;

  /**
   * ScrTimeline:case-id:
   *
   * The id of the case.
   */
  properties[PROP_CASE_ID] = g_param_spec_string ("case-id", NULL, NULL, NULL, flags);
  /**
   * ScrTimeline:today:
   *
   * The day the statuses are reported on.
   */
  properties[PROP_TODAY] = g_param_spec_boxed ("today", NULL, NULL, SCR_TYPE_DATE, flags);
  /**
   * ScrTimeline:deadlines:
   *
   * The steps, as a list model of [class@Scr.Deadline].
   */
  properties[PROP_DEADLINES] = g_param_spec_object ("deadlines", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_timeline_init (ScrTimeline *self)
{
}

ScrTimeline *
scr_timeline_new_internal (ScrRuleSet           *rules,
                           ScrCalendar          *calendar,
                           const char           *case_id,
                           gssize                case_id_len,
                           gint32                today,
                           const ScrDeadlineRec *records,
                           guint                 n_records,
                           const guint64        *missing,
                           guint64               missing_events)
{
  ScrTimeline *self = (ScrTimeline *) g_object_new_with_properties (SCR_TYPE_TIMELINE, 0, NULL, NULL);
  gsize records_size = n_records * sizeof (ScrDeadlineRec);
  gsize id_size = scr_case_id_size (case_id, case_id_len);
  char *block = g_malloc (records_size + id_size);

  memcpy (block, records, records_size);
  if (case_id != NULL)
    {
      memcpy (block + records_size, case_id, id_size);
      self->case_id = block + records_size;
    }
  self->records = (ScrDeadlineRec *) (gpointer) block;
  self->n_records = n_records;
  self->rules = g_object_ref (rules);
  self->calendar = g_object_ref (calendar);
  self->today_ordinal = today;
  self->missing[0] = missing[0];
  self->missing[1] = missing[1];
  self->missing_events = missing_events;
  return self;
}

ScrCalendar *
scr_timeline_get_calendar_internal (ScrTimeline *self)
{
  return self->calendar;
}

/**
 * scr_timeline_get_case_id:
 * @self: a timeline
 *
 * Gets the id of the case.
 *
 * Returns: (nullable): the id of the case
 */
const char *
scr_timeline_get_case_id (ScrTimeline *self)
{
  g_return_val_if_fail (SCR_IS_TIMELINE (self), NULL);
  return self->case_id;
}

/**
 * scr_timeline_get_calendar:
 * @self: a timeline
 *
 * Gets the working-day calendar the deadlines were computed with: the
 * case's division's bank holidays, with the closures the evaluator was
 * given. Count the working days left to a deadline with it.
 *
 * Returns: (transfer none): the calendar
 */
ScrCalendar *
scr_timeline_get_calendar (ScrTimeline *self)
{
  g_return_val_if_fail (SCR_IS_TIMELINE (self), NULL);
  return self->calendar;
}

/**
 * scr_timeline_get_today:
 * @self: a timeline
 *
 * Gets the day the statuses are reported on.
 *
 * Returns: the day the statuses are reported on
 */
const ScrDate *
scr_timeline_get_today (ScrTimeline *self)
{
  g_return_val_if_fail (SCR_IS_TIMELINE (self), NULL);

  if (self->today == NULL)
    self->today = scr_date_new_from_ordinal (self->today_ordinal, NULL);
  return self->today;
}

/**
 * scr_timeline_get_deadlines:
 * @self: a timeline
 *
 * Gets the steps, as a list model of [class@Scr.Deadline]. The list is
 * built on the first call and owned by @self.
 *
 * Returns: (transfer none): the steps, as a list model of
 *   [class@Scr.Deadline]
 */
GListModel *
scr_timeline_get_deadlines (ScrTimeline *self)
{
  g_return_val_if_fail (SCR_IS_TIMELINE (self), NULL);

  if (self->deadlines == NULL)
    {
      ScrRuleTables *tables = scr_rule_set_get_tables (self->rules);

      self->deadlines = scr_item_list_new (SCR_TYPE_DEADLINE);
      for (guint i = 0; i < self->n_records; i++)
        {
          const ScrDeadlineRec *rec = &self->records[i];
          g_autoptr(ScrDeadline) deadline = NULL;

          deadline = scr_deadline_new_internal (rec, tables->event_names,
                                                scr_deadline_rec_explain (self->calendar, rec));
          scr_item_list_append (self->deadlines, deadline);
        }
    }
  return G_LIST_MODEL (self->deadlines);
}

/**
 * scr_timeline_list_missing:
 * @self: a timeline
 *
 * Lists what the timeline could not decide: facts a timescale's condition
 * needs (by name) and event dates needed (as `date:EVENT`), such as the
 * date of awareness of a notifiable incident.
 *
 * Returns: (transfer full) (array zero-terminated=1): the missing facts
 *   and dates
 */
char **
scr_timeline_list_missing (ScrTimeline *self)
{
  g_return_val_if_fail (SCR_IS_TIMELINE (self), NULL);
  return scr_missing_to_strv (scr_rule_set_get_tables (self->rules), self->missing,
                              self->missing_events);
}

/**
 * scr_timeline_to_json:
 * @self: a timeline
 *
 * Serialises the timeline as `scr timeline --json` prints it:
 * `{"case": ID, "today": DATE, "milestones": [...], "missing": [...]}`,
 * each milestone with `rule`, `from`, `due`, `done`, `status`,
 * `days_late` and `skipped`.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
scr_timeline_to_json (ScrTimeline *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *deadlines;
  g_auto(GStrv) missing = NULL;

  g_return_val_if_fail (SCR_IS_TIMELINE (self), NULL);

  deadlines = scr_timeline_get_deadlines (self);
  missing = scr_timeline_list_missing (self);
  json_builder_begin_object (builder);
  scr_json_write_string (builder, "case", self->case_id);
  scr_json_write_date (builder, "today", scr_timeline_get_today (self));
  json_builder_set_member_name (builder, "milestones");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(ScrDeadline) d = g_list_model_get_item (deadlines, i);

      json_builder_begin_object (builder);
      scr_json_write_string (builder, "rule", scr_deadline_get_rule_id (d));
      scr_json_write_date (builder, "from", scr_deadline_get_from (d));
      scr_json_write_date (builder, "due", scr_deadline_get_due (d));
      scr_json_write_date (builder, "done", scr_deadline_get_done (d));
      scr_json_write_enum (builder, "status", SCR_TYPE_DEADLINE_STATUS, scr_deadline_get_status (d));
      scr_json_write_int (builder, "days_late", scr_deadline_get_days_late (d));
      scr_json_write_strv (builder, "skipped", scr_deadline_get_skipped (d));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  scr_json_write_strv (builder, "missing", (const char * const *) missing);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
