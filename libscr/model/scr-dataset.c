/* scr-dataset.c: a register of cases, reviews and their learning.
 *
 * The ScrDataset class: its ten collections (the get, lookup and add
 * entry points of each), its title and its properties. The table of what
 * each collection holds is in scr-dataset-collections.c, the id index in
 * scr-dataset-index.c, the reference
 * checks in scr-dataset-validate.c, loading and saving the JSON file in
 * scr-dataset-load.c and scr-dataset-save.c, and the queries across
 * collections in scr-dataset-query.c; they share scr-dataset-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-item-list-private.h"
#include "scr-dataset-private.h"
#include "scr-fields-private.h"
#include "scr-model-private.h"

/**
 * ScrDataset:
 *
 * A register: every agency, case, review, chronology event, theme,
 * finding, lesson, recommendation, action and audit of one partnership
 * (or of one review), as one JSON file holds them.
 *
 * Each collection is a #GListModel in file order, and each item has an id
 * unique in its collection. Items refer to each other by id (a review's
 * `case_id`, an action's `owner_agency_id`); a dataset read from JSON has
 * every such reference checked, and [method@Scr.Dataset.validate] checks
 * them again after changes.
 *
 * Reading is all or nothing: a file with any error gives no dataset and
 * a #GError naming the file, the JSON path and the problem, such as
 * `register.json: cases[3].incident.date: "2014-02-30" is not a date`.
 * Members the library does not know, at every level, are kept and written
 * back, and saving a file this library wrote gives the same bytes. The
 * format is described in `doc/json-format.md`.
 *
 * ## Threads
 *
 * A dataset and the items it holds are plain mutable objects that notify
 * their changes: use a dataset, with its items, from one thread at a time.
 * Separate datasets may be used in separate threads. A loaded dataset
 * that no thread changes (no setter, no add or remove, no signal
 * connected or disconnected) may be read from several at once: its
 * getters and collections (the list models, item by item), its items'
 * getters and properties, the look-ups, the `list_` queries and
 * [method@Scr.Dataset.validate]. `doc/threads.md` says how that is tested.
 */

G_DEFINE_FINAL_TYPE (ScrDataset, scr_dataset, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_RAG_AMBER_WORKING_DAYS,
};

/* The title is the dataset's one property; the collections and the JSON
 * file are read and written by scr-dataset-load.c and scr-dataset-save.c. */
static const ScrField dataset_fields[] = {
  [PROP_TITLE - 1] = SCR_FIELD_STRING (NULL, "title", ScrDataset, title),
  [PROP_RAG_AMBER_WORKING_DAYS - 1] = SCR_FIELD_INT (NULL, "rag-amber-working-days", ScrDataset,
                                                     rag_amber_working_days, FALSE, 0, G_MAXINT,
                                                     SCR_DATASET_RAG_AMBER_WORKING_DAYS_DEFAULT),
};

static ScrFieldSet dataset_set = SCR_FIELD_SET (dataset_fields, ScrDataset, unknown, NULL);

static void
scr_dataset_dispose (GObject *object)
{
  ScrDataset *self = SCR_DATASET (object);

  for (guint c = 0; c < SCR_N_COLLECTIONS; c++)
    {
      guint n;

      if (self->stores[c] == NULL)
        continue;
      n = g_list_model_get_n_items (G_LIST_MODEL (self->stores[c]));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->stores[c]), i);

          g_signal_handlers_disconnect_by_data (item, self);
        }
      g_clear_pointer (&self->index[c], g_hash_table_unref);
      g_clear_object (&self->stores[c]);
    }
  G_OBJECT_CLASS (scr_dataset_parent_class)->dispose (object);
}

static void
scr_dataset_class_init (ScrDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  /**
   * ScrDataset:title:
   *
   * The title of the register, or %NULL.
   */
  /**
   * ScrDataset:rag-amber-working-days:
   *
   * How many working days before its due date an action turns amber
   * ([method@Scr.Action.compute_rag]), set per register: the root member
   * `rag_amber_working_days`. An absent or `null` member reads as
   * %SCR_DATASET_RAG_AMBER_WORKING_DAYS_DEFAULT (10, two working weeks),
   * and the default is not written.
   */
  scr_field_set_install (&dataset_set, object_class);
  /* The stores hold items that refer back to the dataset's handlers. */
  object_class->dispose = scr_dataset_dispose;
}

