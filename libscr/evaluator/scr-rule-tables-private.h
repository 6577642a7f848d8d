/* scr-rule-tables-private.h: a rule set's compiled tables: every rule
 * in load order, the per-jurisdiction arrays the interpreter walks and the
 * in-force index over them (scr-rule-tables.c, scr-force-index.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-rule-private.h"
#include "scr-rule-set.h"

G_BEGIN_DECLS

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
  /* Whenever its condition is not false, that of another rule of the same
   * process, rank at least as high, the same triggers and dates in force
   * (and in the same array) is not false either: undecided, it cannot
   * change the outcome, so its facts are not asked for. */
  guint8 subsumed;
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
  /* The tracked timescales of each jurisdiction, in load order (borrowed
   * from timescales), with and without recalled ones: what a timeline
   * walks, without testing every timescale of every jurisdiction. */
  GPtrArray *tracked[SCR_N_JURISDICTIONS];
  GPtrArray *tracked_verified[SCR_N_JURISDICTIONS];
  /* The facts the rule files derive from legal-status periods
   * (ScrHistoryFact, scr-history-facts-private.h), in load order. */
  GArray *derived;
} ScrRuleTables;

void           scr_rule_tables_init      (ScrRuleTables *tables);
void           scr_rule_tables_clear     (ScrRuleTables *tables);
/* Adds event @name (taken) as the next event number. */
void           scr_rule_tables_add_event (ScrRuleTables *tables,
                                          char          *name);
void           scr_crule_free            (gpointer       rule);
void           scr_ctimescale_free       (gpointer       timescale);
void           scr_template_clear        (ScrTemplate   *t);

/* A rule set's private parts (valid while it lives). */
ScrRuleTables *scr_rule_set_get_tables   (ScrRuleSet *self);
GListModel    *scr_rule_set_get_store    (ScrRuleSet *self);
/* The sources loaded, char*, in order. */
GPtrArray     *scr_rule_set_get_sources  (ScrRuleSet *self);
/* Rebuilds the per-jurisdiction arrays after rules were added. */
void           scr_rule_tables_index     (ScrRuleTables *tables);
int            scr_rule_tables_event     (ScrRuleTables *tables,
                                          const char    *name);

G_END_DECLS
