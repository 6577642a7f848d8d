/* scr-dataset-validate.c: checking a dataset: every id present and unique in
 * its collection, and every reference by id naming an item of the
 * dataset.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-dataset-private.h"
#include "scr-error.h"
#include "scr-json-private.h"

typedef const char * const *(*GetIdsFunc) (gpointer self);

/* A reference from a member of the items of one collection to the ids of
 * another: either one id (get_one) or a list (get_many). */
typedef struct
{
  ScrCollectionId from;
  const char *member;
  ScrCollectionId to;
  ScrItemGetIdFunc get_one;
  GetIdsFunc get_many;
} ReferenceInfo;

#define ONE(from, member, to, getter) { from, member, to, (ScrItemGetIdFunc) getter, NULL }
#define MANY(from, member, to, getter) { from, member, to, NULL, (GetIdsFunc) getter }

static const ReferenceInfo references[] = {
  MANY (SCR_COLLECTION_CASES, "agency_ids", SCR_COLLECTION_AGENCIES, scr_case_get_agency_ids),
  ONE (SCR_COLLECTION_REVIEWS, "case_id", SCR_COLLECTION_CASES, scr_review_get_case_id),
  MANY (SCR_COLLECTION_REVIEWS, "agency_ids", SCR_COLLECTION_AGENCIES, scr_review_get_agency_ids),
  ONE (SCR_COLLECTION_CHRONOLOGY, "review_id", SCR_COLLECTION_REVIEWS,
       scr_chronology_event_get_review_id),
  ONE (SCR_COLLECTION_CHRONOLOGY, "case_id", SCR_COLLECTION_CASES,
       scr_chronology_event_get_case_id),
  ONE (SCR_COLLECTION_CHRONOLOGY, "agency_id", SCR_COLLECTION_AGENCIES,
       scr_chronology_event_get_agency_id),
  ONE (SCR_COLLECTION_THEMES, "review_id", SCR_COLLECTION_REVIEWS, scr_theme_get_review_id),
  ONE (SCR_COLLECTION_FINDINGS, "review_id", SCR_COLLECTION_REVIEWS, scr_finding_get_review_id),
  MANY (SCR_COLLECTION_FINDINGS, "theme_ids", SCR_COLLECTION_THEMES, scr_finding_get_theme_ids),
  ONE (SCR_COLLECTION_LESSONS, "review_id", SCR_COLLECTION_REVIEWS, scr_lesson_get_review_id),
  ONE (SCR_COLLECTION_LESSONS, "finding_id", SCR_COLLECTION_FINDINGS, scr_lesson_get_finding_id),
  MANY (SCR_COLLECTION_LESSONS, "linked_lesson_ids", SCR_COLLECTION_LESSONS,
        scr_lesson_get_linked_lesson_ids),
  ONE (SCR_COLLECTION_RECOMMENDATIONS, "review_id", SCR_COLLECTION_REVIEWS,
       scr_recommendation_get_review_id),
  ONE (SCR_COLLECTION_RECOMMENDATIONS, "agency_id", SCR_COLLECTION_AGENCIES,
       scr_recommendation_get_agency_id),
  MANY (SCR_COLLECTION_RECOMMENDATIONS, "finding_ids", SCR_COLLECTION_FINDINGS,
        scr_recommendation_get_finding_ids),
  MANY (SCR_COLLECTION_RECOMMENDATIONS, "lesson_ids", SCR_COLLECTION_LESSONS,
        scr_recommendation_get_lesson_ids),
  ONE (SCR_COLLECTION_ACTIONS, "review_id", SCR_COLLECTION_REVIEWS, scr_action_get_review_id),
  ONE (SCR_COLLECTION_ACTIONS, "recommendation_id", SCR_COLLECTION_RECOMMENDATIONS,
       scr_action_get_recommendation_id),
  ONE (SCR_COLLECTION_ACTIONS, "owner_agency_id", SCR_COLLECTION_AGENCIES,
       scr_action_get_owner_agency_id),
  MANY (SCR_COLLECTION_AUDITS, "agency_ids", SCR_COLLECTION_AGENCIES, scr_audit_get_agency_ids),
};

