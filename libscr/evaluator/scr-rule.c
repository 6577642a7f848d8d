/* scr-rule.c: one criteria or timescale rule of a rule set.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-enum-types.h"
#include "scr-rules-private.h"

/**
 * ScrRule:
 *
 * One entry of a [class@Scr.RuleSet]: a criteria rule (a condition over a
 * case's facts giving an outcome for a process), a timescale rule (a
 * deadline counted from an anchor event) or a note.
 *
 * Rules are read-only: they describe the data the rule set was loaded
 * from, for listings and documentation. Every property is read-only.
 * Being immutable, a rule may be shared between threads.
 */
struct _ScrRule
{
  GObject parent_instance;

  ScrRuleKind kind;
  char *id;
  char **jurisdictions;
  char *edition;
  char *from;
  char *until;
  ScrProcess process;
  ScrVerdict outcome;
  ScrEvidence evidence;
  char *citation;
  char *text;
  char *trigger;
  int duration;
  ScrTimeUnit unit;
  char *source;
};

G_DEFINE_FINAL_TYPE (ScrRule, scr_rule, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_JURISDICTIONS,
  PROP_EDITION,
  PROP_IN_FORCE_FROM,
  PROP_IN_FORCE_UNTIL,
  PROP_PROCESS,
  PROP_OUTCOME,
  PROP_EVIDENCE,
  PROP_UNVERIFIED,
  PROP_CITATION,
  PROP_TEXT,
  PROP_TRIGGER,
  PROP_DURATION,
  PROP_UNIT,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_rule_finalize (GObject *object)
{
  ScrRule *self = SCR_RULE (object);

  g_free (self->id);
  g_strfreev (self->jurisdictions);
  g_free (self->edition);
  g_free (self->from);
  g_free (self->until);
  g_free (self->citation);
  g_free (self->text);
  g_free (self->trigger);
  g_free (self->source);
  G_OBJECT_CLASS (scr_rule_parent_class)->finalize (object);
}

static void
scr_rule_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ScrRule *self = SCR_RULE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_JURISDICTIONS: g_value_set_boxed (value, self->jurisdictions); break;
    case PROP_EDITION: g_value_set_string (value, self->edition); break;
    case PROP_IN_FORCE_FROM: g_value_set_string (value, self->from); break;
    case PROP_IN_FORCE_UNTIL: g_value_set_string (value, self->until); break;
    case PROP_PROCESS: g_value_set_enum (value, self->process); break;
    case PROP_OUTCOME: g_value_set_enum (value, self->outcome); break;
    case PROP_EVIDENCE: g_value_set_enum (value, self->evidence); break;
    case PROP_UNVERIFIED: g_value_set_boolean (value, scr_rule_get_unverified (self)); break;
    case PROP_CITATION: g_value_set_string (value, self->citation); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_TRIGGER: g_value_set_string (value, self->trigger); break;
    case PROP_DURATION: g_value_set_int (value, self->duration); break;
    case PROP_UNIT: g_value_set_enum (value, self->unit); break;
    case PROP_SOURCE: g_value_set_string (value, self->source); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_rule_class_init (ScrRuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_rule_finalize;
  object_class->get_property = scr_rule_get_property;

  /**
   * ScrRule:id:
   *
   * The rule id, such as `E15-SCR-1` or `T-SIN-18`.
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * ScrRule:kind:
   *
   * Whether this is a criteria rule, a timescale rule or a note.
   */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, SCR_TYPE_RULE_KIND,
                                             SCR_RULE_KIND_CRITERIA, flags);
  /**
   * ScrRule:jurisdictions:
   *
   * The jurisdictions the rule applies in (`england`, `wales`, `scotland`,
   * `northern-ireland`); empty for notes.
   */
  properties[PROP_JURISDICTIONS] = g_param_spec_boxed ("jurisdictions", NULL, NULL,
                                                       G_TYPE_STRV, flags);
  /**
   * ScrRule:edition:
   *
   * The edition of the guidance or legislation, such as `WT2015`.
   */
  properties[PROP_EDITION] = g_param_spec_string ("edition", NULL, NULL, NULL, flags);
  /**
   * ScrRule:in-force-from:
   *
   * The first day the rule is in force, as written in the rule file: an
   * ISO 8601 date (possibly partial, such as `2021-09`), `transition` for
   * the case's area transition date, or %NULL when open.
   */
  properties[PROP_IN_FORCE_FROM] = g_param_spec_string ("in-force-from", NULL, NULL, NULL, flags);
  /**
   * ScrRule:in-force-until:
   *
   * The last day the rule is in force (inclusive), as written in the rule
   * file; `transition` means the day before the case's area transition
   * date; %NULL when open.
   */
  properties[PROP_IN_FORCE_UNTIL] = g_param_spec_string ("in-force-until", NULL, NULL, NULL, flags);
  /**
   * ScrRule:process:
   *
   * The process the rule decides about or times.
   */
  properties[PROP_PROCESS] = g_param_spec_enum ("process", NULL, NULL, SCR_TYPE_PROCESS,
                                                SCR_PROCESS_NOTIFICATION, flags);
  /**
   * ScrRule:outcome:
   *
   * The outcome when a criteria rule's condition holds
   * (%SCR_VERDICT_INDETERMINATE for other kinds).
   */
  properties[PROP_OUTCOME] = g_param_spec_enum ("outcome", NULL, NULL, SCR_TYPE_VERDICT,
                                                SCR_VERDICT_INDETERMINATE, flags);
  /**
   * ScrRule:evidence:
   *
   * The evidence tag.
   */
  properties[PROP_EVIDENCE] = g_param_spec_enum ("evidence", NULL, NULL, SCR_TYPE_EVIDENCE,
                                                 SCR_EVIDENCE_FOUND, flags);
  /**
   * ScrRule:unverified:
   *
   * Whether the rule is `[R]` (recalled, not located), so that it is used
   * only when unverified rules are included.
   */
  properties[PROP_UNVERIFIED] = g_param_spec_boolean ("unverified", NULL, NULL, FALSE, flags);
  /**
   * ScrRule:citation:
   *
   * The source of the rule.
   */
  properties[PROP_CITATION] = g_param_spec_string ("citation", NULL, NULL, NULL, flags);
  /**
   * ScrRule:text:
   *
   * The reason template of a criteria rule (with `{fact}` fields), the
   * description of a timescale rule or the text of a note.
   */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  /**
   * ScrRule:trigger:
   *
   * The event whose date selects the rule (`decision`, `became_aware`,
   * `incident`...), or for a timescale rule its anchor event; alternatives
   * are separated by `|`.
   */
  properties[PROP_TRIGGER] = g_param_spec_string ("trigger", NULL, NULL, NULL, flags);
  /**
   * ScrRule:duration:
   *
   * The duration of a timescale rule in its unit; 0 when it has none.
   */
  properties[PROP_DURATION] = g_param_spec_int ("duration", NULL, NULL, 0, G_MAXINT, 0, flags);
  /**
   * ScrRule:unit:
   *
   * How a timescale rule counts.
   */
  properties[PROP_UNIT] = g_param_spec_enum ("unit", NULL, NULL, SCR_TYPE_TIME_UNIT,
                                             SCR_TIME_UNIT_NONE, flags);
  /**
   * ScrRule:source:
   *
   * Where the rule was loaded from: `built-in:FILE` or a file name.
   */
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_rule_init (ScrRule *self)
{
  self->outcome = SCR_VERDICT_INDETERMINATE;
}

ScrRule *
scr_rule_new_internal (ScrRuleKind  kind,
                       const char  *id,
                       const char  *source)
{
  ScrRule *self = g_object_new (SCR_TYPE_RULE, NULL);

  self->kind = kind;
  self->id = g_strdup (id);
  self->source = g_strdup (source);
  self->jurisdictions = g_new0 (char *, 1);
  return self;
}

void
scr_rule_set_fields (ScrRule            *self,
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
                     ScrTimeUnit         unit)
{
  if (jurisdictions != NULL)
    {
      g_strfreev (self->jurisdictions);
      self->jurisdictions = g_strdupv ((char **) jurisdictions);
    }
  g_free (self->edition);
  self->edition = g_strdup (edition);
  g_free (self->from);
  self->from = g_strdup (from);
  g_free (self->until);
  self->until = g_strdup (until);
  self->process = process;
  self->outcome = outcome;
  self->evidence = evidence;
  g_free (self->citation);
  self->citation = g_strdup (citation);
  g_free (self->text);
  self->text = g_strdup (text);
  g_free (self->trigger);
  self->trigger = g_strdup (trigger);
  self->duration = duration;
  self->unit = unit;
}

/**
 * scr_rule_get_id:
 * @self: a rule
 *
 * Gets the rule id, such as `E15-SCR-1`.
 *
 * Returns: the rule id, such as `E15-SCR-1`
 */
const char *
scr_rule_get_id (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), NULL);
  return self->id;
}

