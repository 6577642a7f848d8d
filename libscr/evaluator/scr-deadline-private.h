/* scr-deadline-private.h: the deadline arithmetic of timescale rules
 * (scr-deadline.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-calendar.h"
#include "scr-rule-private.h"

G_BEGIN_DECLS

typedef struct
{
  const ScrCTimescale *ts;
  ScrSpan from;
  int anchor;                     /* event index */
  gint32 due;                     /* 0: no fixed due date */
  ScrSpan done;
  gboolean approximate;
  guint8 status;                  /* ScrDeadlineStatus */
  int days_late;
} ScrDeadlineRec;

/* Works out rec->due, approximate, status and days_late (rec->ts, from,
 * anchor and done set) on @today; FALSE with @error set when a count leaves
 * the calendar's years. */
gboolean       scr_deadline_rec_compute  (ScrCalendar          *calendar,
                                          ScrDeadlineRec       *rec,
                                          gint32                today,
                                          GError              **error);
char         **scr_deadline_rec_explain  (ScrCalendar          *calendar,
                                          const ScrDeadlineRec *rec);

G_END_DECLS
