/* scr-repeat-finder.c: recommendations, findings and lessons that repeat
 * those of earlier reviews.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-item-list-private.h"
#include "scr-repeat-finder.h"
#include "scr-repeat-private.h"
#include "scr-similarity-index-private.h"

#include "scr-finding.h"
#include "scr-lesson.h"
#include "scr-milestone.h"
#include "scr-recommendation.h"
#include "scr-review.h"

/* The earlier items reported for one item, the most similar first. */
#define MAX_EARLIER 3
/* The shared words a repeat keeps, and the ones its summary quotes. */
#define MAX_SHARED 10
#define SUMMARY_SHARED 3

/**
 * ScrRepeatFinder:
 *
 * Finds, for every recommendation, finding and lesson of a dataset, the
 * items of the same kind in earlier reviews whose words are most like
 * its own: the cosine of their TF-IDF vectors over Porter stems is at
 * least [property@Scr.RepeatFinder:threshold]. doc/learning.md describes
 * the method and how well it does on labelled pairs.
 *
 * A review's date is that of its publication milestone, or else of its
 * latest dated milestone. A review is earlier than another when its date
 * is before the other's; reviews of the same date, and undated ones
 * (which come after all dated ones), are in the order of the dataset. So
 * of any two reviews one is earlier, and items of one review are never
 * compared with each other.
 *
 * For each item the finder reports at most three earlier items, the most
 * similar first.
 *
 * ## Threads
 *
 * [method@Scr.RepeatFinder.find] keeps the last dataset's word
 * frequencies for [method@Scr.RepeatFinder.similarity]: a finder is for
 * one thread at a time.
 */
struct _ScrRepeatFinder
{
  GObject parent_instance;

  double threshold;
  ScrSimilarityIndex *index;  /* of the last find(), or NULL */
};

