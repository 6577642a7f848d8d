/* scr-finding-private.h: JSON load and save of ScrFinding for the dataset.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-finding.h"

G_BEGIN_DECLS

/* @path names @object in errors, such as "findings[3]"; NULL for the root. */
ScrFinding *scr_finding_load_json (JsonObject   *object,
                                   const char   *path,
                                   GError      **error);
/* Begins and ends the finding's object. */
void        scr_finding_save_json (ScrFinding   *self,
                                   JsonBuilder  *builder);

G_END_DECLS
