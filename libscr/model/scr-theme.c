/* scr-theme.c: a theme grouping the learning of a review.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-theme-private.h"

#include "scr-fields-private.h"

/**
 * ScrTheme:
 *
 * A theme of a review's learning, such as "Working with resistant
 * families". Findings name their themes by id
 * ([property@Scr.Finding:theme-ids]).
 *
 * In JSON a theme is an item of the dataset's `themes` array:
 *
 * ```json
 * {"id": "child-l-t1", "review_id": "child-l-scr",
 *  "title": "Working with resistant families", "description": null}
 * ```
 *
 * `id` and `title` are required. Members this version does not know are
 * kept and written back after the known ones.
 *
 * ## Threads
 *
 * A theme is a plain mutable object that notifies its changes: use
 * it, and the dataset that holds it, from one thread at a time; the
 * items of a loaded dataset that no thread changes may be read from
 * several at once ([class@Scr.Dataset]).
 */
struct _ScrTheme
{
  GObject     parent_instance;

  char       *id;
  char       *review_id;
  char       *title;
  char       *description;
  char      **concept_ids;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrTheme, scr_theme, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REVIEW_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_CONCEPT_IDS,
};

static const ScrField theme_fields[] = {
  [PROP_ID - 1] = SCR_FIELD_STRING_REQUIRED ("id", "id", ScrTheme, id),
  [PROP_REVIEW_ID - 1] = SCR_FIELD_STRING ("review_id", "review-id", ScrTheme, review_id),
  [PROP_TITLE - 1] = SCR_FIELD_STRING_REQUIRED ("title", "title", ScrTheme, title),
  [PROP_DESCRIPTION - 1] = SCR_FIELD_STRING ("description", "description", ScrTheme, description),
  [PROP_CONCEPT_IDS - 1] = SCR_FIELD_STRV_OMIT_UNSET ("concept_ids", "concept-ids", ScrTheme, concept_ids),
};

static ScrFieldSet theme_set = SCR_FIELD_SET (theme_fields, ScrTheme, unknown, NULL);

static void
scr_theme_class_init (ScrThemeClass *klass)
{
  /**
   * ScrTheme:id:
   *
   * The id, unique among the dataset's themes.
   */
  /**
   * ScrTheme:review-id:
   *
   * The id of the review the theme belongs to, or %NULL.
   */
  /**
   * ScrTheme:title:
   *
   * The theme's title, such as "Working with resistant families".
   */
  /**
   * ScrTheme:description:
   *
   * A longer description of the theme, or %NULL.
   */
  /**
   * ScrTheme:concept-ids:
   *
   * The ids of the concepts of a theme vocabulary ([class@Scr.Vocabulary])
   * that code the theme, such as `nspcc:neglect`; empty when it is not
   * coded. In JSON the `concept_ids` member, written only when not empty.
   */
  scr_field_set_install (&theme_set, G_OBJECT_CLASS (klass));
}

static void
scr_theme_init (ScrTheme *self)
{
  scr_field_set_init_instance (&theme_set, G_OBJECT (self));
}

/**
 * scr_theme_new:
 * @id: the id
 * @title: the title
 *
 * Creates a theme.
 *
 * Returns: (transfer full): a new theme
 */
ScrTheme *
scr_theme_new (const char *id,
               const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return g_object_new (SCR_TYPE_THEME,
                       "id", id,
                       "title", title,
                       NULL);
}

ScrTheme *
scr_theme_load_json (JsonObject  *object,
                     const char  *path,
                     GError     **error)
{
  return scr_field_set_load (&theme_set, SCR_TYPE_THEME, object, path, error);
}

void
scr_theme_save_json (ScrTheme    *self,
                     JsonBuilder *builder)
{
  scr_field_set_save (&theme_set, G_OBJECT (self), builder);
}

/**
 * scr_theme_new_from_json:
 * @node: a JSON object in the format of the dataset's `themes` items
 * @error: return location for a #GError
 *
 * Reads a theme from JSON. Errors name the member, as in
 * `title: required member is missing`.
 *
 * Returns: (transfer full): a new theme, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION)
 */
ScrTheme *
scr_theme_new_from_json (JsonNode  *node,
                         GError   **error)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&theme_set, SCR_TYPE_THEME, node, error);
}

/**
 * scr_theme_to_json:
 * @self: a theme
 *
 * Writes @self as JSON: the known members in a fixed order, then the
 * unknown members it was read with.
 *
 * Returns: (transfer full): a new JSON object node
 */
