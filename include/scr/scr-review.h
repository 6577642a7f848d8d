/* scr-review.h: a case review (SCR, LCSPR, child practice review...).
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
#include "scr-milestone.h"

G_BEGIN_DECLS

/**
 * ScrReviewType:
 * @SCR_REVIEW_TYPE_SCR: serious case review (England, LSCB era)
 * @SCR_REVIEW_TYPE_NOTIFIABLE_INCIDENT: notifiable incident (England, to 2018)
 * @SCR_REVIEW_TYPE_SIN: serious incident notification (England, from 29 June 2018)
 * @SCR_REVIEW_TYPE_RAPID_REVIEW: rapid review
 * @SCR_REVIEW_TYPE_LCSPR: local child safeguarding practice review
 * @SCR_REVIEW_TYPE_NATIONAL_CSPR: national child safeguarding practice review
 * @SCR_REVIEW_TYPE_NATIONAL_THEMATIC_REVIEW: national thematic review by the Panel
 * @SCR_REVIEW_TYPE_CHILD_DEATH_REVIEW: child death review
 * @SCR_REVIEW_TYPE_JOINT_AGENCY_RESPONSE: joint agency response to a child death
 * @SCR_REVIEW_TYPE_MULTI_AGENCY_LEARNING_REVIEW: multi-agency learning review (non-statutory)
 * @SCR_REVIEW_TYPE_SINGLE_AGENCY_REVIEW: single-agency review
 * @SCR_REVIEW_TYPE_THEMATIC_REVIEW: local thematic review
 * @SCR_REVIEW_TYPE_CRITICAL_INCIDENT_REVIEW: critical incident review
 * @SCR_REVIEW_TYPE_SECTION_11_AUDIT: section 11 audit
 * @SCR_REVIEW_TYPE_DHR: domestic homicide review
 * @SCR_REVIEW_TYPE_SAR: safeguarding adults review
 * @SCR_REVIEW_TYPE_WALES_SCR: serious case review (Wales, 2006 regulations)
 * @SCR_REVIEW_TYPE_WALES_CPR_CONCISE: concise child practice review (Wales)
 * @SCR_REVIEW_TYPE_WALES_CPR_EXTENDED: extended child practice review (Wales)
 * @SCR_REVIEW_TYPE_WALES_SUSR: single unified safeguarding review (Wales)
 * @SCR_REVIEW_TYPE_SCOTLAND_ICR: initial case review (Scotland)
 * @SCR_REVIEW_TYPE_SCOTLAND_SCR: significant case review (Scotland)
 * @SCR_REVIEW_TYPE_SCOTLAND_LEARNING_REVIEW: learning review (Scotland, from 2021)
 * @SCR_REVIEW_TYPE_NI_CMR: case management review (Northern Ireland)
 *
 * The type of a [class@Scr.Review], as the statutory rules name them. The
 * JSON spelling is the nick (`scr`, `notifiable-incident`, `sin`,
 * `rapid-review`, `lcspr`, ..., `ni-cmr`).
 */
typedef enum {
  SCR_REVIEW_TYPE_SCR,
  SCR_REVIEW_TYPE_NOTIFIABLE_INCIDENT,
  SCR_REVIEW_TYPE_SIN,
  SCR_REVIEW_TYPE_RAPID_REVIEW,
  SCR_REVIEW_TYPE_LCSPR,
  SCR_REVIEW_TYPE_NATIONAL_CSPR,
  SCR_REVIEW_TYPE_NATIONAL_THEMATIC_REVIEW,
  SCR_REVIEW_TYPE_CHILD_DEATH_REVIEW,
  SCR_REVIEW_TYPE_JOINT_AGENCY_RESPONSE,
  SCR_REVIEW_TYPE_MULTI_AGENCY_LEARNING_REVIEW,
  SCR_REVIEW_TYPE_SINGLE_AGENCY_REVIEW,
  SCR_REVIEW_TYPE_THEMATIC_REVIEW,
  SCR_REVIEW_TYPE_CRITICAL_INCIDENT_REVIEW,
  SCR_REVIEW_TYPE_SECTION_11_AUDIT,
  SCR_REVIEW_TYPE_DHR,
  SCR_REVIEW_TYPE_SAR,
  SCR_REVIEW_TYPE_WALES_SCR,
  SCR_REVIEW_TYPE_WALES_CPR_CONCISE,
  SCR_REVIEW_TYPE_WALES_CPR_EXTENDED,
  SCR_REVIEW_TYPE_WALES_SUSR,
  SCR_REVIEW_TYPE_SCOTLAND_ICR,
  SCR_REVIEW_TYPE_SCOTLAND_SCR,
  SCR_REVIEW_TYPE_SCOTLAND_LEARNING_REVIEW,
  SCR_REVIEW_TYPE_NI_CMR,
} ScrReviewType;

