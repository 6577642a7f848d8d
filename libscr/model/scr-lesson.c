/* scr-lesson.c: a lesson learnt from a review.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-lesson-private.h"

#include "scr-fields-private.h"

/**
 * ScrLesson:
 *
 * A lesson learnt from a review, numbered like "L1.1" under its finding.
 * A lesson may link to lessons of another review: Child L's lesson L2.1
 * is "linked to N2.1", a lesson of the Child N review, so
 * [property@Scr.Lesson:linked-lesson-ids] may name lessons of any review
 * in the dataset.
 *
 * In JSON a lesson is an item of the dataset's `lessons` array:
 *
 * ```json
 * {"id": "child-l-l2-1", "review_id": "child-l-scr", "number": "L2.1",
 *  "finding_id": "child-l-f2", "text": "Initial and ongoing assessments ...",
 *  "linked_lesson_ids": ["child-n-n2-1"]}
 * ```
 *
 * `id` and `text` are required. Members this version does not know are
 * kept and written back after the known ones.
 *
 * ## Threads
 *
 * A lesson is a plain mutable object that notifies its changes: use
 * it, and the dataset that holds it, from one thread at a time; the
 * items of a loaded dataset that no thread changes may be read from
 * several at once ([class@Scr.Dataset]).
 */
struct _ScrLesson
{
  GObject     parent_instance;

  char       *id;
  char       *review_id;
  char       *number;
  char       *finding_id;
  char       *text;
  char      **linked_lesson_ids;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrLesson, scr_lesson, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REVIEW_ID,
  PROP_NUMBER,
  PROP_FINDING_ID,
  PROP_TEXT,
  PROP_LINKED_LESSON_IDS,
};

static const ScrField lesson_fields[] = {
  [PROP_ID - 1] = SCR_FIELD_STRING_REQUIRED ("id", "id", ScrLesson, id),
  [PROP_REVIEW_ID - 1] = SCR_FIELD_STRING ("review_id", "review-id", ScrLesson, review_id),
  [PROP_NUMBER - 1] = SCR_FIELD_STRING ("number", "number", ScrLesson, number),
  [PROP_FINDING_ID - 1] = SCR_FIELD_STRING ("finding_id", "finding-id", ScrLesson, finding_id),
  [PROP_TEXT - 1] = SCR_FIELD_STRING_REQUIRED ("text", "text", ScrLesson, text),
  [PROP_LINKED_LESSON_IDS - 1] = SCR_FIELD_STRV ("linked_lesson_ids", "linked-lesson-ids", ScrLesson, linked_lesson_ids),
};

static ScrFieldSet lesson_set = SCR_FIELD_SET (lesson_fields, ScrLesson, unknown, NULL);

static void
scr_lesson_class_init (ScrLessonClass *klass)
{
  /**
   * ScrLesson:id:
   *
   * The id, unique among the dataset's lessons.
   */
  /**
   * ScrLesson:review-id:
   *
   * The id of the review the lesson belongs to, or %NULL.
   */
  /**
   * ScrLesson:number:
   *
   * The lesson's number as the report prints it, such as "L1.1", or %NULL.
   */
  /**
   * ScrLesson:finding-id:
   *
   * The id of the finding the lesson comes from, or %NULL.
   */
  /**
   * ScrLesson:text:
   *
   * The text of the lesson.
   */
  /**
   * ScrLesson:linked-lesson-ids:
   *
   * The ids of related lessons, possibly of another review ("Linked to
   * N2.1"), in order.
   */
  scr_field_set_install (&lesson_set, G_OBJECT_CLASS (klass));
}

static void
scr_lesson_init (ScrLesson *self)
{
  scr_field_set_init_instance (&lesson_set, G_OBJECT (self));
}

/**
 * scr_lesson_new:
 * @id: the id
 * @text: the text
 *
 * Creates a lesson.
 *
 * Returns: (transfer full): a new lesson
 */
ScrLesson *
scr_lesson_new (const char *id,
                const char *text)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return g_object_new (SCR_TYPE_LESSON,
                       "id", id,
                       "text", text,
                       NULL);
}

ScrLesson *
scr_lesson_load_json (JsonObject  *object,
                      const char  *path,
                      GError     **error)
{
  return scr_field_set_load (&lesson_set, SCR_TYPE_LESSON, object, path, error);
}

void
scr_lesson_save_json (ScrLesson   *self,
                      JsonBuilder *builder)
{
  scr_field_set_save (&lesson_set, G_OBJECT (self), builder);
}

/**
 * scr_lesson_new_from_json:
 * @node: a JSON object in the format of the dataset's `lessons` items
 * @error: return location for a #GError
 *
 * Reads a lesson from JSON. Errors name the member, as in
 * `text: required member is missing`.
 *
 * Returns: (transfer full): a new lesson, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION)
 */
ScrLesson *
scr_lesson_new_from_json (JsonNode  *node,
                          GError   **error)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&lesson_set, SCR_TYPE_LESSON, node, error);
}

/**
 * scr_lesson_to_json:
 * @self: a lesson
 *
 * Writes @self as JSON: the known members in a fixed order, then the
 * unknown members it was read with.
 *
 * Returns: (transfer full): a new JSON object node
 */
