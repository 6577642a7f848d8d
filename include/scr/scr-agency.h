/* scr-agency.h: an agency taking part in safeguarding work.
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

/**
 * ScrAgencySector:
 * @SCR_AGENCY_SECTOR_POLICE: a police force
 * @SCR_AGENCY_SECTOR_HEALTH: a health body (trust, ICB, GP practice)
 * @SCR_AGENCY_SECTOR_SOCIAL_CARE: children's or adult social care
 * @SCR_AGENCY_SECTOR_EDUCATION: a school, college or education service
 * @SCR_AGENCY_SECTOR_PROBATION: the probation service
 * @SCR_AGENCY_SECTOR_YOUTH_JUSTICE: a youth offending or youth justice service
 * @SCR_AGENCY_SECTOR_HOUSING: a housing provider or service
 * @SCR_AGENCY_SECTOR_VOLUNTARY: a voluntary or community organisation
 * @SCR_AGENCY_SECTOR_LEGAL: legal services (Cafcass, solicitors, courts)
 * @SCR_AGENCY_SECTOR_LOCAL_AUTHORITY: a local authority service not listed above
 * @SCR_AGENCY_SECTOR_PARTNERSHIP: a safeguarding board or partnership, or one of its subgroups
 * @SCR_AGENCY_SECTOR_OTHER: any other sector
 *
 * The sector of an [class@Scr.Agency]. The JSON spelling is the nick:
 * `police`, `health`, `social-care`, `education`, `probation`,
 * `youth-justice`, `housing`, `voluntary`, `legal`, `local-authority`,
 * `partnership`, `other`.
 */
typedef enum {
  SCR_AGENCY_SECTOR_POLICE,
  SCR_AGENCY_SECTOR_HEALTH,
  SCR_AGENCY_SECTOR_SOCIAL_CARE,
  SCR_AGENCY_SECTOR_EDUCATION,
  SCR_AGENCY_SECTOR_PROBATION,
  SCR_AGENCY_SECTOR_YOUTH_JUSTICE,
  SCR_AGENCY_SECTOR_HOUSING,
  SCR_AGENCY_SECTOR_VOLUNTARY,
  SCR_AGENCY_SECTOR_LEGAL,
  SCR_AGENCY_SECTOR_LOCAL_AUTHORITY,
  SCR_AGENCY_SECTOR_PARTNERSHIP,
  SCR_AGENCY_SECTOR_OTHER,
} ScrAgencySector;

#define SCR_TYPE_AGENCY (scr_agency_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrAgency, scr_agency, SCR, AGENCY, GObject)

SCR_AVAILABLE_IN_ALL
ScrAgency       *scr_agency_new           (const char       *id,
                                           const char       *name,
                                           ScrAgencySector   sector);
SCR_AVAILABLE_IN_ALL
ScrAgency       *scr_agency_new_from_json (JsonNode         *node,
                                           GError          **error);
SCR_AVAILABLE_IN_ALL
JsonNode        *scr_agency_to_json       (ScrAgency        *self);

SCR_AVAILABLE_IN_ALL
const char      *scr_agency_get_id        (ScrAgency        *self);
SCR_AVAILABLE_IN_ALL
const char      *scr_agency_get_name      (ScrAgency        *self);
SCR_AVAILABLE_IN_ALL
void             scr_agency_set_name      (ScrAgency        *self,
                                           const char       *name);
SCR_AVAILABLE_IN_ALL
ScrAgencySector  scr_agency_get_sector    (ScrAgency        *self);
SCR_AVAILABLE_IN_ALL
void             scr_agency_set_sector    (ScrAgency        *self,
                                           ScrAgencySector   sector);

G_END_DECLS
