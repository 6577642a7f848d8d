/* scr-disclosure.h: one thing in a report that would identify someone.
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
 * ScrDisclosureKind:
 * @SCR_DISCLOSURE_KIND_NAME: a person's real name, alias or nickname
 * @SCR_DISCLOSURE_KIND_DATE_OF_BIRTH: an exact date of birth
 * @SCR_DISCLOSURE_KIND_ADDRESS: a street address
 * @SCR_DISCLOSURE_KIND_POSTCODE: a UK postcode
 * @SCR_DISCLOSURE_KIND_SCHOOL: a school, nursery or other setting
 * @SCR_DISCLOSURE_KIND_CASE_NUMBER: a case or record number
 * @SCR_DISCLOSURE_KIND_NHS_NUMBER: an NHS number (with a valid check digit)
 * @SCR_DISCLOSURE_KIND_PHONE_NUMBER: a telephone number
 * @SCR_DISCLOSURE_KIND_EMAIL: an email address
 * @SCR_DISCLOSURE_KIND_STREET: a street named in the gazetteer
 * @SCR_DISCLOSURE_KIND_PLACE: a place named in the gazetteer
 * @SCR_DISCLOSURE_KIND_COMBINATION: details that together narrow to few
 *   people (an age, a small place and a rare attribute)
 *
 * What a [class@Scr.Disclosure] found. The JSON spelling is the nick
 * (`name`, `date-of-birth`...).
 */
typedef enum {
  SCR_DISCLOSURE_KIND_NAME,
  SCR_DISCLOSURE_KIND_DATE_OF_BIRTH,
  SCR_DISCLOSURE_KIND_ADDRESS,
  SCR_DISCLOSURE_KIND_POSTCODE,
  SCR_DISCLOSURE_KIND_SCHOOL,
  SCR_DISCLOSURE_KIND_CASE_NUMBER,
  SCR_DISCLOSURE_KIND_NHS_NUMBER,
  SCR_DISCLOSURE_KIND_PHONE_NUMBER,
  SCR_DISCLOSURE_KIND_EMAIL,
  SCR_DISCLOSURE_KIND_STREET,
  SCR_DISCLOSURE_KIND_PLACE,
  SCR_DISCLOSURE_KIND_COMBINATION,
} ScrDisclosureKind;

/**
 * ScrDisclosureSeverity:
 * @SCR_DISCLOSURE_SEVERITY_WARNING: may narrow to few people; a judgement
 *   for the author, not a certainty
 * @SCR_DISCLOSURE_SEVERITY_IDENTIFIER: an identifier of some person or
 *   place, not one recorded for this case
 * @SCR_DISCLOSURE_SEVERITY_RESTRICTED: a restricted detail recorded for
 *   someone in the case
 *
 * How sure the check is that a [class@Scr.Disclosure] identifies someone
 * in the case, from least to most.
 */
typedef enum {
  SCR_DISCLOSURE_SEVERITY_WARNING,
  SCR_DISCLOSURE_SEVERITY_IDENTIFIER,
  SCR_DISCLOSURE_SEVERITY_RESTRICTED,
} ScrDisclosureSeverity;

#define SCR_TYPE_DISCLOSURE (scr_disclosure_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrDisclosure, scr_disclosure, SCR, DISCLOSURE, GObject)

SCR_AVAILABLE_IN_ALL
ScrDisclosureKind     scr_disclosure_get_kind       (ScrDisclosure *self);
SCR_AVAILABLE_IN_ALL
ScrDisclosureSeverity scr_disclosure_get_severity   (ScrDisclosure *self);
SCR_AVAILABLE_IN_ALL
const char           *scr_disclosure_get_text       (ScrDisclosure *self);
SCR_AVAILABLE_IN_ALL
gsize                 scr_disclosure_get_start      (ScrDisclosure *self);
SCR_AVAILABLE_IN_ALL
gsize                 scr_disclosure_get_end        (ScrDisclosure *self);
SCR_AVAILABLE_IN_ALL
guint                 scr_disclosure_get_page       (ScrDisclosure *self);
SCR_AVAILABLE_IN_ALL
guint                 scr_disclosure_get_line       (ScrDisclosure *self);
SCR_AVAILABLE_IN_ALL
guint                 scr_disclosure_get_column     (ScrDisclosure *self);
SCR_AVAILABLE_IN_ALL
const char           *scr_disclosure_get_context    (ScrDisclosure *self);
SCR_AVAILABLE_IN_ALL
const char           *scr_disclosure_get_reason     (ScrDisclosure *self);
SCR_AVAILABLE_IN_ALL
const char           *scr_disclosure_get_person_id  (ScrDisclosure *self);
SCR_AVAILABLE_IN_ALL
const char           *scr_disclosure_get_suggestion (ScrDisclosure *self);
SCR_AVAILABLE_IN_ALL
JsonNode             *scr_disclosure_to_json        (ScrDisclosure *self);

G_END_DECLS
