/* scr-recommendation.c: a recommendation of a review.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-recommendation-private.h"

#include "scr-fields-private.h"

/**
 * ScrRecommendation:
 *
 * A recommendation of a review, made to the partnership or to one agency
 * ([property@Scr.Recommendation:agency-id]), answering findings and
 * lessons. Actions ([class@Scr.Action]) carry it out.
 *
 * In JSON a recommendation is an item of the dataset's `recommendations`
 * array:
 *
 * ```json
 * {"id": "b1-r3", "review_id": "child-b1-scr", "number": "3",
 *  "text": "The LSCB should ...", "agency_id": null,
 *  "finding_ids": ["b1-f3"], "lesson_ids": []}
 * ```
 *
 * `id` and `text` are required. Members this version does not know are
 * kept and written back after the known ones.
 *
 * ## Threads
 *
 * A recommendation is a plain mutable object that notifies its changes: use
 * it, and the dataset that holds it, from one thread at a time; the
 * items of a loaded dataset that no thread changes may be read from
 * several at once ([class@Scr.Dataset]).
 */
struct _ScrRecommendation
{
  GObject     parent_instance;

  char       *id;
  char       *review_id;
  char       *number;
  char       *text;
  char       *agency_id;
  char      **finding_ids;
  char      **lesson_ids;
  char      **concept_ids;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrRecommendation, scr_recommendation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REVIEW_ID,
  PROP_NUMBER,
  PROP_TEXT,
  PROP_AGENCY_ID,
  PROP_FINDING_IDS,
  PROP_LESSON_IDS,
  PROP_CONCEPT_IDS,
};

static const ScrField recommendation_fields[] = {
  [PROP_ID - 1] = SCR_FIELD_STRING_REQUIRED ("id", "id", ScrRecommendation, id),
  [PROP_REVIEW_ID - 1] = SCR_FIELD_STRING ("review_id", "review-id", ScrRecommendation, review_id),
  [PROP_NUMBER - 1] = SCR_FIELD_STRING ("number", "number", ScrRecommendation, number),
  [PROP_TEXT - 1] = SCR_FIELD_STRING_REQUIRED ("text", "text", ScrRecommendation, text),
  [PROP_AGENCY_ID - 1] = SCR_FIELD_STRING ("agency_id", "agency-id", ScrRecommendation, agency_id),
  [PROP_FINDING_IDS - 1] = SCR_FIELD_STRV ("finding_ids", "finding-ids", ScrRecommendation, finding_ids),
  [PROP_LESSON_IDS - 1] = SCR_FIELD_STRV ("lesson_ids", "lesson-ids", ScrRecommendation, lesson_ids),
  [PROP_CONCEPT_IDS - 1] = SCR_FIELD_STRV_OMIT_UNSET ("concept_ids", "concept-ids", ScrRecommendation, concept_ids),
};

static ScrFieldSet recommendation_set = SCR_FIELD_SET (recommendation_fields, ScrRecommendation, unknown, NULL);

static void
scr_recommendation_class_init (ScrRecommendationClass *klass)
{
  /**
   * ScrRecommendation:id:
   *
   * The id, unique among the dataset's recommendations.
   */
  /**
   * ScrRecommendation:review-id:
   *
   * The id of the review the recommendation belongs to, or %NULL.
   */
  /**
   * ScrRecommendation:number:
   *
   * The recommendation's number as the report prints it, or %NULL.
   */
  /**
   * ScrRecommendation:text:
   *
   * The text of the recommendation.
   */
  /**
   * ScrRecommendation:agency-id:
   *
   * The id of the agency the recommendation is made to, or %NULL when it is
   * made to the partnership.
   */
  /**
   * ScrRecommendation:finding-ids:
   *
   * The ids of the findings the recommendation answers, in order.
   */
  /**
   * ScrRecommendation:lesson-ids:
   *
   * The ids of the lessons the recommendation answers, in order.
   */
  /**
   * ScrRecommendation:concept-ids:
   *
   * The ids of the concepts of a theme vocabulary ([class@Scr.Vocabulary])
   * that code the recommendation, such as `nspcc:neglect`; empty when it is not
   * coded. In JSON the `concept_ids` member, written only when not empty.
   */
  scr_field_set_install (&recommendation_set, G_OBJECT_CLASS (klass));
}

static void
scr_recommendation_init (ScrRecommendation *self)
{
  scr_field_set_init_instance (&recommendation_set, G_OBJECT (self));
}

/**
 * scr_recommendation_new:
 * @id: the id
 * @text: the text
 *
 * Creates a recommendation.
 *
 * Returns: (transfer full): a new recommendation
 */