static void
scr_dataset_init (ScrDataset *self)
{
  scr_field_set_init_instance (&dataset_set, G_OBJECT (self));
  for (guint c = 0; c < SCR_N_COLLECTIONS; c++)
    {
      self->stores[c] = scr_item_list_new (scr_collections[c].get_type ());
      self->index[c] = g_hash_table_new (g_str_hash, g_str_equal);
    }
}

/**
 * scr_dataset_new:
 *
 * Creates an empty dataset.
 *
 * Returns: (transfer full): a new dataset
 */
ScrDataset *
scr_dataset_new (void)
{
  return g_object_new (SCR_TYPE_DATASET, NULL);
}

/**
 * scr_dataset_get_title:
 * @self: a dataset
 *
 * Gets the title of the register.
 *
 * Returns: (nullable): the title
 */
const char *
scr_dataset_get_title (ScrDataset *self)
{
  g_return_val_if_fail (SCR_IS_DATASET (self), NULL);

  return self->title;
}

/**
 * scr_dataset_set_title:
 * @self: a dataset
 * @title: (nullable): the title
 *
 * Sets the title of the register.
 */
void
scr_dataset_set_title (ScrDataset *self,
                       const char *title)
{
  g_return_if_fail (SCR_IS_DATASET (self));

  scr_field_set_string (&dataset_set, G_OBJECT (self), PROP_TITLE, title);
}

/**
 * scr_dataset_get_rag_amber_working_days:
 * @self: a dataset
 *
 * Gets [property@Scr.Dataset:rag-amber-working-days].
 *
 * Returns: the number of working days
 */
guint
scr_dataset_get_rag_amber_working_days (ScrDataset *self)
{
  g_return_val_if_fail (SCR_IS_DATASET (self), SCR_DATASET_RAG_AMBER_WORKING_DAYS_DEFAULT);

  return (guint) self->rag_amber_working_days;
}

/**
 * scr_dataset_set_rag_amber_working_days:
 * @self: a dataset
 * @days: the number of working days, at most %G_MAXINT
 *
 * Sets [property@Scr.Dataset:rag-amber-working-days].
 */
void
scr_dataset_set_rag_amber_working_days (ScrDataset *self,
                                        guint       days)
{
  g_return_if_fail (SCR_IS_DATASET (self));
  g_return_if_fail (days <= G_MAXINT);

  scr_field_set_int (&dataset_set, G_OBJECT (self), PROP_RAG_AMBER_WORKING_DAYS, (int) days);
}

/* The collections: get, lookup and add for each. */

#define COLLECTION_API(Type, type, CHECK, plural, c)                          \
  GListModel *                                                                \
  scr_dataset_get_##plural (ScrDataset *self)                                 \
  {                                                                           \
    g_return_val_if_fail (SCR_IS_DATASET (self), NULL);                       \
    return G_LIST_MODEL (self->stores[c]);                                    \
  }                                                                           \
  Type *                                                                      \
  scr_dataset_lookup_##type (ScrDataset *self,                                \
                             const char *id)                                  \
  {                                                                           \
    g_return_val_if_fail (SCR_IS_DATASET (self), NULL);                       \
    g_return_val_if_fail (id != NULL, NULL);                                  \
    return scr_dataset_lookup_item (self, c, id);                             \
  }                                                                           \
  gboolean                                                                    \
  scr_dataset_add_##type (ScrDataset  *self,                                  \
                          Type        *item,                                  \
                          GError     **error)                                 \
  {                                                                           \
    g_return_val_if_fail (SCR_IS_DATASET (self), FALSE);                      \
    g_return_val_if_fail (CHECK (item), FALSE);                               \
    g_return_val_if_fail (error == NULL || *error == NULL, FALSE);            \
    return scr_dataset_add_item (self, c, item, error);                       \
  }

