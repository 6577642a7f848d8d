/* scr-question.h: a fact still missing from an evaluation, as a question.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>

#include "scr-version-macros.h"

G_BEGIN_DECLS

#define SCR_TYPE_QUESTION (scr_question_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrQuestion, scr_question, SCR, QUESTION, GObject)

SCR_AVAILABLE_IN_ALL
const char         *scr_question_get_fact           (ScrQuestion *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_question_get_text           (ScrQuestion *self);
SCR_AVAILABLE_IN_ALL
const char * const *scr_question_get_allowed_values (ScrQuestion *self);
SCR_AVAILABLE_IN_ALL
guint               scr_question_get_n_outcomes     (ScrQuestion *self);
SCR_AVAILABLE_IN_ALL
const char * const *scr_question_get_rule_ids       (ScrQuestion *self);

G_END_DECLS
