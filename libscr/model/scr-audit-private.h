/* scr-audit-private.h: JSON load and save of ScrAudit for the dataset.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-audit.h"

G_BEGIN_DECLS

/* @path names @object in errors, such as "audits[3]"; NULL for the root. */
ScrAudit *scr_audit_load_json (JsonObject   *object,
                               const char   *path,
                               GError      **error);
/* Begins and ends the audit's object. */
void      scr_audit_save_json (ScrAudit     *self,
                               JsonBuilder  *builder);

G_END_DECLS
