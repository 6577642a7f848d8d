/* scr-dataset.c: a register of cases, reviews and their learning.
 *
 * Over 800 lines as one concept, the ScrDataset class: its ten
 * collections and their index, loading and saving the register's one JSON
 * file, the reference checks, and the queries across collections.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-action-private.h"
#include "scr-agency-private.h"
#include "scr-audit-private.h"
#include "scr-case-private.h"
#include "scr-chronology-event-private.h"
#include "scr-dataset-private.h"
#include "scr-finding-private.h"
#include "scr-json-stream-private.h"
#include "scr-json-private.h"
#include "scr-lesson-private.h"
#include "scr-model-private.h"
#include "scr-recommendation-private.h"
#include "scr-review-private.h"
#include "scr-theme-private.h"

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
 */

typedef gpointer (*LoadFunc) (JsonObject *object, const char *path, GError **error);
typedef void (*SaveFunc) (gpointer self, JsonBuilder *builder);
typedef const char *(*GetIdFunc) (gpointer self);
typedef const char * const *(*GetIdsFunc) (gpointer self);

typedef enum {
  C_AGENCIES,
  C_CASES,
  C_REVIEWS,
  C_CHRONOLOGY,
  C_THEMES,
  C_FINDINGS,
  C_LESSONS,
  C_RECOMMENDATIONS,
  C_ACTIONS,
  C_AUDITS,
  N_COLLECTIONS
} CollectionId;

typedef struct
{
  const char *member;   /* JSON member of the collection */
  const char *noun;     /* one item, in messages */
  GType (*get_type) (void);
  LoadFunc load;
  SaveFunc save;
  GetIdFunc get_id;
} CollectionInfo;

static const CollectionInfo collections[N_COLLECTIONS] = {
  { "agencies", "agency", scr_agency_get_type, (LoadFunc) scr_agency_load_json,
    (SaveFunc) scr_agency_save_json, (GetIdFunc) scr_agency_get_id },
  { "cases", "case", scr_case_get_type, (LoadFunc) scr_case_load_json,
    (SaveFunc) scr_case_save_json, (GetIdFunc) scr_case_get_id },
  { "reviews", "review", scr_review_get_type, (LoadFunc) scr_review_load_json,
    (SaveFunc) scr_review_save_json, (GetIdFunc) scr_review_get_id },
  { "chronology", "chronology event", scr_chronology_event_get_type,
    (LoadFunc) scr_chronology_event_load_json, (SaveFunc) scr_chronology_event_save_json,
    (GetIdFunc) scr_chronology_event_get_id },
  { "themes", "theme", scr_theme_get_type, (LoadFunc) scr_theme_load_json,
    (SaveFunc) scr_theme_save_json, (GetIdFunc) scr_theme_get_id },
  { "findings", "finding", scr_finding_get_type, (LoadFunc) scr_finding_load_json,
    (SaveFunc) scr_finding_save_json, (GetIdFunc) scr_finding_get_id },
  { "lessons", "lesson", scr_lesson_get_type, (LoadFunc) scr_lesson_load_json,
    (SaveFunc) scr_lesson_save_json, (GetIdFunc) scr_lesson_get_id },
  { "recommendations", "recommendation", scr_recommendation_get_type,
    (LoadFunc) scr_recommendation_load_json, (SaveFunc) scr_recommendation_save_json,
    (GetIdFunc) scr_recommendation_get_id },
  { "actions", "action", scr_action_get_type, (LoadFunc) scr_action_load_json,
    (SaveFunc) scr_action_save_json, (GetIdFunc) scr_action_get_id },
  { "audits", "audit", scr_audit_get_type, (LoadFunc) scr_audit_load_json,
    (SaveFunc) scr_audit_save_json, (GetIdFunc) scr_audit_get_id },
};

/* A reference from a member of the items of one collection to the ids of
 * another: either one id (get_one) or a list (get_many). */
