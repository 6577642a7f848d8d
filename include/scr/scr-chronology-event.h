/* scr-chronology-event.h: one entry of a review's chronology.
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

G_BEGIN_DECLS

#define SCR_TYPE_CHRONOLOGY_EVENT (scr_chronology_event_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrChronologyEvent, scr_chronology_event, SCR, CHRONOLOGY_EVENT, GObject)

SCR_AVAILABLE_IN_ALL
ScrChronologyEvent *scr_chronology_event_new           (const char          *id,
                                                        const ScrDate       *date,
                                                        const char          *text);
SCR_AVAILABLE_IN_ALL
ScrChronologyEvent *scr_chronology_event_new_from_json (JsonNode            *node,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
JsonNode           *scr_chronology_event_to_json       (ScrChronologyEvent  *self);

SCR_AVAILABLE_IN_ALL
const char         *scr_chronology_event_get_id        (ScrChronologyEvent  *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_chronology_event_get_review_id (ScrChronologyEvent  *self);
SCR_AVAILABLE_IN_ALL
void                scr_chronology_event_set_review_id (ScrChronologyEvent  *self,
                                                        const char          *review_id);
SCR_AVAILABLE_IN_ALL
const char         *scr_chronology_event_get_case_id   (ScrChronologyEvent  *self);
SCR_AVAILABLE_IN_ALL
void                scr_chronology_event_set_case_id   (ScrChronologyEvent  *self,
                                                        const char          *case_id);
SCR_AVAILABLE_IN_ALL
const ScrDate      *scr_chronology_event_get_date      (ScrChronologyEvent  *self);
SCR_AVAILABLE_IN_ALL
void                scr_chronology_event_set_date      (ScrChronologyEvent  *self,
                                                        const ScrDate       *date);
SCR_AVAILABLE_IN_ALL
const char         *scr_chronology_event_get_agency_id (ScrChronologyEvent  *self);
SCR_AVAILABLE_IN_ALL
void                scr_chronology_event_set_agency_id (ScrChronologyEvent  *self,
                                                        const char          *agency_id);
SCR_AVAILABLE_IN_ALL
const char         *scr_chronology_event_get_text      (ScrChronologyEvent  *self);
SCR_AVAILABLE_IN_ALL
void                scr_chronology_event_set_text      (ScrChronologyEvent  *self,
                                                        const char          *text);

G_END_DECLS
