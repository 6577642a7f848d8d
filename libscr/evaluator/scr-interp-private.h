/* scr-interp-private.h: the interpreter over the compiled tables: a
 * case read into a fact vector, and the outcome records it produces
 * (scr-interp.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-rule-tables-private.h"

G_BEGIN_DECLS

/* Without -mpopcnt, __builtin_popcount is a library call; the sets counted
 * here have a few members. */
static inline guint
scr_popcount64 (guint64 x)
{
  guint n = 0;

  for (; x != 0; x &= x - 1)
    n++;
  return n;
}

/* A case read into the rule set's tables. */
typedef struct
{
  guint jurisdiction;
  gint16 values[SCR_MAX_FACTS];     /* 16 bits: vectors stay small */
  guint64 known[2];                 /* bit per fact whose value is not unknown */
  ScrSpan events[SCR_MAX_EVENTS];
  ScrSpan transition;
  ScrSpan decision;               /* override; first == 0: none */
  /* When became_aware is not recorded: the authority cannot have become
   * aware before the incident nor after deciding about it, so rules
   * selected by awareness use [incident, decision]. Never an anchor. */
  ScrSpan aware_bound;
  /* Facts of the rule files' "derived" entries whose periods the subject
   * has: derived from them, or recorded on the case instead; and the
   * subject's periods (borrowed), for the reasons to say how. */
  guint64 history_derived[2];
  guint64 history_recorded[2];
  GListModel *history_periods[2];
} ScrFactVector;

typedef struct
{
  ScrProcess process;
  ScrVerdict verdict;
  const ScrCRule *rule;           /* NULL: no rule in force fires */
  guint64 missing[2];             /* facts */
  guint64 missing_events;
  ScrSpan date;                   /* the date that selected the rules */
  guint reason_offset;
} ScrOutcomeRec;

/* The dates a bound stands for in a case: a rule in force "until" the
 * area transition ends the day before it. */
static inline ScrSpan
scr_bound_span (const ScrBound      *bound,
                const ScrFactVector *v,
                gboolean             until)
{
  ScrSpan span = bound->span;

  if (bound->kind == SCR_BOUND_TRANSITION)
    {
      span = v->transition;
      if (until)
        {
          span.first--;
          span.last--;
        }
    }
  return span;
}

void           scr_fact_vector_init      (ScrFactVector *vector);
/* Sets aware_bound from the incident and decision dates. */
void           scr_fact_vector_bound     (ScrFactVector *vector);

/* Where reasons are written (scr-reason-private.h). */
typedef struct _ScrReasonBuffer ScrReasonBuffer;

/* Evaluates every rule: appends one record per process to @out and the
 * reasons to @reasons. */
void           scr_rules_evaluate        (ScrRuleTables       *tables,
                                          const ScrFactVector *vector,
                                          gboolean             include_unverified,
                                          GArray              *out,
                                          ScrReasonBuffer     *reasons);

/* Results of definitions during one case's evaluation. */
typedef struct
{
  gint8 result[SCR_MAX_DEFS];     /* -1: not yet evaluated */
  guint64 missing[SCR_MAX_DEFS][2];
} ScrEvalCache;

void           scr_eval_cache_init       (ScrEvalCache        *cache,
                                          const ScrRuleTables *tables);

/* 0 no, 1 yes, 2 unknown. */
int            scr_rules_in_force        (const ScrBound      *from,
                                          const ScrBound      *until,
                                          const ScrFactVector *vector,
                                          ScrSpan              date);
int            scr_rules_condition       (ScrRuleTables       *tables,
                                          const ScrFactVector *vector,
                                          gint32               root,
                                          guint64             *missing,
                                          ScrEvalCache        *cache);

G_END_DECLS
