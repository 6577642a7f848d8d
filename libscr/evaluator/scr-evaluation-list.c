/* scr-evaluation-list.c: the result of scr_evaluator_evaluate_all().
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-evaluator-private.h"

/* A private, immutable GListModel of ScrEvaluation. Every case's outcome
 * records, rendered reasons and id are kept in a few large blocks, written
 * as the cases are evaluated; the ScrEvaluation for an item is created
 * each time get_item() asks for it (not cached), from the same data that
 * scr_evaluator_evaluate() would copy into it. */

typedef struct
{
  ScrSpan decision;
  gsize reasons_begin;          /* into reasons */
  gsize reasons_len;
  gsize id_offset;              /* into ids; G_MAXSIZE: no id */
  guint recs_begin;             /* into records */
  guint n_recs;
  char **ignored;               /* NULL: none */
} CaseEntry;

struct _ScrEvaluationList
{
  GObject parent_instance;

  ScrRuleSet *rules;
  GArray *cases;                /* CaseEntry */
  GArray *records;              /* ScrOutcomeRec, reason_offset relative to the case */
  GString *reasons;
  GString *ids;
};

static void scr_evaluation_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ScrEvaluationList, scr_evaluation_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      scr_evaluation_list_model_init))

static void
scr_evaluation_list_finalize (GObject *object)
{
  ScrEvaluationList *self = SCR_EVALUATION_LIST (object);

  for (guint i = 0; i < self->cases->len; i++)
    g_strfreev (g_array_index (self->cases, CaseEntry, i).ignored);
  g_array_unref (self->cases);
  g_array_unref (self->records);
  g_string_free (self->reasons, TRUE);
  g_string_free (self->ids, TRUE);
  g_clear_object (&self->rules);
  G_OBJECT_CLASS (scr_evaluation_list_parent_class)->finalize (object);
}

static void
scr_evaluation_list_class_init (ScrEvaluationListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = scr_evaluation_list_finalize;
}

static void
scr_evaluation_list_init (ScrEvaluationList *self)
{
}

static GType
scr_evaluation_list_get_item_type (GListModel *model)
{
  return SCR_TYPE_EVALUATION;
}

static guint
scr_evaluation_list_get_n_items (GListModel *model)
{
  return SCR_EVALUATION_LIST (model)->cases->len;
}

static gpointer
scr_evaluation_list_get_item (GListModel *model,
                              guint       position)
{
  ScrEvaluationList *self = SCR_EVALUATION_LIST (model);
  const CaseEntry *c;

  if (position >= self->cases->len)
    return NULL;
  c = &g_array_index (self->cases, CaseEntry, position);
  return scr_evaluation_new_internal (self->rules,
                                      c->id_offset != G_MAXSIZE ? self->ids->str + c->id_offset : NULL,
                                      c->decision,
                                      &g_array_index (self->records, ScrOutcomeRec, c->recs_begin),
                                      c->n_recs,
                                      self->reasons->str + c->reasons_begin, c->reasons_len,
                                      c->ignored != NULL ? g_strdupv (c->ignored) : NULL);
}

static void
scr_evaluation_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = scr_evaluation_list_get_item_type;
  iface->get_n_items = scr_evaluation_list_get_n_items;
  iface->get_item = scr_evaluation_list_get_item;
}

ScrEvaluationList *
scr_evaluation_list_new (ScrRuleSet *rules,
                         guint       n_cases)
{
  ScrEvaluationList *self = g_object_new (SCR_TYPE_EVALUATION_LIST, NULL);

  self->rules = g_object_ref (rules);
  self->cases = g_array_sized_new (FALSE, FALSE, sizeof (CaseEntry), n_cases);
  self->records = g_array_sized_new (FALSE, FALSE, sizeof (ScrOutcomeRec), n_cases * 6);
  self->reasons = g_string_sized_new ((gsize) n_cases * 768);
  self->ids = g_string_sized_new ((gsize) n_cases * 16);
  return self;
}

void
scr_evaluation_list_add (ScrEvaluationList   *self,
                         ScrRuleTables       *tables,
                         const ScrFactVector *vector,
                         gboolean             include_unverified,
                         ScrSpan              decision,
                         const char          *case_id,
                         char               **ignored)
{
  CaseEntry c;
  ScrOutcomeRec *recs;

  c.decision = decision;
  c.recs_begin = self->records->len;
  c.reasons_begin = self->reasons->len;
  c.ignored = ignored;
  if (case_id != NULL)
    {
      c.id_offset = self->ids->len;
      g_string_append_len (self->ids, case_id, (gssize) strlen (case_id) + 1);
    }
  else
    c.id_offset = G_MAXSIZE;
  scr_rules_evaluate (tables, vector, include_unverified, self->records, self->reasons);
  c.n_recs = self->records->len - c.recs_begin;
  c.reasons_len = self->reasons->len - c.reasons_begin;
  /* The interpreter's offsets are into the whole block (as guint, so
   * modulo 2^32): make them relative to the case. */
  recs = &g_array_index (self->records, ScrOutcomeRec, c.recs_begin);
  for (guint i = 0; i < c.n_recs; i++)
    recs[i].reason_offset -= (guint) c.reasons_begin;
  g_array_append_val (self->cases, c);
}
