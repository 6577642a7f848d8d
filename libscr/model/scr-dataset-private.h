/* scr-dataset-private.h: loading datasets inside libscr, and what the
 * files of ScrDataset (scr-dataset*.c) share.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "scr-item-list-private.h"
#include "scr-dataset.h"

G_BEGIN_DECLS

/* The loaders behind new_from_data and new_from_file. With @errors (a
 * GPtrArray of GError, freed by the caller), an invalid item is recorded
 * and loading goes on, so that every problem is found; the result is NULL
 * whenever @errors gained an error. Fatal problems (not JSON, not an
 * object, schema_version) still go to @error. */
ScrDataset *scr_dataset_load_data (const char  *data,
                                   gsize        length,
                                   GPtrArray   *errors,
                                   GError     **error);
ScrDataset *scr_dataset_load_file (const char  *filename,
                                   GPtrArray   *errors,
                                   GError     **error);

/* The dataset as the JSON tree its file holds (scr-dataset-save.c); a
 * register stores it item by item. */
JsonNode   *scr_dataset_save_root (ScrDataset   *self,
                                   ScrSaveFlags  flags);

/* What the files of ScrDataset (scr-dataset*.c) share. */

typedef gpointer (*ScrItemLoadFunc) (JsonObject *object, const char *path, GError **error);
typedef void (*ScrItemSaveFunc) (gpointer self, JsonBuilder *builder);
typedef const char *(*ScrItemGetIdFunc) (gpointer self);

typedef enum {
  SCR_COLLECTION_AGENCIES,
  SCR_COLLECTION_CASES,
  SCR_COLLECTION_REVIEWS,
  SCR_COLLECTION_CHRONOLOGY,
  SCR_COLLECTION_THEMES,
  SCR_COLLECTION_FINDINGS,
  SCR_COLLECTION_LESSONS,
  SCR_COLLECTION_RECOMMENDATIONS,
  SCR_COLLECTION_ACTIONS,
  SCR_COLLECTION_AUDITS,
  SCR_N_COLLECTIONS
} ScrCollectionId;

typedef struct
{
  const char *member;   /* JSON member of the collection */
  const char *noun;     /* one item, in messages */
  GType (*get_type) (void);
  ScrItemLoadFunc load;
  ScrItemSaveFunc save;
  ScrItemGetIdFunc get_id;
} ScrCollectionInfo;

/* The collections' table (scr-dataset.c), in the order of the file. */
extern const ScrCollectionInfo scr_collections[SCR_N_COLLECTIONS];

struct _ScrDataset
{
  GObject parent_instance;

  char *title;
  int rag_amber_working_days;  /* SCR_DATASET_RAG_AMBER_WORKING_DAYS_DEFAULT */
  ScrItemList *stores[SCR_N_COLLECTIONS];
  /* id -> item (borrowed from the store); rebuilt when an item's id
   * changes (the types whose id is writable) */
  GHashTable *index[SCR_N_COLLECTIONS];
  gboolean index_stale[SCR_N_COLLECTIONS];
  JsonObject *unknown;
};

/* The id index (scr-dataset-index.c). */
const char *scr_dataset_item_id        (ScrCollectionId   c,
                                        gpointer          item);
gpointer    scr_dataset_lookup_item    (ScrDataset       *self,
                                        ScrCollectionId   c,
                                        const char       *id);
/* Position of the first item with @id, for messages: in the store, then
 * in @pending (items being loaded, not yet in the store). */
int         scr_dataset_find_position  (ScrDataset       *self,
                                        ScrCollectionId   c,
                                        GPtrArray        *pending,
                                        const char       *id);
/* Checks that @item can join collection @c at position @position; adds
 * it to the index (not to the store). */
gboolean    scr_dataset_index_item     (ScrDataset       *self,
                                        ScrCollectionId   c,
                                        gpointer          item,
                                        guint             position,
                                        GPtrArray        *pending,
                                        GError          **error);
gboolean    scr_dataset_add_item       (ScrDataset       *self,
                                        ScrCollectionId   c,
                                        gpointer          item,
                                        GError          **error);

/* Checks every reference; with @errors, collects every problem (and
 * returns FALSE if there was one), else stops at the first
 * (scr-dataset-validate.c). */
gboolean    scr_dataset_check_references (ScrDataset  *self,
                                          GPtrArray   *errors,
                                          GError     **error);

G_END_DECLS
