/* scr-rules-private.h: rule sets compiled into compact tables, and the
 * interpreter over them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-facts-private.h"
#include "scr-rule.h"
#include "scr-rule-set.h"

G_BEGIN_DECLS

#define SCR_MAX_EVENTS 64
#define SCR_N_PROCESSES (SCR_PROCESS_NI_CMR + 1)
#define SCR_N_JURISDICTIONS 4
#define SCR_MAX_TRIGGERS 4
#define SCR_MAX_DEFS 256

/* A date known to lie in [first, last] (ordinals; equal for a complete
 * date). first == 0: absent. */
typedef struct
{
  gint32 first;
  gint32 last;
} ScrSpan;

typedef enum
{
  SCR_BOUND_NONE,        /* open */
  SCR_BOUND_DATE,
  SCR_BOUND_TRANSITION,  /* the case's area transition date */
} ScrBoundKind;

typedef struct
{
  guint8 kind;
  ScrSpan span;
} ScrBound;

typedef enum
{
  SCR_NODE_TRUE,
  SCR_NODE_ALL,
  SCR_NODE_ANY,
  SCR_NODE_NOT,
  SCR_NODE_IN,     /* enum fact: value bit in mask (bit 0 = unknown) */
  SCR_NODE_LT,     /* integer fact compared with value */
  SCR_NODE_LE,
  SCR_NODE_GT,
  SCR_NODE_GE,
  SCR_NODE_EVENT,  /* the case records event number fact (never unknown) */
  SCR_NODE_REF,    /* definition slot arg, evaluated once per case */
} ScrNodeKind;

/* A single test (not a combination of conditions, nor a definition). */
static inline gboolean
scr_node_is_test (guint8 kind)
{
  return kind != SCR_NODE_ALL && kind != SCR_NODE_ANY && kind != SCR_NODE_NOT &&
         kind != SCR_NODE_REF;
}

typedef struct
{
  guint8 kind;
  guint8 fact;
  guint16 n_kids;
  guint32 arg;     /* IN: value mask; ALL/ANY/NOT: first index in kids */
  gint32 value;    /* comparisons */
} ScrNode;

/* Reason templates: literal text with {fact} and {date} fields. */
typedef struct
{
  gint16 fact;     /* -1: literal; -2: {date} */
  guint16 length;
  guint32 offset;  /* into the template's text */
} ScrSegment;

typedef struct
{
  char *text;                     /* followed by SCR_RENDER_PAD bytes */
  ScrSegment *segments;
  guint n_segments;
  guint max_len;                  /* the longest reason it can render */
} ScrTemplate;

/* Reasons are assembled from pieces copied 16 bytes at a time, which may
 * read up to 15 bytes past a piece and write up to 15 past its end: every
 * source of pieces is followed by this many readable bytes, and the output
 * is reserved with the same margin. */
#define SCR_RENDER_PAD 16

/* The decision-date chain: --on date, then the "decision" event, then
 * "became_aware". */
#define SCR_TRIGGER_DECISION (-1)

typedef struct
{
  ScrRule *object;                /* public face, owns the strings below */
  const char *id;
  gsize id_len;
  const char *citation;
  const char *edition;
  guint8 jurisdictions;           /* bit per ScrJurisdiction */
  ScrBound from;
  ScrBound until;
  gint8 triggers[SCR_MAX_TRIGGERS];
  guint8 n_triggers;
  gint32 root;                    /* node index; -1 = always */
  gboolean fallback;
  ScrProcess process;
  ScrVerdict outcome;
  ScrEvidence evidence;
  ScrTemplate reason;
  guint64 reads[2];               /* facts the condition tests */
  /* The rule's fixed reason pieces, padded: its id, then "Undecided: ID
   * would make the PROCESS VERDICT, but ", then " (ID gives VERDICT)". */
  char *kit;
  guint undecided_len;
  guint gives_len;
} ScrCRule;

typedef struct
{
  ScrRule *object;
  const char *id;
  const char *citation;
  const char *description;
  guint8 jurisdictions;
  ScrBound from;
  ScrBound until;
  gint32 root;
  gint8 anchors[SCR_MAX_TRIGGERS];
  guint8 n_anchors;
  gint8 dones[SCR_MAX_TRIGGERS];
  guint8 n_dones;
  int duration;
  ScrTimeUnit unit;
  gboolean minimum;
  gboolean track;
  ScrProcess process;
  ScrEvidence evidence;
} ScrCTimescale;

/* The fields the interpreter reads for every rule, packed, one array per
 * jurisdiction (rules in load order). */
typedef struct
{
  ScrBound from;
  ScrBound until;
  gint32 root;
  guint16 index;                  /* into ScrRuleTables.rules */
  guint8 process;
  guint8 rank;                    /* 4 required .. 1 not-required */
  guint8 fallback;
  guint8 recalled;
  guint8 n_triggers;
  gint8 triggers[SCR_MAX_TRIGGERS];
  /* One trigger: its slot in the case's memo of trigger dates (the event
   * number, SCR_MAX_EVENTS for the decision chain); else SCR_NO_SLOT. */
  guint8 slot;
} ScrHotRule;