typedef struct
{
  CollectionId from;
  const char *member;
  CollectionId to;
  GetIdFunc get_one;
  GetIdsFunc get_many;
} ReferenceInfo;

#define ONE(from, member, to, getter) { from, member, to, (GetIdFunc) getter, NULL }
#define MANY(from, member, to, getter) { from, member, to, NULL, (GetIdsFunc) getter }

static const ReferenceInfo references[] = {
  MANY (C_CASES, "agency_ids", C_AGENCIES, scr_case_get_agency_ids),
  ONE (C_REVIEWS, "case_id", C_CASES, scr_review_get_case_id),
  MANY (C_REVIEWS, "agency_ids", C_AGENCIES, scr_review_get_agency_ids),
  ONE (C_CHRONOLOGY, "review_id", C_REVIEWS, scr_chronology_event_get_review_id),
  ONE (C_CHRONOLOGY, "case_id", C_CASES, scr_chronology_event_get_case_id),
  ONE (C_CHRONOLOGY, "agency_id", C_AGENCIES, scr_chronology_event_get_agency_id),
  ONE (C_THEMES, "review_id", C_REVIEWS, scr_theme_get_review_id),
  ONE (C_FINDINGS, "review_id", C_REVIEWS, scr_finding_get_review_id),
  MANY (C_FINDINGS, "theme_ids", C_THEMES, scr_finding_get_theme_ids),
  ONE (C_LESSONS, "review_id", C_REVIEWS, scr_lesson_get_review_id),
  ONE (C_LESSONS, "finding_id", C_FINDINGS, scr_lesson_get_finding_id),
  MANY (C_LESSONS, "linked_lesson_ids", C_LESSONS, scr_lesson_get_linked_lesson_ids),
  ONE (C_RECOMMENDATIONS, "review_id", C_REVIEWS, scr_recommendation_get_review_id),
  ONE (C_RECOMMENDATIONS, "agency_id", C_AGENCIES, scr_recommendation_get_agency_id),
  MANY (C_RECOMMENDATIONS, "finding_ids", C_FINDINGS, scr_recommendation_get_finding_ids),
  MANY (C_RECOMMENDATIONS, "lesson_ids", C_LESSONS, scr_recommendation_get_lesson_ids),
  ONE (C_ACTIONS, "review_id", C_REVIEWS, scr_action_get_review_id),
  ONE (C_ACTIONS, "recommendation_id", C_RECOMMENDATIONS, scr_action_get_recommendation_id),
  ONE (C_ACTIONS, "owner_agency_id", C_AGENCIES, scr_action_get_owner_agency_id),
  MANY (C_AUDITS, "agency_ids", C_AGENCIES, scr_audit_get_agency_ids),
};

struct _ScrDataset
{
  GObject parent_instance;

