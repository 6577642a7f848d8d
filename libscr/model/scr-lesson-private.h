/* scr-lesson-private.h: JSON load and save of ScrLesson for the dataset.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-lesson.h"

G_BEGIN_DECLS

/* @path names @object in errors, such as "lessons[3]"; NULL for the root. */
ScrLesson *scr_lesson_load_json (JsonObject   *object,
                                 const char   *path,
                                 GError      **error);
/* Begins and ends the lesson's object. */
void       scr_lesson_save_json (ScrLesson    *self,
                                 JsonBuilder  *builder);

G_END_DECLS
