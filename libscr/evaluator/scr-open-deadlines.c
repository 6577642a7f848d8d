/* scr-open-deadlines.c: the deadlines of a case that are still open, as
 * a register's due index keeps them, and the timeline made from them.
 *
 * Which steps of a case are open (anchored, with a due date, not done)
 * depends only on the case and the rules; the day asked changes only
 * their status. So a register keeps (rule, anchor event, the days it
 * could be) per open step when a case is saved, and a daily list of what
 * is due recomputes due dates and status from those few values, with the
 * same arithmetic as a full timeline, without reading any case.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-deadline-private.h"
#include "scr-error.h"
#include "scr-evaluator-private.h"
#include "scr-interp-private.h"
#include "scr-rule-tables-private.h"

/* A day before every recorded one: no step is overdue or met (as a
 * minimum period) on it, and no working days are counted to it. */
#define BEFORE_ALL_DAYS G_MININT32

gboolean
scr_evaluator_open_deadlines (ScrEvaluator     *self,
                              ScrCase          *scr_case,
                              GArray           *open,
                              ScrOpenCase      *info,
                              GError          **error)
{
  ScrRuleTables *tables = scr_rule_set_get_tables (scr_evaluator_get_rules (self));
  g_autoptr(GArray) records = g_array_new (FALSE, FALSE, sizeof (ScrDeadlineRec));
  ScrCalendar *calendar = NULL;
  ScrFactVector v;

  scr_case_read (scr_case, tables, &v, NULL, NULL, NULL);
  scr_fact_vector_bound (&v);
  info->missing[0] = info->missing[1] = 0;
  info->missing_events = 0;
  /* what a timeline cannot decide does not depend on the day either */
  if (!scr_evaluator_timeline_records (self, &v, BEFORE_ALL_DAYS, records, info->missing,
                                       &info->missing_events, &calendar, error))
    return FALSE;
  info->jurisdiction = v.jurisdiction;
  for (guint i = 0; i < records->len; i++)
    {
      const ScrDeadlineRec *rec = &g_array_index (records, ScrDeadlineRec, i);
      ScrOpenDeadline item;

      if (rec->due == 0 || rec->done.first != 0)
        continue;
      item.rule_id = rec->ts->id;
      item.anchor = tables->event_names->pdata[rec->anchor];
      item.from = rec->from;
      g_array_append_val (open, item);
    }
  return TRUE;
}

static const ScrCTimescale *
lookup_timescale (ScrRuleTables *tables,
                  const char    *id)
{
  for (guint i = 0; i < tables->timescales->len; i++)
    {
      const ScrCTimescale *ts = tables->timescales->pdata[i];

      if (g_str_equal (ts->id, id))
        return ts;
    }
  return NULL;
}

ScrTimeline *
scr_evaluator_open_timeline (ScrEvaluator          *self,
                             const char            *case_id,
                             const ScrOpenCase     *info,
                             const ScrOpenDeadline *open,
                             guint                  n_open,
                             gint32                 today,
                             GError               **error)
{
  ScrRuleSet *rules = scr_evaluator_get_rules (self);
  ScrRuleTables *tables = scr_rule_set_get_tables (rules);
  ScrCalendar *calendar = scr_evaluator_calendar_for (self, info->jurisdiction, error);
  g_autoptr(GArray) records = g_array_sized_new (FALSE, TRUE, sizeof (ScrDeadlineRec), n_open);

  if (calendar == NULL)
    return NULL;
  for (guint i = 0; i < n_open; i++)
    {
      ScrDeadlineRec rec = { 0 };

      rec.ts = lookup_timescale (tables, open[i].rule_id);
      rec.anchor = scr_rule_tables_event (tables, open[i].anchor);
      rec.from = open[i].from;
      if (rec.ts == NULL || rec.anchor < 0)
        {
          g_set_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND,
                       "case %s: the rules have no timescale %s running from %s", case_id,
                       open[i].rule_id, open[i].anchor);
          return NULL;
        }
      if (!scr_deadline_rec_compute (calendar, &rec, today, error))
        {
          g_prefix_error (error, "case %s: %s: ", case_id, rec.ts->id);
          return NULL;
        }
      g_array_append_val (records, rec);
    }
  return scr_timeline_new_internal (rules, calendar, case_id, -1, today,
                                    (const ScrDeadlineRec *) (gpointer) records->data,
                                    records->len, info->missing, info->missing_events);
}
