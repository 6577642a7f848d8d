/* scr-dataset.h: a register of cases, reviews and their learning.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "scr-version-macros.h"
#include "scr-action-impact.h"
#include "scr-action.h"
#include "scr-action-concern.h"
#include "scr-theme-count.h"
#include "scr-agency.h"
#include "scr-audit.h"
#include "scr-case.h"
#include "scr-chronology-event.h"
#include "scr-date.h"
#include "scr-finding.h"
#include "scr-lesson.h"
#include "scr-recommendation.h"
#include "scr-review.h"
#include "scr-theme.h"

G_BEGIN_DECLS

/**
 * SCR_DATASET_SCHEMA_VERSION:
 *
 * The `schema_version` of the JSON format this library reads and writes.
 */
#define SCR_DATASET_SCHEMA_VERSION 1

/**
 * SCR_DATASET_RAG_AMBER_WORKING_DAYS_DEFAULT:
 *
 * The default of [property@Scr.Dataset:rag-amber-working-days]: 10
 * working days, two working weeks.
 */
#define SCR_DATASET_RAG_AMBER_WORKING_DAYS_DEFAULT 10

/**
 * ScrSaveFlags:
 * @SCR_SAVE_FLAGS_NONE: the normal save: restricted details are left out
 * @SCR_SAVE_FLAGS_INCLUDE_RESTRICTED: also write every person's
 *   [property@Scr.Person:restricted] details (real names, dates of birth,
 *   addresses...), for a partnership's own secure store
 *
 * How [method@Scr.Dataset.save_to_file_full] and
 * [method@Scr.Dataset.to_data_full] write a dataset.
 */
typedef enum /*< flags >*/ {
  SCR_SAVE_FLAGS_NONE = 0,
  SCR_SAVE_FLAGS_INCLUDE_RESTRICTED = 1 << 0,
} ScrSaveFlags;

#define SCR_TYPE_DATASET (scr_dataset_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrDataset, scr_dataset, SCR, DATASET, GObject)