  char *title;
  GListStore *stores[N_COLLECTIONS];
  /* id -> item (borrowed from the store); rebuilt when an item's id
   * changes (the types whose id is writable) */
  GHashTable *index[N_COLLECTIONS];
  gboolean index_stale[N_COLLECTIONS];
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrDataset, scr_dataset, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const stream_members[] = {
  "agencies", "cases", "reviews", "chronology", "themes", "findings", "lessons",
  "recommendations", "actions", "audits", NULL
};

static const char * const known_root_members[] = {
  "schema_version", "title", "agencies", "cases", "reviews", "chronology", "themes", "findings",
  "lessons", "recommendations", "actions", "audits", NULL
};

static void
scr_dataset_dispose (GObject *object)
{
  ScrDataset *self = SCR_DATASET (object);

  for (guint c = 0; c < N_COLLECTIONS; c++)
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
scr_dataset_finalize (GObject *object)
{
  ScrDataset *self = SCR_DATASET (object);

  g_free (self->title);
  g_clear_pointer (&self->unknown, json_object_unref);
  G_OBJECT_CLASS (scr_dataset_parent_class)->finalize (object);
}

static void
scr_dataset_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ScrDataset *self = SCR_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_dataset_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ScrDataset *self = SCR_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      scr_dataset_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_dataset_class_init (ScrDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = scr_dataset_dispose;
  object_class->finalize = scr_dataset_finalize;
  object_class->get_property = scr_dataset_get_property;
  object_class->set_property = scr_dataset_set_property;

  /**
   * ScrDataset:title:
   *
   * The title of the register, or %NULL.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_dataset_init (ScrDataset *self)
{
  for (guint c = 0; c < N_COLLECTIONS; c++)
    {
      self->stores[c] = g_list_store_new (collections[c].get_type ());
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

/* Ids and the index */

static const char *
item_id (CollectionId c,
         gpointer     item)
{
  return collections[c].get_id (item);
}

static void
on_item_id_changed (GObject    *item,
                    GParamSpec *pspec,
                    gpointer    user_data)
{
  ScrDataset *self = user_data;

  for (guint c = 0; c < N_COLLECTIONS; c++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (item, collections[c].get_type ()))
      self->index_stale[c] = TRUE;
}

static gboolean
id_is_writable (CollectionId c)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (collections[c].get_type ());
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "id");

  return pspec != NULL && (pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0;
}

static GHashTable *
get_index (ScrDataset   *self,
           CollectionId  c)
{
  if (self->index_stale[c])
    {
      GListModel *model = G_LIST_MODEL (self->stores[c]);
      guint n = g_list_model_get_n_items (model);

      g_hash_table_remove_all (self->index[c]);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);
          const char *id = item_id (c, item);

          /* the first of two items with one id wins; validate reports it */
          if (id != NULL && !g_hash_table_contains (self->index[c], id))
            g_hash_table_insert (self->index[c], (gpointer) id, item);
        }
      self->index_stale[c] = FALSE;
    }
  return self->index[c];
}

static gpointer
lookup (ScrDataset   *self,
        CollectionId  c,
        const char   *id)
{
  return g_hash_table_lookup (get_index (self, c), id);
}

/* Position of the first item with @id, for messages: in the store, then
 * in @pending (items being loaded, not yet in the store). */
static int
find_position (ScrDataset   *self,
               CollectionId  c,
               GPtrArray    *pending,
               const char   *id)
{
  GListModel *model = G_LIST_MODEL (self->stores[c]);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (item_id (c, item), id) == 0)
        return (int) i;
    }
  for (guint i = 0; pending != NULL && i < pending->len; i++)
    if (g_strcmp0 (item_id (c, pending->pdata[i]), id) == 0)
      return (int) (n + i);
  return -1;
}

/* Checks that @item can join collection @c at position @position; adds
 * it to the index (not to the store). */
static gboolean
index_item (ScrDataset   *self,
            CollectionId  c,
            gpointer      item,
            guint         position,
            GPtrArray    *pending,
            GError      **error)
{
  const char *id = item_id (c, item);
  GHashTable *index = get_index (self, c);

  if (id == NULL)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT, "%s[%u].id: the %s has no id",
                   collections[c].member, position, collections[c].noun);
      return FALSE;
    }
  if (g_hash_table_contains (index, id))
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                   "%s[%u].id: duplicate %s id \"%s\" (first at %s[%d])",
                   collections[c].member, position, collections[c].noun, id,
                   collections[c].member, find_position (self, c, pending, id));
      return FALSE;
    }
  g_hash_table_insert (index, (gpointer) id, item);
  if (id_is_writable (c))
    g_signal_connect (item, "notify::id", G_CALLBACK (on_item_id_changed), self);
  return TRUE;
}

static gboolean
add_item (ScrDataset   *self,
          CollectionId  c,
          gpointer      item,
          GError      **error)
{
  guint position = g_list_model_get_n_items (G_LIST_MODEL (self->stores[c]));

  if (!index_item (self, c, item, position, NULL, error))
    return FALSE;
  g_list_store_append (self->stores[c], item);
  return TRUE;
}

