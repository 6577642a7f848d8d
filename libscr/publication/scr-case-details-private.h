/* scr-case-details-private.h: what to look for, from the people of a case.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-case.h"
#include "scr-disclosure.h"
#include "scr-phrase-index-private.h"

G_BEGIN_DECLS

/* One thing to find, and what to say when it is found. */
typedef struct
{
  ScrDisclosureKind kind;
  ScrDisclosureSeverity severity;
  char *person_id;          /* NULL for a generic identifier */
  char *reason;
  char *suggestion;
} ScrTarget;

/* A value compared after normalising (postcodes, NHS and case numbers). */
typedef struct
{
  char *value;              /* upper case, letters and digits only */
  ScrTarget *target;
} ScrExactTarget;

typedef struct
{
  GPtrArray *targets;       /* owns every ScrTarget */
  ScrPhraseIndex *phrases;  /* names, addresses, schools: data is a ScrTarget */
  GArray *exact;            /* of ScrExactTarget: postcodes, NHS and case numbers */
  GArray *births;           /* of ScrExactTarget with value NULL and the day in
                             * births_days at the same index */
  GArray *births_days;      /* of gint32 ordinals */
} ScrCaseDetails;

/* What to find of @scr_case's people: their restricted details, and an
 * exact date of birth recorded on the person itself. */
void       scr_case_details_init       (ScrCaseDetails *details,
                                        ScrCase        *scr_case);
void       scr_case_details_clear      (ScrCaseDetails *details);
/* A new target owned by @details. */
ScrTarget *scr_case_details_add_target (ScrCaseDetails        *details,
                                        ScrDisclosureKind      kind,
                                        ScrDisclosureSeverity  severity,
                                        const char            *person_id,
                                        char                  *reason,
                                        const char            *suggestion);
/* Adds a school or setting's name, and its name without a final
 * "School", "Academy"... when two words remain. */
void       scr_case_details_add_setting (ScrCaseDetails *details,
                                         const char     *name,
                                         ScrTarget      *target);
/* What a redacted copy writes for a find of @kind ("[postcode removed]");
 * NULL for a name (the pseudonym) and a combination (left to the author). */
const char *scr_case_details_removed_note (ScrDisclosureKind kind);
/* Upper case letters and digits of @s only ("la9 4qt" -> "LA94QT"). */
char      *scr_case_details_normalize  (const char *s);

G_END_DECLS