/**
 * scr_dataset_get_agencies:
 * @self: a dataset
 *
 * Gets the agencies, in file order.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.Agency]
 */
/**
 * scr_dataset_lookup_agency:
 * @self: a dataset
 * @id: an agency id
 *
 * Finds an agency by its id.
 *
 * Returns: (nullable) (transfer none): the agency, or %NULL
 */
/**
 * scr_dataset_add_agency:
 * @self: a dataset
 * @agency: an agency
 * @error: return location for a #GError
 *
 * Appends an agency. References are not checked here (items may be added
 * in any order): see [method@Scr.Dataset.validate].
 *
 * Returns: %TRUE if added; %FALSE with %SCR_ERROR_VALIDATION if an agency
 *   with the same id is there, or %SCR_ERROR_INVALID_ARGUMENT if @agency
 *   has no id
 */
COLLECTION_API (ScrAgency, agency, SCR_IS_AGENCY, agencies, SCR_COLLECTION_AGENCIES)

/**
 * scr_dataset_get_cases:
 * @self: a dataset
 *
 * Gets the cases, in file order.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.Case]
 */
/**
 * scr_dataset_lookup_case:
 * @self: a dataset
 * @id: a case id
 *
 * Finds a case by its id.
 *
 * Returns: (nullable) (transfer none): the case, or %NULL
 */
/**
 * scr_dataset_add_case:
 * @self: a dataset
 * @kase: a case
 * @error: return location for a #GError
 *
 * Appends a case; see [method@Scr.Dataset.add_agency].
 *
 * Returns: %TRUE if added, %FALSE with @error set otherwise
 */
COLLECTION_API (ScrCase, case, SCR_IS_CASE, cases, SCR_COLLECTION_CASES)

/**
 * scr_dataset_get_reviews:
 * @self: a dataset
 *
 * Gets the reviews, in file order.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.Review]
 */
/**
 * scr_dataset_lookup_review:
 * @self: a dataset
 * @id: a review id
 *
 * Finds a review by its id.
 *
 * Returns: (nullable) (transfer none): the review, or %NULL
 */
/**
 * scr_dataset_add_review:
 * @self: a dataset
 * @review: a review
 * @error: return location for a #GError
 *
 * Appends a review; see [method@Scr.Dataset.add_agency].
 *
 * Returns: %TRUE if added, %FALSE with @error set otherwise
 */
COLLECTION_API (ScrReview, review, SCR_IS_REVIEW, reviews, SCR_COLLECTION_REVIEWS)

/**
 * scr_dataset_get_chronology:
 * @self: a dataset
 *
 * Gets the chronology events, in file order.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.ChronologyEvent]
 */
/**
 * scr_dataset_lookup_chronology_event:
 * @self: a dataset
 * @id: a chronology event id
 *
 * Finds a chronology event by its id.
 *
 * Returns: (nullable) (transfer none): the event, or %NULL
 */
/**
 * scr_dataset_add_chronology_event:
 * @self: a dataset
 * @event: a chronology event
 * @error: return location for a #GError
 *
 * Appends a chronology event; see [method@Scr.Dataset.add_agency].
 *
 * Returns: %TRUE if added, %FALSE with @error set otherwise
 */
COLLECTION_API (ScrChronologyEvent, chronology_event, SCR_IS_CHRONOLOGY_EVENT, chronology,
                SCR_COLLECTION_CHRONOLOGY)

/**
 * scr_dataset_get_themes:
 * @self: a dataset
 *
 * Gets the themes, in file order.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.Theme]
 */
/**
 * scr_dataset_lookup_theme:
 * @self: a dataset
 * @id: a theme id
 *
 * Finds a theme by its id.
 *
 * Returns: (nullable) (transfer none): the theme, or %NULL
 */
/**
 * scr_dataset_add_theme:
 * @self: a dataset
 * @theme: a theme
 * @error: return location for a #GError
 *
 * Appends a theme; see [method@Scr.Dataset.add_agency].
 *
 * Returns: %TRUE if added, %FALSE with @error set otherwise
 */
