/* scr-rule-tables.c: a rule set's compiled tables.
 *
 * What the parser fills and the interpreter reads: the compiled rules and
 * timescales, the condition nodes, the events, and the per-jurisdiction
 * arrays and in-force index rebuilt after each file (the index itself is
 * scr-force-index.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-rules-private.h"
#include "scr-history-facts-private.h"

void
scr_template_clear (ScrTemplate *t)
{
  g_free (t->text);
  g_free (t->segments);
}

void
scr_crule_free (gpointer data)
{
  ScrCRule *r = data;

  if (r == NULL)
    return;
  scr_template_clear (&r->reason);
  g_free (r->kit);
  g_clear_object (&r->object);
  g_free (r);
}

void
scr_ctimescale_free (gpointer data)
{
  ScrCTimescale *t = data;

  if (t == NULL)
    return;
  g_clear_object (&t->object);
  g_free (t);
}

void
scr_rule_tables_add_event (ScrRuleTables *tables,
                           char          *name)
{
  g_ptr_array_add (tables->event_names, name);
  g_hash_table_insert (tables->event_index, name, GINT_TO_POINTER (tables->event_names->len));
}

void
scr_rule_tables_init (ScrRuleTables *tables)
{
  tables->rules = g_ptr_array_new_with_free_func (scr_crule_free);
  tables->timescales = g_ptr_array_new_with_free_func (scr_ctimescale_free);
  tables->nodes = g_array_new (FALSE, FALSE, sizeof (ScrNode));
  tables->kids = g_array_new (FALSE, FALSE, sizeof (guint32));
  tables->def_roots = g_array_new (FALSE, FALSE, sizeof (gint32));
  tables->derived = g_array_new (FALSE, FALSE, sizeof (ScrHistoryFact));
  for (guint j = 0; j < SCR_N_JURISDICTIONS; j++)
    {
      tables->hot[j] = g_array_new (FALSE, FALSE, sizeof (ScrHotRule));
      tables->hot_verified[j] = g_array_new (FALSE, FALSE, sizeof (ScrHotRule));
      tables->tracked[j] = g_ptr_array_new ();
      tables->tracked_verified[j] = g_ptr_array_new ();
    }
  tables->event_names = g_ptr_array_new_with_free_func (g_free);
  tables->objects = g_ptr_array_new_with_free_func (g_object_unref);

  tables->event_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < scr_facts_events_size (); i++)
    scr_rule_tables_add_event (tables, g_strdup (scr_facts_events_get (i)->name));
}

void
scr_rule_tables_clear (ScrRuleTables *tables)
{
  g_ptr_array_unref (tables->rules);
  g_ptr_array_unref (tables->timescales);
  g_array_unref (tables->nodes);
  g_array_unref (tables->kids);
  g_array_unref (tables->def_roots);
  g_array_unref (tables->derived);
  for (guint j = 0; j < SCR_N_JURISDICTIONS; j++)
    {
      g_array_unref (tables->hot[j]);
      g_array_unref (tables->hot_verified[j]);
      scr_force_index_free (tables->force[j]);
      scr_force_index_free (tables->force_verified[j]);
      g_ptr_array_unref (tables->tracked[j]);
      g_ptr_array_unref (tables->tracked_verified[j]);
    }
  g_hash_table_unref (tables->event_index);
  g_ptr_array_unref (tables->event_names);
  g_ptr_array_unref (tables->objects);
}

/* Whether node @index, when not false, makes the root of a rule of
 * @others (@n of them) not false: it is one of those roots (or the same
 * definition), an `any` all of whose parts are, an `all` one of whose parts
 * is, or a definition whose body is. Kleene logic: an `all` that is not
 * false has no false part; an `any` that is not false has a part that is
 * not false. *@budget bounds the nodes visited (definitions may share
 * parts): when it runs out, the answer is no, which is always safe. */
static gboolean
implies_any (const ScrRuleTables *tables,
             guint32              index,
             const gint32        *others,
             guint                n,
             guint               *budget)
{
  const ScrNode *nodes = (const ScrNode *) (gconstpointer) tables->nodes->data;
  const guint32 *kids = (const guint32 *) (gconstpointer) tables->kids->data;
  const gint32 *def_roots = (const gint32 *) (gconstpointer) tables->def_roots->data;
  const ScrNode *node = &nodes[index];

  if (*budget == 0)
    return FALSE;
  (*budget)--;
  for (guint i = 0; i < n; i++)
    if ((guint32) others[i] == index ||
        (node->kind == SCR_NODE_REF && nodes[others[i]].kind == SCR_NODE_REF &&
         nodes[others[i]].arg == node->arg))
      return TRUE;
  if (node->kind == SCR_NODE_ANY)
    {
      for (guint k = 0; k < node->n_kids; k++)
        if (!implies_any (tables, kids[node->arg + k], others, n, budget))
          return FALSE;
      return node->n_kids > 0;
    }
  if (node->kind == SCR_NODE_ALL)
    {
      for (guint k = 0; k < node->n_kids; k++)
        if (implies_any (tables, kids[node->arg + k], others, n, budget))
          return TRUE;
      return FALSE;
    }
  if (node->kind == SCR_NODE_REF)
    return implies_any (tables, (guint32) def_roots[node->arg], others, n, budget);
  /* A test, or a `not`: not followed. */
  return FALSE;
}

