/* scr-milestone-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-milestone.h"

G_BEGIN_DECLS

ScrMilestone *scr_milestone_load_json (JsonObject    *object,
                                       const char    *path,
                                       GError       **error);
void          scr_milestone_save_json (ScrMilestone  *self,
                                       JsonBuilder   *builder);

G_END_DECLS
