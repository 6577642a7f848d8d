/* scr-dataset-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

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

G_END_DECLS
