/* scr-dataset-query.c: the queries across a dataset's collections: overdue
 * actions, reviews by stage, and a case's reviews, chronology, actions
 * and agencies.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-item-list-private.h"
#include "scr-dataset-private.h"
#include "scr-error.h"
#include "scr-json-private.h"

typedef gboolean (*FilterFunc) (ScrDataset *self,
                                gpointer    item,
                                gconstpointer data);

/* The items of collection @c that @keep accepts, in order. */
static GListModel *
filter_collection (ScrDataset      *self,
                   ScrCollectionId  c,
                   FilterFunc       keep,
                   gconstpointer    data)
{
  GListModel *model = G_LIST_MODEL (self->stores[c]);
  ScrItemList *result = scr_item_list_new (scr_collections[c].get_type ());
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (keep (self, item, data))
        scr_item_list_append (result, item);
    }
  return G_LIST_MODEL (result);
}

static gboolean
action_is_overdue (ScrDataset    *self,
                   gpointer       item,
                   gconstpointer  on)
{
  return scr_action_is_overdue (item, on);
}

/**
 * scr_dataset_list_overdue_actions:
 * @self: a dataset
 * @on: the date to judge on
 *
 * Lists the actions overdue on @on, as [method@Scr.Action.is_overdue]
 * decides: not completed or superseded, and past their due date.
 *
 * Returns: (transfer full): a #GListModel of [class@Scr.Action], in file
 *   order
 */
GListModel *
scr_dataset_list_overdue_actions (ScrDataset    *self,
                                  const ScrDate *on)
{
  g_return_val_if_fail (SCR_IS_DATASET (self), NULL);
  g_return_val_if_fail (on != NULL, NULL);

  return filter_collection (self, SCR_COLLECTION_ACTIONS, action_is_overdue, on);
}

static gboolean
review_at_stage (ScrDataset    *self,
                 gpointer       item,
                 gconstpointer  stage)
{
  return scr_review_get_stage (item) == *(const ScrReviewStage *) stage;
}

/**
 * scr_dataset_list_reviews_by_stage:
 * @self: a dataset
 * @stage: a stage
 *
 * Lists the reviews at @stage.
 *
 * Returns: (transfer full): a #GListModel of [class@Scr.Review], in file
 *   order
 */
GListModel *
scr_dataset_list_reviews_by_stage (ScrDataset     *self,
                                   ScrReviewStage  stage)
{
  g_return_val_if_fail (SCR_IS_DATASET (self), NULL);

  return filter_collection (self, SCR_COLLECTION_REVIEWS, review_at_stage, &stage);
}

static ScrCase *
require_case (ScrDataset  *self,
              const char  *case_id,
              GError     **error)
{
  ScrCase *kase = scr_dataset_lookup_item (self, SCR_COLLECTION_CASES, case_id);

  if (kase == NULL)
    scr_json_set_error (error, SCR_ERROR_NOT_FOUND, NULL, NULL, "no case \"%s\"", case_id);
  return kase;
}

static gboolean
review_of_case (ScrDataset    *self,
                gpointer       item,
                gconstpointer  case_id)
{
  return g_strcmp0 (scr_review_get_case_id (item), case_id) == 0;
}

/* The ids of the reviews of a case, as a set. */
static GHashTable *
case_review_ids (ScrDataset *self,
                 const char *case_id)
{
  g_autoptr(GListModel) reviews = filter_collection (self, SCR_COLLECTION_REVIEWS, review_of_case,
                                                     case_id);
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (reviews);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrReview) review = g_list_model_get_item (reviews, i);

      g_hash_table_add (ids, (gpointer) scr_review_get_id (review));
    }
  return ids;
}

static gboolean
in_set (GHashTable *set,
        const char *id)
{
  return id != NULL && g_hash_table_contains (set, id);
}

/**
 * scr_dataset_list_case_reviews:
 * @self: a dataset
 * @case_id: the id of a case of the dataset
 * @error: return location for a #GError
 *
 * Lists the reviews of a case.
 *
 * Returns: (transfer full): a #GListModel of [class@Scr.Review], in file
 *   order, or %NULL with %SCR_ERROR_NOT_FOUND if there is no such case
 */
