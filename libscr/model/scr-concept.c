/* scr-concept.c: a concept of a theme vocabulary.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-concept-private.h"

/**
 * ScrConcept:
 *
 * One concept of a theme vocabulary ([class@Scr.Vocabulary]), such as
 * "Neglect" in the NSPCC repository's topics: an id that themes,
 * findings and recommendations name in their `concept_ids`
 * ([property@Scr.Theme:concept-ids]), a preferred label, alternative
 * labels, the ids of its broader and narrower concepts, a short
 * definition, the id of its source and how far it was confirmed.
 *
 * A concept is immutable: its properties are set when its vocabulary
 * reads it and never change, so it may be read from any thread.
 *
 * The JSON format is in the "Theme vocabularies" section of
 * [JSON format: learning](json-format-learning.html).
 */
struct _ScrConcept
{
  GObject parent_instance;

  char  *id;
  char  *pref_label;
  char **alt_labels;
  char **broader;
  char **narrower;
  char  *definition;
  char  *source_id;
  char  *evidence;
};

G_DEFINE_FINAL_TYPE (ScrConcept, scr_concept, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PREF_LABEL,
  PROP_ALT_LABELS,
  PROP_BROADER,
  PROP_NARROWER,
  PROP_DEFINITION,
  PROP_SOURCE_ID,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
strv_or_empty (const char * const *value)
{
  return value != NULL ? g_strdupv ((char **) value) : g_new0 (char *, 1);
}

static void
scr_concept_finalize (GObject *object)
{
  ScrConcept *self = SCR_CONCEPT (object);

  g_free (self->id);
  g_free (self->pref_label);
  g_strfreev (self->alt_labels);
  g_strfreev (self->broader);
  g_strfreev (self->narrower);
  g_free (self->definition);
  g_free (self->source_id);
  g_free (self->evidence);

  G_OBJECT_CLASS (scr_concept_parent_class)->finalize (object);
}

static void
scr_concept_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ScrConcept *self = SCR_CONCEPT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_PREF_LABEL:
      g_value_set_string (value, self->pref_label);
      break;
    case PROP_ALT_LABELS:
      g_value_set_boxed (value, self->alt_labels);
      break;
    case PROP_BROADER:
      g_value_set_boxed (value, self->broader);
      break;
    case PROP_NARROWER:
      g_value_set_boxed (value, self->narrower);
      break;
    case PROP_DEFINITION:
      g_value_set_string (value, self->definition);
      break;
    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;
    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_concept_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ScrConcept *self = SCR_CONCEPT (object);

  /* construct-only: set once, before anyone can read them */
  switch (prop_id)
    {
    case PROP_ID:
      g_free (self->id);
      self->id = g_value_dup_string (value);
      break;
    case PROP_PREF_LABEL:
      g_free (self->pref_label);
      self->pref_label = g_value_dup_string (value);
      break;
    case PROP_ALT_LABELS:
      g_strfreev (self->alt_labels);
      self->alt_labels = strv_or_empty (g_value_get_boxed (value));
      break;
    case PROP_BROADER:
      g_strfreev (self->broader);
      self->broader = strv_or_empty (g_value_get_boxed (value));
      break;
    case PROP_NARROWER:
      g_strfreev (self->narrower);
      self->narrower = strv_or_empty (g_value_get_boxed (value));
      break;
    case PROP_DEFINITION:
      g_free (self->definition);
      self->definition = g_value_dup_string (value);
      break;
    case PROP_SOURCE_ID:
      g_free (self->source_id);
      self->source_id = g_value_dup_string (value);
      break;
    case PROP_EVIDENCE:
      g_free (self->evidence);
      self->evidence = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_concept_class_init (ScrConceptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_concept_finalize;
  object_class->get_property = scr_concept_get_property;
  object_class->set_property = scr_concept_set_property;

  /**
   * ScrConcept:id:
   *
   * The concept's id, unique in its vocabulary, such as `nspcc:neglect`:
   * the id of its source's prefix, a colon and a name.
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * ScrConcept:pref-label:
   *
   * The preferred label, such as "Neglect".
   */
  properties[PROP_PREF_LABEL] = g_param_spec_string ("pref-label", NULL, NULL, NULL, flags);
  /**
   * ScrConcept:alt-labels:
   *
   * Other labels the concept is known by (abbreviations, older names);
   * empty when there are none.
   */
  properties[PROP_ALT_LABELS] = g_param_spec_boxed ("alt-labels", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * ScrConcept:broader:
   *
   * The ids of the broader concepts; empty for a top concept.
   */
  properties[PROP_BROADER] = g_param_spec_boxed ("broader", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * ScrConcept:narrower:
   *
   * The ids of the narrower concepts, as the source file lists them.
   */
  properties[PROP_NARROWER] = g_param_spec_boxed ("narrower", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * ScrConcept:definition:
   *
   * A short definition in plain words, or %NULL.
   */
  properties[PROP_DEFINITION] = g_param_spec_string ("definition", NULL, NULL, NULL, flags);
  /**
   * ScrConcept:source-id:
   *
   * The id of the vocabulary file (the source) the concept comes from,
   * such as `nspcc-topics`.
   */
  properties[PROP_SOURCE_ID] = g_param_spec_string ("source-id", NULL, NULL, NULL, flags);
  /**
   * ScrConcept:evidence:
   *
   * How far the concept was confirmed against its source: `F` (found
   * in the source or a faithful copy of it) or `R` (recalled, not
   * confirmed).
   */
  properties[PROP_EVIDENCE] = g_param_spec_string ("evidence", NULL, NULL, "R", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_concept_init (ScrConcept *self)
{
  self->alt_labels = g_new0 (char *, 1);
  self->broader = g_new0 (char *, 1);
  self->narrower = g_new0 (char *, 1);
}

ScrConcept *
scr_concept_new_internal (const char         *id,
                          const char         *pref_label,
                          const char * const *alt_labels,
                          const char * const *broader,
                          const char * const *narrower,
                          const char         *definition,
                          const char         *source_id,
                          const char         *evidence)
{
  return g_object_new (SCR_TYPE_CONCEPT,
                       "id", id,
                       "pref-label", pref_label,
                       "alt-labels", alt_labels,
                       "broader", broader,
                       "narrower", narrower,
                       "definition", definition,
                       "source-id", source_id,
                       "evidence", evidence,
                       NULL);
}

/**
 * scr_concept_get_id:
 * @self: a concept
 *
 * Gets [property@Scr.Concept:id].
 *
 * Returns: (nullable): the id
 */
const char *
scr_concept_get_id (ScrConcept *self)
{
  g_return_val_if_fail (SCR_IS_CONCEPT (self), NULL);
  return self->id;
}

/**
 * scr_concept_get_pref_label:
 * @self: a concept
 *
 * Gets [property@Scr.Concept:pref-label].
 *
 * Returns: (nullable): the preferred label
 */
const char *
scr_concept_get_pref_label (ScrConcept *self)
{
  g_return_val_if_fail (SCR_IS_CONCEPT (self), NULL);
  return self->pref_label;
}

/**
 * scr_concept_get_alt_labels:
 * @self: a concept
 *
 * Gets [property@Scr.Concept:alt-labels].
 *
 * Returns: (transfer none) (array zero-terminated=1): the alternative
 *   labels, empty when there are none
 */
const char * const *
scr_concept_get_alt_labels (ScrConcept *self)
{
  g_return_val_if_fail (SCR_IS_CONCEPT (self), NULL);
  return (const char * const *) self->alt_labels;
}

/**
 * scr_concept_get_broader:
 * @self: a concept
 *
 * Gets [property@Scr.Concept:broader].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   broader concepts
 */
const char * const *
scr_concept_get_broader (ScrConcept *self)
{
  g_return_val_if_fail (SCR_IS_CONCEPT (self), NULL);
  return (const char * const *) self->broader;
}

/**
 * scr_concept_get_narrower:
 * @self: a concept
 *
 * Gets [property@Scr.Concept:narrower].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   narrower concepts
 */
const char * const *
scr_concept_get_narrower (ScrConcept *self)
{
  g_return_val_if_fail (SCR_IS_CONCEPT (self), NULL);
  return (const char * const *) self->narrower;
}

/**
 * scr_concept_get_definition:
 * @self: a concept
 *
 * Gets [property@Scr.Concept:definition].
 *
 * Returns: (nullable): the definition
 */
const char *
scr_concept_get_definition (ScrConcept *self)
{
  g_return_val_if_fail (SCR_IS_CONCEPT (self), NULL);
  return self->definition;
}

/**
 * scr_concept_get_source_id:
 * @self: a concept
 *
 * Gets [property@Scr.Concept:source-id].
 *
 * Returns: (nullable): the id of the concept's source
 */
const char *
scr_concept_get_source_id (ScrConcept *self)
{
  g_return_val_if_fail (SCR_IS_CONCEPT (self), NULL);
  return self->source_id;
}

/**
 * scr_concept_get_evidence:
 * @self: a concept
 *
 * Gets [property@Scr.Concept:evidence].
 *
 * Returns: (nullable): `F` or `R`
 */
const char *
scr_concept_get_evidence (ScrConcept *self)
{
  g_return_val_if_fail (SCR_IS_CONCEPT (self), NULL);
  return self->evidence;
}