JsonNode *
scr_lesson_to_json (ScrLesson *self)
{
  g_return_val_if_fail (SCR_IS_LESSON (self), NULL);

  return scr_field_set_to_json (&lesson_set, G_OBJECT (self));
}
/**
 * scr_lesson_get_id:
 * @self: a lesson
 *
 * Gets [property@Scr.Lesson:id].
 *
 * Returns: (nullable): the id
 */
const char *
scr_lesson_get_id (ScrLesson *self)
{
  g_return_val_if_fail (SCR_IS_LESSON (self), NULL);
  return self->id;
}

/**
 * scr_lesson_set_id:
 * @self: a lesson
 * @id: the new value
 *
 * Sets [property@Scr.Lesson:id].
 */
void
scr_lesson_set_id (ScrLesson  *self,
                   const char *id)
{
  g_return_if_fail (SCR_IS_LESSON (self));
  g_return_if_fail (id != NULL);
  scr_field_set_string (&lesson_set, G_OBJECT (self), PROP_ID, id);
}

/**
 * scr_lesson_get_review_id:
 * @self: a lesson
 *
 * Gets [property@Scr.Lesson:review-id].
 *
 * Returns: (nullable): the id of the review
 */
const char *
scr_lesson_get_review_id (ScrLesson *self)
{
  g_return_val_if_fail (SCR_IS_LESSON (self), NULL);
  return self->review_id;
}

/**
 * scr_lesson_set_review_id:
 * @self: a lesson
 * @review_id: (nullable): a review id
 *
 * Sets [property@Scr.Lesson:review-id].
 */
void
scr_lesson_set_review_id (ScrLesson  *self,
                          const char *review_id)
{
  g_return_if_fail (SCR_IS_LESSON (self));
  scr_field_set_string (&lesson_set, G_OBJECT (self), PROP_REVIEW_ID, review_id);
}

/**
 * scr_lesson_get_number:
 * @self: a lesson
 *
 * Gets [property@Scr.Lesson:number].
 *
 * Returns: (nullable): the number
 */
const char *
scr_lesson_get_number (ScrLesson *self)
{
  g_return_val_if_fail (SCR_IS_LESSON (self), NULL);
  return self->number;
}

/**
 * scr_lesson_set_number:
 * @self: a lesson
 * @number: (nullable): a number such as "L1.1"
 *
 * Sets [property@Scr.Lesson:number].
 */
void
scr_lesson_set_number (ScrLesson  *self,
                       const char *number)
{
  g_return_if_fail (SCR_IS_LESSON (self));
  scr_field_set_string (&lesson_set, G_OBJECT (self), PROP_NUMBER, number);
}

/**
 * scr_lesson_get_finding_id:
 * @self: a lesson
 *
 * Gets [property@Scr.Lesson:finding-id].
 *
 * Returns: (nullable): the id of the finding
 */
const char *
scr_lesson_get_finding_id (ScrLesson *self)
{
  g_return_val_if_fail (SCR_IS_LESSON (self), NULL);
  return self->finding_id;
}

/**
 * scr_lesson_set_finding_id:
 * @self: a lesson
 * @finding_id: (nullable): a finding id
 *
 * Sets [property@Scr.Lesson:finding-id].
 */
void
scr_lesson_set_finding_id (ScrLesson  *self,
                           const char *finding_id)
{
  g_return_if_fail (SCR_IS_LESSON (self));
  scr_field_set_string (&lesson_set, G_OBJECT (self), PROP_FINDING_ID, finding_id);
}

/**
 * scr_lesson_get_text:
 * @self: a lesson
 *
 * Gets [property@Scr.Lesson:text].
 *
 * Returns: (nullable): the text
 */
const char *
scr_lesson_get_text (ScrLesson *self)
{
  g_return_val_if_fail (SCR_IS_LESSON (self), NULL);
  return self->text;
}

/**
 * scr_lesson_set_text:
 * @self: a lesson
 * @text: the new value
 *
 * Sets [property@Scr.Lesson:text].
 */
void
scr_lesson_set_text (ScrLesson  *self,
                     const char *text)
{
  g_return_if_fail (SCR_IS_LESSON (self));
  g_return_if_fail (text != NULL);
  scr_field_set_string (&lesson_set, G_OBJECT (self), PROP_TEXT, text);
}

/**
 * scr_lesson_get_linked_lesson_ids:
 * @self: a lesson
 *
 * Gets [property@Scr.Lesson:linked-lesson-ids].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of related lessons, possibly of another review ("Linked to N2.1"), in order
 */
const char * const *
scr_lesson_get_linked_lesson_ids (ScrLesson *self)
{
  g_return_val_if_fail (SCR_IS_LESSON (self), NULL);
  return (const char * const *) self->linked_lesson_ids;
}

/**
 * scr_lesson_set_linked_lesson_ids:
 * @self: a lesson
 * @linked_lesson_ids: (nullable) (array zero-terminated=1): the new list, %NULL for none
 *
 * Sets [property@Scr.Lesson:linked-lesson-ids].
 */
void
scr_lesson_set_linked_lesson_ids (ScrLesson          *self,
                                  const char * const *linked_lesson_ids)
{
  g_return_if_fail (SCR_IS_LESSON (self));
  scr_field_set_strv (&lesson_set, G_OBJECT (self), PROP_LINKED_LESSON_IDS, linked_lesson_ids);
}