/* References */

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

  if (target == NULL || lookup (self, ref->to, target) != NULL)
    return TRUE;
  if (target_index >= 0)
    where = g_strdup_printf ("%s[%u].%s[%d]", collections[ref->from].member, position,
                             ref->member, target_index);
  else
    where = g_strdup_printf ("%s[%u].%s", collections[ref->from].member, position, ref->member);
  g_set_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND,
               "%s: no %s \"%s\" (referenced from %s \"%s\")", where,
               collections[ref->to].noun, target, collections[ref->from].noun,
               item_id (ref->from, item));
  return FALSE;
}

/* Checks every reference; with @errors, collects every problem (and
 * returns FALSE if there was one), else stops at the first. */
static gboolean
check_references (ScrDataset  *self,
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
  for (guint c = 0; c < N_COLLECTIONS; c++)
    {
      GListModel *model = G_LIST_MODEL (self->stores[c]);
      guint n = g_list_model_get_n_items (model);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);
          const char *id = item_id (c, item);

          if (id == NULL)
            {
              g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION, "%s[%u].id: the %s has no id",
                           collections[c].member, i, collections[c].noun);
              return FALSE;
            }
          if (!g_hash_table_add (seen, (gpointer) id))
            {
              g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                           "%s[%u].id: duplicate %s id \"%s\" (first at %s[%d])",
                           collections[c].member, i, collections[c].noun, id,
                           collections[c].member, find_position (self, c, NULL, id));
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

  return check_duplicates (self, error) && check_references (self, NULL, error);
}

/* Loading */

typedef struct
{
  ScrDataset *self;
  GPtrArray *errors;                    /* NULL: stop at the first error */
  GPtrArray *pending[N_COLLECTIONS];    /* loaded items, not yet in the stores */
  gboolean version_checked;
  gboolean items_failed;
} Loader;

static int
collection_by_member (const char *member)
{
  for (int c = 0; c < N_COLLECTIONS; c++)
    if (g_str_equal (collections[c].member, member))
      return c;
  return -1;
}

/* Loads element @index of collection @c into the pending items. An
 * invalid item is recorded (collecting) or fatal. */
