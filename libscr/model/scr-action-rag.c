/* scr-action-rag.c: an action's red/amber/green rating computed in
 * working days against its due date.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-action-private.h"

/**
 * scr_action_compute_rag:
 * @self: an action
 * @today: (nullable): the day to judge on, complete (a partial date counts
 *   as its first day); %NULL for today
 * @calendar: the working-day calendar to count in
 * @amber_days: how many working days before the due date an action turns
 *   amber ([property@Scr.Dataset:rag-amber-working-days])
 *
 * Rates @self red, amber or green from its dates, whatever rating was
 * recorded ([property@Scr.Action:rag]):
 *
 * - %SCR_RAG_GREEN: done (completed or superseded), or due more than
 *   @amber_days working days after @today;
 * - %SCR_RAG_NONE, grey: not done and no due date (the ratings keep
 *   their JSON spellings, so grey has no value of its own);
 * - %SCR_RAG_RED: overdue on @today ([method@Scr.Action.is_overdue]:
 *   a month or a year means its last day);
 * - %SCR_RAG_AMBER: due on @today or within @amber_days working days
 *   after it: the count of working days d with @today < d <= due (see
 *   [method@Scr.Calendar.count_working_days]) is at most @amber_days.
 *
 * A due date outside @calendar's years is counted in calendar days.
 *
 * Returns: the computed rating
 */
ScrRag
scr_action_compute_rag (ScrAction     *self,
                        const ScrDate *today,
                        ScrCalendar   *calendar,
                        guint          amber_days)
{
  g_autoptr(ScrDate) now = NULL;
  g_autoptr(GError) error = NULL;
  const ScrDate *due_date;
  ScrActionStatus status;
  gint32 on, due;
  int left;

  g_return_val_if_fail (SCR_IS_ACTION (self), SCR_RAG_NONE);
  g_return_val_if_fail (SCR_IS_CALENDAR (calendar), SCR_RAG_NONE);

  if (today == NULL)
    today = now = scr_date_new_today ();
  status = scr_action_get_status (self);
  due_date = scr_action_get_due_date (self);
  if (status == SCR_ACTION_STATUS_COMPLETED || status == SCR_ACTION_STATUS_SUPERSEDED)
    return SCR_RAG_GREEN;
  if (due_date == NULL)
    return SCR_RAG_NONE;
  on = scr_date_get_ordinal (today);
  due = scr_action_due_period_end (due_date);
  if (on > due)
    return SCR_RAG_RED;
  left = scr_calendar_count_working_days_ordinal (calendar, on, due, &error);
  if (error != NULL)
    left = due - on;
  return (guint) left <= amber_days ? SCR_RAG_AMBER : SCR_RAG_GREEN;
}
