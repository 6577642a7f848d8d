/* scr-evaluator-private.h: constructors of the evaluator's result objects.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <string.h>

#include "scr-calendar.h"
#include "scr-evaluator.h"
#include "scr-deadline.h"
#include "scr-evaluation.h"
#include "scr-outcome.h"
#include "scr-question.h"
#include "scr-rules-private.h"
#include "scr-timeline.h"

G_BEGIN_DECLS

ScrOutcome    *scr_outcome_new_internal    (ScrProcess   process,
                                            ScrVerdict   verdict,
                                            ScrRule     *rule,
                                            const char  *reason,
                                            char       **missing,
                                            ScrDate     *date);

/* Takes @allowed_values and @rule_ids. */
ScrQuestion   *scr_question_new_internal   (const char  *fact,
                                            const char  *text,
                                            char       **allowed_values,
                                            guint        n_outcomes,
                                            char       **rule_ids);

/* The bytes a copy of @case_id (nullable) takes with its nul: @case_id_len
 * when it is known (>= 0), measured otherwise. */
static inline gsize
scr_case_id_size (const char *case_id,
                  gssize      case_id_len)
{
  if (case_id == NULL)
    return 0;
  return (case_id_len >= 0 ? (gsize) case_id_len : strlen (case_id)) + 1;
}

/* Copies @records, @reasons (nul-separated, @reasons_len bytes) and
 * @case_id (@case_id_len bytes, or -1: nul-terminated) into one block;
 * takes @ignored (nullable: none). */
ScrEvaluation *scr_evaluation_new_internal (ScrRuleSet          *rules,
                                            const char          *case_id,
                                            gssize               case_id_len,
                                            ScrSpan              decision,
                                            const ScrOutcomeRec *records,
                                            guint                n_records,
                                            const char          *reasons,
                                            gsize                reasons_len,
                                            char               **ignored);

/* The missing facts and event dates of a record, as names. */
char         **scr_missing_to_strv         (ScrRuleTables *tables,
                                            const guint64 *missing,
                                            guint64        missing_events);

/* @event_names: the rule tables' event names, by event number. */
ScrDeadline   *scr_deadline_new_internal   (const ScrDeadlineRec *rec,
                                            GPtrArray            *event_names,
                                            char                **skipped);
/* The events any of which marks the deadline's step done. */
const char * const *scr_deadline_get_done_events (ScrDeadline *self);

/* Copies @records and @case_id (@case_id_len bytes, or -1:
 * nul-terminated) into one block. */
ScrTimeline   *scr_timeline_new_internal   (ScrRuleSet           *rules,
                                            ScrCalendar          *calendar,
                                            const char           *case_id,
                                            gssize                case_id_len,
                                            gint32                today,
                                            const ScrDeadlineRec *records,
                                            guint                 n_records,
                                            const guint64        *missing,
                                            guint64               missing_events);
/* The calendar the evaluator counts @jurisdiction's working days with:
 * its division's bank holidays, or the evaluator's calendar if it has one
 * (owned by the evaluator). */
ScrCalendar   *scr_evaluator_calendar_for  (ScrEvaluator    *self,
                                            ScrJurisdiction  jurisdiction,
                                            GError         **error);

/* A deadline of a case that is not done yet, as a register's due index
 * keeps it (scr-open-deadlines.c): the rest (due date, status, days
 * skipped) follows from the rules and the calendar on the day asked. */
typedef struct
{
  const char *rule_id;            /* a timescale rule */
  const char *anchor;             /* the event it runs from */
  ScrSpan from;                   /* the days that event could be */
} ScrOpenDeadline;

/* What else a register's due index keeps of a case: its jurisdiction,
 * whose calendar counts its days, and what its timeline cannot decide
 * (bits of the rules' facts and events: valid for the rules that made
 * them). */
typedef struct
{
  ScrJurisdiction jurisdiction;
  guint64 missing[2];
  guint64 missing_events;
} ScrOpenCase;

/* Appends to @open (of ScrOpenDeadline, strings owned by the evaluator's
 * rules) the deadlines of @scr_case that have a due date and are not
 * done, whatever the day, and fills @info. */
gboolean       scr_evaluator_open_deadlines (ScrEvaluator     *self,
                                             ScrCase          *scr_case,
                                             GArray           *open,
                                             ScrOpenCase      *info,
                                             GError          **error);
/* The timeline of @case_id holding only the @n_open deadlines of @open,
 * on @today, and what @info says it cannot decide; %SCR_ERROR_NOT_FOUND
 * when a rule or event is not in the evaluator's rules. */
ScrTimeline   *scr_evaluator_open_timeline  (ScrEvaluator          *self,
                                             const char            *case_id,
                                             const ScrOpenCase     *info,
                                             const ScrOpenDeadline *open,
                                             guint                  n_open,
                                             gint32                 today,
                                             GError               **error);