ScrRecommendation *
scr_recommendation_new (const char *id,
                        const char *text)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return g_object_new (SCR_TYPE_RECOMMENDATION,
                       "id", id,
                       "text", text,
                       NULL);
}

ScrRecommendation *
scr_recommendation_load_json (JsonObject  *object,
                              const char  *path,
                              GError     **error)
{
  return scr_field_set_load (&recommendation_set, SCR_TYPE_RECOMMENDATION, object, path, error);
}

void
scr_recommendation_save_json (ScrRecommendation *self,
                              JsonBuilder       *builder)
{
  scr_field_set_save (&recommendation_set, G_OBJECT (self), builder);
}

/**
 * scr_recommendation_new_from_json:
 * @node: a JSON object in the format of the dataset's `recommendations` items
 * @error: return location for a #GError
 *
 * Reads a recommendation from JSON. Errors name the member, as in
 * `finding_ids: expected an array, found a string`.
 *
 * Returns: (transfer full): a new recommendation, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION)
 */
ScrRecommendation *
scr_recommendation_new_from_json (JsonNode  *node,
                                  GError   **error)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&recommendation_set, SCR_TYPE_RECOMMENDATION, node, error);
}

/**
 * scr_recommendation_to_json:
 * @self: a recommendation
 *
 * Writes @self as JSON: the known members in a fixed order, then the
 * unknown members it was read with.
 *
 * Returns: (transfer full): a new JSON object node
 */
JsonNode *
scr_recommendation_to_json (ScrRecommendation *self)
{
  g_return_val_if_fail (SCR_IS_RECOMMENDATION (self), NULL);

  return scr_field_set_to_json (&recommendation_set, G_OBJECT (self));
}
/**
 * scr_recommendation_get_id:
 * @self: a recommendation
 *
 * Gets [property@Scr.Recommendation:id].
 *
 * Returns: (nullable): the id
 */
const char *
scr_recommendation_get_id (ScrRecommendation *self)
{
  g_return_val_if_fail (SCR_IS_RECOMMENDATION (self), NULL);
  return self->id;
}

/**
 * scr_recommendation_set_id:
 * @self: a recommendation
 * @id: the new value
 *
 * Sets [property@Scr.Recommendation:id].
 */
void
scr_recommendation_set_id (ScrRecommendation  *self,
                           const char         *id)
{
  g_return_if_fail (SCR_IS_RECOMMENDATION (self));
  g_return_if_fail (id != NULL);
  scr_field_set_string (&recommendation_set, G_OBJECT (self), PROP_ID, id);
}

/**
 * scr_recommendation_get_review_id:
 * @self: a recommendation
 *
 * Gets [property@Scr.Recommendation:review-id].
 *
 * Returns: (nullable): the id of the review
 */
const char *
scr_recommendation_get_review_id (ScrRecommendation *self)
{
  g_return_val_if_fail (SCR_IS_RECOMMENDATION (self), NULL);
  return self->review_id;
}

/**
 * scr_recommendation_set_review_id:
 * @self: a recommendation
 * @review_id: (nullable): a review id
 *
 * Sets [property@Scr.Recommendation:review-id].
 */
void
scr_recommendation_set_review_id (ScrRecommendation  *self,
                                  const char         *review_id)
{
  g_return_if_fail (SCR_IS_RECOMMENDATION (self));
  scr_field_set_string (&recommendation_set, G_OBJECT (self), PROP_REVIEW_ID, review_id);
}

/**
 * scr_recommendation_get_number:
 * @self: a recommendation
 *
 * Gets [property@Scr.Recommendation:number].
 *
 * Returns: (nullable): the number
 */
const char *
scr_recommendation_get_number (ScrRecommendation *self)
{
  g_return_val_if_fail (SCR_IS_RECOMMENDATION (self), NULL);
  return self->number;
}

/**
 * scr_recommendation_set_number:
 * @self: a recommendation
 * @number: (nullable): a number such as "3"
 *
 * Sets [property@Scr.Recommendation:number].
 */
void
scr_recommendation_set_number (ScrRecommendation  *self,
                               const char         *number)
{
  g_return_if_fail (SCR_IS_RECOMMENDATION (self));
  scr_field_set_string (&recommendation_set, G_OBJECT (self), PROP_NUMBER, number);
}

/**
 * scr_recommendation_get_text:
 * @self: a recommendation
 *
 * Gets [property@Scr.Recommendation:text].
 *
 * Returns: (nullable): the text
 */
const char *
scr_recommendation_get_text (ScrRecommendation *self)
{
  g_return_val_if_fail (SCR_IS_RECOMMENDATION (self), NULL);
  return self->text;
}