G_DEFINE_FINAL_TYPE (ScrRepeatFinder, scr_repeat_finder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_THRESHOLD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_repeat_finder_finalize (GObject *object)
{
  ScrRepeatFinder *self = SCR_REPEAT_FINDER (object);

  scr_similarity_index_free (self->index);
  G_OBJECT_CLASS (scr_repeat_finder_parent_class)->finalize (object);
}

static void
scr_repeat_finder_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ScrRepeatFinder *self = SCR_REPEAT_FINDER (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD: g_value_set_double (value, self->threshold); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_repeat_finder_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ScrRepeatFinder *self = SCR_REPEAT_FINDER (object);

  switch (prop_id)
    {
    case PROP_THRESHOLD: scr_repeat_finder_set_threshold (self, g_value_get_double (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_repeat_finder_class_init (ScrRepeatFinderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scr_repeat_finder_finalize;
  object_class->get_property = scr_repeat_finder_get_property;
  object_class->set_property = scr_repeat_finder_set_property;

  /**
   * ScrRepeatFinder:threshold:
   *
   * The least cosine, above 0 and at most 1, at which an earlier item is
   * reported; %SCR_REPEAT_FINDER_DEFAULT_THRESHOLD unless set.
   */
  properties[PROP_THRESHOLD] =
    g_param_spec_double ("threshold", NULL, NULL, 0, 1, SCR_REPEAT_FINDER_DEFAULT_THRESHOLD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_repeat_finder_init (ScrRepeatFinder *self)
{
  self->threshold = SCR_REPEAT_FINDER_DEFAULT_THRESHOLD;
}

/**
 * scr_repeat_finder_new:
 *
 * Makes a finder.
 *
 * Returns: (transfer full): a new finder with the default threshold
 */
ScrRepeatFinder *
scr_repeat_finder_new (void)
{
  return g_object_new (SCR_TYPE_REPEAT_FINDER, NULL);
}

/**
 * scr_repeat_finder_get_threshold:
 * @self: a finder
 *
 * Gets [property@Scr.RepeatFinder:threshold].
 *
 * Returns: the least cosine at which an earlier item is reported
 */
double
scr_repeat_finder_get_threshold (ScrRepeatFinder *self)
{
  g_return_val_if_fail (SCR_IS_REPEAT_FINDER (self), 0);
  return self->threshold;
}

/**
 * scr_repeat_finder_set_threshold:
 * @self: a finder
 * @threshold: the least cosine to report, above 0 and at most 1
 *
 * Sets [property@Scr.RepeatFinder:threshold].
 */
void
scr_repeat_finder_set_threshold (ScrRepeatFinder *self,
                                 double           threshold)
{
  g_return_if_fail (SCR_IS_REPEAT_FINDER (self));
  g_return_if_fail (threshold > 0 && threshold <= 1);

  if (self->threshold == threshold)
    return;
  self->threshold = threshold;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

/* A review's place in time: its publication, or else its latest
 * milestone; NULL when no milestone is dated. */
static const ScrDate *
review_date (ScrReview *review)
{
  GListModel *milestones = scr_review_get_milestones (review);
  const ScrDate *latest = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(ScrMilestone) milestone = g_list_model_get_item (milestones, i);
      const ScrDate *date = scr_milestone_get_date (milestone);

      if (date == NULL)
        continue;
      if (scr_milestone_get_kind (milestone) == SCR_MILESTONE_KIND_PUBLICATION)
        return date;
      if (latest == NULL || scr_date_compare (date, latest) > 0)
        latest = date;
    }
  return latest;
}

typedef struct
{
  ScrReview *review;     /* borrowed from the dataset */
  const ScrDate *date;
  guint position;
  char *name;            /* "Child B1 (2016)" */
} ReviewInfo;

static int
compare_reviews (gconstpointer a,
                 gconstpointer b)
{
  const ReviewInfo *x = a, *y = b;

  if (x->date != NULL && y->date != NULL)
    {
      int order = scr_date_compare (x->date, y->date);

      if (order != 0)
        return order;
    }
  else if (x->date != NULL || y->date != NULL)
    return x->date != NULL ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

static void
clear_review_info (gpointer data)
{
  g_free (((ReviewInfo *) data)->name);
}

/* "Child B1 (2016)": the title after its last colon, and the year. */
static char *
review_name (ScrReview     *review,
             const ScrDate *date)
{
  const char *title = scr_review_get_title (review);
  const char *colon;
  g_autofree char *year = NULL;

  if (title == NULL)
    title = scr_review_get_id (review);
  colon = g_strrstr (title, ": ");
  if (colon != NULL && colon[2] != '\0')
    title = colon + 2;
  year = date != NULL ? g_strdup_printf ("%d", scr_date_get_year (date)) : g_strdup ("undated");
  return g_strdup_printf ("%s (%s)", title, year);
}

typedef struct
{
  ScrRepeatKind kind;
  const char *id;          /* borrowed from the item */
  const char *number;
  const char *review_id;
  guint rank;
  guint position;
  char *text;
} Item;

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *x = a, *y = b;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

static void
clear_item (gpointer data)
{
  g_free (((Item *) data)->text);
}

/* The items of one kind of the dataset whose review it has. */
static void
collect (GArray        *items,
         GListModel    *model,
         ScrRepeatKind  kind,
         GHashTable    *ranks)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      Item item = { kind, NULL, NULL, NULL, 0, items->len, NULL };
      gpointer rank;

      switch (kind)
        {
        case SCR_REPEAT_KIND_RECOMMENDATION:
          item.id = scr_recommendation_get_id (SCR_RECOMMENDATION (object));
          item.number = scr_recommendation_get_number (SCR_RECOMMENDATION (object));
          item.review_id = scr_recommendation_get_review_id (SCR_RECOMMENDATION (object));
          item.text = g_strdup (scr_recommendation_get_text (SCR_RECOMMENDATION (object)));
          break;
        case SCR_REPEAT_KIND_FINDING:
          item.id = scr_finding_get_id (SCR_FINDING (object));
          item.number = scr_finding_get_number (SCR_FINDING (object));
          item.review_id = scr_finding_get_review_id (SCR_FINDING (object));
          item.text = g_strjoin (" ", scr_finding_get_title (SCR_FINDING (object)) ?: "",
                                 scr_finding_get_text (SCR_FINDING (object)) ?: "", NULL);
          break;
        case SCR_REPEAT_KIND_LESSON:
          item.id = scr_lesson_get_id (SCR_LESSON (object));
          item.number = scr_lesson_get_number (SCR_LESSON (object));
          item.review_id = scr_lesson_get_review_id (SCR_LESSON (object));
          item.text = g_strdup (scr_lesson_get_text (SCR_LESSON (object)));
          break;
        default:
          g_assert_not_reached ();
        }
      if (item.review_id == NULL ||
          !g_hash_table_lookup_extended (ranks, item.review_id, NULL, &rank))
        {
          g_free (item.text);
          continue;
        }
      item.rank = GPOINTER_TO_UINT (rank);
      g_array_append_val (items, item);
    }
}

static char *
item_label (const Item *item)
{
  static const char *const kinds[] = { "Recommendation", "Finding", "Lesson" };

  return g_strdup_printf ("%s %s", kinds[item->kind],
                          item->number != NULL && *item->number != '\0' ? item->number : item->id);
}

static char *
summary_of (const Item       *item,
            const ReviewInfo *review,
            const Item       *earlier,
            const ReviewInfo *earlier_review,
            double            score,
            char            **shared)
{
  g_autofree char *label = item_label (item);
  g_autofree char *earlier_label = item_label (earlier);
  GString *summary = g_string_new (NULL);

  g_string_append_printf (summary, "%s of %s repeats %s of %s: %.2f", label, review->name,
                          earlier_label, earlier_review->name, score);
  for (guint i = 0; shared[i] != NULL && i < SUMMARY_SHARED; i++)
    g_string_append_printf (summary, ", '%s'", shared[i]);
  return g_string_free (summary, FALSE);
}

/**
 * scr_repeat_finder_find:
 * @self: a finder
 * @dataset: the reviews to compare, one register
 *
 * Compares every recommendation, finding and lesson of @dataset whose
 * review is in @dataset with the items of the same kind of earlier
 * reviews, weighing words by their frequency in all of @dataset's items.
 *
 * Returns: (transfer full): a list of [class@Scr.Repeat], in the order of
 *   the later items' reviews, then of the items in the dataset, then the
 *   most similar first
 */
GListModel *
scr_repeat_finder_find (ScrRepeatFinder *self,
                        ScrDataset      *dataset)
{
  GListModel *reviews;
  g_autoptr(GArray) infos = g_array_new (FALSE, FALSE, sizeof (ReviewInfo));
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GHashTable) ranks = g_hash_table_new (g_str_hash, g_str_equal);
  ScrItemList *list;

  g_return_val_if_fail (SCR_IS_REPEAT_FINDER (self), NULL);
  g_return_val_if_fail (SCR_IS_DATASET (dataset), NULL);

  g_array_set_clear_func (infos, clear_review_info);
  g_array_set_clear_func (items, clear_item);
  reviews = scr_dataset_get_reviews (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(ScrReview) review = g_list_model_get_item (reviews, i);
      ReviewInfo info = { review, review_date (review), i, NULL };

      /* the dataset keeps its reviews while we run */
      g_array_append_val (infos, info);
    }
  g_array_sort (infos, compare_reviews);
  for (guint i = 0; i < infos->len; i++)
    {
      ReviewInfo *info = &g_array_index (infos, ReviewInfo, i);

      info->name = review_name (info->review, info->date);
      g_hash_table_insert (ranks, (gpointer) scr_review_get_id (info->review),
                           GUINT_TO_POINTER (i));
    }
  collect (items, scr_dataset_get_recommendations (dataset), SCR_REPEAT_KIND_RECOMMENDATION,
           ranks);
  collect (items, scr_dataset_get_findings (dataset), SCR_REPEAT_KIND_FINDING, ranks);
  collect (items, scr_dataset_get_lessons (dataset), SCR_REPEAT_KIND_LESSON, ranks);
  for (guint i = 0; i < items->len; i++)
    g_array_index (items, Item, i).position = i;
  g_array_sort (items, compare_items);

  g_clear_pointer (&self->index, scr_similarity_index_free);
  self->index = scr_similarity_index_new ();
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      scr_similarity_index_add (self->index, item->text, item->kind, item->rank);
    }
  scr_similarity_index_build (self->index, self->threshold);

  list = scr_item_list_new (SCR_TYPE_REPEAT);
  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      g_autoptr(GArray) hits = scr_similarity_index_query (self->index, i, self->threshold,
                                                           MAX_EARLIER);

      for (guint h = 0; h < hits->len; h++)
        {
          const ScrSimilarityHit *hit = &g_array_index (hits, ScrSimilarityHit, h);
          const Item *earlier = &g_array_index (items, Item, hit->doc);
          const ReviewInfo *info = &g_array_index (infos, ReviewInfo, item->rank);
          const ReviewInfo *earlier_info = &g_array_index (infos, ReviewInfo, earlier->rank);
          char **shared = scr_similarity_index_shared_words (self->index, i, hit->doc,
                                                             MAX_SHARED);
          char *summary = summary_of (item, info, earlier, earlier_info, hit->score, shared);
          g_autoptr(ScrRepeat) repeat = NULL;

          repeat = scr_repeat_new_internal (item->kind, item->id, item->review_id, earlier->id,
                                            earlier->review_id, hit->score, shared, summary);
          scr_item_list_append (list, repeat);
        }
    }
  return G_LIST_MODEL (list);
}

/**
 * scr_repeat_finder_similarity:
 * @self: a finder
 * @a: a text
 * @b: another text
 * @shared: (out) (optional) (transfer full) (array zero-terminated=1): the
 *   words they share, as @a writes them, the weightiest first
 *
 * The cosine of the TF-IDF vectors of two texts, as
 * [method@Scr.RepeatFinder.find] scores two items: with the word
 * frequencies of the dataset @self last searched, or, before any search,
 * of the two texts alone.
 *
 * Returns: the cosine, from 0 to 1
 */
double
scr_repeat_finder_similarity (ScrRepeatFinder   *self,
                              const char        *a,
                              const char        *b,
                              char            ***shared)
{
  g_return_val_if_fail (SCR_IS_REPEAT_FINDER (self), 0);
  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  return CLAMP (scr_similarity_index_score_texts (self->index, a, b, MAX_SHARED, shared),
                0.0, 1.0);
}