GListModel *
scr_dataset_list_case_reviews (ScrDataset  *self,
                               const char  *case_id,
                               GError     **error)
{
  g_return_val_if_fail (SCR_IS_DATASET (self), NULL);
  g_return_val_if_fail (case_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (require_case (self, case_id, error) == NULL)
    return NULL;
  return filter_collection (self, SCR_COLLECTION_REVIEWS, review_of_case, case_id);
}

/* What the chronology and action filters of a case read. */
typedef struct
{
  const char *case_id;
  GHashTable *review_ids;
} CaseScope;

static gboolean
event_of_case (ScrDataset    *self,
               gpointer       item,
               gconstpointer  data)
{
  const CaseScope *scope = data;

  return g_strcmp0 (scr_chronology_event_get_case_id (item), scope->case_id) == 0 ||
         in_set (scope->review_ids, scr_chronology_event_get_review_id (item));
}

/* An action of one of the reviews, directly or through its
 * recommendation. */
static gboolean
action_of_case (ScrDataset    *self,
                gpointer       item,
                gconstpointer  data)
{
  const CaseScope *scope = data;
  const char *recommendation_id;
  ScrRecommendation *recommendation;

  if (in_set (scope->review_ids, scr_action_get_review_id (item)))
    return TRUE;
  recommendation_id = scr_action_get_recommendation_id (item);
  if (recommendation_id == NULL)
    return FALSE;
  recommendation = scr_dataset_lookup_item (self, SCR_COLLECTION_RECOMMENDATIONS,
                                            recommendation_id);
  return recommendation != NULL &&
         in_set (scope->review_ids, scr_recommendation_get_review_id (recommendation));
}

static GListModel *
list_case_items (ScrDataset       *self,
                 ScrCollectionId   c,
                 FilterFunc        keep,
                 const char       *case_id,
                 GError          **error)
{
  g_autoptr(GHashTable) review_ids = NULL;
  CaseScope scope;

  if (require_case (self, case_id, error) == NULL)
    return NULL;
  review_ids = case_review_ids (self, case_id);
  scope.case_id = case_id;
  scope.review_ids = review_ids;
  return filter_collection (self, c, keep, &scope);
}

/**
 * scr_dataset_list_case_chronology:
 * @self: a dataset
 * @case_id: the id of a case of the dataset
 * @error: return location for a #GError
 *
 * Lists the chronology of a case: the events that name the case, and the
 * events of the case's reviews.
 *
 * Returns: (transfer full): a #GListModel of [class@Scr.ChronologyEvent],
 *   in file order, or %NULL with %SCR_ERROR_NOT_FOUND if there is no such
 *   case
 */
GListModel *
scr_dataset_list_case_chronology (ScrDataset  *self,
                                  const char  *case_id,
                                  GError     **error)
{
  g_return_val_if_fail (SCR_IS_DATASET (self), NULL);
  g_return_val_if_fail (case_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_case_items (self, SCR_COLLECTION_CHRONOLOGY, event_of_case, case_id, error);
}

/**
 * scr_dataset_list_case_actions:
 * @self: a dataset
 * @case_id: the id of a case of the dataset
 * @error: return location for a #GError
 *
 * Lists the actions of the reviews of a case: those that name one of its
 * reviews, and those of a recommendation of one of its reviews.
 *
 * Returns: (transfer full): a #GListModel of [class@Scr.Action], in file
 *   order, or %NULL with %SCR_ERROR_NOT_FOUND if there is no such case
 */
GListModel *
scr_dataset_list_case_actions (ScrDataset  *self,
                               const char  *case_id,
                               GError     **error)
{
  g_return_val_if_fail (SCR_IS_DATASET (self), NULL);
  g_return_val_if_fail (case_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_case_items (self, SCR_COLLECTION_ACTIONS, action_of_case, case_id, error);
}

static gboolean
agency_in_set (ScrDataset    *self,
               gpointer       item,
               gconstpointer  ids)
{
  return g_hash_table_contains ((GHashTable *) ids, scr_agency_get_id (item));
}

static void
add_ids (GHashTable         *set,
         const char * const *ids)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    g_hash_table_add (set, (gpointer) ids[i]);
}

/**
 * scr_dataset_list_case_agencies:
 * @self: a dataset
 * @case_id: the id of a case of the dataset
 * @error: return location for a #GError
 *
 * Lists the agencies involved in a case: those the case names, those
 * taking part in its reviews, those of its chronology and those owning
 * the actions of its reviews.
 *
 * Returns: (transfer full): a #GListModel of [class@Scr.Agency], in the
 *   order of the dataset's agencies, or %NULL with %SCR_ERROR_NOT_FOUND if
 *   there is no such case
 */
GListModel *
scr_dataset_list_case_agencies (ScrDataset  *self,
                                const char  *case_id,
                                GError     **error)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GListModel) reviews = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) actions = NULL;
  ScrCase *kase;

  g_return_val_if_fail (SCR_IS_DATASET (self), NULL);
  g_return_val_if_fail (case_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  kase = require_case (self, case_id, error);
  if (kase == NULL)
    return NULL;
  ids = g_hash_table_new (g_str_hash, g_str_equal);
  add_ids (ids, scr_case_get_agency_ids (kase));
  reviews = scr_dataset_list_case_reviews (self, case_id, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(ScrReview) review = g_list_model_get_item (reviews, i);

      add_ids (ids, scr_review_get_agency_ids (review));
    }
  events = scr_dataset_list_case_chronology (self, case_id, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(ScrChronologyEvent) event = g_list_model_get_item (events, i);
      const char *agency_id = scr_chronology_event_get_agency_id (event);

      if (agency_id != NULL)
        g_hash_table_add (ids, (gpointer) agency_id);
    }
  actions = scr_dataset_list_case_actions (self, case_id, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(ScrAction) action = g_list_model_get_item (actions, i);
      const char *agency_id = scr_action_get_owner_agency_id (action);

      if (agency_id != NULL)
        g_hash_table_add (ids, (gpointer) agency_id);
    }

  return filter_collection (self, SCR_COLLECTION_AGENCIES, agency_in_set, ids);
}
