/* scr-interp.c: the interpreter over compiled rule tables.
 *
 * Decides each process's outcome; the English text of the outcome is
 * written by scr-reason.c (interpreter -> reasons, never back).
 *
 * Three-valued (Kleene) logic: a fact that is unknown makes a test
 * unknown, `all` is false if any part is false, `any` is true if any part
 * is true, and an unknown result carries the set of facts that would
 * decide it. Nothing is guessed.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-once-private.h"
#include "scr-date-private.h"
#include "scr-interp-private.h"
#include "scr-reason-private.h"
#include "scr-history-facts-private.h"

enum { NO = 0, YES = 1, UNKNOWN = 2 };

#define ALWAYS_INLINE inline __attribute__ ((always_inline))

static ScrFactVector *
make_blank_vector (void)
{
  ScrFactVector *vector = g_new0 (ScrFactVector, 1);
  guint n = scr_facts_catalogue_size ();

  for (guint i = 0; i < n; i++)
    if (scr_facts_catalogue_get (i)->integer)
      vector->values[i] = SCR_FACT_INT_UNKNOWN;
  /* Default transition date: the last day areas could move to the new
   * arrangements (29 September 2019). */
  vector->transition.first = vector->transition.last = scr_ordinal_from_ymd (2019, 9, 29);
  return vector;
}

void
scr_fact_vector_init (ScrFactVector *vector)
{
  static ScrFactVector *blank;

  if (SCR_ONCE_INIT_ENTER (&blank))
    SCR_ONCE_INIT_LEAVE (&blank, make_blank_vector ());
  memcpy (vector, blank, sizeof *vector);
}

void
scr_fact_vector_bound (ScrFactVector *v)
{
  const ScrBuiltinEvents *builtin = scr_facts_builtin_events ();
  int ev_incident = builtin->incident;
  int ev_decision = builtin->decision;
  int ev_aware = builtin->became_aware;
  ScrSpan decision = v->decision.first != 0 ? v->decision : v->events[ev_decision];
  ScrSpan incident = v->events[ev_incident];

  v->aware_bound.first = v->aware_bound.last = 0;
  if (v->events[ev_aware].first != 0 || (incident.first == 0 && decision.first == 0))
    return;
  v->aware_bound.first = incident.first != 0 ? incident.first : SCR_ORDINAL_MIN;
  v->aware_bound.last = decision.first != 0 ? decision.last : SCR_ORDINAL_MAX;
  if (v->aware_bound.last < v->aware_bound.first)
    v->aware_bound.last = v->aware_bound.first;
}

static inline void
miss_add (guint64 *miss,
          guint    fact)
{
  miss[fact >> 6] |= G_GUINT64_CONSTANT (1) << (fact & 63);
}

void
scr_eval_cache_init (ScrEvalCache        *cache,
                     const ScrRuleTables *tables)
{
  memset (cache->result, -1, tables->def_roots->len);
}

/* What one case's condition evaluation reads, resolved once. */
typedef struct
{
  const ScrNode *nodes;
  const guint32 *kids;
  const gint32 *def_roots;
  const ScrFactVector *v;
  ScrEvalCache *cache;
} EvalCtx;

static inline void
eval_ctx_init (EvalCtx             *c,
               const ScrRuleTables *tables,
               const ScrFactVector *v,
               ScrEvalCache        *cache)
{
  c->nodes = (const ScrNode *) (gconstpointer) tables->nodes->data;
  c->kids = (const guint32 *) (gconstpointer) tables->kids->data;
  c->def_roots = (const gint32 *) (gconstpointer) tables->def_roots->data;
  c->v = v;
  c->cache = cache;
}

static int eval_inner (const EvalCtx *c,
                       const ScrNode *node,
                       guint64       *miss);