/**
 * ScrReviewStatus:
 * @SCR_REVIEW_STATUS_PROPOSED: referred or under consideration
 * @SCR_REVIEW_STATUS_NOT_INITIATED: decided against
 * @SCR_REVIEW_STATUS_IN_PROGRESS: under way
 * @SCR_REVIEW_STATUS_COMPLETED: the report is finished but not published
 * @SCR_REVIEW_STATUS_PUBLISHED: the report is published
 * @SCR_REVIEW_STATUS_CLOSED: the action plan is complete and the review closed
 *
 * Where a [class@Scr.Review] stands overall. The JSON spelling is the
 * nick: `proposed`, `not-initiated`, `in-progress`, `completed`,
 * `published`, `closed`.
 */
typedef enum {
  SCR_REVIEW_STATUS_PROPOSED,
  SCR_REVIEW_STATUS_NOT_INITIATED,
  SCR_REVIEW_STATUS_IN_PROGRESS,
  SCR_REVIEW_STATUS_COMPLETED,
  SCR_REVIEW_STATUS_PUBLISHED,
  SCR_REVIEW_STATUS_CLOSED,
} ScrReviewStatus;

/**
 * ScrReviewStage:
 * @SCR_REVIEW_STAGE_REFERRAL: the case has been referred
 * @SCR_REVIEW_STAGE_RAPID_REVIEW: the rapid review is under way
 * @SCR_REVIEW_STAGE_DECISION: the decision whether to review is due
 * @SCR_REVIEW_STAGE_COMMISSIONING: the review is being commissioned
 * @SCR_REVIEW_STAGE_INFORMATION_GATHERING: chronologies and reports are being gathered
 * @SCR_REVIEW_STAGE_ANALYSIS: the findings are being analysed
 * @SCR_REVIEW_STAGE_REPORT_DRAFTING: the report is being written
 * @SCR_REVIEW_STAGE_REPORT_TO_BOARD: the report is with the board or partnership
 * @SCR_REVIEW_STAGE_REPORT_TO_PANEL: the report is with the national panel
 * @SCR_REVIEW_STAGE_PUBLICATION: publication is being prepared
 * @SCR_REVIEW_STAGE_ACTION_PLAN: the action plan is being carried out
 * @SCR_REVIEW_STAGE_CLOSED: the review is closed
 *
 * The stage a [class@Scr.Review] has reached. The JSON spelling is the
 * nick: `referral`, `rapid-review`, `decision`, `commissioning`,
 * `information-gathering`, `analysis`, `report-drafting`,
 * `report-to-board`, `report-to-panel`, `publication`, `action-plan`,
 * `closed`.
 */
typedef enum {
  SCR_REVIEW_STAGE_REFERRAL,
  SCR_REVIEW_STAGE_RAPID_REVIEW,
  SCR_REVIEW_STAGE_DECISION,
  SCR_REVIEW_STAGE_COMMISSIONING,
  SCR_REVIEW_STAGE_INFORMATION_GATHERING,
  SCR_REVIEW_STAGE_ANALYSIS,
  SCR_REVIEW_STAGE_REPORT_DRAFTING,
  SCR_REVIEW_STAGE_REPORT_TO_BOARD,
  SCR_REVIEW_STAGE_REPORT_TO_PANEL,
  SCR_REVIEW_STAGE_PUBLICATION,
  SCR_REVIEW_STAGE_ACTION_PLAN,
  SCR_REVIEW_STAGE_CLOSED,
} ScrReviewStage;

