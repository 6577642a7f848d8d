/* scr-repeat.c: a recommendation, finding or lesson that repeats one of
 * an earlier review.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-enum-types.h"
#include "scr-json-private.h"
#include "scr-repeat-private.h"

/**
 * ScrRepeat:
 *
 * An item of a review (a recommendation, a finding or a lesson) whose
 * words are close to those of an item of the same kind in an earlier
 * review: the two ids, their reviews', the cosine of their TF-IDF
 * vectors and the words they share, for a reader to check.
 *
 * Made by [method@Scr.RepeatFinder.find].
 *
 * ## Threads
 *
 * Immutable: may be read from several threads at once.
 */
struct _ScrRepeat
{
  GObject parent_instance;

  ScrRepeatKind kind;
  char *item_id;
  char *review_id;
  char *earlier_item_id;
  char *earlier_review_id;
  double score;
  char **shared_words;
  char *summary;
};

G_DEFINE_FINAL_TYPE (ScrRepeat, scr_repeat, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ITEM_ID,
  PROP_REVIEW_ID,
  PROP_EARLIER_ITEM_ID,
  PROP_EARLIER_REVIEW_ID,
  PROP_SCORE,
  PROP_SHARED_WORDS,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_repeat_finalize (GObject *object)
{
  ScrRepeat *self = SCR_REPEAT (object);

  g_free (self->item_id);
  g_free (self->review_id);
  g_free (self->earlier_item_id);
  g_free (self->earlier_review_id);
  g_strfreev (self->shared_words);
  g_free (self->summary);
  G_OBJECT_CLASS (scr_repeat_parent_class)->finalize (object);
}

static void
scr_repeat_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ScrRepeat *self = SCR_REPEAT (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_ITEM_ID: g_value_set_string (value, self->item_id); break;
    case PROP_REVIEW_ID: g_value_set_string (value, self->review_id); break;
    case PROP_EARLIER_ITEM_ID: g_value_set_string (value, self->earlier_item_id); break;
    case PROP_EARLIER_REVIEW_ID: g_value_set_string (value, self->earlier_review_id); break;
    case PROP_SCORE: g_value_set_double (value, self->score); break;
    case PROP_SHARED_WORDS: g_value_set_boxed (value, self->shared_words); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_repeat_class_init (ScrRepeatClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_repeat_finalize;
  object_class->get_property = scr_repeat_get_property;

  /**
   * ScrRepeat:kind:
   *
   * Whether the two items are recommendations, findings or lessons.
   */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, SCR_TYPE_REPEAT_KIND,
                                             SCR_REPEAT_KIND_RECOMMENDATION, flags);
  /**
   * ScrRepeat:item-id:
   *
   * The id of the later item, the one that repeats.
   */
  properties[PROP_ITEM_ID] = g_param_spec_string ("item-id", NULL, NULL, NULL, flags);
  /**
   * ScrRepeat:review-id:
   *
   * The id of the later item's review.
   */
  properties[PROP_REVIEW_ID] = g_param_spec_string ("review-id", NULL, NULL, NULL, flags);
  /**
   * ScrRepeat:earlier-item-id:
   *
   * The id of the earlier item, the one repeated.
   */
  properties[PROP_EARLIER_ITEM_ID] = g_param_spec_string ("earlier-item-id", NULL, NULL,
                                                          NULL, flags);
  /**
   * ScrRepeat:earlier-review-id:
   *
   * The id of the earlier item's review.
   */
  properties[PROP_EARLIER_REVIEW_ID] = g_param_spec_string ("earlier-review-id", NULL, NULL,
                                                            NULL, flags);
  /**
   * ScrRepeat:score:
   *
   * The cosine of the two items' TF-IDF vectors, from 0 (no word shared)
   * to 1 (the same words as often).
   */
  properties[PROP_SCORE] = g_param_spec_double ("score", NULL, NULL, 0, 1, 0, flags);
  /**
   * ScrRepeat:shared-words:
   *
   * The words the two items share, as first written, the weightiest first.
   */
  properties[PROP_SHARED_WORDS] = g_param_spec_boxed ("shared-words", NULL, NULL,
                                                      G_TYPE_STRV, flags);
  /**
   * ScrRepeat:summary:
   *
   * One line for a reader: "Recommendation 3 of Child B1 (2015) repeats
   * Recommendation 2 of Child L (2016): 0.81, 'health', 'visitor'".
   */
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_repeat_init (ScrRepeat *self)
{
}

ScrRepeat *
scr_repeat_new_internal (ScrRepeatKind  kind,
                         const char    *item_id,
                         const char    *review_id,
                         const char    *earlier_item_id,
                         const char    *earlier_review_id,
                         double         score,
                         char         **shared_words,
                         char          *summary)
{
  ScrRepeat *self = g_object_new (SCR_TYPE_REPEAT, NULL);

  self->kind = kind;
  self->item_id = g_strdup (item_id);
  self->review_id = g_strdup (review_id);
  self->earlier_item_id = g_strdup (earlier_item_id);
  self->earlier_review_id = g_strdup (earlier_review_id);
  self->score = CLAMP (score, 0.0, 1.0);
  self->shared_words = shared_words;
  self->summary = summary;
  return self;
}

/**
 * scr_repeat_get_kind:
 * @self: a repeat
 *
 * What the two items are.
 *
 * Returns: whether the two items are recommendations, findings or lessons
 */
ScrRepeatKind
scr_repeat_get_kind (ScrRepeat *self)
{
  g_return_val_if_fail (SCR_IS_REPEAT (self), SCR_REPEAT_KIND_RECOMMENDATION);
  return self->kind;
}

/**
 * scr_repeat_get_item_id:
 * @self: a repeat
 *
 * The later item: the one that repeats.
 *
 * Returns: (transfer none): the id of the later item
 */
const char *
scr_repeat_get_item_id (ScrRepeat *self)
{
  g_return_val_if_fail (SCR_IS_REPEAT (self), NULL);
  return self->item_id;
}

/**
 * scr_repeat_get_review_id:
 * @self: a repeat
 *
 * The review of the later item.
 *
 * Returns: (transfer none): the id of the later item's review
 */
const char *
scr_repeat_get_review_id (ScrRepeat *self)
{
  g_return_val_if_fail (SCR_IS_REPEAT (self), NULL);
  return self->review_id;
}

/**
 * scr_repeat_get_earlier_item_id:
 * @self: a repeat
 *
 * The earlier item: the one repeated.
 *
 * Returns: (transfer none): the id of the earlier item
 */
const char *
scr_repeat_get_earlier_item_id (ScrRepeat *self)
{
  g_return_val_if_fail (SCR_IS_REPEAT (self), NULL);
  return self->earlier_item_id;
}

/**
 * scr_repeat_get_earlier_review_id:
 * @self: a repeat
 *
 * The review of the earlier item.
 *
 * Returns: (transfer none): the id of the earlier item's review
 */
const char *
scr_repeat_get_earlier_review_id (ScrRepeat *self)
{
  g_return_val_if_fail (SCR_IS_REPEAT (self), NULL);
  return self->earlier_review_id;
}

/**
 * scr_repeat_get_score:
 * @self: a repeat
 *
 * How alike the two items' words are.
 *
 * Returns: the cosine of the two items, from 0 to 1
 */
double
scr_repeat_get_score (ScrRepeat *self)
{
  g_return_val_if_fail (SCR_IS_REPEAT (self), 0);
  return self->score;
}

/**
 * scr_repeat_get_shared_words:
 * @self: a repeat
 *
 * The words the two items share (at most ten), as the later item or the
 * register first wrote them, the weightiest first: the largest product of
 * their weights in the two items.
 *
 * Returns: (transfer none) (array zero-terminated=1): the shared words
 */
const char * const *
scr_repeat_get_shared_words (ScrRepeat *self)
{
  g_return_val_if_fail (SCR_IS_REPEAT (self), NULL);
  return (const char * const *) self->shared_words;
}

/**
 * scr_repeat_get_summary:
 * @self: a repeat
 *
 * The repeat in words, for a reader.
 *
 * Returns: (transfer none): one line naming both items, the score and the
 *   three weightiest shared words
 */
const char *
scr_repeat_get_summary (ScrRepeat *self)
{
  g_return_val_if_fail (SCR_IS_REPEAT (self), NULL);
  return self->summary;
}

/**
 * scr_repeat_to_json:
 * @self: a repeat
 *
 * The repeat as a JSON object: `kind` (the nick), `item_id`, `review_id`,
 * `earlier_item_id`, `earlier_review_id`, `score`, `shared_words` and
 * `summary`.
 *
 * Returns: (transfer full): a new JSON object node
 */
JsonNode *
scr_repeat_to_json (ScrRepeat *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (SCR_IS_REPEAT (self), NULL);

  json_builder_begin_object (builder);
  scr_json_write_enum (builder, "kind", SCR_TYPE_REPEAT_KIND, (int) self->kind);
  json_builder_set_member_name (builder, "item_id");
  json_builder_add_string_value (builder, self->item_id);
  json_builder_set_member_name (builder, "review_id");
  json_builder_add_string_value (builder, self->review_id);
  json_builder_set_member_name (builder, "earlier_item_id");
  json_builder_add_string_value (builder, self->earlier_item_id);
  json_builder_set_member_name (builder, "earlier_review_id");
  json_builder_add_string_value (builder, self->earlier_review_id);
  json_builder_set_member_name (builder, "score");
  json_builder_add_double_value (builder, self->score);
  json_builder_set_member_name (builder, "shared_words");
  json_builder_begin_array (builder);
  for (guint i = 0; self->shared_words[i] != NULL; i++)
    json_builder_add_string_value (builder, self->shared_words[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "summary");
  json_builder_add_string_value (builder, self->summary);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
