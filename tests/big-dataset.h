/* big-dataset.h: large generated datasets for the limit and save tests.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

/* Writes to @path a valid dataset of one case repeated with unique ids,
 * @tag in each local_reference (so that two datasets of the same size
 * differ throughout), until the file holds at least @min_bytes. Returns
 * the number of cases. Writes as it goes: the test's own memory stays
 * small, which matters when it then measures a child's. */
guint big_dataset_write (const char *path,
                         gsize       min_bytes,
                         const char *tag);
