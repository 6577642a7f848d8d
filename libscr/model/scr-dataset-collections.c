/* scr-dataset-collections.c: the table of a dataset's ten collections:
 * each one's JSON member, the noun its messages use, its item type and
 * the item's load, save and id functions. Every other part of ScrDataset
 * reads it; it calls nothing of theirs.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-action-private.h"
#include "scr-agency-private.h"
#include "scr-audit-private.h"
#include "scr-case-private.h"
#include "scr-chronology-event-private.h"
#include "scr-dataset-private.h"
#include "scr-finding-private.h"
#include "scr-lesson-private.h"
#include "scr-recommendation-private.h"
#include "scr-review-private.h"
#include "scr-theme-private.h"

const ScrCollectionInfo scr_collections[SCR_N_COLLECTIONS] = {
  { "agencies", "agency", scr_agency_get_type, (ScrItemLoadFunc) scr_agency_load_json,
    (ScrItemSaveFunc) scr_agency_save_json, (ScrItemGetIdFunc) scr_agency_get_id },
  { "cases", "case", scr_case_get_type, (ScrItemLoadFunc) scr_case_load_json,
    (ScrItemSaveFunc) scr_case_save_json, (ScrItemGetIdFunc) scr_case_get_id },
  { "reviews", "review", scr_review_get_type, (ScrItemLoadFunc) scr_review_load_json,
    (ScrItemSaveFunc) scr_review_save_json, (ScrItemGetIdFunc) scr_review_get_id },
  { "chronology", "chronology event", scr_chronology_event_get_type,
    (ScrItemLoadFunc) scr_chronology_event_load_json,
    (ScrItemSaveFunc) scr_chronology_event_save_json,
    (ScrItemGetIdFunc) scr_chronology_event_get_id },
  { "themes", "theme", scr_theme_get_type, (ScrItemLoadFunc) scr_theme_load_json,
    (ScrItemSaveFunc) scr_theme_save_json, (ScrItemGetIdFunc) scr_theme_get_id },
  { "findings", "finding", scr_finding_get_type, (ScrItemLoadFunc) scr_finding_load_json,
    (ScrItemSaveFunc) scr_finding_save_json, (ScrItemGetIdFunc) scr_finding_get_id },
  { "lessons", "lesson", scr_lesson_get_type, (ScrItemLoadFunc) scr_lesson_load_json,
    (ScrItemSaveFunc) scr_lesson_save_json, (ScrItemGetIdFunc) scr_lesson_get_id },
  { "recommendations", "recommendation", scr_recommendation_get_type,
    (ScrItemLoadFunc) scr_recommendation_load_json, (ScrItemSaveFunc) scr_recommendation_save_json,
    (ScrItemGetIdFunc) scr_recommendation_get_id },
  { "actions", "action", scr_action_get_type, (ScrItemLoadFunc) scr_action_load_json,
    (ScrItemSaveFunc) scr_action_save_json, (ScrItemGetIdFunc) scr_action_get_id },
  { "audits", "audit", scr_audit_get_type, (ScrItemLoadFunc) scr_audit_load_json,
    (ScrItemSaveFunc) scr_audit_save_json, (ScrItemGetIdFunc) scr_audit_get_id },
};
