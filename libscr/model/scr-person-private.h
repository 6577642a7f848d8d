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

/* The legal status and age of a person as one reader takes them (the
 * evaluator, once an evaluation), filled in one call without the public
 * getters' checks; the date is borrowed. */
typedef struct
{
  const ScrDate *date_of_birth;
  int age;
  int care_leaver_age;
  ScrTristate looked_after;
  ScrTristate custody_setting;
  ScrTristate mha_detained;
  ScrTristate dol_order;
  GListModel *cp_register_periods;     /* of ScrPeriod; NULL when none */
  GListModel *looked_after_periods;
} ScrPersonFields;

void       scr_person_peek_fields (ScrPerson       *self,
                                   ScrPersonFields *fields);

ScrPerson *scr_person_load_json (JsonObject   *object,
                                 const char   *path,
                                 GError      **error);
void       scr_person_save_json (ScrPerson    *self,
                                 JsonBuilder  *builder);

G_END_DECLS