static gboolean
load_item (Loader        *loader,
           CollectionId   c,
           guint          index,
           JsonNode      *node,
           GError       **error)
{
  const CollectionInfo *info = &collections[c];
  GError *local_error = NULL;
  gpointer item = NULL;
  char path[64];

  g_snprintf (path, sizeof path, "%s[%u]", info->member, index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    scr_json_set_error (&local_error, SCR_ERROR_VALIDATION, path, NULL,
                        "expected an object, found %s",
                        JSON_NODE_HOLDS_ARRAY (node) ? "an array" :
                        JSON_NODE_HOLDS_NULL (node) ? "null" :
                        json_node_get_value_type (node) == G_TYPE_STRING ? "a string" :
                        json_node_get_value_type (node) == G_TYPE_INT64 ? "an integer" :
                        json_node_get_value_type (node) == G_TYPE_DOUBLE ? "a number" :
                        "a boolean");
  else
    item = info->load (json_node_get_object (node), path, &local_error);
  if (item != NULL &&
      !index_item (loader->self, c, item, index, loader->pending[c], &local_error))
    g_clear_object (&item);
  if (item != NULL)
    {
      g_ptr_array_add (loader->pending[c], item);
      return TRUE;
    }
  loader->items_failed = TRUE;
  if (loader->errors == NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  g_ptr_array_add (loader->errors, local_error);
  return TRUE;
}

static gboolean
on_element (const char  *member,
            guint        index,
            JsonNode    *element,
            gpointer     user_data,
            GError     **error)
{
  return load_item (user_data, collection_by_member (member), index, element, error);
}

static gboolean
check_version (JsonObject  *root,
               GError     **error)
{
  gint64 version = 0;

  if (!scr_json_read_int (root, NULL, "schema_version", TRUE, G_MININT64, G_MAXINT64,
                          &version, NULL, error))
    return FALSE;
  if (version != SCR_DATASET_SCHEMA_VERSION)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_UNSUPPORTED_VERSION,
                   "schema_version: version %" G_GINT64_FORMAT " is not supported "
                   "(this libscr reads version %d)", version, SCR_DATASET_SCHEMA_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* Root members other than the collections, as they are read: once
 * schema_version is read and right, the collections that follow are
 * loaded element by element while the text is read. */
static gboolean
on_member (const char  *member,
           JsonNode    *value,
           gboolean    *stream,
           gpointer     user_data,
           GError     **error)
{
  Loader *loader = user_data;
  g_autoptr(JsonObject) holder = NULL;

  if (!g_str_equal (member, "schema_version"))
    return TRUE;
  holder = json_object_new ();
  json_object_set_member (holder, member, json_node_ref (value));
  if (!check_version (holder, error))
    return FALSE;
  loader->version_checked = TRUE;
  *stream = TRUE;
  return TRUE;
}

/* The rest of the root, once the text is read: the version when it came
 * late, the title, the collections that were not streamed (they came
 * before schema_version), the unknown members and the references. */
static gboolean
finish_root (Loader      *loader,
             JsonNode    *root,
             GError     **error)
{
  ScrDataset *self = loader->self;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION,
                   "the root must be an object with \"schema_version\", found %s",
                   JSON_NODE_HOLDS_ARRAY (root) ? "an array" :
                   JSON_NODE_HOLDS_NULL (root) ? "null" : "a value");
      return FALSE;
    }
  object = json_node_get_object (root);
  if (!loader->version_checked && !check_version (object, error))
    return FALSE;
  if (!scr_json_read_string (object, NULL, "title", FALSE, &self->title, error))
    return FALSE;
  for (guint c = 0; c < N_COLLECTIONS; c++)
    {
      JsonArray *array;

      if (!scr_json_read_array (object, NULL, collections[c].member, FALSE, &array, error))
        return FALSE;
      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        if (!load_item (loader, c, i, json_array_get_element (array, i), error))
          return FALSE;
    }
  for (guint c = 0; c < N_COLLECTIONS; c++)
    g_list_store_splice (self->stores[c], 0, 0, loader->pending[c]->pdata,
                         loader->pending[c]->len);
  self->unknown = scr_json_collect_unknown (object, known_root_members);
  /* dangling references are only meaningful once every item loaded */
  if (loader->items_failed)
    return FALSE;
  return check_references (self, loader->errors, error);
}

ScrDataset *
scr_dataset_load_data (const char  *data,
                       gsize        length,
                       GPtrArray   *errors,
                       GError     **error)
{
  g_autoptr(ScrDataset) self = scr_dataset_new ();
  g_autoptr(JsonNode) root = NULL;
  Loader loader = { 0, };
  gboolean ok;

  loader.self = self;
  loader.errors = errors;
  for (guint c = 0; c < N_COLLECTIONS; c++)
    loader.pending[c] = g_ptr_array_new_with_free_func (g_object_unref);
  root = scr_json_stream_read (data, length, (const char * const *) stream_members,
                               on_member, on_element, &loader, error);
  ok = root != NULL && finish_root (&loader, root, error);
  for (guint c = 0; c < N_COLLECTIONS; c++)
    g_ptr_array_unref (loader.pending[c]);
  if (!ok)
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * scr_dataset_new_from_data:
 * @data: (array length=length) (element-type guint8): JSON text
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Reads a dataset from JSON text in the format of `doc/json-format.md`.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set:
 *   %SCR_ERROR_PARSE for text that is not JSON,
 *   %SCR_ERROR_UNSUPPORTED_VERSION for a `schema_version` other than
 *   %SCR_DATASET_SCHEMA_VERSION, %SCR_ERROR_VALIDATION for a wrong member
 *   or a duplicate id, %SCR_ERROR_NOT_FOUND for a dangling reference
 */
ScrDataset *
scr_dataset_new_from_data (const char  *data,
                           gssize       length,
                           GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_dataset_load_data (data, length < 0 ? strlen (data) : (gsize) length, NULL, error);
}

ScrDataset *
scr_dataset_load_file (const char  *filename,
                       GPtrArray   *errors,
                       GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;
  ScrDataset *self;
  GError *local_error = NULL;

  if (!g_file_get_contents (filename, &contents, &length, error))
    return NULL;
  self = scr_dataset_load_data (contents, length, errors, &local_error);
  if (errors != NULL)
    for (guint i = 0; i < errors->len; i++)
      g_prefix_error ((GError **) &errors->pdata[i], "%s: ", filename);
  if (local_error != NULL)
    {
      g_prefix_error (&local_error, "%s: ", filename);
      g_propagate_error (error, local_error);
    }
  return self;
}

/**
 * scr_dataset_new_from_file:
 * @filename: (type filename): the file to read
 * @error: return location for a #GError
 *
 * Reads a dataset from a JSON file. Error messages start with the file
 * name: `register.json: cases[3].incident.date: "2014-02-30" is not a
 * date: February 2014 has no day 30`. See
 * [ctor@Scr.Dataset.new_from_data] for the error codes; a file that
 * cannot be read gives a %G_FILE_ERROR.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
ScrDataset *
scr_dataset_new_from_file (const char  *filename,
                           GError     **error)
{
  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_dataset_load_file (filename, NULL, error);
}

/**
 * scr_dataset_check_file:
 * @filename: (type filename): the file to check
 *
 * Reads a dataset file as [ctor@Scr.Dataset.new_from_file] does, but
 * instead of stopping at the first problem lists every problem it can
 * find: each invalid item, each duplicate id and, when every item is
 * valid, each dangling reference. This is what `scr validate` prints.
 *
 * Returns: (transfer full) (array zero-terminated=1): one message per
 *   problem, each starting with @filename; empty when the file is valid
 */
char **
scr_dataset_check_file (const char *filename)
{
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GStrvBuilder *builder;
  char **messages;

  g_return_val_if_fail (filename != NULL, NULL);

  errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  dataset = scr_dataset_load_file (filename, errors, &error);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < errors->len; i++)
    g_strv_builder_add (builder, ((GError *) errors->pdata[i])->message);
  if (error != NULL)
    g_strv_builder_add (builder, error->message);
  messages = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return messages;
}

/* Saving */

static JsonNode *
save_root (ScrDataset *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  json_builder_begin_object (builder);
  scr_json_write_int (builder, "schema_version", SCR_DATASET_SCHEMA_VERSION);
  scr_json_write_string (builder, "title", self->title);
  for (guint c = 0; c < N_COLLECTIONS; c++)
    {
      GListModel *model = G_LIST_MODEL (self->stores[c]);
      guint n = g_list_model_get_n_items (model);

      json_builder_set_member_name (builder, collections[c].member);
      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          collections[c].save (item, builder);
        }
      json_builder_end_array (builder);
    }
  scr_json_write_unknown (builder, self->unknown);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * scr_dataset_to_data:
 * @self: a dataset
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the dataset as JSON text: pretty-printed with an indent of two
 * spaces and a final newline, every member in a fixed order, absent values
 * as `null`, and the members the library does not know after the known
 * ones. Writing a dataset read from text this library wrote gives the same
 * text back.
 *
 * Returns: (transfer full): the JSON text
 */
char *
scr_dataset_to_data (ScrDataset *self,
                     gsize      *length)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (SCR_IS_DATASET (self), NULL);

  root = save_root (self);
  return scr_json_to_pretty_data (root, length);
}