/* Leaves are tested in line; only ALL, ANY, NOT and REF make a call. */
static inline int
eval_node (const EvalCtx *c,
           guint32        index,
           guint64       *miss)
{
  const ScrNode *node = &c->nodes[index];
  gint32 value;

  switch ((ScrNodeKind) node->kind)
    {
    case SCR_NODE_IN:
      value = c->v->values[node->fact];
      if (node->arg & (1u << value))
        return YES;
      if (value == 0)
        {
          miss_add (miss, node->fact);
          return UNKNOWN;
        }
      return NO;

    case SCR_NODE_LT:
    case SCR_NODE_LE:
    case SCR_NODE_GT:
    case SCR_NODE_GE:
      value = c->v->values[node->fact];
      if (value == SCR_FACT_INT_UNKNOWN)
        {
          miss_add (miss, node->fact);
          return UNKNOWN;
        }
      switch ((ScrNodeKind) node->kind)
        {
        case SCR_NODE_LT: return value < node->value ? YES : NO;
        case SCR_NODE_LE: return value <= node->value ? YES : NO;
        case SCR_NODE_GT: return value > node->value ? YES : NO;
        case SCR_NODE_GE:
        case SCR_NODE_TRUE:
        case SCR_NODE_ALL:
        case SCR_NODE_ANY:
        case SCR_NODE_NOT:
        case SCR_NODE_IN:
        case SCR_NODE_EVENT:
        case SCR_NODE_REF:
        default: return value >= node->value ? YES : NO;
        }

    case SCR_NODE_EVENT:
      return c->v->events[node->fact].first != 0 ? YES : NO;

    case SCR_NODE_TRUE:
      return YES;

    case SCR_NODE_REF:
      {
        /* A definition already worked out for this case. */
        int r = c->cache->result[node->arg];

        if (r < 0)
          return eval_inner (c, node, miss);
        if (r == UNKNOWN)
          {
            miss[0] |= c->cache->missing[node->arg][0];
            miss[1] |= c->cache->missing[node->arg][1];
          }
        return r;
      }

    case SCR_NODE_ALL:
    case SCR_NODE_ANY:
    case SCR_NODE_NOT:
    default:
      return eval_inner (c, node, miss);
    }
}

static int
eval_inner (const EvalCtx *c,
            const ScrNode *node,
            guint64       *miss)
{
  const guint32 *kids = c->kids + node->arg;

  switch ((ScrNodeKind) node->kind)
    {
    case SCR_NODE_ALL:
    case SCR_NODE_ANY:
      {
        int stop = node->kind == SCR_NODE_ALL ? NO : YES;
        guint64 local[2] = { 0, 0 };
        gboolean unknown = FALSE;

        for (guint i = 0; i < node->n_kids; i++)
          {
            int r = eval_node (c, kids[i], local);

            if (r == stop)
              return r;
            if (r == UNKNOWN)
              unknown = TRUE;
          }
        if (!unknown)
          return stop == NO ? YES : NO;
        miss[0] |= local[0];
        miss[1] |= local[1];
        return UNKNOWN;
      }

    case SCR_NODE_REF:
      {
        ScrEvalCache *cache = c->cache;
        guint slot = node->arg;

        if (cache->result[slot] < 0)
          {
            cache->missing[slot][0] = cache->missing[slot][1] = 0;
            cache->result[slot] = eval_node (c, c->def_roots[slot], cache->missing[slot]);
          }
        if (cache->result[slot] == UNKNOWN)
          {
            miss[0] |= cache->missing[slot][0];
            miss[1] |= cache->missing[slot][1];
          }
        return cache->result[slot];
      }

    case SCR_NODE_NOT:
      {
        int r = eval_node (c, kids[0], miss);

        return r == UNKNOWN ? UNKNOWN : !r;
      }

    case SCR_NODE_IN:
    case SCR_NODE_LT:
    case SCR_NODE_LE:
    case SCR_NODE_GT:
    case SCR_NODE_GE:
    case SCR_NODE_EVENT:
    case SCR_NODE_TRUE:
    default:
      return eval_node (c, (guint32) (node - c->nodes), miss);
    }
}

/* Whether a rule in force from @from until @until (inclusive) is in force
 * on the date known to lie in @d. */
static int
in_force (const ScrBound      *from,
          const ScrBound      *until,
          const ScrFactVector *v,
          ScrSpan              d)
{
  int result = YES;

  if (from->kind == SCR_BOUND_NONE && until->kind == SCR_BOUND_NONE)
    return YES;
  if (d.first == 0)
    return UNKNOWN;
  if (from->kind != SCR_BOUND_NONE)
    {
      ScrSpan f = scr_bound_span (from, v, FALSE);

      if (d.last < f.first)
        return NO;
      if (d.first < f.last)
        result = UNKNOWN;
    }
  if (until->kind != SCR_BOUND_NONE)
    {
      ScrSpan u = scr_bound_span (until, v, TRUE);

      if (d.first > u.last)
        return NO;
      if (d.last > u.first)
        result = UNKNOWN;
    }
  return result;
}

/* The date that selects a rule: the first of its trigger events that the
 * case has; the decision chain is the override date, then the decision
 * event, then the date of awareness. *source gets the event reported as
 * missing when no date is known. */