JsonNode *
scr_theme_to_json (ScrTheme *self)
{
  g_return_val_if_fail (SCR_IS_THEME (self), NULL);

  return scr_field_set_to_json (&theme_set, G_OBJECT (self));
}
/**
 * scr_theme_get_id:
 * @self: a theme
 *
 * Gets [property@Scr.Theme:id].
 *
 * Returns: (nullable): the id
 */
const char *
scr_theme_get_id (ScrTheme *self)
{
  g_return_val_if_fail (SCR_IS_THEME (self), NULL);
  return self->id;
}

/**
 * scr_theme_set_id:
 * @self: a theme
 * @id: the new value
 *
 * Sets [property@Scr.Theme:id].
 */
void
scr_theme_set_id (ScrTheme   *self,
                  const char *id)
{
  g_return_if_fail (SCR_IS_THEME (self));
  g_return_if_fail (id != NULL);
  scr_field_set_string (&theme_set, G_OBJECT (self), PROP_ID, id);
}

/**
 * scr_theme_get_review_id:
 * @self: a theme
 *
 * Gets [property@Scr.Theme:review-id].
 *
 * Returns: (nullable): the id of the review
 */
const char *
scr_theme_get_review_id (ScrTheme *self)
{
  g_return_val_if_fail (SCR_IS_THEME (self), NULL);
  return self->review_id;
}

/**
 * scr_theme_set_review_id:
 * @self: a theme
 * @review_id: (nullable): a review id
 *
 * Sets [property@Scr.Theme:review-id].
 */
void
scr_theme_set_review_id (ScrTheme   *self,
                         const char *review_id)
{
  g_return_if_fail (SCR_IS_THEME (self));
  scr_field_set_string (&theme_set, G_OBJECT (self), PROP_REVIEW_ID, review_id);
}

/**
 * scr_theme_get_title:
 * @self: a theme
 *
 * Gets [property@Scr.Theme:title].
 *
 * Returns: (nullable): the title
 */
const char *
scr_theme_get_title (ScrTheme *self)
{
  g_return_val_if_fail (SCR_IS_THEME (self), NULL);
  return self->title;
}

/**
 * scr_theme_set_title:
 * @self: a theme
 * @title: the new value
 *
 * Sets [property@Scr.Theme:title].
 */
void
scr_theme_set_title (ScrTheme   *self,
                     const char *title)
{
  g_return_if_fail (SCR_IS_THEME (self));
  g_return_if_fail (title != NULL);
  scr_field_set_string (&theme_set, G_OBJECT (self), PROP_TITLE, title);
}

/**
 * scr_theme_get_description:
 * @self: a theme
 *
 * Gets [property@Scr.Theme:description].
 *
 * Returns: (nullable): the description
 */
const char *
scr_theme_get_description (ScrTheme *self)
{
  g_return_val_if_fail (SCR_IS_THEME (self), NULL);
  return self->description;
}

/**
 * scr_theme_set_description:
 * @self: a theme
 * @description: (nullable): a description
 *
 * Sets [property@Scr.Theme:description].
 */
void
scr_theme_set_description (ScrTheme   *self,
                           const char *description)
{
  g_return_if_fail (SCR_IS_THEME (self));
  scr_field_set_string (&theme_set, G_OBJECT (self), PROP_DESCRIPTION, description);
}

/**
 * scr_theme_get_concept_ids:
 * @self: a theme
 *
 * Gets [property@Scr.Theme:concept-ids].
 *
 * Returns: (transfer none) (array zero-terminated=1): the concept ids,
 *   empty when there are none
 */
const char * const *
scr_theme_get_concept_ids (ScrTheme *self)
{
  g_return_val_if_fail (SCR_IS_THEME (self), NULL);
  return (const char * const *) self->concept_ids;
}

/**
 * scr_theme_set_concept_ids:
 * @self: a theme
 * @concept_ids: (nullable) (array zero-terminated=1): concept ids, or
 *   %NULL for none
 *
 * Sets [property@Scr.Theme:concept-ids].
 */
void
scr_theme_set_concept_ids (ScrTheme           *self,
                           const char * const *concept_ids)
{
  g_return_if_fail (SCR_IS_THEME (self));
  scr_field_set_strv (&theme_set, G_OBJECT (self), PROP_CONCEPT_IDS, concept_ids);
}