/**
 * scr_dataset_save_to_file:
 * @self: a dataset
 * @filename: (type filename): the file to write
 * @error: return location for a #GError
 *
 * Writes the dataset to a file as [method@Scr.Dataset.to_data] does. The
 * write is atomic: the text goes to a temporary file in the same
 * directory, which then replaces @filename, so a failure leaves the old
 * file whole.
 *
 * Returns: %TRUE on success, %FALSE with @error set (a #GFileError)
 */
gboolean
scr_dataset_save_to_file (ScrDataset  *self,
                          const char  *filename,
                          GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (SCR_IS_DATASET (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = save_root (self);
  return scr_json_write_file (root, filename, error);
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

  scr_model_set_string (G_OBJECT (self), &self->title, title, properties[PROP_TITLE]);
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
    return lookup (self, c, id);                                              \
  }                                                                           \
  gboolean                                                                    \
  scr_dataset_add_##type (ScrDataset  *self,                                  \
                          Type        *item,                                  \
                          GError     **error)                                 \
  {                                                                           \
    g_return_val_if_fail (SCR_IS_DATASET (self), FALSE);                      \
    g_return_val_if_fail (CHECK (item), FALSE);                               \
    g_return_val_if_fail (error == NULL || *error == NULL, FALSE);            \
    return add_item (self, c, item, error);                                   \
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
COLLECTION_API (ScrAgency, agency, SCR_IS_AGENCY, agencies, C_AGENCIES)

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
COLLECTION_API (ScrCase, case, SCR_IS_CASE, cases, C_CASES)

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
COLLECTION_API (ScrReview, review, SCR_IS_REVIEW, reviews, C_REVIEWS)

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
                C_CHRONOLOGY)

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
COLLECTION_API (ScrTheme, theme, SCR_IS_THEME, themes, C_THEMES)

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
COLLECTION_API (ScrFinding, finding, SCR_IS_FINDING, findings, C_FINDINGS)

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
COLLECTION_API (ScrLesson, lesson, SCR_IS_LESSON, lessons, C_LESSONS)

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
                C_RECOMMENDATIONS)

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
COLLECTION_API (ScrAction, action, SCR_IS_ACTION, actions, C_ACTIONS)

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
COLLECTION_API (ScrAudit, audit, SCR_IS_AUDIT, audits, C_AUDITS)

