/* scr-agency-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-agency.h"

G_BEGIN_DECLS

ScrAgency *scr_agency_load_json (JsonObject   *object,
                                 const char   *path,
                                 GError      **error);
void       scr_agency_save_json (ScrAgency    *self,
                                 JsonBuilder  *builder);

G_END_DECLS
