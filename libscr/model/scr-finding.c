/* scr-finding.c: a finding of a review.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-finding-private.h"

#include "scr-fields-private.h"

/**
 * ScrFinding:
 *
 * A finding of a review: what the reviewers found, such as "In this case
 * there was insufficient professional curiosity despite historical
 * context". A finding may belong to themes ([class@Scr.Theme]) and leads
 * to lessons ([class@Scr.Lesson]) and recommendations.
 *
 * In JSON a finding is an item of the dataset's `findings` array:
 *
 * ```json
 * {"id": "child-l-f1", "review_id": "child-l-scr", "number": "L1",
 *  "title": null, "text": "In this case there was insufficient ...",
 *  "theme_ids": ["child-l-t1"]}
 * ```
 *
 * `id` and `text` are required; `theme_ids` may be absent (none). Members
 * this version does not know are kept and written back after the known
 * ones.
 *
 * ## Threads
 *
 * A finding is a plain mutable object that notifies its changes: use
 * it, and the dataset that holds it, from one thread at a time; the
 * items of a loaded dataset that no thread changes may be read from
 * several at once ([class@Scr.Dataset]).
 */
struct _ScrFinding
{
  GObject     parent_instance;

  char       *id;
  char       *review_id;
  char       *number;
  char       *title;
  char       *text;
  char      **theme_ids;
  char      **concept_ids;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrFinding, scr_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REVIEW_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_TEXT,
  PROP_THEME_IDS,
  PROP_CONCEPT_IDS,
};

static const ScrField finding_fields[] = {
  [PROP_ID - 1] = SCR_FIELD_STRING_REQUIRED ("id", "id", ScrFinding, id),
  [PROP_REVIEW_ID - 1] = SCR_FIELD_STRING ("review_id", "review-id", ScrFinding, review_id),
  [PROP_NUMBER - 1] = SCR_FIELD_STRING ("number", "number", ScrFinding, number),
  [PROP_TITLE - 1] = SCR_FIELD_STRING ("title", "title", ScrFinding, title),
  [PROP_TEXT - 1] = SCR_FIELD_STRING_REQUIRED ("text", "text", ScrFinding, text),
  [PROP_THEME_IDS - 1] = SCR_FIELD_STRV ("theme_ids", "theme-ids", ScrFinding, theme_ids),
  [PROP_CONCEPT_IDS - 1] = SCR_FIELD_STRV_OMIT_UNSET ("concept_ids", "concept-ids", ScrFinding, concept_ids),
};

static ScrFieldSet finding_set = SCR_FIELD_SET (finding_fields, ScrFinding, unknown, NULL);

static void
scr_finding_class_init (ScrFindingClass *klass)
{
  /**
   * ScrFinding:id:
   *
   * The id, unique among the dataset's findings.
   */
  /**
   * ScrFinding:review-id:
   *
   * The id of the review the finding belongs to, or %NULL.
   */
  /**
   * ScrFinding:number:
   *
   * The finding's number in its review as the report prints it, such as "1"
   * or "L1", or %NULL.
   */
  /**
   * ScrFinding:title:
   *
   * A short title, or %NULL.
   */
  /**
   * ScrFinding:text:
   *
   * The text of the finding.
   */
  /**
   * ScrFinding:theme-ids:
   *
   * The ids of the themes the finding belongs to, in order.
   */
  /**
   * ScrFinding:concept-ids:
   *
   * The ids of the concepts of a theme vocabulary ([class@Scr.Vocabulary])
   * that code the finding, such as `nspcc:neglect`; empty when it is not
   * coded. In JSON the `concept_ids` member, written only when not empty.
   */
  scr_field_set_install (&finding_set, G_OBJECT_CLASS (klass));
}

static void
scr_finding_init (ScrFinding *self)
{
  scr_field_set_init_instance (&finding_set, G_OBJECT (self));
}

/**
 * scr_finding_new:
 * @id: the id
 * @text: the text
 *
 * Creates a finding.
 *
 * Returns: (transfer full): a new finding
 */
ScrFinding *
scr_finding_new (const char *id,
                 const char *text)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return g_object_new (SCR_TYPE_FINDING,
                       "id", id,
                       "text", text,
                       NULL);
}

ScrFinding *
scr_finding_load_json (JsonObject  *object,
                       const char  *path,
                       GError     **error)
{
  return scr_field_set_load (&finding_set, SCR_TYPE_FINDING, object, path, error);
}

void
scr_finding_save_json (ScrFinding  *self,
                       JsonBuilder *builder)
{
  scr_field_set_save (&finding_set, G_OBJECT (self), builder);
}

/**
 * scr_finding_new_from_json:
 * @node: a JSON object in the format of the dataset's `findings` items
 * @error: return location for a #GError
 *
 * Reads a finding from JSON. Errors name the member, as in
 * `theme_ids[1]: expected a string, found an integer`.
 *
 * Returns: (transfer full): a new finding, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION)
 */
ScrFinding *
scr_finding_new_from_json (JsonNode  *node,
                           GError   **error)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&finding_set, SCR_TYPE_FINDING, node, error);
}

/**
 * scr_finding_to_json:
 * @self: a finding
 *
 * Writes @self as JSON: the known members in a fixed order, then the
 * unknown members it was read with.
 *
 * Returns: (transfer full): a new JSON object node
 */
JsonNode *
scr_finding_to_json (ScrFinding *self)
{
  g_return_val_if_fail (SCR_IS_FINDING (self), NULL);

  return scr_field_set_to_json (&finding_set, G_OBJECT (self));
}
/**
 * scr_finding_get_id:
 * @self: a finding
 *
 * Gets [property@Scr.Finding:id].
 *
 * Returns: (nullable): the id
 */