/**
 * scr_rule_get_kind:
 * @self: a rule
 *
 * Gets what the rule is.
 *
 * Returns: what the rule is
 */
ScrRuleKind
scr_rule_get_kind (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), SCR_RULE_KIND_NOTE);
  return self->kind;
}

/**
 * scr_rule_get_jurisdictions:
 * @self: a rule
 *
 * Gets the jurisdictions the rule applies in, by their nicks.
 *
 * Returns: (transfer none) (array zero-terminated=1): the jurisdictions
 *   the rule applies in, by their nicks
 */
const char * const *
scr_rule_get_jurisdictions (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), NULL);
  return (const char * const *) self->jurisdictions;
}

/**
 * scr_rule_get_edition:
 * @self: a rule
 *
 * Gets the edition, such as `WT2015`.
 *
 * Returns: (nullable): the edition, such as `WT2015`
 */
const char *
scr_rule_get_edition (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), NULL);
  return self->edition;
}

/**
 * scr_rule_get_in_force_from:
 * @self: a rule
 *
 * Gets the first day in force, as written in the rule file.
 *
 * Returns: (nullable): the first day in force, as written in the rule file
 *   (see [property@Scr.Rule:in-force-from])
 */
const char *
scr_rule_get_in_force_from (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), NULL);
  return self->from;
}