/**
 * scr_recommendation_set_text:
 * @self: a recommendation
 * @text: the new value
 *
 * Sets [property@Scr.Recommendation:text].
 */
void
scr_recommendation_set_text (ScrRecommendation  *self,
                             const char         *text)
{
  g_return_if_fail (SCR_IS_RECOMMENDATION (self));
  g_return_if_fail (text != NULL);
  scr_field_set_string (&recommendation_set, G_OBJECT (self), PROP_TEXT, text);
}

/**
 * scr_recommendation_get_agency_id:
 * @self: a recommendation
 *
 * Gets [property@Scr.Recommendation:agency-id].
 *
 * Returns: (nullable): the id of the agency
 */
const char *
scr_recommendation_get_agency_id (ScrRecommendation *self)
{
  g_return_val_if_fail (SCR_IS_RECOMMENDATION (self), NULL);
  return self->agency_id;
}

/**
 * scr_recommendation_set_agency_id:
 * @self: a recommendation
 * @agency_id: (nullable): an agency id
 *
 * Sets [property@Scr.Recommendation:agency-id].
 */
void
scr_recommendation_set_agency_id (ScrRecommendation  *self,
                                  const char         *agency_id)
{
  g_return_if_fail (SCR_IS_RECOMMENDATION (self));
  scr_field_set_string (&recommendation_set, G_OBJECT (self), PROP_AGENCY_ID, agency_id);
}

/**
 * scr_recommendation_get_finding_ids:
 * @self: a recommendation
 *
 * Gets [property@Scr.Recommendation:finding-ids].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the findings the recommendation answers, in order
 */
const char * const *
scr_recommendation_get_finding_ids (ScrRecommendation *self)
{
  g_return_val_if_fail (SCR_IS_RECOMMENDATION (self), NULL);
  return (const char * const *) self->finding_ids;
}

/**
 * scr_recommendation_set_finding_ids:
 * @self: a recommendation
 * @finding_ids: (nullable) (array zero-terminated=1): the new list, %NULL for none
 *
 * Sets [property@Scr.Recommendation:finding-ids].
 */
void
scr_recommendation_set_finding_ids (ScrRecommendation  *self,
                                    const char * const *finding_ids)
{
  g_return_if_fail (SCR_IS_RECOMMENDATION (self));
  scr_field_set_strv (&recommendation_set, G_OBJECT (self), PROP_FINDING_IDS, finding_ids);
}

/**
 * scr_recommendation_get_lesson_ids:
 * @self: a recommendation
 *
 * Gets [property@Scr.Recommendation:lesson-ids].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the lessons the recommendation answers, in order
 */
const char * const *
scr_recommendation_get_lesson_ids (ScrRecommendation *self)
{
  g_return_val_if_fail (SCR_IS_RECOMMENDATION (self), NULL);
  return (const char * const *) self->lesson_ids;
}

/**
 * scr_recommendation_set_lesson_ids:
 * @self: a recommendation
 * @lesson_ids: (nullable) (array zero-terminated=1): the new list, %NULL for none
 *
 * Sets [property@Scr.Recommendation:lesson-ids].
 */
void
scr_recommendation_set_lesson_ids (ScrRecommendation  *self,
                                   const char * const *lesson_ids)
{
  g_return_if_fail (SCR_IS_RECOMMENDATION (self));
  scr_field_set_strv (&recommendation_set, G_OBJECT (self), PROP_LESSON_IDS, lesson_ids);
}

/**
 * scr_recommendation_get_concept_ids:
 * @self: a recommendation
 *
 * Gets [property@Scr.Recommendation:concept-ids].
 *
 * Returns: (transfer none) (array zero-terminated=1): the concept ids,
 *   empty when there are none
 */
const char * const *
scr_recommendation_get_concept_ids (ScrRecommendation *self)
{
  g_return_val_if_fail (SCR_IS_RECOMMENDATION (self), NULL);
  return (const char * const *) self->concept_ids;
}

/**
 * scr_recommendation_set_concept_ids:
 * @self: a recommendation
 * @concept_ids: (nullable) (array zero-terminated=1): concept ids, or
 *   %NULL for none
 *
 * Sets [property@Scr.Recommendation:concept-ids].
 */
void
scr_recommendation_set_concept_ids (ScrRecommendation  *self,
                                    const char * const *concept_ids)
{
  g_return_if_fail (SCR_IS_RECOMMENDATION (self));
  scr_field_set_strv (&recommendation_set, G_OBJECT (self), PROP_CONCEPT_IDS, concept_ids);
}
