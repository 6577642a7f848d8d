/* scr-repeat.h: a recommendation, finding or lesson that repeats one of
 * an earlier review.
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
 * ScrRepeatKind:
 * @SCR_REPEAT_KIND_RECOMMENDATION: two recommendations
 * @SCR_REPEAT_KIND_FINDING: two findings
 * @SCR_REPEAT_KIND_LESSON: two lessons
 *
 * What a [class@Scr.Repeat] compares: items are only compared with items
 * of the same kind. The JSON spelling is the nick (`recommendation`...).
 */
typedef enum {
  SCR_REPEAT_KIND_RECOMMENDATION,
  SCR_REPEAT_KIND_FINDING,
  SCR_REPEAT_KIND_LESSON,
} ScrRepeatKind;

#define SCR_TYPE_REPEAT (scr_repeat_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrRepeat, scr_repeat, SCR, REPEAT, GObject)

SCR_AVAILABLE_IN_ALL
ScrRepeatKind       scr_repeat_get_kind              (ScrRepeat *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_repeat_get_item_id           (ScrRepeat *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_repeat_get_review_id         (ScrRepeat *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_repeat_get_earlier_item_id   (ScrRepeat *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_repeat_get_earlier_review_id (ScrRepeat *self);
SCR_AVAILABLE_IN_ALL
double              scr_repeat_get_score             (ScrRepeat *self);
SCR_AVAILABLE_IN_ALL
const char * const *scr_repeat_get_shared_words      (ScrRepeat *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_repeat_get_summary           (ScrRepeat *self);
SCR_AVAILABLE_IN_ALL
JsonNode           *scr_repeat_to_json               (ScrRepeat *self);

G_END_DECLS