const char *
scr_finding_get_id (ScrFinding *self)
{
  g_return_val_if_fail (SCR_IS_FINDING (self), NULL);
  return self->id;
}

/**
 * scr_finding_set_id:
 * @self: a finding
 * @id: the new value
 *
 * Sets [property@Scr.Finding:id].
 */
void
scr_finding_set_id (ScrFinding  *self,
                    const char  *id)
{
  g_return_if_fail (SCR_IS_FINDING (self));
  g_return_if_fail (id != NULL);
  scr_field_set_string (&finding_set, G_OBJECT (self), PROP_ID, id);
}

/**
 * scr_finding_get_review_id:
 * @self: a finding
 *
 * Gets [property@Scr.Finding:review-id].
 *
 * Returns: (nullable): the id of the review
 */
const char *
scr_finding_get_review_id (ScrFinding *self)
{
  g_return_val_if_fail (SCR_IS_FINDING (self), NULL);
  return self->review_id;
}

/**
 * scr_finding_set_review_id:
 * @self: a finding
 * @review_id: (nullable): a review id
 *
 * Sets [property@Scr.Finding:review-id].
 */
void
scr_finding_set_review_id (ScrFinding  *self,
                           const char  *review_id)
{
  g_return_if_fail (SCR_IS_FINDING (self));
  scr_field_set_string (&finding_set, G_OBJECT (self), PROP_REVIEW_ID, review_id);
}

/**
 * scr_finding_get_number:
 * @self: a finding
 *
 * Gets [property@Scr.Finding:number].
 *
 * Returns: (nullable): the number
 */
const char *
scr_finding_get_number (ScrFinding *self)
{
  g_return_val_if_fail (SCR_IS_FINDING (self), NULL);
  return self->number;
}

/**
 * scr_finding_set_number:
 * @self: a finding
 * @number: (nullable): a number such as "L1"
 *
 * Sets [property@Scr.Finding:number].
 */
void
scr_finding_set_number (ScrFinding  *self,
                        const char  *number)
{
  g_return_if_fail (SCR_IS_FINDING (self));
  scr_field_set_string (&finding_set, G_OBJECT (self), PROP_NUMBER, number);
}

/**
 * scr_finding_get_title:
 * @self: a finding
 *
 * Gets [property@Scr.Finding:title].
 *
 * Returns: (nullable): the title
 */
const char *
scr_finding_get_title (ScrFinding *self)
{
  g_return_val_if_fail (SCR_IS_FINDING (self), NULL);
  return self->title;
}

/**
 * scr_finding_set_title:
 * @self: a finding
 * @title: (nullable): a title
 *
 * Sets [property@Scr.Finding:title].
 */
void
scr_finding_set_title (ScrFinding  *self,
                       const char  *title)
{
  g_return_if_fail (SCR_IS_FINDING (self));
  scr_field_set_string (&finding_set, G_OBJECT (self), PROP_TITLE, title);
}

/**
 * scr_finding_get_text:
 * @self: a finding
 *
 * Gets [property@Scr.Finding:text].
 *
 * Returns: (nullable): the text
 */
const char *
scr_finding_get_text (ScrFinding *self)
{
  g_return_val_if_fail (SCR_IS_FINDING (self), NULL);
  return self->text;
}

/**
 * scr_finding_set_text:
 * @self: a finding
 * @text: the new value
 *
 * Sets [property@Scr.Finding:text].
 */
void
scr_finding_set_text (ScrFinding  *self,
                      const char  *text)
{
  g_return_if_fail (SCR_IS_FINDING (self));
  g_return_if_fail (text != NULL);
  scr_field_set_string (&finding_set, G_OBJECT (self), PROP_TEXT, text);
}

/**
 * scr_finding_get_theme_ids:
 * @self: a finding
 *
 * Gets [property@Scr.Finding:theme-ids].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the themes the finding belongs to, in order
 */
const char * const *
scr_finding_get_theme_ids (ScrFinding *self)
{
  g_return_val_if_fail (SCR_IS_FINDING (self), NULL);
  return (const char * const *) self->theme_ids;
}

/**
 * scr_finding_set_theme_ids:
 * @self: a finding
 * @theme_ids: (nullable) (array zero-terminated=1): the new list, %NULL for none
 *
 * Sets [property@Scr.Finding:theme-ids].
 */
void
scr_finding_set_theme_ids (ScrFinding         *self,
                           const char * const *theme_ids)
{
  g_return_if_fail (SCR_IS_FINDING (self));
  scr_field_set_strv (&finding_set, G_OBJECT (self), PROP_THEME_IDS, theme_ids);
}

/**
 * scr_finding_get_concept_ids:
 * @self: a finding
 *
 * Gets [property@Scr.Finding:concept-ids].
 *
 * Returns: (transfer none) (array zero-terminated=1): the concept ids,
 *   empty when there are none
 */
const char * const *
scr_finding_get_concept_ids (ScrFinding *self)
{
  g_return_val_if_fail (SCR_IS_FINDING (self), NULL);
  return (const char * const *) self->concept_ids;
}

/**
 * scr_finding_set_concept_ids:
 * @self: a finding
 * @concept_ids: (nullable) (array zero-terminated=1): concept ids, or
 *   %NULL for none
 *
 * Sets [property@Scr.Finding:concept-ids].
 */
void
scr_finding_set_concept_ids (ScrFinding         *self,
                             const char * const *concept_ids)
{
  g_return_if_fail (SCR_IS_FINDING (self));
  scr_field_set_strv (&finding_set, G_OBJECT (self), PROP_CONCEPT_IDS, concept_ids);
}
