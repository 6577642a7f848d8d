/* scr-audit-measure.h: one figure of an audit: a count over a denominator.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "scr-version-macros.h"

G_BEGIN_DECLS

#define SCR_TYPE_AUDIT_MEASURE (scr_audit_measure_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrAuditMeasure, scr_audit_measure, SCR, AUDIT_MEASURE, GObject)

SCR_AVAILABLE_IN_ALL
ScrAuditMeasure *scr_audit_measure_new             (const char       *label,
                                                    int               numerator,
                                                    int               denominator);
SCR_AVAILABLE_IN_ALL
ScrAuditMeasure *scr_audit_measure_new_from_json   (JsonNode         *node,
                                                    GError          **error);
SCR_AVAILABLE_IN_ALL
JsonNode        *scr_audit_measure_to_json         (ScrAuditMeasure  *self);
SCR_AVAILABLE_IN_ALL
const char      *scr_audit_measure_get_label       (ScrAuditMeasure  *self);
SCR_AVAILABLE_IN_ALL
void             scr_audit_measure_set_label       (ScrAuditMeasure  *self,
                                                    const char       *label);
SCR_AVAILABLE_IN_ALL
int              scr_audit_measure_get_numerator   (ScrAuditMeasure  *self);
SCR_AVAILABLE_IN_ALL
void             scr_audit_measure_set_numerator   (ScrAuditMeasure  *self,
                                                    int               numerator);
SCR_AVAILABLE_IN_ALL
int              scr_audit_measure_get_denominator (ScrAuditMeasure  *self);
SCR_AVAILABLE_IN_ALL
void             scr_audit_measure_set_denominator (ScrAuditMeasure  *self,
                                                    int               denominator);
SCR_AVAILABLE_IN_ALL
int              scr_audit_measure_get_percentage  (ScrAuditMeasure  *self);

SCR_AVAILABLE_IN_ALL
const char      *scr_audit_measure_get_id          (ScrAuditMeasure  *self);
SCR_AVAILABLE_IN_ALL
void             scr_audit_measure_set_id          (ScrAuditMeasure  *self,
                                                    const char       *id);

G_END_DECLS
