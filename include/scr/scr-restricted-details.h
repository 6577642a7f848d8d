/* scr-restricted-details.h: the real details behind a person's pseudonym.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>

#include "scr-version-macros.h"
#include "scr-date.h"

G_BEGIN_DECLS

#define SCR_TYPE_RESTRICTED_DETAILS (scr_restricted_details_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrRestrictedDetails, scr_restricted_details, SCR, RESTRICTED_DETAILS, GObject)

SCR_AVAILABLE_IN_ALL
ScrRestrictedDetails *scr_restricted_details_new               (void);
SCR_AVAILABLE_IN_ALL
const char * const   *scr_restricted_details_get_names         (ScrRestrictedDetails *self);
SCR_AVAILABLE_IN_ALL
void                  scr_restricted_details_set_names         (ScrRestrictedDetails *self,
                                                                const char * const   *names);
SCR_AVAILABLE_IN_ALL
const ScrDate        *scr_restricted_details_get_date_of_birth (ScrRestrictedDetails *self);
SCR_AVAILABLE_IN_ALL
void                  scr_restricted_details_set_date_of_birth (ScrRestrictedDetails *self,
                                                                const ScrDate        *date_of_birth);
SCR_AVAILABLE_IN_ALL
const char * const   *scr_restricted_details_get_addresses     (ScrRestrictedDetails *self);
SCR_AVAILABLE_IN_ALL
void                  scr_restricted_details_set_addresses     (ScrRestrictedDetails *self,
                                                                const char * const   *addresses);
SCR_AVAILABLE_IN_ALL
const char * const   *scr_restricted_details_get_postcodes     (ScrRestrictedDetails *self);
SCR_AVAILABLE_IN_ALL
void                  scr_restricted_details_set_postcodes     (ScrRestrictedDetails *self,
                                                                const char * const   *postcodes);
SCR_AVAILABLE_IN_ALL
const char * const   *scr_restricted_details_get_schools       (ScrRestrictedDetails *self);
SCR_AVAILABLE_IN_ALL
void                  scr_restricted_details_set_schools       (ScrRestrictedDetails *self,
                                                                const char * const   *schools);
SCR_AVAILABLE_IN_ALL
const char * const   *scr_restricted_details_get_case_numbers  (ScrRestrictedDetails *self);
SCR_AVAILABLE_IN_ALL
void                  scr_restricted_details_set_case_numbers  (ScrRestrictedDetails *self,
                                                                const char * const   *case_numbers);
SCR_AVAILABLE_IN_ALL
const char * const   *scr_restricted_details_get_nhs_numbers   (ScrRestrictedDetails *self);
SCR_AVAILABLE_IN_ALL
void                  scr_restricted_details_set_nhs_numbers   (ScrRestrictedDetails *self,
                                                                const char * const   *nhs_numbers);
SCR_AVAILABLE_IN_ALL
gboolean              scr_restricted_details_is_empty          (ScrRestrictedDetails *self);

G_END_DECLS