static ScrSpan
trigger_date (const ScrFactVector *v,
              const gint8         *triggers,
              guint                n_triggers,
              int                 *source)
{
  const ScrBuiltinEvents *builtin = scr_facts_builtin_events ();
  int ev_decision = builtin->decision, ev_aware = builtin->became_aware;
  ScrSpan none = { 0, 0 };

  *source = -1;
  for (guint i = 0; i < n_triggers; i++)
    {
      int t = triggers[i];

      if (t == SCR_TRIGGER_DECISION)
        {
          if (v->decision.first != 0)
            {
              *source = ev_decision;
              return v->decision;
            }
          if (v->events[ev_decision].first != 0)
            {
              *source = ev_decision;
              return v->events[ev_decision];
            }
          t = ev_aware;
        }
      if (v->events[t].first != 0)
        {
          *source = t;
          return v->events[t];
        }
      if (*source < 0)
        *source = t;
      if (t == ev_aware && v->aware_bound.first != 0)
        return v->aware_bound;
    }
  return none;
}

#define MAX_FALSE 8

typedef struct
{
  int best_true_rank;
  guint n_false;
  guint unknown_ranks;            /* bit per rank with an undecided rule */
  const ScrCRule *best_true;
  const ScrCRule *fallback;
  ScrSpan date;
  const ScrCRule *unknown_by_rank[5];
  guint64 miss_by_rank[5][2];
  guint64 miss_ev_by_rank[5];
  const ScrCRule *falses[MAX_FALSE];
} ProcState;

/* What one case's pass over the rules keeps. */
typedef struct
{
  ProcState state[SCR_N_PROCESSES];
  guint32 touched;                /* bit per process with a rule in force */
  EvalCtx ctx;
  const ScrRuleTables *tables;
} Pass;

/* One rule whose status on @date is @force (YES or UNKNOWN). */
static ALWAYS_INLINE void
consider_rule (Pass             *pass,
               const ScrHotRule *h,
               int               force,
               ScrSpan           date,
               int               source)
{
  ProcState *ps = &pass->state[h->process];
  const ScrCRule *rule;
  guint64 miss[2] = { 0, 0 };
  guint64 miss_ev = 0;
  int cond, status, rank;

  if (!(pass->touched & (1u << h->process)))
    {
      pass->touched |= 1u << h->process;
      memset (ps, 0, G_STRUCT_OFFSET (ProcState, unknown_by_rank));
      ps->date = date;
    }
  rule = pass->tables->rules->pdata[h->index];
  if (h->fallback)
    {
      if (force == YES && ps->fallback == NULL)
        ps->fallback = rule;
      return;
    }
  /* A rule no stronger than one that already holds cannot change the
   * outcome, decided or not. */
  rank = h->rank;
  if (rank <= ps->best_true_rank)
    return;
  cond = h->root < 0 ? YES : eval_node (&pass->ctx, (guint32) h->root, miss);
  if (cond == NO)
    status = NO;
  else if (force == UNKNOWN)
    {
      status = UNKNOWN;
      if (source >= 0)
        miss_ev |= G_GUINT64_CONSTANT (1) << source;
    }
  else
    status = cond;

  if (status == YES)
    {
      ps->best_true_rank = rank;
      ps->best_true = rule;
    }
  else if (status == UNKNOWN)
    {
      /* Another rule in force, no weaker, is undecided or holds whenever
       * this one is undecided: its facts cannot change the outcome. */
      if (h->subsumed)
        return;
      if (!(ps->unknown_ranks & (1u << rank)))
        {
          ps->unknown_ranks |= 1u << rank;
          ps->unknown_by_rank[rank] = rule;
          ps->miss_by_rank[rank][0] = ps->miss_by_rank[rank][1] = 0;
          ps->miss_ev_by_rank[rank] = 0;
        }
      ps->miss_by_rank[rank][0] |= miss[0];
      ps->miss_by_rank[rank][1] |= miss[1];
      ps->miss_ev_by_rank[rank] |= miss_ev;
    }
  else if (ps->n_false < MAX_FALSE)
    ps->falses[ps->n_false++] = rule;
}

/* Every rule tested for being in force one by one: rule sets with more
 * than 64 rules in a jurisdiction. */
