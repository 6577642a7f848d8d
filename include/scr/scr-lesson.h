/* scr-lesson.h: a lesson learnt from a review.
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

#define SCR_TYPE_LESSON (scr_lesson_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrLesson, scr_lesson, SCR, LESSON, GObject)

SCR_AVAILABLE_IN_ALL
ScrLesson          *scr_lesson_new                   (const char          *id,
                                                      const char          *text);
SCR_AVAILABLE_IN_ALL
ScrLesson          *scr_lesson_new_from_json         (JsonNode            *node,
                                                      GError             **error);
SCR_AVAILABLE_IN_ALL
JsonNode           *scr_lesson_to_json               (ScrLesson           *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_lesson_get_id                (ScrLesson           *self);
SCR_AVAILABLE_IN_ALL
void                scr_lesson_set_id                (ScrLesson           *self,
                                                      const char          *id);
SCR_AVAILABLE_IN_ALL
const char         *scr_lesson_get_review_id         (ScrLesson           *self);
SCR_AVAILABLE_IN_ALL
void                scr_lesson_set_review_id         (ScrLesson           *self,
                                                      const char          *review_id);
SCR_AVAILABLE_IN_ALL
const char         *scr_lesson_get_number            (ScrLesson           *self);
SCR_AVAILABLE_IN_ALL
void                scr_lesson_set_number            (ScrLesson           *self,
                                                      const char          *number);
SCR_AVAILABLE_IN_ALL
const char         *scr_lesson_get_finding_id        (ScrLesson           *self);
SCR_AVAILABLE_IN_ALL
void                scr_lesson_set_finding_id        (ScrLesson           *self,
                                                      const char          *finding_id);
SCR_AVAILABLE_IN_ALL
const char         *scr_lesson_get_text              (ScrLesson           *self);
SCR_AVAILABLE_IN_ALL
void                scr_lesson_set_text              (ScrLesson           *self,
                                                      const char          *text);
SCR_AVAILABLE_IN_ALL
const char * const *scr_lesson_get_linked_lesson_ids (ScrLesson           *self);
SCR_AVAILABLE_IN_ALL
void                scr_lesson_set_linked_lesson_ids (ScrLesson           *self,
                                                      const char * const  *linked_lesson_ids);

G_END_DECLS
