/* scr-dataset-learning.c: themes across the reviews of a dataset, counted
 * by year and by agency.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-dataset-private.h"
#include "scr-date-private.h"
#include "scr-theme-count-private.h"

typedef struct
{
  char      *key;      /* casefolded title */
  char      *theme;    /* the first spelling */
  int        year;
  char      *agency_id;
  GPtrArray *review_ids;
} Row;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->key);
  g_free (row->theme);
  g_free (row->agency_id);
  g_ptr_array_unref (row->review_ids);
  g_free (row);
}

static int
row_compare (gconstpointer a,
             gconstpointer b)
{
  const Row *x = *(const Row **) a, *y = *(const Row **) b;
  int c = strcmp (x->key, y->key);

  if (c != 0)
    return c;
  if (x->year != y->year)
    return x->year < y->year ? -1 : 1;
  return g_strcmp0 (x->agency_id, y->agency_id);
}

static int
review_year (ScrDataset *self,
             const char *review_id)
{
  ScrReview *review = review_id ? scr_dataset_lookup_review (self, review_id) : NULL;
  const ScrDate *date = NULL;
  GListModel *milestones;
  gint32 latest = 0;

  if (review == NULL)
    return 0;
  milestones = scr_review_get_milestones (review);
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(ScrMilestone) milestone = g_list_model_get_item (milestones, i);
      const ScrDate *when = scr_milestone_get_date (milestone);

      if (when == NULL)
        continue;
      if (scr_milestone_get_kind (milestone) == SCR_MILESTONE_KIND_PUBLICATION)
        return scr_date_get_year (when);
      if (scr_date_get_ordinal (when) > latest)
        latest = scr_date_get_ordinal (when);
    }
  if (latest > 0)
    {
      int year, month, day;

      scr_ordinal_to_ymd (latest, &year, &month, &day);
      return year;
    }
  date = scr_review_get_timeframe_to (review);
  if (date == NULL)
    date = scr_review_get_timeframe_from (review);
  return date ? scr_date_get_year (date) : 0;
}

/* theme id -> GPtrArray of agency ids (borrowed), from the
 * recommendations through the findings they answer. */
static GHashTable *
theme_agencies (ScrDataset *self)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                           (GDestroyNotify) g_ptr_array_unref);
  GListModel *recs = G_LIST_MODEL (self->stores[SCR_COLLECTION_RECOMMENDATIONS]);

  for (guint i = 0; i < g_list_model_get_n_items (recs); i++)
    {
      g_autoptr(ScrRecommendation) rec = g_list_model_get_item (recs, i);
      const char *agency = scr_recommendation_get_agency_id (rec);
      const char * const *findings = scr_recommendation_get_finding_ids (rec);

      if (agency == NULL)
        continue;
      for (guint f = 0; findings != NULL && findings[f] != NULL; f++)
        {
          ScrFinding *finding = scr_dataset_lookup_finding (self, findings[f]);
          const char * const *themes = finding ? scr_finding_get_theme_ids (finding) : NULL;

          for (guint t = 0; themes != NULL && themes[t] != NULL; t++)
            {
              GPtrArray *agencies = g_hash_table_lookup (map, themes[t]);

              if (agencies == NULL)
                {
                  agencies = g_ptr_array_new ();
                  g_hash_table_insert (map, (gpointer) themes[t], agencies);
                }
              if (!g_ptr_array_find_with_equal_func (agencies, agency, g_str_equal, NULL))
                g_ptr_array_add (agencies, (gpointer) agency);
            }
        }
    }
  return map;
}

static void
add_row (GHashTable *rows,
         GPtrArray  *order,
         const char *key,
         const char *title,
         int         year,
         const char *agency_id,
         const char *review_id)
{
  g_autofree char *row_key = g_strdup_printf ("%s\x1f%d\x1f%s", key, year,
                                              agency_id ? agency_id : "");
  Row *row = g_hash_table_lookup (rows, row_key);

  if (row == NULL)
    {
      row = g_new0 (Row, 1);
      row->key = g_strdup (key);
      row->theme = g_strdup (title);
      row->year = year;
      row->agency_id = g_strdup (agency_id);
      row->review_ids = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (rows, g_steal_pointer (&row_key), row);
      g_ptr_array_add (order, row);
    }
  if (review_id != NULL &&
      !g_ptr_array_find_with_equal_func (row->review_ids, review_id, g_str_equal, NULL))
    g_ptr_array_add (row->review_ids, g_strdup (review_id));
}

