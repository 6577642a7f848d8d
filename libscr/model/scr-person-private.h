/* scr-person-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-person.h"

G_BEGIN_DECLS

/* Upper bounds of the ages read from JSON. */
#define SCR_PERSON_MAX_AGE 150
#define SCR_PERSON_MAX_CARE_LEAVER_AGE 30

ScrPerson *scr_person_load_json (JsonObject   *object,
                                 const char   *path,
                                 GError      **error);
void       scr_person_save_json (ScrPerson    *self,
                                 JsonBuilder  *builder);

G_END_DECLS