static gboolean
check_reference (ScrDataset          *self,
                 const ReferenceInfo *ref,
                 gpointer             item,
                 guint                position,
                 const char          *target,
                 int                  target_index,
                 GError             **error)
{
  g_autofree char *where = NULL;

  if (target == NULL || scr_dataset_lookup_item (self, ref->to, target) != NULL)
    return TRUE;
  if (target_index >= 0)
    where = g_strdup_printf ("%s[%u].%s[%d]", scr_collections[ref->from].member, position,
                             ref->member, target_index);
  else
    where = g_strdup_printf ("%s[%u].%s", scr_collections[ref->from].member, position, ref->member);
  scr_json_set_error (error, SCR_ERROR_NOT_FOUND, NULL, NULL,
               "%s: no %s \"%s\" (referenced from %s \"%s\")", where,
               scr_collections[ref->to].noun, target, scr_collections[ref->from].noun,
               scr_dataset_item_id (ref->from, item));
  return FALSE;
}

/* Checks every reference; with @errors, collects every problem (and
 * returns FALSE if there was one), else stops at the first. */
gboolean
scr_dataset_check_references (ScrDataset  *self,
                              GPtrArray   *errors,
                              GError     **error)
{
  gboolean ok = TRUE;

  for (guint r = 0; r < G_N_ELEMENTS (references); r++)
    {
      const ReferenceInfo *ref = &references[r];
      GListModel *model = G_LIST_MODEL (self->stores[ref->from]);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);
          GError *local_error = NULL;

          if (ref->get_one != NULL)
            {
              if (!check_reference (self, ref, item, i, ref->get_one (item), -1, &local_error))
                goto failed;
              continue;
            }
          {
            const char * const *ids = ref->get_many (item);

            for (guint k = 0; ids != NULL && ids[k] != NULL; k++)
              if (!check_reference (self, ref, item, i, ids[k], (int) k, &local_error))
                break;
            if (local_error == NULL)
              continue;
          }
        failed:
          ok = FALSE;
          if (errors == NULL)
            {
              g_propagate_error (error, local_error);
              return FALSE;
            }
          g_ptr_array_add (errors, local_error);
        }
    }
  return ok;
}

/* Duplicate ids (an id may have changed since the item was added). */
static gboolean
check_duplicates (ScrDataset  *self,
                  GError     **error)
{
  for (guint c = 0; c < SCR_N_COLLECTIONS; c++)
    {
      GListModel *model = G_LIST_MODEL (self->stores[c]);
      guint n = g_list_model_get_n_items (model);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);
          const char *id = scr_dataset_item_id (c, item);

          if (id == NULL)
            {
              g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION, "%s[%u].id: the %s has no id",
                           scr_collections[c].member, i, scr_collections[c].noun);
              return FALSE;
            }
          if (!g_hash_table_add (seen, (gpointer) id))
            {
              scr_json_set_error (error, SCR_ERROR_VALIDATION, NULL, NULL,
                           "%s[%u].id: duplicate %s id \"%s\" (first at %s[%d])",
                           scr_collections[c].member, i, scr_collections[c].noun, id,
                           scr_collections[c].member,
                           scr_dataset_find_position (self, c, NULL, id));
              return FALSE;
            }
        }
    }
  return TRUE;
}

/**
 * scr_dataset_validate:
 * @self: a dataset
 * @error: return location for a #GError
 *
 * Checks the rules a dataset read from JSON satisfies, after changes made
 * through the API: every item has an id unique in its collection
 * (%SCR_ERROR_VALIDATION otherwise) and every reference by id names an
 * item of the dataset (%SCR_ERROR_NOT_FOUND otherwise, naming both ends:
 * `reviews[2].case_id: no case "x" (referenced from review "y")`).
 *
 * Returns: %TRUE if the dataset is valid
 */
gboolean
scr_dataset_validate (ScrDataset  *self,
                      GError     **error)
{
  g_return_val_if_fail (SCR_IS_DATASET (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_duplicates (self, error) && scr_dataset_check_references (self, NULL, error);
}
