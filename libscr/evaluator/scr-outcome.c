/* scr-outcome.c: the outcome of the rules for one process.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-enum-types.h"
#include "scr-evaluator-private.h"

/**
 * ScrOutcome:
 *
 * What the rules in force say about one process for one case: the verdict
 * (required, expected, consider, not required or indeterminate), the rule
 * that decided it with its citation and evidence tag, the reason in words
 * built from the case's facts, and, when indeterminate, the facts (and
 * event dates) that would decide it.
 *
 * Outcomes are read-only results; every property is read-only. Being
 * immutable, an outcome may be shared between threads.
 */
struct _ScrOutcome
{
  GObject parent_instance;

  ScrProcess process;
  ScrVerdict verdict;
  ScrRule *rule;       /* nullable */
  char *reason;
  char **missing;
  ScrDate *date;
};

G_DEFINE_FINAL_TYPE (ScrOutcome, scr_outcome, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROCESS,
  PROP_VERDICT,
  PROP_RULE_ID,
  PROP_EDITION,
  PROP_CITATION,
  PROP_EVIDENCE,
  PROP_UNVERIFIED,
  PROP_REASON,
  PROP_MISSING,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_outcome_finalize (GObject *object)
{
  ScrOutcome *self = SCR_OUTCOME (object);

  g_clear_object (&self->rule);
  g_free (self->reason);
  g_strfreev (self->missing);
  g_clear_pointer (&self->date, scr_date_free);
  G_OBJECT_CLASS (scr_outcome_parent_class)->finalize (object);
}

static void
scr_outcome_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ScrOutcome *self = SCR_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_PROCESS: g_value_set_enum (value, self->process); break;
    case PROP_VERDICT: g_value_set_enum (value, self->verdict); break;
    case PROP_RULE_ID: g_value_set_string (value, scr_outcome_get_rule_id (self)); break;
    case PROP_EDITION: g_value_set_string (value, scr_outcome_get_edition (self)); break;
    case PROP_CITATION: g_value_set_string (value, scr_outcome_get_citation (self)); break;
    case PROP_EVIDENCE: g_value_set_enum (value, scr_outcome_get_evidence (self)); break;
    case PROP_UNVERIFIED: g_value_set_boolean (value, scr_outcome_get_unverified (self)); break;
    case PROP_REASON: g_value_set_string (value, self->reason); break;
    case PROP_MISSING: g_value_set_boxed (value, self->missing); break;
    case PROP_DATE: g_value_set_boxed (value, self->date); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_outcome_class_init (ScrOutcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_outcome_finalize;
  object_class->get_property = scr_outcome_get_property;

  /**
   * ScrOutcome:process:
   *
   * The process the outcome is about.
   */
  properties[PROP_PROCESS] = g_param_spec_enum ("process", NULL, NULL, SCR_TYPE_PROCESS,
                                                SCR_PROCESS_NOTIFICATION, flags);
  /**
   * ScrOutcome:verdict:
   *
   * Required, expected, consider, not required or indeterminate.
   */
  properties[PROP_VERDICT] = g_param_spec_enum ("verdict", NULL, NULL, SCR_TYPE_VERDICT,
                                                SCR_VERDICT_INDETERMINATE, flags);
  /**
   * ScrOutcome:rule-id:
   *
   * The rule that decided the outcome: for an indeterminate outcome, the
   * strongest rule still undecided; for "not required" with no rule firing,
   * the first rule in force that did not apply. %NULL when none.
   */
  properties[PROP_RULE_ID] = g_param_spec_string ("rule-id", NULL, NULL, NULL, flags);
  /**
   * ScrOutcome:edition:
   *
   * The edition of the deciding rule.
   */
  properties[PROP_EDITION] = g_param_spec_string ("edition", NULL, NULL, NULL, flags);
  /**
   * ScrOutcome:citation:
   *
   * The citation of the deciding rule.
   */
  properties[PROP_CITATION] = g_param_spec_string ("citation", NULL, NULL, NULL, flags);
  /**
   * ScrOutcome:evidence:
   *
   * The evidence tag of the deciding rule.
   */
  properties[PROP_EVIDENCE] = g_param_spec_enum ("evidence", NULL, NULL, SCR_TYPE_EVIDENCE,
                                                 SCR_EVIDENCE_FOUND, flags);
  /**
   * ScrOutcome:unverified:
   *
   * Whether the deciding rule is `[R]`: its outcome needs verification.
   */
  properties[PROP_UNVERIFIED] = g_param_spec_boolean ("unverified", NULL, NULL, FALSE, flags);
  /**
   * ScrOutcome:reason:
   *
   * The reason in words, built from the case's facts.
   */
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, flags);
  /**
   * ScrOutcome:missing:
   *
   * For an indeterminate outcome, the facts that would decide it, then
   * `date:EVENT` for event dates that are needed; empty otherwise.
   */
  properties[PROP_MISSING] = g_param_spec_boxed ("missing", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * ScrOutcome:date:
   *
   * The date that selected the rules (the decision date, the date of
   * awareness or the incident date, by rule), or %NULL if unknown.
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, SCR_TYPE_DATE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_outcome_init (ScrOutcome *self)
{
}

ScrOutcome *
scr_outcome_new_internal (ScrProcess  process,
                          ScrVerdict  verdict,
                          ScrRule    *rule,
                          const char *reason,
                          char      **missing,
                          ScrDate    *date)
{
  ScrOutcome *self = g_object_new (SCR_TYPE_OUTCOME, NULL);

  self->process = process;
  self->verdict = verdict;
  self->rule = rule != NULL ? g_object_ref (rule) : NULL;
  self->reason = g_strdup (reason);
  self->missing = missing;
  self->date = date;
  return self;
}

/**
 * scr_outcome_get_process:
 * @self: an outcome
 *
 * Gets the process.
 *
 * Returns: the process
 */
ScrProcess
scr_outcome_get_process (ScrOutcome *self)
{
  g_return_val_if_fail (SCR_IS_OUTCOME (self), SCR_PROCESS_NOTIFICATION);
  return self->process;
}

/**
 * scr_outcome_get_verdict:
 * @self: an outcome
 *
 * Gets the verdict.
 *
 * Returns: the verdict
 */
ScrVerdict
scr_outcome_get_verdict (ScrOutcome *self)
{
  g_return_val_if_fail (SCR_IS_OUTCOME (self), SCR_VERDICT_INDETERMINATE);
  return self->verdict;
}

/**
 * scr_outcome_get_rule_id:
 * @self: an outcome
 *
 * Gets the id of the deciding rule.
 *
 * Returns: (nullable): the id of the deciding rule
 */
const char *
scr_outcome_get_rule_id (ScrOutcome *self)
{
  g_return_val_if_fail (SCR_IS_OUTCOME (self), NULL);
  return self->rule != NULL ? scr_rule_get_id (self->rule) : NULL;
}

/**
 * scr_outcome_get_edition:
 * @self: an outcome
 *
 * Gets the edition of the deciding rule.
 *
 * Returns: (nullable): the edition of the deciding rule
 */
const char *
scr_outcome_get_edition (ScrOutcome *self)
{
  g_return_val_if_fail (SCR_IS_OUTCOME (self), NULL);
  return self->rule != NULL ? scr_rule_get_edition (self->rule) : NULL;
}

/**
 * scr_outcome_get_citation:
 * @self: an outcome
 *
 * Gets the citation of the deciding rule.
 *
 * Returns: (nullable): the citation of the deciding rule
 */
const char *
scr_outcome_get_citation (ScrOutcome *self)
{
  g_return_val_if_fail (SCR_IS_OUTCOME (self), NULL);
  return self->rule != NULL ? scr_rule_get_citation (self->rule) : NULL;
}

/**
 * scr_outcome_get_evidence:
 * @self: an outcome
 *
 * Gets the evidence tag of the deciding rule.
 *
 * Returns: the evidence tag of the deciding rule
 */
ScrEvidence
scr_outcome_get_evidence (ScrOutcome *self)
{
  g_return_val_if_fail (SCR_IS_OUTCOME (self), SCR_EVIDENCE_INFERRED);
  return self->rule != NULL ? scr_rule_get_evidence (self->rule) : SCR_EVIDENCE_INFERRED;
}

/**
 * scr_outcome_get_unverified:
 * @self: an outcome
 *
 * Checks whether the deciding rule is `[R]` and needs verification.
 *
 * Returns: %TRUE when the deciding rule is `[R]` and needs verification
 */
gboolean
scr_outcome_get_unverified (ScrOutcome *self)
{
  g_return_val_if_fail (SCR_IS_OUTCOME (self), FALSE);
  return self->rule != NULL && scr_rule_get_unverified (self->rule);
}

/**
 * scr_outcome_get_reason:
 * @self: an outcome
 *
 * Gets the reason in words.
 *
 * Returns: the reason in words
 */
const char *
scr_outcome_get_reason (ScrOutcome *self)
{
  g_return_val_if_fail (SCR_IS_OUTCOME (self), NULL);
  return self->reason;
}

/**
 * scr_outcome_get_missing:
 * @self: an outcome
 *
 * Gets the facts (and `date:EVENT` entries) that would decide an
 * indeterminate outcome.
 *
 * Returns: (transfer none) (array zero-terminated=1): the facts (and
 *   `date:EVENT` entries) that would decide an indeterminate outcome
 */
const char * const *
scr_outcome_get_missing (ScrOutcome *self)
{
  g_return_val_if_fail (SCR_IS_OUTCOME (self), NULL);
  return (const char * const *) self->missing;
}

/**
 * scr_outcome_get_date:
 * @self: an outcome
 *
 * Gets the date that selected the rules.
 *
 * Returns: (nullable): the date that selected the rules
 */
const ScrDate *
scr_outcome_get_date (ScrOutcome *self)
{
  g_return_val_if_fail (SCR_IS_OUTCOME (self), NULL);
  return self->date;
}
