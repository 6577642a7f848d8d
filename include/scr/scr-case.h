/* scr-case.h: a case: the child, the incident and the facts the rules read.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "scr-version-macros.h"
#include "scr-date.h"
#include "scr-person.h"

G_BEGIN_DECLS

/**
 * ScrJurisdiction:
 * @SCR_JURISDICTION_ENGLAND: England
 * @SCR_JURISDICTION_WALES: Wales
 * @SCR_JURISDICTION_SCOTLAND: Scotland
 * @SCR_JURISDICTION_NORTHERN_IRELAND: Northern Ireland
 *
 * The UK nation whose law and guidance apply to a case. The JSON spelling
 * is the nick: `england`, `wales`, `scotland`, `northern-ireland`.
 */
typedef enum {
  SCR_JURISDICTION_ENGLAND,
  SCR_JURISDICTION_WALES,
  SCR_JURISDICTION_SCOTLAND,
  SCR_JURISDICTION_NORTHERN_IRELAND,
} ScrJurisdiction;

/**
 * ScrIncidentNature:
 * @SCR_INCIDENT_NATURE_UNKNOWN: not known or not recorded
 * @SCR_INCIDENT_NATURE_DEATH: the child died
 * @SCR_INCIDENT_NATURE_SERIOUS_HARM: the child was seriously harmed
 * @SCR_INCIDENT_NATURE_OTHER: another incident (a concern about practice)
 *
 * What happened to the child. The JSON spelling is the nick: `unknown`,
 * `death`, `serious-harm`, `other`.
 */
typedef enum {
  SCR_INCIDENT_NATURE_UNKNOWN,
  SCR_INCIDENT_NATURE_DEATH,
  SCR_INCIDENT_NATURE_SERIOUS_HARM,
  SCR_INCIDENT_NATURE_OTHER,
} ScrIncidentNature;

#define SCR_TYPE_CASE (scr_case_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrCase, scr_case, SCR, CASE, GObject)

SCR_AVAILABLE_IN_ALL
ScrCase           *scr_case_new                      (const char         *id,
                                                      ScrJurisdiction     jurisdiction);
SCR_AVAILABLE_IN_ALL
ScrCase           *scr_case_new_from_json            (JsonNode           *node,
                                                      GError            **error);
SCR_AVAILABLE_IN_ALL
JsonNode          *scr_case_to_json                  (ScrCase            *self);

SCR_AVAILABLE_IN_ALL
const char        *scr_case_get_id                   (ScrCase            *self);
SCR_AVAILABLE_IN_ALL
const char        *scr_case_get_local_reference      (ScrCase            *self);
SCR_AVAILABLE_IN_ALL
void               scr_case_set_local_reference      (ScrCase            *self,
                                                      const char         *local_reference);
SCR_AVAILABLE_IN_ALL
const char        *scr_case_get_notification_id      (ScrCase            *self);
SCR_AVAILABLE_IN_ALL
void               scr_case_set_notification_id      (ScrCase            *self,
                                                      const char         *notification_id);
SCR_AVAILABLE_IN_ALL
ScrJurisdiction    scr_case_get_jurisdiction         (ScrCase            *self);
SCR_AVAILABLE_IN_ALL
void               scr_case_set_jurisdiction         (ScrCase            *self,
                                                      ScrJurisdiction     jurisdiction);
SCR_AVAILABLE_IN_ALL
const char        *scr_case_get_partnership          (ScrCase            *self);
SCR_AVAILABLE_IN_ALL
void               scr_case_set_partnership          (ScrCase            *self,
                                                      const char         *partnership);
SCR_AVAILABLE_IN_ALL
ScrPerson         *scr_case_get_subject              (ScrCase            *self);
SCR_AVAILABLE_IN_ALL
void               scr_case_set_subject              (ScrCase            *self,
                                                      ScrPerson          *subject);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_case_get_people               (ScrCase            *self);
SCR_AVAILABLE_IN_ALL
void               scr_case_add_person               (ScrCase            *self,
                                                      ScrPerson          *person);
SCR_AVAILABLE_IN_ALL
gboolean           scr_case_remove_person            (ScrCase            *self,
                                                      ScrPerson          *person);
SCR_AVAILABLE_IN_ALL
const ScrDate     *scr_case_get_incident_date        (ScrCase            *self);
SCR_AVAILABLE_IN_ALL
void               scr_case_set_incident_date        (ScrCase            *self,
                                                      const ScrDate      *date);
SCR_AVAILABLE_IN_ALL
ScrIncidentNature  scr_case_get_incident_nature      (ScrCase            *self);
SCR_AVAILABLE_IN_ALL
void               scr_case_set_incident_nature      (ScrCase            *self,
                                                      ScrIncidentNature   nature);
SCR_AVAILABLE_IN_ALL
const char        *scr_case_get_incident_location    (ScrCase            *self);
SCR_AVAILABLE_IN_ALL
void               scr_case_set_incident_location    (ScrCase            *self,
                                                      const char         *location);
SCR_AVAILABLE_IN_ALL
const ScrDate     *scr_case_get_became_aware         (ScrCase            *self);
SCR_AVAILABLE_IN_ALL
void               scr_case_set_became_aware         (ScrCase            *self,
                                                      const ScrDate      *date);
SCR_AVAILABLE_IN_ALL
const ScrDate     *scr_case_get_area_transition_date (ScrCase            *self);
SCR_AVAILABLE_IN_ALL
void               scr_case_set_area_transition_date (ScrCase            *self,
                                                      const ScrDate      *date);
SCR_AVAILABLE_IN_ALL
const char * const *scr_case_get_agency_ids          (ScrCase            *self);
SCR_AVAILABLE_IN_ALL
void               scr_case_set_agency_ids           (ScrCase            *self,
                                                      const char * const *agency_ids);

SCR_AVAILABLE_IN_ALL
const char        *scr_case_get_fact                 (ScrCase            *self,
                                                      const char         *name);
SCR_AVAILABLE_IN_ALL
gboolean           scr_case_set_fact                 (ScrCase            *self,
                                                      const char         *name,
                                                      const char         *value,
                                                      GError            **error);
SCR_AVAILABLE_IN_ALL
char             **scr_case_list_facts               (ScrCase            *self);

SCR_AVAILABLE_IN_ALL
const ScrDate     *scr_case_get_event                (ScrCase            *self,
                                                      const char         *name);
SCR_AVAILABLE_IN_ALL
void               scr_case_set_event                (ScrCase            *self,
                                                      const char         *name,
                                                      const ScrDate      *date);
SCR_AVAILABLE_IN_ALL
char             **scr_case_list_events              (ScrCase            *self);

G_END_DECLS
