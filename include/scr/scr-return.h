/* scr-return.h: a national return filled from one case.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "scr-dataset.h"
#include "scr-return-field.h"
#include "scr-version-macros.h"

G_BEGIN_DECLS

#define SCR_TYPE_RETURN (scr_return_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrReturn, scr_return, SCR, RETURN, GObject)

SCR_AVAILABLE_IN_ALL
char      **scr_return_list_kinds            (void);
SCR_AVAILABLE_IN_ALL
ScrReturn  *scr_return_new                   (const char  *kind,
                                              ScrDataset  *dataset,
                                              const char  *case_id,
                                              GError     **error);
SCR_AVAILABLE_IN_ALL
ScrReturn  *scr_return_new_full              (const char  *kind,
                                              ScrDataset  *dataset,
                                              const char  *case_id,
                                              gboolean     include_restricted,
                                              GError     **error);
SCR_AVAILABLE_IN_ALL
ScrReturn  *scr_return_new_for_review        (const char  *kind,
                                              ScrDataset  *dataset,
                                              const char  *review_id,
                                              GError     **error);
SCR_AVAILABLE_IN_ALL
const char *scr_return_get_kind              (ScrReturn   *self);
SCR_AVAILABLE_IN_ALL
const char *scr_return_get_case_id           (ScrReturn   *self);
SCR_AVAILABLE_IN_ALL
const char *scr_return_get_review_id         (ScrReturn   *self);
SCR_AVAILABLE_IN_ALL
gboolean    scr_return_get_include_restricted (ScrReturn  *self);
SCR_AVAILABLE_IN_ALL
GListModel *scr_return_get_fields            (ScrReturn   *self);
SCR_AVAILABLE_IN_ALL
GListModel *scr_return_get_missing           (ScrReturn   *self);
SCR_AVAILABLE_IN_ALL
JsonNode   *scr_return_to_json               (ScrReturn   *self);
SCR_AVAILABLE_IN_ALL
char       *scr_return_to_csv                (ScrReturn   *self);

G_END_DECLS