/* Adds @self's themes to @rows (by key, owned) and @order (borrowed). */
static void
count_dataset (ScrDataset *self,
               GHashTable *rows,
               GPtrArray  *order)
{
  g_autoptr(GHashTable) agencies = theme_agencies (self);
  GListModel *themes = G_LIST_MODEL (self->stores[SCR_COLLECTION_THEMES]);

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(ScrTheme) theme = g_list_model_get_item (themes, i);
      const char *title = scr_theme_get_title (theme);
      const char *review_id = scr_theme_get_review_id (theme);
      g_autofree char *key = NULL;
      GPtrArray *by = g_hash_table_lookup (agencies, scr_theme_get_id (theme));
      int year;

      if (title == NULL)
        continue;
      key = g_utf8_casefold (title, -1);
      year = review_year (self, review_id);
      if (by == NULL || by->len == 0)
        add_row (rows, order, key, title, year, NULL, review_id);
      for (guint a = 0; by != NULL && a < by->len; a++)
        add_row (rows, order, key, title, year, by->pdata[a], review_id);
    }
}

/**
 * scr_dataset_count_themes:
 * @self: a dataset
 *
 * Counts the themes across the dataset's reviews, as
 * [func@Scr.count_themes] does for several datasets: one row for each theme
 * title (grouped case-insensitively, spelled as the first theme spells
 * it), year and agency, with the reviews in which it appears.
 *
 * A theme's year is its review's: the year of the review's publication
 * milestone (%SCR_MILESTONE_KIND_PUBLICATION), else of its latest dated
 * milestone, else of the end of its timeframe
 * ([property@Scr.Review:timeframe-to]), else of its start, else 0
 * (unknown, and so for a theme with no review). A theme's agencies are those of the recommendations that
 * answer a finding of the theme ([property@Scr.Recommendation:finding-ids],
 * [property@Scr.Finding:theme-ids], [property@Scr.Recommendation:agency-id]);
 * a theme with none has one row whose agency is %NULL. A review counted
 * under several agencies is counted once for each.
 *
 * The rows are sorted by casefolded title, then year, then agency (%NULL
 * first).
 *
 * Returns: (transfer full): a #GListModel of [class@Scr.ThemeCount]
 */
GListModel *
scr_dataset_count_themes (ScrDataset *self)
{
  g_autoptr(GListStore) one = NULL;

  g_return_val_if_fail (SCR_IS_DATASET (self), NULL);

  one = g_list_store_new (SCR_TYPE_DATASET);
  g_list_store_append (one, self);
  return scr_count_themes (G_LIST_MODEL (one));
}

/**
 * scr_count_themes:
 * @datasets: a list model of [class@Scr.Dataset], read as one register
 *
 * Counts the themes across the reviews of every dataset of @datasets, as
 * [method@Scr.Dataset.count_themes] does for one: rows of the same
 * theme, year and agency in several datasets are one row, with the
 * reviews of all of them.
 *
 * Returns: (transfer full): a #GListModel of [class@Scr.ThemeCount]
 */
GListModel *
scr_count_themes (GListModel *datasets)
{
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GPtrArray) order = NULL;
  ScrItemList *result;

  g_return_val_if_fail (G_IS_LIST_MODEL (datasets), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (datasets), SCR_TYPE_DATASET),
                        NULL);

  rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, row_free);
  order = g_ptr_array_new ();
  for (guint d = 0; d < g_list_model_get_n_items (datasets); d++)
    {
      g_autoptr(ScrDataset) dataset = g_list_model_get_item (datasets, d);

      count_dataset (dataset, rows, order);
    }
  g_ptr_array_sort (order, row_compare);
  result = scr_item_list_new (SCR_TYPE_THEME_COUNT);
  for (guint i = 0; i < order->len; i++)
    {
      Row *row = order->pdata[i];
      g_autoptr(ScrThemeCount) count = NULL;
      char **ids = g_new0 (char *, row->review_ids->len + 1);

      for (guint r = 0; r < row->review_ids->len; r++)
        ids[r] = g_strdup (row->review_ids->pdata[r]);
      count = scr_theme_count_new (row->theme, row->year, row->agency_id, ids);
      scr_item_list_append (result, count);
    }
  return G_LIST_MODEL (result);
}