SCR_AVAILABLE_IN_ALL
ScrDataset        *scr_dataset_new                     (void);
SCR_AVAILABLE_IN_ALL
ScrDataset        *scr_dataset_new_from_file           (const char          *filename,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
ScrDataset        *scr_dataset_new_from_data           (const char          *data,
                                                        gssize               length,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
gboolean           scr_dataset_save_to_file            (ScrDataset          *self,
                                                        const char          *filename,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
char              *scr_dataset_to_data                 (ScrDataset          *self,
                                                        gsize               *length);
SCR_AVAILABLE_IN_ALL
gboolean           scr_dataset_save_to_file_full       (ScrDataset          *self,
                                                        const char          *filename,
                                                        ScrSaveFlags         flags,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
char              *scr_dataset_to_data_full            (ScrDataset          *self,
                                                        ScrSaveFlags         flags,
                                                        gsize               *length);
SCR_AVAILABLE_IN_ALL
char             **scr_dataset_check_file              (const char          *filename);
SCR_AVAILABLE_IN_ALL
gboolean           scr_dataset_validate                (ScrDataset          *self,
                                                        GError             **error);

SCR_AVAILABLE_IN_ALL
const char        *scr_dataset_get_title               (ScrDataset          *self);
SCR_AVAILABLE_IN_ALL
void               scr_dataset_set_title               (ScrDataset          *self,
                                                        const char          *title);
SCR_AVAILABLE_IN_ALL
guint              scr_dataset_get_rag_amber_working_days (ScrDataset       *self);
SCR_AVAILABLE_IN_ALL
void               scr_dataset_set_rag_amber_working_days (ScrDataset       *self,
                                                        guint                days);

SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_get_agencies            (ScrDataset          *self);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_get_cases               (ScrDataset          *self);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_get_reviews             (ScrDataset          *self);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_get_chronology          (ScrDataset          *self);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_get_themes              (ScrDataset          *self);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_get_findings            (ScrDataset          *self);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_get_lessons             (ScrDataset          *self);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_get_recommendations     (ScrDataset          *self);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_get_actions             (ScrDataset          *self);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_get_audits              (ScrDataset          *self);

SCR_AVAILABLE_IN_ALL
ScrAgency          *scr_dataset_lookup_agency          (ScrDataset          *self,
                                                        const char          *id);
SCR_AVAILABLE_IN_ALL
ScrCase            *scr_dataset_lookup_case            (ScrDataset          *self,
                                                        const char          *id);
SCR_AVAILABLE_IN_ALL
ScrReview          *scr_dataset_lookup_review          (ScrDataset          *self,
                                                        const char          *id);
SCR_AVAILABLE_IN_ALL
ScrChronologyEvent *scr_dataset_lookup_chronology_event (ScrDataset         *self,
                                                        const char          *id);
SCR_AVAILABLE_IN_ALL
ScrTheme           *scr_dataset_lookup_theme           (ScrDataset          *self,
                                                        const char          *id);
SCR_AVAILABLE_IN_ALL
ScrFinding         *scr_dataset_lookup_finding         (ScrDataset          *self,
                                                        const char          *id);
SCR_AVAILABLE_IN_ALL
ScrLesson          *scr_dataset_lookup_lesson          (ScrDataset          *self,
                                                        const char          *id);
SCR_AVAILABLE_IN_ALL
ScrRecommendation  *scr_dataset_lookup_recommendation  (ScrDataset          *self,
                                                        const char          *id);
SCR_AVAILABLE_IN_ALL
ScrAction          *scr_dataset_lookup_action          (ScrDataset          *self,
                                                        const char          *id);
SCR_AVAILABLE_IN_ALL
ScrAudit           *scr_dataset_lookup_audit           (ScrDataset          *self,
                                                        const char          *id);

SCR_AVAILABLE_IN_ALL
gboolean           scr_dataset_add_agency              (ScrDataset          *self,
                                                        ScrAgency           *agency,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
gboolean           scr_dataset_add_case                (ScrDataset          *self,
                                                        ScrCase             *kase,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
gboolean           scr_dataset_add_review              (ScrDataset          *self,
                                                        ScrReview           *review,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
gboolean           scr_dataset_add_chronology_event    (ScrDataset          *self,
                                                        ScrChronologyEvent  *event,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
gboolean           scr_dataset_add_theme               (ScrDataset          *self,
                                                        ScrTheme            *theme,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
gboolean           scr_dataset_add_finding             (ScrDataset          *self,
                                                        ScrFinding          *finding,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
gboolean           scr_dataset_add_lesson              (ScrDataset          *self,
                                                        ScrLesson           *lesson,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
gboolean           scr_dataset_add_recommendation      (ScrDataset          *self,
                                                        ScrRecommendation   *recommendation,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
gboolean           scr_dataset_add_action              (ScrDataset          *self,
                                                        ScrAction           *action,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
gboolean           scr_dataset_add_audit               (ScrDataset          *self,
                                                        ScrAudit            *audit,
                                                        GError             **error);

SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_list_overdue_actions    (ScrDataset          *self,
                                                        const ScrDate       *on);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_list_action_concerns    (ScrDataset          *self,
                                                        const ScrDate       *today);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_count_themes            (ScrDataset          *self);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_count_themes                    (GListModel          *datasets);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_list_reviews_by_stage   (ScrDataset          *self,
                                                        ScrReviewStage       stage);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_list_case_reviews       (ScrDataset          *self,
                                                        const char          *case_id,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_list_case_chronology    (ScrDataset          *self,
                                                        const char          *case_id,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_list_case_actions       (ScrDataset          *self,
                                                        const char          *case_id,
                                                        GError             **error);
SCR_AVAILABLE_IN_ALL
GListModel        *scr_dataset_list_case_agencies      (ScrDataset          *self,
                                                        const char          *case_id,
                                                        GError             **error);

G_END_DECLS