static void
pass_rule_by_rule (Pass                *pass,
                   const GArray        *hot,
                   const ScrFactVector *v)
{
  const ScrHotRule *hot_rules = (const ScrHotRule *) (gconstpointer) hot->data;
  ScrSpan memo_date[SCR_MAX_EVENTS + 1];
  int memo_source[SCR_MAX_EVENTS + 1];
  guint64 memo_set[2] = { 0, 0 };

  for (guint i = 0; i < hot->len; i++)
    {
      const ScrHotRule *h = &hot_rules[i];
      int source, force;
      ScrSpan date;

      /* Most rules have one trigger: its date is worked out once a case. */
      if (h->slot != SCR_NO_SLOT)
        {
          guint slot = h->slot;

          if (!(memo_set[slot >> 6] & (G_GUINT64_CONSTANT (1) << (slot & 63))))
            {
              memo_set[slot >> 6] |= G_GUINT64_CONSTANT (1) << (slot & 63);
              memo_date[slot] = trigger_date (v, h->triggers, 1, &memo_source[slot]);
            }
          date = memo_date[slot];
          source = memo_source[slot];
        }
      else
        date = trigger_date (v, h->triggers, h->n_triggers, &source);
      force = in_force (&h->from, &h->until, v, date);
      if (force != NO)
        consider_rule (pass, h, force, date, source);
    }
}

/* The date that selects rule @h: its trigger's, already worked out, or
 * (several triggers) the first of them the case has. */
static inline ScrSpan
rule_date (const ScrHotRule    *h,
           const ScrFactVector *v,
           const ScrSpan       *memo_date,
           const int           *memo_source,
           int                 *source)
{
  if (h->slot != SCR_NO_SLOT)
    {
      *source = memo_source[h->slot];
      return memo_date[h->slot];
    }
  return trigger_date (v, h->triggers, h->n_triggers, source);
}

/* The rules in force found from the index: per trigger, one search of its
 * periods; only the rules in force or undecided are visited, in order. */
static void
pass_indexed (Pass                *pass,
              const GArray        *hot,
              const ScrForceIndex *index,
              const ScrFactVector *v)
{
  const ScrHotRule *hot_rules = (const ScrHotRule *) (gconstpointer) hot->data;
  ScrSpan memo_date[SCR_MAX_EVENTS + 1];
  int memo_source[SCR_MAX_EVENTS + 1];
  guint64 yes = 0, unknown = 0, slow = index->multi;

  if (G_UNLIKELY (v->transition.first != index->default_transition.first ||
                  v->transition.last != index->default_transition.last))
    slow |= index->transition;
  for (guint k = 0; k < index->n_slots; k++)
    {
      const ScrSlotPeriods *s = &index->slots[k];
      guint8 trigger = s->slot == SCR_MAX_EVENTS ? (guint8) SCR_TRIGGER_DECISION : s->slot;
      ScrSpan date = trigger_date (v, (const gint8 *) &trigger, 1, &memo_source[s->slot]);
      guint p;

      memo_date[s->slot] = date;
      if (date.first == 0)
        {
          yes |= s->unbounded;
          unknown |= s->rules & ~s->unbounded;
        }
      else if ((p = scr_slot_period (s, date.first)) == scr_slot_period (s, date.last))
        {
          yes |= s->yes[p];
          unknown |= s->unknown[p];
        }
      else
        slow |= s->rules;
    }
  /* Rules the periods cannot answer for: tested one by one. */
  for (guint64 bits = slow; bits != 0; bits &= bits - 1)
    {
      guint i = (guint) __builtin_ctzll (bits);
      const ScrHotRule *h = &hot_rules[i];
      guint64 bit = G_GUINT64_CONSTANT (1) << i;
      int source;
      ScrSpan date = rule_date (h, v, memo_date, memo_source, &source);

      yes &= ~bit;
      unknown &= ~bit;
      switch (in_force (&h->from, &h->until, v, date))
        {
        case YES: yes |= bit; break;
        case UNKNOWN: unknown |= bit; break;
        default: break;
        }
    }
  for (guint64 bits = yes | unknown; bits != 0; bits &= bits - 1)
    {
      guint i = (guint) __builtin_ctzll (bits);
      const ScrHotRule *h = &hot_rules[i];
      int force = (yes >> i) & 1 ? YES : UNKNOWN;
      int source;
      ScrSpan date = rule_date (h, v, memo_date, memo_source, &source);

      consider_rule (pass, h, force, date, source);
    }
}

/* The facts from the child's history that @rule reads: how they were
 * derived, or that they were recorded instead (rare: only cases with
 * legal-status periods). */
