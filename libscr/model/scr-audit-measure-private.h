/* scr-audit-measure-private.h: JSON load and save of ScrAuditMeasure for the dataset.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-audit-measure.h"

G_BEGIN_DECLS

/* @path names @object in errors, such as "measures[3]"; NULL for the root. */
ScrAuditMeasure *scr_audit_measure_load_json (JsonObject       *object,
                                              const char       *path,
                                              GError          **error);
/* Begins and ends the audit measure's object. */
void             scr_audit_measure_save_json (ScrAuditMeasure  *self,
                                              JsonBuilder      *builder);

G_END_DECLS
