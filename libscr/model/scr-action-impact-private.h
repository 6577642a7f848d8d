/* scr-action-impact-private.h: JSON load and save of ScrActionImpact.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-action-impact.h"

G_BEGIN_DECLS

ScrActionImpact *scr_action_impact_load_json (JsonObject       *object,
                                              const char       *path,
                                              GError          **error);
void             scr_action_impact_save_json (ScrActionImpact  *self,
                                              JsonBuilder      *builder);

G_END_DECLS
