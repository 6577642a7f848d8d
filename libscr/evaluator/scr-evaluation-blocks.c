/* scr-evaluation-blocks.c: the result of scr_evaluator_evaluate_all().
 *
 * Every case's outcome records, rendered reasons (rendered during the call,
 * as scr_evaluator_evaluate() renders them), case id and decision date are
 * kept in four blocks, written as the cases are evaluated: one array of
 * per-case entries, one of outcome records, one string of reasons and one
 * of ids (the rare ignored-fact lists are kept per case). The result list
 * creates a case's ScrEvaluation from its slice each time it is asked for,
 * through the constructor scr_evaluator_evaluate() uses.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-evaluator-private.h"

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

struct _ScrEvaluationBlocks
{
  ScrRuleSet *rules;
  GArray *cases;                /* CaseEntry */
  GArray *records;              /* ScrOutcomeRec, reason_offset relative to the case */
  ScrReasonBuffer reasons;
  GString *ids;
};

ScrEvaluationBlocks *
scr_evaluation_blocks_new (ScrRuleSet *rules,
                           guint       n_cases)
{
  ScrEvaluationBlocks *self = g_new0 (ScrEvaluationBlocks, 1);

  self->rules = g_object_ref (rules);
  self->cases = g_array_sized_new (FALSE, FALSE, sizeof (CaseEntry), n_cases);
  self->records = g_array_sized_new (FALSE, FALSE, sizeof (ScrOutcomeRec), n_cases * 6);
  scr_reason_buffer_init (&self->reasons, (gsize) n_cases * 768);
  self->ids = g_string_sized_new ((gsize) n_cases * 16);
  return self;
}

static void
scr_evaluation_blocks_free (gpointer data)
{
  ScrEvaluationBlocks *self = data;

  for (guint i = 0; i < self->cases->len; i++)
    g_strfreev (g_array_index (self->cases, CaseEntry, i).ignored);
  g_array_unref (self->cases);
  g_array_unref (self->records);
  scr_reason_buffer_clear (&self->reasons);
  g_string_free (self->ids, TRUE);
  g_clear_object (&self->rules);
  g_free (self);
}

void
scr_evaluation_blocks_add (ScrEvaluationBlocks *self,
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
  c.reasons_begin = self->reasons.len;
  c.ignored = ignored;
  if (case_id != NULL)
    {
      c.id_offset = self->ids->len;
      g_string_append_len (self->ids, case_id, (gssize) strlen (case_id) + 1);
    }
  else
    c.id_offset = G_MAXSIZE;
  scr_rules_evaluate (tables, vector, include_unverified, self->records, &self->reasons);
  c.n_recs = self->records->len - c.recs_begin;
  c.reasons_len = self->reasons.len - c.reasons_begin;
  /* The interpreter's offsets are into the whole block (as guint, so
   * modulo 2^32): make them relative to the case. */
  recs = &g_array_index (self->records, ScrOutcomeRec, c.recs_begin);
  for (guint i = 0; i < c.n_recs; i++)
    recs[i].reason_offset -= (guint) c.reasons_begin;
  g_array_append_val (self->cases, c);
}

static gpointer
make_evaluation (gpointer data,
                 guint    position)
{
  ScrEvaluationBlocks *self = data;
  const CaseEntry *c = &g_array_index (self->cases, CaseEntry, position);

  return scr_evaluation_new_internal (self->rules,
                                      c->id_offset != G_MAXSIZE ? self->ids->str + c->id_offset : NULL,
                                      -1, c->decision,
                                      &g_array_index (self->records, ScrOutcomeRec, c->recs_begin),
                                      c->n_recs,
                                      self->reasons.data + c->reasons_begin, c->reasons_len,
                                      c->ignored != NULL ? g_strdupv (c->ignored) : NULL);
}

GListModel *
scr_evaluation_blocks_free_to_list (ScrEvaluationBlocks *self)
{
  return scr_lazy_list_new (SCR_TYPE_EVALUATION, self->cases->len, make_evaluation,
                            self, scr_evaluation_blocks_free);
}
