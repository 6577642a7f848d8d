/* scr-audit.h: an audit reported to the partnership.
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
#include "scr-date.h"
#include "scr-audit-measure.h"

G_BEGIN_DECLS

/**
 * ScrAuditType:
 * @SCR_AUDIT_TYPE_MULTI_AGENCY: a multi-agency audit (`multi-agency`)
 * @SCR_AUDIT_TYPE_SINGLE_AGENCY: an audit by one agency (`single-agency`)
 * @SCR_AUDIT_TYPE_THEMATIC: a thematic audit, such as of child sexual
 *   exploitation cases (`thematic`)
 * @SCR_AUDIT_TYPE_SECTION_11: a Section 11 (Children Act 2004) audit of
 *   agencies' safeguarding arrangements (`section-11`)
 * @SCR_AUDIT_TYPE_CASE_FILE: a case file audit (`case-file`)
 * @SCR_AUDIT_TYPE_OTHER: any other audit (`other`)
 *
 * The kind of an audit. The JSON spelling is the nick in brackets.
 */
typedef enum {
  SCR_AUDIT_TYPE_MULTI_AGENCY,
  SCR_AUDIT_TYPE_SINGLE_AGENCY,
  SCR_AUDIT_TYPE_THEMATIC,
  SCR_AUDIT_TYPE_SECTION_11,
  SCR_AUDIT_TYPE_CASE_FILE,
  SCR_AUDIT_TYPE_OTHER,
} ScrAuditType;

#define SCR_TYPE_AUDIT (scr_audit_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrAudit, scr_audit, SCR, AUDIT, GObject)

SCR_AVAILABLE_IN_ALL
ScrAudit           *scr_audit_new                      (const char          *id,
                                                        const char          *title);
SCR_AVAILABLE_IN_ALL
ScrAudit           *scr_audit_new_from_json            (JsonNode            *node,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
JsonNode           *scr_audit_to_json                  (ScrAudit            *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_audit_get_id                   (ScrAudit            *self);
SCR_AVAILABLE_IN_ALL
void                scr_audit_set_id                   (ScrAudit            *self,
                                                        const char          *id);
SCR_AVAILABLE_IN_ALL
const char         *scr_audit_get_title                (ScrAudit            *self);
SCR_AVAILABLE_IN_ALL
void                scr_audit_set_title                (ScrAudit            *self,
                                                        const char          *title);
SCR_AVAILABLE_IN_ALL
ScrAuditType        scr_audit_get_audit_type           (ScrAudit            *self);
SCR_AVAILABLE_IN_ALL
void                scr_audit_set_audit_type           (ScrAudit            *self,
                                                        ScrAuditType         audit_type);
SCR_AVAILABLE_IN_ALL
const ScrDate      *scr_audit_get_date_reported        (ScrAudit            *self);
SCR_AVAILABLE_IN_ALL
void                scr_audit_set_date_reported        (ScrAudit            *self,
                                                        const ScrDate       *date_reported);
SCR_AVAILABLE_IN_ALL
const char         *scr_audit_get_methodology          (ScrAudit            *self);
SCR_AVAILABLE_IN_ALL
void                scr_audit_set_methodology          (ScrAudit            *self,
                                                        const char          *methodology);
SCR_AVAILABLE_IN_ALL
const char * const *scr_audit_get_findings             (ScrAudit            *self);
SCR_AVAILABLE_IN_ALL
void                scr_audit_set_findings             (ScrAudit            *self,
                                                        const char * const  *findings);
SCR_AVAILABLE_IN_ALL
const char * const *scr_audit_get_improvement_activity (ScrAudit            *self);
SCR_AVAILABLE_IN_ALL
void                scr_audit_set_improvement_activity (ScrAudit            *self,
                                                        const char * const  *improvement_activity);
SCR_AVAILABLE_IN_ALL
const char * const *scr_audit_get_agency_ids           (ScrAudit            *self);
SCR_AVAILABLE_IN_ALL
void                scr_audit_set_agency_ids           (ScrAudit            *self,
                                                        const char * const  *agency_ids);
SCR_AVAILABLE_IN_ALL
int                 scr_audit_get_sample_size          (ScrAudit            *self);
SCR_AVAILABLE_IN_ALL
void                scr_audit_set_sample_size          (ScrAudit            *self,
                                                        int                  sample_size);
SCR_AVAILABLE_IN_ALL
const char         *scr_audit_get_sample_description   (ScrAudit            *self);
SCR_AVAILABLE_IN_ALL
void                scr_audit_set_sample_description   (ScrAudit            *self,
                                                        const char          *sample_description);
SCR_AVAILABLE_IN_ALL
GListModel         *scr_audit_get_measures             (ScrAudit            *self);
SCR_AVAILABLE_IN_ALL
void                scr_audit_add_measure              (ScrAudit            *self,
                                                        ScrAuditMeasure     *measure);
SCR_AVAILABLE_IN_ALL
gboolean            scr_audit_remove_measure           (ScrAudit            *self,
                                                        guint                position);

G_END_DECLS
