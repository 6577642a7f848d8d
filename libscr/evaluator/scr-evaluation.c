/* scr-evaluation.c: what a case requires, process by process.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-item-list-private.h"
#include "scr-enum-types.h"
#include "scr-evaluator-private.h"
#include "scr-json-private.h"

/**
 * ScrEvaluation:
 *
 * The result of [method@Scr.Evaluator.evaluate] for one case: one
 * [class@Scr.Outcome] per process that has a rule in force for the case's
 * jurisdiction and dates, in a fixed process order.
 *
 * The evaluation keeps its results in a compact form and creates the
 * outcome objects the first time they are asked for. It is read-only.
 *
 * ## Threads
 *
 * The outcome objects and the decision date are made on first request,
 * without a lock: use an evaluation from one thread at a time. The
 * outcomes themselves are immutable and may be shared between threads.
 */
struct _ScrEvaluation
{
  GObject parent_instance;

  ScrRuleSet *rules;
  /* One block: the records, then the reasons (nul-separated), then the
   * case id. */
  ScrOutcomeRec *records;
  guint n_records;
  gboolean decision_made;
  const char *reasons;
  const char *case_id;
  ScrSpan decision;
  ScrDate *decision_date;   /* made on demand */
  char **ignored;           /* NULL: none */
  ScrItemList *outcomes;    /* created on demand */
};