/* The working-day calendar the timeline was computed with. */
ScrCalendar   *scr_timeline_get_calendar_internal (ScrTimeline *self);

/* An immutable list model whose items are made from @data when asked
 * for (see scr-lazy-list.c). */
typedef gpointer (*ScrLazyItemFunc) (gpointer data,
                                     guint    position);

#define SCR_TYPE_LAZY_LIST (scr_lazy_list_get_type ())
G_DECLARE_FINAL_TYPE (ScrLazyList, scr_lazy_list, SCR, LAZY_LIST, GObject)

GListModel    *scr_lazy_list_new           (GType                item_type,
                                            guint                n_items,
                                            ScrLazyItemFunc      make_item,
                                            gpointer             data,
                                            GDestroyNotify       free_data);

/* What scr_evaluator_evaluate_all() keeps: every case's outcome records
 * and reasons in a few blocks (see scr-evaluation-blocks.c). */
typedef struct _ScrEvaluationBlocks ScrEvaluationBlocks;

ScrEvaluationBlocks *scr_evaluation_blocks_new (ScrRuleSet          *rules,
                                                guint                n_cases);
/* Evaluates one case into the blocks; takes @ignored (nullable). */
void           scr_evaluation_blocks_add   (ScrEvaluationBlocks *self,
                                            ScrRuleTables       *tables,
                                            const ScrFactVector *vector,
                                            gboolean             include_unverified,
                                            ScrSpan              decision,
                                            const char          *case_id,
                                            char               **ignored);
/* A list model of ScrEvaluation over the blocks, which it takes. */
GListModel    *scr_evaluation_blocks_free_to_list (ScrEvaluationBlocks *self);

/* Reads @scr_case into @vector (see scr-case-reader.c); @case_id
 * (nullable) gets the case's id (borrowed) and @case_id_len (nullable)
 * its length; @ignored (nullable) gets the facts the catalogue does not
 * know, or NULL. */
void           scr_case_read                  (ScrCase             *scr_case,
                                               ScrRuleTables       *tables,
                                               ScrFactVector       *vector,
                                               const char         **case_id,
                                               gsize               *case_id_len,
                                               char              ***ignored);

/* The evaluator's halves, for the benchmark of the interpreter.
 * @ignored (nullable) gets the facts the catalogue does not know, or NULL. */
void           scr_evaluator_read_case        (ScrEvaluator        *self,
                                               ScrCase             *scr_case,
                                               ScrFactVector       *vector,
                                               char              ***ignored);
gboolean       scr_evaluator_timeline_records (ScrEvaluator        *self,
                                               const ScrFactVector *vector,
                                               gint32               today,
                                               GArray              *records,
                                               guint64             *missing,
                                               guint64             *missing_events,
                                               ScrCalendar        **calendar,
                                               GError             **error);

/* What scr_evaluator_timeline_all() keeps: every case's deadline records
 * in a few blocks (see scr-timeline-blocks.c). */
typedef struct _ScrTimelineBlocks ScrTimelineBlocks;

ScrTimelineBlocks *scr_timeline_blocks_new (ScrRuleSet        *rules,
                                            gint32             today,
                                            guint              n_cases);
/* The array the interpreter appends each case's records to. */
GArray        *scr_timeline_blocks_records (ScrTimelineBlocks *self);
/* Records the case whose records start at @recs_begin. */
void           scr_timeline_blocks_add     (ScrTimelineBlocks *self,
                                            guint              recs_begin,
                                            const char        *case_id,
                                            const guint64     *missing,
                                            guint64            missing_events,
                                            ScrCalendar       *calendar);
void           scr_timeline_blocks_free    (ScrTimelineBlocks *self);
/* A list model of ScrTimeline over the blocks, which it takes. */
GListModel    *scr_timeline_blocks_free_to_list (ScrTimelineBlocks *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScrTimelineBlocks, scr_timeline_blocks_free)

/* The cases of a list model as an array (see scr-case-batch.c). */
typedef struct
{
  GListModel *model;
  ScrCase **items;              /* a reference held on each not yet released */
  guint n;
  guint released;               /* items[0 .. released) are released (NULL) */
  gsize item_size;              /* of a case object */
} ScrCaseBatch;

void           scr_case_batch_init            (ScrCaseBatch        *batch,
                                               GListModel          *cases);
/* Case @i (borrowed until the next call), with the memory of the cases
 * after it asked for; releases the cases before it. Ask in order. */
ScrCase       *scr_case_batch_get             (ScrCaseBatch        *batch,
                                               guint                i);
void           scr_case_batch_clear           (ScrCaseBatch        *batch);

G_END_DECLS
