/* scr-person.h: a child or adult in a case.
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
#include "scr-period.h"
#include "scr-restricted-details.h"

G_BEGIN_DECLS

/**
 * ScrTristate:
 * @SCR_TRISTATE_UNKNOWN: not known or not recorded
 * @SCR_TRISTATE_NO: no
 * @SCR_TRISTATE_YES: yes
 *
 * A yes/no answer that may be unknown, as case records hold them. The JSON
 * spelling is the nick: `unknown`, `no`, `yes`.
 */
typedef enum {
  SCR_TRISTATE_UNKNOWN,
  SCR_TRISTATE_NO,
  SCR_TRISTATE_YES,
} ScrTristate;

#define SCR_TYPE_PERSON (scr_person_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrPerson, scr_person, SCR, PERSON, GObject)

SCR_AVAILABLE_IN_ALL
ScrPerson     *scr_person_new                       (const char     *id);
SCR_AVAILABLE_IN_ALL
ScrPerson     *scr_person_new_from_json             (JsonNode       *node,
                                                     GError        **error);
SCR_AVAILABLE_IN_ALL
JsonNode      *scr_person_to_json                   (ScrPerson      *self);

SCR_AVAILABLE_IN_ALL
const char    *scr_person_get_id                    (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
const char    *scr_person_get_pseudonym             (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_pseudonym             (ScrPerson      *self,
                                                     const char     *pseudonym);
SCR_AVAILABLE_IN_ALL
const char    *scr_person_get_relationship          (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_relationship          (ScrPerson      *self,
                                                     const char     *relationship);
SCR_AVAILABLE_IN_ALL
const ScrDate *scr_person_get_date_of_birth         (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_date_of_birth         (ScrPerson      *self,
                                                     const ScrDate  *date_of_birth);
SCR_AVAILABLE_IN_ALL
int            scr_person_get_age                   (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_age                   (ScrPerson      *self,
                                                     int             age);
SCR_AVAILABLE_IN_ALL
const char    *scr_person_get_sex                   (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_sex                   (ScrPerson      *self,
                                                     const char     *sex);
SCR_AVAILABLE_IN_ALL
const char    *scr_person_get_ethnicity             (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_ethnicity             (ScrPerson      *self,
                                                     const char     *ethnicity);
SCR_AVAILABLE_IN_ALL
ScrTristate    scr_person_get_disability            (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_disability            (ScrPerson      *self,
                                                     ScrTristate     disability);
SCR_AVAILABLE_IN_ALL
ScrTristate    scr_person_get_looked_after          (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_looked_after          (ScrPerson      *self,
                                                     ScrTristate     looked_after);
SCR_AVAILABLE_IN_ALL
ScrTristate    scr_person_get_child_protection_plan (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_child_protection_plan (ScrPerson      *self,
                                                     ScrTristate     child_protection_plan);
SCR_AVAILABLE_IN_ALL
ScrTristate    scr_person_get_child_in_need         (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_child_in_need         (ScrPerson      *self,
                                                     ScrTristate     child_in_need);
SCR_AVAILABLE_IN_ALL
ScrTristate    scr_person_get_custody_setting       (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_custody_setting       (ScrPerson      *self,
                                                     ScrTristate     custody_setting);
SCR_AVAILABLE_IN_ALL
ScrTristate    scr_person_get_mha_detained          (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_mha_detained          (ScrPerson      *self,
                                                     ScrTristate     mha_detained);
SCR_AVAILABLE_IN_ALL
ScrTristate    scr_person_get_dol_order             (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_dol_order             (ScrPerson      *self,
                                                     ScrTristate     dol_order);
SCR_AVAILABLE_IN_ALL
int            scr_person_get_care_leaver_age       (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_care_leaver_age       (ScrPerson      *self,
                                                     int             care_leaver_age);
SCR_AVAILABLE_IN_ALL
GListModel    *scr_person_get_cp_register_periods   (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_add_cp_register_period    (ScrPerson      *self,
                                                     ScrPeriod      *period);
SCR_AVAILABLE_IN_ALL
gboolean       scr_person_remove_cp_register_period (ScrPerson      *self,
                                                     ScrPeriod      *period);
SCR_AVAILABLE_IN_ALL
GListModel    *scr_person_get_looked_after_periods  (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_add_looked_after_period   (ScrPerson      *self,
                                                     ScrPeriod      *period);
SCR_AVAILABLE_IN_ALL
gboolean       scr_person_remove_looked_after_period (ScrPerson     *self,
                                                      ScrPeriod     *period);
SCR_AVAILABLE_IN_ALL
ScrRestrictedDetails *scr_person_get_restricted     (ScrPerson      *self);
SCR_AVAILABLE_IN_ALL
void           scr_person_set_restricted            (ScrPerson      *self,
                                                     ScrRestrictedDetails *restricted);

G_END_DECLS