#define SCR_NO_SLOT 255

/* Which of a jurisdiction's rules are in force on a date, worked out when
 * the rules are loaded instead of rule by rule for every case. For each
 * trigger slot: the days on which some rule of that slot changes status,
 * and for each period between them the rules in force and those whose
 * status is unknown (the bound itself is a partial date), as bit masks over
 * the jurisdiction's rules. Periods assume the default area transition
 * date; a case with another one has its transition-bound rules worked out
 * one by one, as have rules with several triggers. */
typedef struct
{
  guint8 slot;
  guint n_breaks;
  gint32 *breaks;                 /* ascending ordinals */
  guint64 *yes;                   /* n_breaks + 1 periods */
  guint64 *unknown;
  guint64 rules;                  /* the rules of this slot */
  guint64 unbounded;              /* those without bounds (in force even undated) */
} ScrSlotPeriods;

typedef struct
{
  guint n_slots;
  ScrSlotPeriods *slots;
  guint64 multi;                  /* rules with several triggers */
  guint64 transition;             /* rules bounded by the transition date */
  ScrSpan default_transition;
} ScrForceIndex;

/* NULL when the jurisdiction has more than 64 rules (the interpreter then
 * tests each rule). */
ScrForceIndex *scr_force_index_new       (const ScrHotRule *rules,
                                          guint             n_rules);
void           scr_force_index_free      (ScrForceIndex    *index);

/* The period of @slot's table that @day falls in. */
static inline guint
scr_slot_period (const ScrSlotPeriods *s,
                 gint32                day)
{
  guint lo = 0, hi = s->n_breaks;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (s->breaks[mid] <= day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
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

/* Interpreter tables of a rule set (owned by it; valid while it lives). */
typedef struct
{
  GPtrArray *rules;               /* ScrCRule*, in load order */
  GPtrArray *timescales;          /* ScrCTimescale* */
  GArray *nodes;                  /* ScrNode */
  GArray *kids;                   /* guint32 node indices */
  GArray *def_roots;              /* gint32 node index per definition slot */
  GPtrArray *event_names;         /* char*; index = event number */
  GHashTable *event_index;        /* name -> event number + 1 */
  GPtrArray *objects;             /* ScrRule*, for the list model */
  GArray *hot[SCR_N_JURISDICTIONS];  /* ScrHotRule */
  GArray *hot_verified[SCR_N_JURISDICTIONS];  /* the same without recalled rules */
  ScrForceIndex *force[SCR_N_JURISDICTIONS];  /* over hot[j]; NULL: none */
  ScrForceIndex *force_verified[SCR_N_JURISDICTIONS];
} ScrRuleTables;

ScrRuleTables *scr_rule_set_get_tables   (ScrRuleSet *self);
/* Rebuilds the per-jurisdiction arrays after rules were added. */
void           scr_rule_tables_index     (ScrRuleTables *tables);
int            scr_rule_tables_event     (ScrRuleTables *tables,
                                          const char    *name);

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

/* Evaluates every rule: appends one record per process to @out and the
 * reasons to @reasons. */
void           scr_rules_evaluate        (ScrRuleTables       *tables,
                                          const ScrFactVector *vector,
                                          gboolean             include_unverified,
                                          GArray              *out,
                                          GString             *reasons);

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

/* Fills in @rule's kit (after its id, process and outcome are set). */
void           scr_crule_build_kit       (ScrCRule      *rule);
/* Pads a parsed template's text for rendering and works out its longest
 * reason. */
void           scr_template_finish       (ScrTemplate   *t);

/* Appends the display text of fact @fact's value. */
void           scr_fact_value_append     (GString *out,
                                          guint    fact,
                                          gint32   value);

ScrRule       *scr_rule_new_internal     (ScrRuleKind  kind,
                                          const char  *id,
                                          const char  *source);
void           scr_rule_set_fields       (ScrRule            *self,
                                          const char * const *jurisdictions,
                                          const char         *edition,
                                          const char         *from,
                                          const char         *until,
                                          ScrProcess          process,
                                          ScrVerdict          outcome,
                                          ScrEvidence         evidence,
                                          const char         *citation,
                                          const char         *text,
                                          const char         *trigger,
                                          int                 duration,
                                          ScrTimeUnit         unit);

const char    *scr_process_to_nick       (ScrProcess process);
const char    *scr_verdict_to_nick       (ScrVerdict verdict);

ScrDate       *scr_span_to_date          (const ScrSpan *span);
void           scr_span_from_date        (ScrSpan       *span,
                                          const ScrDate *date);

G_END_DECLS
