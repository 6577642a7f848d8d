/* scr-report-private.h: what a report holds (scr-report.c), for the
 * files that write it out (scr-report-page.c, scr-report-chart.c,
 * scr-report-table.c, scr-report-write.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-report.h"
#include "scr-deadline.h"
#include "scr-review.h"

G_BEGIN_DECLS

/* The steps of a review, in order: the columns of seed 002's table. */
typedef enum {
  SCR_REPORT_STEP_REFERRAL,
  SCR_REPORT_STEP_DECISION,
  SCR_REPORT_STEP_PANEL_INFORMED,
  SCR_REPORT_STEP_AUTHOR_APPOINTED,
  SCR_REPORT_STEP_REPORT_TO_BOARD,
  SCR_REPORT_STEP_SENT_TO_PANEL,
  SCR_REPORT_STEP_PUBLISHED,
  SCR_REPORT_N_STEPS
} ScrReportStepId;

/* A step's verdict: NONE when no deadline of the case's timeline times
 * it ("not applicable"). */
typedef enum {
  SCR_REPORT_VERDICT_NONE,
  SCR_REPORT_VERDICT_MET,
  SCR_REPORT_VERDICT_LATE,
  SCR_REPORT_VERDICT_OVERDUE,
  SCR_REPORT_VERDICT_PENDING,
  SCR_REPORT_N_VERDICTS
} ScrReportVerdict;

typedef struct
{
  ScrDate *date;              /* recorded, or NULL */
  ScrDeadline *deadline;      /* the timeline's deadline for it, or NULL */
} ScrReportStep;

typedef struct
{
  ScrReview *review;
  const char *case_id;        /* the review's, or NULL */
  ScrReportStep steps[SCR_REPORT_N_STEPS];
  char **missing;             /* what the timeline could not decide */
  GPtrArray *lessons;         /* ScrLesson */
  GPtrArray *findings;        /* ScrFinding */
  GPtrArray *actions;         /* ScrAction, outstanding */
} ScrReportRow;

typedef struct
{
  const char *kind;
  const char *title;
  const char *dataset_title;
  const ScrDate *from, *to, *today;
  GPtrArray *rows;            /* ScrReportRow */
  /* The learning and outstanding actions tied to no review. */
  GPtrArray *lessons, *findings, *actions;
} ScrReportData;

const ScrReportData *scr_report_peek_data       (ScrReport           *self);
/* The step's column heading ("Panel informed") and id ("panel-informed"). */
const char          *scr_report_step_label      (ScrReportStepId      step);
const char          *scr_report_step_nick       (ScrReportStepId      step);
ScrReportVerdict     scr_report_step_verdict    (const ScrReportStep *step);
/* "met", "late", "overdue", "pending", "not-applicable". */
const char          *scr_report_verdict_nick    (ScrReportVerdict     verdict);
/* The verdict in words: "met", "late by 44 working days", "overdue by
 * 3 working days", "pending", "no deadline"; a new string. */
char                *scr_report_step_verdict_text (const ScrReportStep *step);
/* The date in English ("17 June 2016", "June 2016"), or @none for NULL;
 * a new string. */
char                *scr_report_date_text       (const ScrDate       *date,
                                                 const char          *none);
/* The number of steps with @verdict over all rows. */
guint                scr_report_count_verdict   (const ScrReportData *data,
                                                 ScrReportVerdict     verdict);

/* scr-report-chart.c: appends the inline SVG chart of @data's rows (each
 * review's steps on a time axis, each mark titled with its rule and
 * case) to @out. */
void                 scr_report_chart_append    (GString             *out,
                                                 const ScrReportData *data);
/* The verdict's mark for those who cannot tell the colours apart:
 * "✓", "✗", "!", "…" or "–". */
const char          *scr_report_verdict_symbol  (ScrReportVerdict     verdict);

G_END_DECLS
