/* scr-timeline-blocks.c: the result of scr_evaluator_timeline_all().
 *
 * The counterpart of scr-evaluation-blocks.c: every case's deadline
 * records, missing facts and events, calendar and id are kept in a few
 * blocks, and the result list creates a case's ScrTimeline from them each
 * time it is asked for, through the constructor scr_evaluator_timeline()
 * uses.
 *
 * Calls go one way: scr-evaluator.c -> scr-timeline-blocks.c ->
 * scr-timeline.c; this file never calls the evaluator.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-evaluator-private.h"

typedef struct
{
  gsize id_offset;              /* into ids; G_MAXSIZE: no id */
  guint recs_begin;             /* into records */
  guint n_recs;
  guint64 missing[2];
  guint64 missing_events;
  guint calendar;               /* into calendars */
} TimelineEntry;

struct _ScrTimelineBlocks
{
  ScrRuleSet *rules;
  gint32 today;
  GPtrArray *calendars;         /* the few calendars used (one per division) */
  GArray *cases;                /* TimelineEntry */
  GArray *records;              /* ScrDeadlineRec */
  GString *ids;
};

ScrTimelineBlocks *
scr_timeline_blocks_new (ScrRuleSet *rules,
                         gint32      today,
                         guint       n_cases)
{
  ScrTimelineBlocks *self = g_new0 (ScrTimelineBlocks, 1);

  self->rules = g_object_ref (rules);
  self->today = today;
  self->calendars = g_ptr_array_new_with_free_func (g_object_unref);
  self->cases = g_array_sized_new (FALSE, FALSE, sizeof (TimelineEntry), n_cases);
  self->records = g_array_sized_new (FALSE, FALSE, sizeof (ScrDeadlineRec), n_cases * 2);
  self->ids = g_string_sized_new ((gsize) n_cases * 16);
  return self;
}

void
scr_timeline_blocks_free (ScrTimelineBlocks *self)
{
  g_ptr_array_unref (self->calendars);
  g_array_unref (self->cases);
  g_array_unref (self->records);
  g_string_free (self->ids, TRUE);
  g_clear_object (&self->rules);
  g_free (self);
}

GArray *
scr_timeline_blocks_records (ScrTimelineBlocks *self)
{
  return self->records;
}

void
scr_timeline_blocks_add (ScrTimelineBlocks *self,
                         guint              recs_begin,
                         const char        *case_id,
                         const guint64     *missing,
                         guint64            missing_events,
                         ScrCalendar       *calendar)
{
  TimelineEntry c;
  guint k;

  c.recs_begin = recs_begin;
  c.n_recs = self->records->len - recs_begin;
  c.missing[0] = missing[0];
  c.missing[1] = missing[1];
  c.missing_events = missing_events;
  if (case_id != NULL)
    {
      c.id_offset = self->ids->len;
      g_string_append_len (self->ids, case_id, (gssize) strlen (case_id) + 1);
    }
  else
    c.id_offset = G_MAXSIZE;
  for (k = 0; k < self->calendars->len && self->calendars->pdata[k] != calendar; k++)
    ;
  if (k == self->calendars->len)
    g_ptr_array_add (self->calendars, g_object_ref (calendar));
  c.calendar = k;
  g_array_append_val (self->cases, c);
}

static gpointer
make_timeline (gpointer data,
               guint    position)
{
  ScrTimelineBlocks *self = data;
  const TimelineEntry *c = &g_array_index (self->cases, TimelineEntry, position);

  return scr_timeline_new_internal (self->rules, self->calendars->pdata[c->calendar],
                                    c->id_offset != G_MAXSIZE ? self->ids->str + c->id_offset : NULL,
                                    -1, self->today,
                                    &g_array_index (self->records, ScrDeadlineRec, c->recs_begin),
                                    c->n_recs, c->missing, c->missing_events);
}

GListModel *
scr_timeline_blocks_free_to_list (ScrTimelineBlocks *self)
{
  return scr_lazy_list_new (SCR_TYPE_TIMELINE, self->cases->len, make_timeline,
                            self, (GDestroyNotify) scr_timeline_blocks_free);
}
