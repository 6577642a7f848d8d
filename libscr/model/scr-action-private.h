/* scr-action-private.h: JSON load and save of ScrAction for the dataset.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-action.h"

G_BEGIN_DECLS

/* @path names @object in errors, such as "actions[3]"; NULL for the root. */
ScrAction *scr_action_load_json (JsonObject   *object,
                                 const char   *path,
                                 GError      **error);
/* Begins and ends the action's object. */
void       scr_action_save_json (ScrAction    *self,
                                 JsonBuilder  *builder);
/* The last day @due allows: the end of its month or year when partial. */
gint32     scr_action_due_period_end (const ScrDate *due);

G_END_DECLS