static inline void
explain_history (ScrReasonBuffer     *reasons,
                 const ScrRuleTables *tables,
                 const ScrCRule      *rule,
                 const ScrFactVector *v)
{
  if (G_UNLIKELY (((v->history_derived[0] | v->history_recorded[0]) & rule->reads[0]) != 0 ||
                  ((v->history_derived[1] | v->history_recorded[1]) & rule->reads[1]) != 0))
    scr_history_facts_explain (tables->derived, v, rule->reads, reasons);
}

void
scr_rules_evaluate (ScrRuleTables       *tables,
                    const ScrFactVector *v,
                    gboolean             include_unverified,
                    GArray              *out,
                    ScrReasonBuffer     *reasons)
{
  Pass pass;
  ProcState *state = pass.state;
  ScrEvalCache cache;
  guint32 touched;
  guint n_out;
  const GArray *hot = include_unverified ? tables->hot[v->jurisdiction]
                                         : tables->hot_verified[v->jurisdiction];
  const ScrForceIndex *index = include_unverified ? tables->force[v->jurisdiction]
                                                  : tables->force_verified[v->jurisdiction];

  scr_eval_cache_init (&cache, tables);
  eval_ctx_init (&pass.ctx, tables, v, &cache);
  pass.tables = tables;
  pass.touched = 0;
  if (index != NULL)
    pass_indexed (&pass, hot, index, v);
  else
    pass_rule_by_rule (&pass, hot, v);
  touched = pass.touched;

  /* The processes seen, in process order: one record each, in place. */
  n_out = out->len;
  g_array_set_size (out, n_out + scr_popcount64 (touched));
  for (guint32 bits = touched; bits != 0; bits &= bits - 1)
    {
      guint p = (guint) __builtin_ctz (bits);
      ProcState *ps = &state[p];
      ScrOutcomeRec *rec = &g_array_index (out, ScrOutcomeRec, n_out++);
      guint above;
      int base, top = 0;

      memset (rec, 0, sizeof *rec);
      rec->process = p;
      rec->date = ps->date;
      rec->reason_offset = (guint) reasons->len;
      base = MAX (ps->best_true_rank, 1);
      /* The undecided ranks above the best that holds (ranks are 1 to 4). */
      above = ps->unknown_ranks & 0x1eu & ~((2u << base) - 1);
      if (above != 0)
        top = 31 - __builtin_clz (above);
      for (; above != 0; above &= above - 1)
        {
          int r = __builtin_ctz (above);

          rec->missing[0] |= ps->miss_by_rank[r][0];
          rec->missing[1] |= ps->miss_by_rank[r][1];
          rec->missing_events |= ps->miss_ev_by_rank[r];
        }
      if (top > 0)
        {
          rec->verdict = SCR_VERDICT_INDETERMINATE;
          rec->rule = ps->unknown_by_rank[top];
          scr_reason_undecided (reasons, tables, rec->rule, ps->best_true, rec->missing,
                                rec->missing_events);
          explain_history (reasons, tables, rec->rule, v);
        }
      else if (ps->best_true != NULL || ps->fallback != NULL)
        {
          rec->rule = ps->best_true != NULL ? ps->best_true : ps->fallback;
          rec->verdict = ps->best_true != NULL ? rec->rule->outcome : SCR_VERDICT_NOT_REQUIRED;
          scr_reason_rule (reasons, rec->rule,
                           rec->rule->evidence == SCR_EVIDENCE_RECALLED && ps->best_true != NULL,
                           v, &rec->date);
          explain_history (reasons, tables, rec->rule, v);
        }
      else
        {
          rec->verdict = SCR_VERDICT_NOT_REQUIRED;
          rec->rule = ps->n_false > 0 ? ps->falses[0] : NULL;
          scr_reason_not_applied (reasons, ps->falses, ps->n_false, v);
        }
    }
}

int
scr_rules_in_force (const ScrBound      *from,
                    const ScrBound      *until,
                    const ScrFactVector *vector,
                    ScrSpan              date)
{
  return in_force (from, until, vector, date);
}

int
scr_rules_condition (ScrRuleTables       *tables,
                     const ScrFactVector *vector,
                     gint32               root,
                     guint64             *missing,
                     ScrEvalCache        *cache)
{
  EvalCtx ctx;

  if (root < 0)
    return YES;
  eval_ctx_init (&ctx, tables, vector, cache);
  return eval_node (&ctx, (guint32) root, missing);
}