static gboolean
same_bound (const ScrBound *a,
            const ScrBound *b)
{
  return a->kind == b->kind && a->span.first == b->span.first && a->span.last == b->span.last;
}

/* Marks the rules of @hot that other rules of @hot subsume (see
 * ScrHotRule.subsumed). A rule marked is no longer counted for the rules
 * after it, so two rules alike never both drop out: following what makes
 * a marked rule not false leads, by later and later rules, to one that is
 * not marked. */
static void
mark_subsumed (const ScrRuleTables *tables,
               GArray              *hot)
{
  ScrHotRule *rules = (ScrHotRule *) (gpointer) hot->data;
  g_autofree gint32 *others = g_new (gint32, MAX (hot->len, 1));

  for (guint i = 0; i < hot->len; i++)
    rules[i].subsumed = FALSE;
  for (guint i = 0; i < hot->len; i++)
    {
      ScrHotRule *h = &rules[i];
      guint n = 0, budget;

      if (h->fallback || h->root < 0)
        continue;
      for (guint k = 0; k < hot->len; k++)
        {
          const ScrHotRule *o = &rules[k];

          if (k != i && !o->subsumed && !o->fallback && o->root >= 0 &&
              o->process == h->process && o->rank >= h->rank &&
              same_bound (&o->from, &h->from) && same_bound (&o->until, &h->until) &&
              o->n_triggers == h->n_triggers &&
              memcmp (o->triggers, h->triggers, h->n_triggers) == 0)
            others[n++] = o->root;
        }
      budget = 4096;
      h->subsumed = n > 0 && implies_any (tables, (guint32) h->root, others, n, &budget);
    }
}

void
scr_rule_tables_index (ScrRuleTables *tables)
{
  static const guint8 rank[] = {
    [SCR_VERDICT_REQUIRED] = 4,
    [SCR_VERDICT_EXPECTED] = 3,
    [SCR_VERDICT_CONSIDER] = 2,
    [SCR_VERDICT_NOT_REQUIRED] = 1,
    [SCR_VERDICT_INDETERMINATE] = 0,
  };

  g_assert (tables->rules->len <= G_MAXUINT16);
  for (guint j = 0; j < SCR_N_JURISDICTIONS; j++)
    {
      g_array_set_size (tables->hot[j], 0);
      g_array_set_size (tables->hot_verified[j], 0);
      for (guint i = 0; i < tables->rules->len; i++)
        {
          const ScrCRule *rule = tables->rules->pdata[i];
          ScrHotRule hot = { 0 };

          if (!(rule->jurisdictions & (1u << j)))
            continue;
          hot.from = rule->from;
          hot.until = rule->until;
          hot.root = rule->root;
          hot.index = i;
          hot.process = rule->process;
          hot.rank = rank[rule->outcome];
          hot.fallback = rule->fallback;
          hot.recalled = rule->evidence == SCR_EVIDENCE_RECALLED;
          hot.n_triggers = rule->n_triggers;
          memcpy (hot.triggers, rule->triggers, sizeof hot.triggers);
          hot.slot = SCR_NO_SLOT;
          if (hot.n_triggers == 1)
            hot.slot = hot.triggers[0] == SCR_TRIGGER_DECISION ? SCR_MAX_EVENTS : (guint8) hot.triggers[0];
          g_array_append_val (tables->hot[j], hot);
          if (!hot.recalled)
            g_array_append_val (tables->hot_verified[j], hot);
        }
      mark_subsumed (tables, tables->hot[j]);
      mark_subsumed (tables, tables->hot_verified[j]);
      scr_force_index_free (tables->force[j]);
      scr_force_index_free (tables->force_verified[j]);
      tables->force[j] = scr_force_index_new ((const ScrHotRule *) (gconstpointer) tables->hot[j]->data,
                                              tables->hot[j]->len);
      tables->force_verified[j] =
        scr_force_index_new ((const ScrHotRule *) (gconstpointer) tables->hot_verified[j]->data,
                             tables->hot_verified[j]->len);

      g_ptr_array_set_size (tables->tracked[j], 0);
      g_ptr_array_set_size (tables->tracked_verified[j], 0);
      for (guint i = 0; i < tables->timescales->len; i++)
        {
          ScrCTimescale *ts = tables->timescales->pdata[i];

          if (!ts->track || !(ts->jurisdictions & (1u << j)))
            continue;
          g_ptr_array_add (tables->tracked[j], ts);
          if (ts->evidence != SCR_EVIDENCE_RECALLED)
            g_ptr_array_add (tables->tracked_verified[j], ts);
        }
    }
}

int
scr_rule_tables_event (ScrRuleTables *tables,
                       const char    *name)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (tables->event_index, name)) - 1;
}