/* Queries */

typedef gboolean (*FilterFunc) (ScrDataset *self,
                                gpointer    item,
                                gconstpointer data);

/* The items of collection @c that @keep accepts, in order. */
static GListModel *
filter_collection (ScrDataset    *self,
                   CollectionId   c,
                   FilterFunc     keep,
                   gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (self->stores[c]);
  GListStore *result = g_list_store_new (collections[c].get_type ());
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (keep (self, item, data))
        g_list_store_append (result, item);
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

  return filter_collection (self, C_ACTIONS, action_is_overdue, on);
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

  return filter_collection (self, C_REVIEWS, review_at_stage, &stage);
}

static ScrCase *
require_case (ScrDataset  *self,
              const char  *case_id,
              GError     **error)
{
  ScrCase *kase = lookup (self, C_CASES, case_id);

  if (kase == NULL)
    g_set_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND, "no case \"%s\"", case_id);
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
  g_autoptr(GListModel) reviews = filter_collection (self, C_REVIEWS, review_of_case, case_id);
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
  return filter_collection (self, C_REVIEWS, review_of_case, case_id);
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
  recommendation = lookup (self, C_RECOMMENDATIONS, recommendation_id);
  return recommendation != NULL &&
         in_set (scope->review_ids, scr_recommendation_get_review_id (recommendation));
}

static GListModel *
list_case_items (ScrDataset    *self,
                 CollectionId   c,
                 FilterFunc     keep,
                 const char    *case_id,
                 GError       **error)
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

  return list_case_items (self, C_CHRONOLOGY, event_of_case, case_id, error);
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

  return list_case_items (self, C_ACTIONS, action_of_case, case_id, error);
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

  return filter_collection (self, C_AGENCIES, agency_in_set, ids);
}