#define SCR_TYPE_REVIEW (scr_review_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrReview, scr_review, SCR, REVIEW, GObject)

SCR_AVAILABLE_IN_ALL
ScrReview          *scr_review_new                    (const char          *id,
                                                       ScrReviewType        type);
SCR_AVAILABLE_IN_ALL
ScrReview          *scr_review_new_from_json          (JsonNode            *node,
                                                       GError             **error);
SCR_AVAILABLE_IN_ALL
JsonNode           *scr_review_to_json                (ScrReview           *self);

SCR_AVAILABLE_IN_ALL
const char         *scr_review_get_id                 (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_review_get_case_id            (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_case_id            (ScrReview           *self,
                                                       const char          *case_id);
SCR_AVAILABLE_IN_ALL
ScrReviewType       scr_review_get_review_type        (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_review_type        (ScrReview           *self,
                                                       ScrReviewType        review_type);
SCR_AVAILABLE_IN_ALL
const char         *scr_review_get_title              (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_title              (ScrReview           *self,
                                                       const char          *title);
SCR_AVAILABLE_IN_ALL
const char         *scr_review_get_partnership        (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_partnership        (ScrReview           *self,
                                                       const char          *partnership);
SCR_AVAILABLE_IN_ALL
ScrReviewStatus     scr_review_get_status             (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_status             (ScrReview           *self,
                                                       ScrReviewStatus      status);
SCR_AVAILABLE_IN_ALL
ScrReviewStage      scr_review_get_stage              (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_stage              (ScrReview           *self,
                                                       ScrReviewStage       stage);
SCR_AVAILABLE_IN_ALL
const char * const *scr_review_get_terms_of_reference (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_terms_of_reference (ScrReview           *self,
                                                       const char * const  *terms_of_reference);
SCR_AVAILABLE_IN_ALL
const ScrDate      *scr_review_get_timeframe_from     (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_timeframe_from     (ScrReview           *self,
                                                       const ScrDate       *from);
SCR_AVAILABLE_IN_ALL
const ScrDate      *scr_review_get_timeframe_to       (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_timeframe_to       (ScrReview           *self,
                                                       const ScrDate       *to);
SCR_AVAILABLE_IN_ALL
const char         *scr_review_get_lead_reviewer      (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_lead_reviewer      (ScrReview           *self,
                                                       const char          *lead_reviewer);
SCR_AVAILABLE_IN_ALL
const char         *scr_review_get_panel_chair        (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_panel_chair        (ScrReview           *self,
                                                       const char          *panel_chair);
SCR_AVAILABLE_IN_ALL
const char         *scr_review_get_methodology        (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_methodology        (ScrReview           *self,
                                                       const char          *methodology);
SCR_AVAILABLE_IN_ALL
const char * const *scr_review_get_agency_ids         (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_agency_ids         (ScrReview           *self,
                                                       const char * const  *agency_ids);
SCR_AVAILABLE_IN_ALL
const char         *scr_review_get_steis_number       (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_steis_number       (ScrReview           *self,
                                                       const char          *steis_number);
SCR_AVAILABLE_IN_ALL
const ScrDate      *scr_review_get_signed_off         (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_signed_off         (ScrReview           *self,
                                                       const ScrDate       *signed_off);
SCR_AVAILABLE_IN_ALL
const char * const *scr_review_get_dissemination      (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_set_dissemination      (ScrReview           *self,
                                                       const char * const  *dissemination);

SCR_AVAILABLE_IN_ALL
GListModel         *scr_review_get_milestones         (ScrReview           *self);
SCR_AVAILABLE_IN_ALL
void                scr_review_add_milestone          (ScrReview           *self,
                                                       ScrMilestone        *milestone);
SCR_AVAILABLE_IN_ALL
gboolean            scr_review_remove_milestone       (ScrReview           *self,
                                                       ScrMilestone        *milestone);
SCR_AVAILABLE_IN_ALL
ScrMilestone       *scr_review_lookup_milestone       (ScrReview           *self,
                                                       ScrMilestoneKind     kind);

G_END_DECLS
