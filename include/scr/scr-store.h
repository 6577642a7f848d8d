/* scr-store.h: a partnership's register, in a database, with its
 * decision log.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "scr-dataset.h"
#include "scr-date.h"
#include "scr-rule-set.h"
#include "scr-timeline.h"
#include "scr-version-macros.h"

G_BEGIN_DECLS

/**
 * SCR_STORE_SCHEMA_VERSION:
 *
 * The version of the register's tables that this libscr writes. A register
 * of an older version is migrated when opened; a newer one is refused with
 * %SCR_ERROR_UNSUPPORTED_VERSION.
 */
#define SCR_STORE_SCHEMA_VERSION 3

/**
 * ScrImportFlags:
 * @SCR_IMPORT_FLAGS_NONE: an entity in the register with other content
 *   than the dataset's fails the import
 * @SCR_IMPORT_FLAGS_UPDATE: an entity in the register with other content
 *   is updated to the dataset's, each member that changed logged
 *
 * How [method@Scr.Store.import_full] treats an entity that is already in
 * the register. One that is there as it is in the dataset is always left
 * as it is.
 */
typedef enum { /*< flags >*/
  SCR_IMPORT_FLAGS_NONE = 0,
  SCR_IMPORT_FLAGS_UPDATE = 1 << 0,
} ScrImportFlags;

#define SCR_TYPE_STORE (scr_store_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrStore, scr_store, SCR, STORE, GObject)

SCR_AVAILABLE_IN_ALL
ScrStore    *scr_store_create             (const char   *uri,
                                           GError      **error);
SCR_AVAILABLE_IN_ALL
ScrStore    *scr_store_open               (const char   *uri,
                                           GError      **error);
SCR_AVAILABLE_IN_ALL
const char  *scr_store_get_uri            (ScrStore     *self);
SCR_AVAILABLE_IN_ALL
ScrRuleSet  *scr_store_get_rules          (ScrStore     *self);
SCR_AVAILABLE_IN_ALL
void         scr_store_set_rules          (ScrStore     *self,
                                           ScrRuleSet   *rules);
SCR_AVAILABLE_IN_ALL
gboolean     scr_store_import             (ScrStore     *self,
                                           ScrDataset   *dataset,
                                           const char   *user,
                                           const char   *reason,
                                           GError      **error);
SCR_AVAILABLE_IN_ALL
gboolean     scr_store_import_full        (ScrStore       *self,
                                           ScrDataset     *dataset,
                                           ScrImportFlags  flags,
                                           const char     *user,
                                           const char     *reason,
                                           GError        **error);
SCR_AVAILABLE_IN_ALL
ScrDataset  *scr_store_load               (ScrStore     *self,
                                           GError      **error);
SCR_AVAILABLE_IN_ALL
ScrDataset  *scr_store_load_at            (ScrStore     *self,
                                           GDateTime    *time,
                                           GError      **error);
SCR_AVAILABLE_IN_ALL
GObject     *scr_store_load_entity        (ScrStore     *self,
                                           GType         item_type,
                                           const char   *id,
                                           GError      **error);
SCR_AVAILABLE_IN_ALL
guint64      scr_store_get_version        (ScrStore     *self,
                                           GObject      *item,
                                           GError      **error);
SCR_AVAILABLE_IN_ALL
gboolean     scr_store_save               (ScrStore     *self,
                                           GObject      *item,
                                           guint64       expected_version,
                                           const char   *user,
                                           const char   *reason,
                                           guint64      *new_version,
                                           GError      **error);
SCR_AVAILABLE_IN_ALL
GListModel  *scr_store_list_log           (ScrStore     *self,
                                           const char   *entity_id,
                                           GError      **error);
SCR_AVAILABLE_IN_ALL
GListModel  *scr_store_list_due           (ScrStore       *self,
                                           const ScrDate  *today,
                                           const char     *agency_id,
                                           GError        **error);
SCR_AVAILABLE_IN_ALL
gboolean     scr_store_verify_log         (ScrStore     *self,
                                           guint64      *bad_sequence,
                                           GError      **error);
SCR_AVAILABLE_IN_ALL
gboolean     scr_store_create_roles       (ScrStore     *self,
                                           const char   *reader,
                                           const char   *writer,
                                           GError      **error);

G_END_DECLS