COLLECTION_API (ScrTheme, theme, SCR_IS_THEME, themes, SCR_COLLECTION_THEMES)

/**
 * scr_dataset_get_findings:
 * @self: a dataset
 *
 * Gets the findings, in file order.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.Finding]
 */
/**
 * scr_dataset_lookup_finding:
 * @self: a dataset
 * @id: a finding id
 *
 * Finds a finding by its id.
 *
 * Returns: (nullable) (transfer none): the finding, or %NULL
 */
/**
 * scr_dataset_add_finding:
 * @self: a dataset
 * @finding: a finding
 * @error: return location for a #GError
 *
 * Appends a finding; see [method@Scr.Dataset.add_agency].
 *
 * Returns: %TRUE if added, %FALSE with @error set otherwise
 */
COLLECTION_API (ScrFinding, finding, SCR_IS_FINDING, findings, SCR_COLLECTION_FINDINGS)

/**
 * scr_dataset_get_lessons:
 * @self: a dataset
 *
 * Gets the lessons, in file order.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.Lesson]
 */
/**
 * scr_dataset_lookup_lesson:
 * @self: a dataset
 * @id: a lesson id
 *
 * Finds a lesson by its id.
 *
 * Returns: (nullable) (transfer none): the lesson, or %NULL
 */
/**
 * scr_dataset_add_lesson:
 * @self: a dataset
 * @lesson: a lesson
 * @error: return location for a #GError
 *
 * Appends a lesson; see [method@Scr.Dataset.add_agency].
 *
 * Returns: %TRUE if added, %FALSE with @error set otherwise
 */
COLLECTION_API (ScrLesson, lesson, SCR_IS_LESSON, lessons, SCR_COLLECTION_LESSONS)

/**
 * scr_dataset_get_recommendations:
 * @self: a dataset
 *
 * Gets the recommendations, in file order.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.Recommendation]
 */
/**
 * scr_dataset_lookup_recommendation:
 * @self: a dataset
 * @id: a recommendation id
 *
 * Finds a recommendation by its id.
 *
 * Returns: (nullable) (transfer none): the recommendation, or %NULL
 */
/**
 * scr_dataset_add_recommendation:
 * @self: a dataset
 * @recommendation: a recommendation
 * @error: return location for a #GError
 *
 * Appends a recommendation; see [method@Scr.Dataset.add_agency].
 *
 * Returns: %TRUE if added, %FALSE with @error set otherwise
 */
COLLECTION_API (ScrRecommendation, recommendation, SCR_IS_RECOMMENDATION, recommendations,
                SCR_COLLECTION_RECOMMENDATIONS)

/**
 * scr_dataset_get_actions:
 * @self: a dataset
 *
 * Gets the actions, in file order.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.Action]
 */
/**
 * scr_dataset_lookup_action:
 * @self: a dataset
 * @id: an action id
 *
 * Finds an action by its id.
 *
 * Returns: (nullable) (transfer none): the action, or %NULL
 */
/**
 * scr_dataset_add_action:
 * @self: a dataset
 * @action: an action
 * @error: return location for a #GError
 *
 * Appends an action; see [method@Scr.Dataset.add_agency].
 *
 * Returns: %TRUE if added, %FALSE with @error set otherwise
 */
COLLECTION_API (ScrAction, action, SCR_IS_ACTION, actions, SCR_COLLECTION_ACTIONS)

/**
 * scr_dataset_get_audits:
 * @self: a dataset
 *
 * Gets the audits, in file order.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.Audit]
 */
/**
 * scr_dataset_lookup_audit:
 * @self: a dataset
 * @id: an audit id
 *
 * Finds an audit by its id.
 *
 * Returns: (nullable) (transfer none): the audit, or %NULL
 */
/**
 * scr_dataset_add_audit:
 * @self: a dataset
 * @audit: an audit
 * @error: return location for a #GError
 *
 * Appends an audit; see [method@Scr.Dataset.add_agency].
 *
 * Returns: %TRUE if added, %FALSE with @error set otherwise
 */
COLLECTION_API (ScrAudit, audit, SCR_IS_AUDIT, audits, SCR_COLLECTION_AUDITS)
