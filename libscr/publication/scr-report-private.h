/* scr-report-private.h: what a report holds (scr-report.c), for the
 * files that write it out (scr-report-page.c, scr-report-chart.c,
 * scr-report-table.c, scr-report-write.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-report.h"
#include "scr-action.h"
#include "scr-deadline.h"
#include "scr-recommendation.h"
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

/* One row of a review's action plan (scr-report-plan.c). */
typedef struct
{
  ScrAction *action;
  ScrRecommendation *recommendation;  /* the action's, or NULL */
  char *agency;               /* the owner agency's name (else its id), or NULL */
  ScrRag rag;                 /* computed in working days */
  gboolean overdue;           /* scr_action_is_overdue() on the report's day */
  gboolean without_evidence;  /* a complete-without-evidence concern */
} ScrReportAction;

/* The review report: the review and its learning and action plan. */
typedef struct
{
  ScrReview *review;
  guint amber_days;           /* the dataset's rag_amber_working_days */
  GPtrArray *findings;        /* ScrFinding */
  GPtrArray *lessons;         /* ScrLesson */
  GPtrArray *recommendations; /* ScrRecommendation */
  GPtrArray *actions;         /* ScrReportAction */
} ScrReportPlan;

/* The RAGs the review report counts, in its order. */
#define SCR_REPORT_N_RAGS 4
extern const ScrRag scr_report_rags[SCR_REPORT_N_RAGS];

typedef struct
{
  const char *kind;
  const char *title;
  const char *dataset_title;
  const ScrDate *from, *to, *today;
  GPtrArray *rows;            /* ScrReportRow */
  /* The learning and outstanding actions tied to no review. */
  GPtrArray *lessons, *findings, *actions;
  const ScrReportPlan *plan;  /* the review report's, else NULL */
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

/* scr-report-plan.c: the review report's plan of @review on @today (a
 * complete day); NULL with @error set when the calendar fails. */
ScrReportPlan       *scr_report_plan_new        (ScrDataset          *dataset,
                                                 ScrReview           *review,
                                                 const ScrDate       *today,
                                                 GError             **error);
void                 scr_report_plan_free       (ScrReportPlan       *plan);
/* The actions whose RAG is @rag (and owned by @agency unless NULL, with
 * "" for none), as a new array of ScrReportAction (not owned). */
GPtrArray           *scr_report_plan_select     (const ScrReportPlan *plan,
                                                 ScrRag               rag,
                                                 const char          *agency);
/* The number of actions marked complete without evidence. */
guint                scr_report_plan_count_flagged (const ScrReportPlan *plan);
/* The distinct owner agencies in the plan's order ("" for none); a new
 * NULL-terminated array of the plan's strings (free the array only). */
const char         **scr_report_plan_agencies   (const ScrReportPlan *plan);
/* "red", "amber", "green", "no-due-date" (and "blue"). */
const char          *scr_report_rag_nick        (ScrRag               rag);
/* "Red: overdue", "Amber: due soon", "Green: on track or done",
 * "No due date". */
const char          *scr_report_rag_label       (ScrRag               rag);
/* "Red", "Amber", "Green", "No due date": the rating in a word. */
const char          *scr_report_rag_word        (ScrRag               rag);
/* The action's status in words: "in progress", "not recorded". */
const char          *scr_report_action_status_text (ScrAction        *action);

/* scr-report-pdf.c: @data's title, summary and main table as a PDF;
 * SCR_ERROR_INVALID_ARGUMENT when built without cairo and pangocairo. */
GBytes              *scr_report_pdf_bytes       (const ScrReportData *data,
                                                 GError             **error);

/* scr-report-plan-chart.c: appends the inline SVG chart of @plan's
 * actions by agency and RAG to @out. */
void                 scr_report_plan_chart_append (GString           *out,
                                                   const ScrReportPlan *plan);

G_END_DECLS
