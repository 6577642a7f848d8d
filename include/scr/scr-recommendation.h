/* scr-recommendation.h: a recommendation of a review.
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

#define SCR_TYPE_RECOMMENDATION (scr_recommendation_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrRecommendation, scr_recommendation, SCR, RECOMMENDATION, GObject)

SCR_AVAILABLE_IN_ALL
ScrRecommendation  *scr_recommendation_new             (const char          *id,
                                                        const char          *text);
SCR_AVAILABLE_IN_ALL
ScrRecommendation  *scr_recommendation_new_from_json   (JsonNode            *node,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
JsonNode           *scr_recommendation_to_json         (ScrRecommendation   *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_recommendation_get_id          (ScrRecommendation   *self);
SCR_AVAILABLE_IN_ALL
void                scr_recommendation_set_id          (ScrRecommendation   *self,
                                                        const char          *id);
SCR_AVAILABLE_IN_ALL
const char         *scr_recommendation_get_review_id   (ScrRecommendation   *self);
SCR_AVAILABLE_IN_ALL
void                scr_recommendation_set_review_id   (ScrRecommendation   *self,
                                                        const char          *review_id);
SCR_AVAILABLE_IN_ALL
const char         *scr_recommendation_get_number      (ScrRecommendation   *self);
SCR_AVAILABLE_IN_ALL
void                scr_recommendation_set_number      (ScrRecommendation   *self,
                                                        const char          *number);
SCR_AVAILABLE_IN_ALL
const char         *scr_recommendation_get_text        (ScrRecommendation   *self);
SCR_AVAILABLE_IN_ALL
void                scr_recommendation_set_text        (ScrRecommendation   *self,
                                                        const char          *text);
SCR_AVAILABLE_IN_ALL
const char         *scr_recommendation_get_agency_id   (ScrRecommendation   *self);
SCR_AVAILABLE_IN_ALL
void                scr_recommendation_set_agency_id   (ScrRecommendation   *self,
                                                        const char          *agency_id);
SCR_AVAILABLE_IN_ALL
const char * const *scr_recommendation_get_finding_ids (ScrRecommendation   *self);
SCR_AVAILABLE_IN_ALL
void                scr_recommendation_set_finding_ids (ScrRecommendation   *self,
                                                        const char * const  *finding_ids);
SCR_AVAILABLE_IN_ALL
const char * const *scr_recommendation_get_lesson_ids  (ScrRecommendation   *self);
SCR_AVAILABLE_IN_ALL
void                scr_recommendation_set_lesson_ids  (ScrRecommendation   *self,
                                                        const char * const  *lesson_ids);

SCR_AVAILABLE_IN_ALL
const char * const *scr_recommendation_get_concept_ids (ScrRecommendation  *self);
SCR_AVAILABLE_IN_ALL
void                scr_recommendation_set_concept_ids (ScrRecommendation  *self,
                                                        const char * const *concept_ids);

G_END_DECLS
