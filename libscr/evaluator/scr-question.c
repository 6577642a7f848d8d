/* scr-question.c: a fact still missing from an evaluation, as a question.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-evaluator-private.h"

/**
 * ScrQuestion:
 *
 * A fact that an evaluation still needs, as the question a business-unit
 * officer asks the referrer: the fact's name, its wording from the fact
 * catalogue, the values it allows, how many undecided outcomes it would
 * help settle and the rules it would decide. See
 * [method@Scr.Evaluation.get_questions].
 *
 * Questions are read-only results; every property is read-only. Being
 * immutable, a question may be shared between threads.
 */
struct _ScrQuestion
{
  GObject parent_instance;

  char *fact;
  char *text;
  char **allowed_values;
  guint n_outcomes;
  char **rule_ids;
};

G_DEFINE_FINAL_TYPE (ScrQuestion, scr_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FACT,
  PROP_TEXT,
  PROP_ALLOWED_VALUES,
  PROP_N_OUTCOMES,
  PROP_RULE_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_question_finalize (GObject *object)
{
  ScrQuestion *self = SCR_QUESTION (object);

  g_free (self->fact);
  g_free (self->text);
  g_strfreev (self->allowed_values);
  g_strfreev (self->rule_ids);
  G_OBJECT_CLASS (scr_question_parent_class)->finalize (object);
}

static void
scr_question_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ScrQuestion *self = SCR_QUESTION (object);

  switch (prop_id)
    {
    case PROP_FACT: g_value_set_string (value, self->fact); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_ALLOWED_VALUES: g_value_set_boxed (value, self->allowed_values); break;
    case PROP_N_OUTCOMES: g_value_set_uint (value, self->n_outcomes); break;
    case PROP_RULE_IDS: g_value_set_boxed (value, self->rule_ids); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_question_class_init (ScrQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_question_finalize;
  object_class->get_property = scr_question_get_property;

  /**
   * ScrQuestion:fact:
   *
   * The name of the fact asked for, as the fact catalogue spells it
   * ([func@Scr.facts_list_names]).
   */
  properties[PROP_FACT] = g_param_spec_string ("fact", NULL, NULL, NULL, flags);
  /**
   * ScrQuestion:text:
   *
   * The question in plain English, from the fact catalogue's `question`
   * member.
   */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  /**
   * ScrQuestion:allowed-values:
   *
   * The answers the fact allows, in the catalogue's order, without
   * `unknown` (not answering leaves the fact unknown). Empty for an
   * integer fact, which takes a whole number in its range.
   */
  properties[PROP_ALLOWED_VALUES] = g_param_spec_boxed ("allowed-values", NULL, NULL,
                                                        G_TYPE_STRV, flags);
  /**
   * ScrQuestion:n-outcomes:
   *
   * How many of the evaluation's undecided (indeterminate) outcomes list
   * the fact as missing: the outcomes its answer would help settle.
   */
  properties[PROP_N_OUTCOMES] = g_param_spec_uint ("n-outcomes", NULL, NULL, 0, G_MAXUINT, 0,
                                                   flags);
  /**
   * ScrQuestion:rule-ids:
   *
   * The rules the answer would decide: the undecided rule of each
   * outcome that lists the fact as missing ([property@Scr.Outcome:rule-id]).
   */
  properties[PROP_RULE_IDS] = g_param_spec_boxed ("rule-ids", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_question_init (ScrQuestion *self)
{
}

ScrQuestion *
scr_question_new_internal (const char  *fact,
                           const char  *text,
                           char       **allowed_values,
                           guint        n_outcomes,
                           char       **rule_ids)
{
  ScrQuestion *self = g_object_new (SCR_TYPE_QUESTION, NULL);

  self->fact = g_strdup (fact);
  self->text = g_strdup (text);
  self->allowed_values = allowed_values;
  self->n_outcomes = n_outcomes;
  self->rule_ids = rule_ids;
  return self;
}

/**
 * scr_question_get_fact:
 * @self: a question
 *
 * Gets the name of the fact asked for.
 *
 * Returns: the fact's name
 */
const char *
scr_question_get_fact (ScrQuestion *self)
{
  g_return_val_if_fail (SCR_IS_QUESTION (self), NULL);
  return self->fact;
}

/**
 * scr_question_get_text:
 * @self: a question
 *
 * Gets the question's wording (see [property@Scr.Question:text]).
 *
 * Returns: the question in plain English
 */
const char *
scr_question_get_text (ScrQuestion *self)
{
  g_return_val_if_fail (SCR_IS_QUESTION (self), NULL);
  return self->text;
}

/**
 * scr_question_get_allowed_values:
 * @self: a question
 *
 * Gets the answers the fact allows (see
 * [property@Scr.Question:allowed-values]).
 *
 * Returns: (transfer none) (array zero-terminated=1): the allowed values,
 *   empty for an integer fact
 */
const char * const *
scr_question_get_allowed_values (ScrQuestion *self)
{
  g_return_val_if_fail (SCR_IS_QUESTION (self), NULL);
  return (const char * const *) self->allowed_values;
}

/**
 * scr_question_get_n_outcomes:
 * @self: a question
 *
 * Gets how many undecided outcomes list the fact as missing.
 *
 * Returns: the number of undecided outcomes the answer would help settle
 */
guint
scr_question_get_n_outcomes (ScrQuestion *self)
{
  g_return_val_if_fail (SCR_IS_QUESTION (self), 0);
  return self->n_outcomes;
}

/**
 * scr_question_get_rule_ids:
 * @self: a question
 *
 * Gets the rules the answer would decide (see
 * [property@Scr.Question:rule-ids]).
 *
 * Returns: (transfer none) (array zero-terminated=1): the rule ids
 */
const char * const *
scr_question_get_rule_ids (ScrQuestion *self)
{
  g_return_val_if_fail (SCR_IS_QUESTION (self), NULL);
  return (const char * const *) self->rule_ids;
}