G_DEFINE_FINAL_TYPE (ScrEvaluation, scr_evaluation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CASE_ID,
  PROP_DECISION_DATE,
  PROP_OUTCOMES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_evaluation_finalize (GObject *object)
{
  ScrEvaluation *self = SCR_EVALUATION (object);

  g_clear_object (&self->rules);
  g_free (self->records);
  g_clear_pointer (&self->decision_date, scr_date_free);
  g_strfreev (self->ignored);
  g_clear_object (&self->outcomes);
  G_OBJECT_CLASS (scr_evaluation_parent_class)->finalize (object);
}

static void
scr_evaluation_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScrEvaluation *self = SCR_EVALUATION (object);

  switch (prop_id)
    {
    case PROP_CASE_ID: g_value_set_string (value, self->case_id); break;
    case PROP_DECISION_DATE: g_value_set_boxed (value, scr_evaluation_get_decision_date (self)); break;
    case PROP_OUTCOMES: g_value_set_object (value, scr_evaluation_get_outcomes (self)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_evaluation_class_init (ScrEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_evaluation_finalize;
  object_class->get_property = scr_evaluation_get_property;

  /**
   * ScrEvaluation:case-id:
   *
   * The id of the case evaluated.
   */
  properties[PROP_CASE_ID] = g_param_spec_string ("case-id", NULL, NULL, NULL, flags);
  /**
   * ScrEvaluation:decision-date:
   *
   * The date that selected the criteria rules: the date given to
   * [method@Scr.Evaluator.evaluate], else the case's `decision` event, else
   * its date of awareness; %NULL when none is known.
   */
  properties[PROP_DECISION_DATE] = g_param_spec_boxed ("decision-date", NULL, NULL,
                                                       SCR_TYPE_DATE, flags);
  /**
   * ScrEvaluation:outcomes:
   *
   * The outcomes, one per process, as a list model of [class@Scr.Outcome].
   */
  properties[PROP_OUTCOMES] = g_param_spec_object ("outcomes", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_evaluation_init (ScrEvaluation *self)
{
}

char **
scr_missing_to_strv (ScrRuleTables *tables,
                     const guint64 *missing,
                     guint64        missing_events)
{
  GPtrArray *out = g_ptr_array_new ();
  guint n = scr_facts_catalogue_size ();

  for (guint f = 0; f < n; f++)
    if (missing[f >> 6] & (G_GUINT64_CONSTANT (1) << (f & 63)))
      g_ptr_array_add (out, g_strdup (scr_facts_catalogue_get (f)->name));
  for (guint e = 0; e < tables->event_names->len; e++)
    if (missing_events & (G_GUINT64_CONSTANT (1) << e))
      g_ptr_array_add (out, g_strconcat ("date:", (char *) tables->event_names->pdata[e], NULL));
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

ScrEvaluation *
scr_evaluation_new_internal (ScrRuleSet          *rules,
                             const char          *case_id,
                             gssize               case_id_len,
                             ScrSpan              decision,
                             const ScrOutcomeRec *records,
                             guint                n_records,
                             const char          *reasons,
                             gsize                reasons_len,
                             char               **ignored)
{
  ScrEvaluation *self = (ScrEvaluation *) g_object_new_with_properties (SCR_TYPE_EVALUATION, 0, NULL, NULL);
  gsize records_size = n_records * sizeof (ScrOutcomeRec);
  gsize id_size = scr_case_id_size (case_id, case_id_len);
  char *block = g_malloc (records_size + reasons_len + id_size);

  memcpy (block, records, records_size);
  memcpy (block + records_size, reasons, reasons_len);
  if (case_id != NULL)
    {
      memcpy (block + records_size + reasons_len, case_id, id_size);
      self->case_id = block + records_size + reasons_len;
    }
  self->records = (ScrOutcomeRec *) (gpointer) block;
  self->n_records = n_records;
  self->reasons = block + records_size;
  self->rules = g_object_ref (rules);
  self->decision = decision;
  self->ignored = ignored;
  return self;
}

static ScrOutcome *
make_outcome (ScrEvaluation       *self,
              const ScrOutcomeRec *rec)
{
  ScrRuleTables *tables = scr_rule_set_get_tables (self->rules);

  return scr_outcome_new_internal (rec->process, rec->verdict,
                                   rec->rule != NULL ? rec->rule->object : NULL,
                                   self->reasons + rec->reason_offset,
                                   scr_missing_to_strv (tables, rec->missing, rec->missing_events),
                                   scr_span_to_date (&rec->date));
}

/**
 * scr_evaluation_get_case_id:
 * @self: an evaluation
 *
 * Gets the id of the case.
 *
 * Returns: (nullable): the id of the case
 */
const char *
scr_evaluation_get_case_id (ScrEvaluation *self)
{
  g_return_val_if_fail (SCR_IS_EVALUATION (self), NULL);
  return self->case_id;
}

/**
 * scr_evaluation_get_decision_date:
 * @self: an evaluation
 *
 * Gets the date that selected the criteria rules.
 *
 * Returns: (nullable): the date that selected the criteria rules (see
 *   [property@Scr.Evaluation:decision-date])
 */
const ScrDate *
scr_evaluation_get_decision_date (ScrEvaluation *self)
{
  g_return_val_if_fail (SCR_IS_EVALUATION (self), NULL);

  if (!self->decision_made)
    {
      self->decision_date = scr_span_to_date (&self->decision);
      self->decision_made = TRUE;
    }
  return self->decision_date;
}

/**
 * scr_evaluation_get_outcomes:
 * @self: an evaluation
 *
 * Gets the outcomes, one per process, as a list model of
 * [class@Scr.Outcome]. The list is built on the first call and owned by
 * @self; take a reference to keep it beyond @self.
 *
 * Returns: (transfer none): the outcomes, one per process, as a list
 *   model of [class@Scr.Outcome]
 */
GListModel *
scr_evaluation_get_outcomes (ScrEvaluation *self)
{
  g_return_val_if_fail (SCR_IS_EVALUATION (self), NULL);

  if (self->outcomes == NULL)
    {
      self->outcomes = scr_item_list_new (SCR_TYPE_OUTCOME);
      for (guint i = 0; i < self->n_records; i++)
        {
          g_autoptr(ScrOutcome) outcome = make_outcome (self, &self->records[i]);

          scr_item_list_append (self->outcomes, outcome);
        }
    }
  return G_LIST_MODEL (self->outcomes);
}

/**
 * scr_evaluation_get_outcome:
 * @self: an evaluation
 * @process: a process
 *
 * Gets the outcome for @process, or %NULL when no rule for it is in force
 * for the case.
 *
 * Returns: (transfer none) (nullable): the outcome for @process, or %NULL
 *   when no rule for it is in force for the case
 */
ScrOutcome *
scr_evaluation_get_outcome (ScrEvaluation *self,
                            ScrProcess     process)
{
  g_return_val_if_fail (SCR_IS_EVALUATION (self), NULL);

  for (guint i = 0; i < self->n_records; i++)
    if (self->records[i].process == process)
      {
        ScrOutcome *outcome = g_list_model_get_item (scr_evaluation_get_outcomes (self), i);

        /* Borrowed: the cached list keeps the outcome alive as long as @self. */
        g_object_unref (outcome);
        return outcome;
      }
  return NULL;
}

/**
 * scr_evaluation_list_missing_facts:
 * @self: an evaluation
 *
 * Lists the facts that would decide the case: the union of the missing
 * facts of every indeterminate outcome, in catalogue order, then any
 * event dates needed (as `date:EVENT`).
 *
 * Returns: (transfer full) (array zero-terminated=1): the missing facts
 */
char **
scr_evaluation_list_missing_facts (ScrEvaluation *self)
{
  guint64 missing[2] = { 0, 0 }, events = 0;

  g_return_val_if_fail (SCR_IS_EVALUATION (self), NULL);

  for (guint i = 0; i < self->n_records; i++)
    {
      const ScrOutcomeRec *rec = &self->records[i];

      missing[0] |= rec->missing[0];
      missing[1] |= rec->missing[1];
      events |= rec->missing_events;
    }
  return scr_missing_to_strv (scr_rule_set_get_tables (self->rules), missing, events);
}

/* Which of the undecided outcomes list fact @f as missing. */
static gboolean
rec_misses (const ScrOutcomeRec *rec,
            guint                f)
{
  return rec->verdict == SCR_VERDICT_INDETERMINATE &&
         (rec->missing[f >> 6] & (G_GUINT64_CONSTANT (1) << (f & 63))) != 0;
}

/* The question for fact @f, asked by @n_outcomes of the records. */
static ScrQuestion *
make_question (ScrEvaluation *self,
               guint          f,
               guint          n_outcomes)
{
  const ScrFactInfo *info = scr_facts_catalogue_get (f);
  GPtrArray *allowed = g_ptr_array_new ();
  GPtrArray *rule_ids = g_ptr_array_new ();

  /* Values 1..n: every value but "unknown", in the catalogue's spelling
   * order; none for an integer fact. */
  for (guint i = 0; info->listed_values != NULL && info->listed_values[i] != NULL; i++)
    if (strcmp (info->listed_values[i], "unknown") != 0)
      g_ptr_array_add (allowed, g_strdup (info->listed_values[i]));
  g_ptr_array_add (allowed, NULL);
  for (guint i = 0; i < self->n_records; i++)
    {
      const ScrCRule *rule = self->records[i].rule;
      gboolean seen = FALSE;

      if (!rec_misses (&self->records[i], f) || rule == NULL)
        continue;
      for (guint k = 0; k < rule_ids->len && !seen; k++)
        seen = strcmp (rule_ids->pdata[k], rule->id) == 0;
      if (!seen)
        g_ptr_array_add (rule_ids, g_strdup (rule->id));
    }
  g_ptr_array_add (rule_ids, NULL);
  return scr_question_new_internal (info->name, info->question,
                                    (char **) g_ptr_array_free (allowed, FALSE), n_outcomes,
                                    (char **) g_ptr_array_free (rule_ids, FALSE));
}

/**
 * scr_evaluation_get_questions:
 * @self: an evaluation
 *
 * Gets the facts still missing from the evaluation as questions, what a
 * business-unit officer asks the referrer next: each fact that an
 * indeterminate outcome lists as missing ([property@Scr.Outcome:missing]),
 * once, with its wording from the fact catalogue, the values it allows,
 * how many undecided outcomes list it and the rules they would decide.
 *
 * The questions are ordered by the number of undecided outcomes they
 * would help settle, most first, then in catalogue order. Event dates
 * that are missing (`date:EVENT` in the outcomes' missing lists) are not
 * questions; [method@Scr.Evaluation.list_missing_facts] lists them.
 *
 * Returns: (transfer full): a new list model of [class@Scr.Question],
 *   empty when no fact is missing
 */
GListModel *
scr_evaluation_get_questions (ScrEvaluation *self)
{
  ScrItemList *list;
  guint n_facts, counts[SCR_MAX_FACTS] = { 0 };
  guint max = 0;

  g_return_val_if_fail (SCR_IS_EVALUATION (self), NULL);

  n_facts = scr_facts_catalogue_size ();
  for (guint f = 0; f < n_facts; f++)
    {
      for (guint i = 0; i < self->n_records; i++)
        if (rec_misses (&self->records[i], f))
          counts[f]++;
      max = MAX (max, counts[f]);
    }
  list = scr_item_list_new (SCR_TYPE_QUESTION);
  /* Most outcomes first; within a count, catalogue order. */
  for (guint n = max; n > 0; n--)
    for (guint f = 0; f < n_facts; f++)
      if (counts[f] == n)
        {
          g_autoptr(ScrQuestion) q = make_question (self, f, n);

          scr_item_list_append (list, q);
        }
  return G_LIST_MODEL (list);
}

/**
 * scr_evaluation_list_ignored_facts:
 * @self: an evaluation
 *
 * Lists the case's facts that the fact catalogue does not know (kept by
 * the case, for example from a newer libscr, but not read by any rule).
 *
 * Returns: (transfer full) (array zero-terminated=1): the ignored facts
 */
char **
scr_evaluation_list_ignored_facts (ScrEvaluation *self)
{
  g_return_val_if_fail (SCR_IS_EVALUATION (self), NULL);
  return self->ignored != NULL ? g_strdupv (self->ignored) : g_new0 (char *, 1);
}

/**
 * scr_evaluation_to_json:
 * @self: an evaluation
 *
 * Serialises the evaluation as `scr evaluate --json` prints it:
 * `{"case": ID, "decision_date": DATE, "outcomes": [...], "missing_facts":
 * [...], "ignored_facts": [...]}`, each outcome with `process`, `outcome`,
 * `rule`, `citation`, `evidence`, `reason` and `missing`.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
scr_evaluation_to_json (ScrEvaluation *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *outcomes;
  g_auto(GStrv) missing = NULL;

  g_return_val_if_fail (SCR_IS_EVALUATION (self), NULL);

  outcomes = scr_evaluation_get_outcomes (self);
  missing = scr_evaluation_list_missing_facts (self);
  json_builder_begin_object (builder);
  scr_json_write_string (builder, "case", self->case_id);
  scr_json_write_date (builder, "decision_date", scr_evaluation_get_decision_date (self));
  json_builder_set_member_name (builder, "outcomes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(ScrOutcome) o = g_list_model_get_item (outcomes, i);

      json_builder_begin_object (builder);
      scr_json_write_string (builder, "process", scr_process_to_nick (scr_outcome_get_process (o)));
      scr_json_write_string (builder, "outcome", scr_verdict_to_nick (scr_outcome_get_verdict (o)));
      scr_json_write_string (builder, "rule", scr_outcome_get_rule_id (o));
      scr_json_write_string (builder, "citation", scr_outcome_get_citation (o));
      scr_json_write_string (builder, "evidence", scr_evidence_to_tag (scr_outcome_get_evidence (o)));
      scr_json_write_string (builder, "reason", scr_outcome_get_reason (o));
      scr_json_write_strv (builder, "missing", scr_outcome_get_missing (o));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  scr_json_write_strv (builder, "missing_facts", (const char * const *) missing);
  scr_json_write_strv (builder, "ignored_facts", (const char * const *) self->ignored);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