/**
 * scr_rule_get_in_force_until:
 * @self: a rule
 *
 * Gets the last day in force, as written in the rule file.
 *
 * Returns: (nullable): the last day in force, as written in the rule file
 *   (see [property@Scr.Rule:in-force-until])
 */
const char *
scr_rule_get_in_force_until (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), NULL);
  return self->until;
}

/**
 * scr_rule_get_process:
 * @self: a rule
 *
 * Gets the process the rule is about.
 *
 * Returns: the process the rule is about
 */
ScrProcess
scr_rule_get_process (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), SCR_PROCESS_NOTIFICATION);
  return self->process;
}

/**
 * scr_rule_get_outcome:
 * @self: a rule
 *
 * Gets the outcome of a criteria rule when its condition holds.
 *
 * Returns: the outcome of a criteria rule when its condition holds
 */
ScrVerdict
scr_rule_get_outcome (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), SCR_VERDICT_INDETERMINATE);
  return self->outcome;
}

/**
 * scr_rule_get_evidence:
 * @self: a rule
 *
 * Gets the evidence tag.
 *
 * Returns: the evidence tag
 */
ScrEvidence
scr_rule_get_evidence (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), SCR_EVIDENCE_RECALLED);
  return self->evidence;
}

/**
 * scr_rule_get_unverified:
 * @self: a rule
 *
 * Tells whether this is an `[R]` rule, used only when unverified rules are
 * included.
 *
 * Returns: %TRUE for an `[R]` rule, used only when unverified rules are
 *   included
 */
gboolean
scr_rule_get_unverified (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), TRUE);
  return self->evidence == SCR_EVIDENCE_RECALLED;
}

/**
 * scr_rule_get_citation:
 * @self: a rule
 *
 * Gets the source of the rule.
 *
 * Returns: (nullable): the source of the rule
 */
const char *
scr_rule_get_citation (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), NULL);
  return self->citation;
}

/**
 * scr_rule_get_text:
 * @self: a rule
 *
 * Gets the reason template, description or note text.
 *
 * Returns: (nullable): the reason template, description or note text
 */
const char *
scr_rule_get_text (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), NULL);
  return self->text;
}

/**
 * scr_rule_get_trigger:
 * @self: a rule
 *
 * Gets the selecting event, or a timescale's anchor.
 *
 * Returns: (nullable): the selecting event, or a timescale's anchor
 */
const char *
scr_rule_get_trigger (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), NULL);
  return self->trigger;
}

/**
 * scr_rule_get_duration:
 * @self: a rule
 *
 * Gets the duration of a timescale rule, 0 if none.
 *
 * Returns: the duration of a timescale rule, 0 if none
 */
int
scr_rule_get_duration (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), 0);
  return self->duration;
}

/**
 * scr_rule_get_unit:
 * @self: a rule
 *
 * Gets how a timescale rule counts.
 *
 * Returns: how a timescale rule counts
 */
ScrTimeUnit
scr_rule_get_unit (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), SCR_TIME_UNIT_NONE);
  return self->unit;
}

/**
 * scr_rule_get_source:
 * @self: a rule
 *
 * Gets where the rule was loaded from.
 *
 * Returns: where the rule was loaded from
 */
const char *
scr_rule_get_source (ScrRule *self)
{
  g_return_val_if_fail (SCR_IS_RULE (self), NULL);
  return self->source;
}

/**
 * scr_evidence_to_tag:
 * @evidence: an evidence value
 *
 * Gets the one-letter tag: `F`, `S`, `R` or `I`.
 *
 * Returns: the one-letter tag: `F`, `S`, `R` or `I`
 */
const char *
scr_evidence_to_tag (ScrEvidence evidence)
{
  static const char *const tags[] = { "F", "S", "R", "I" };

  g_return_val_if_fail ((guint) evidence < G_N_ELEMENTS (tags), NULL);
  return tags[evidence];
}
