/* scr-restricted-details-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "scr-restricted-details.h"

G_BEGIN_DECLS

/* Errors never quote a value (see scr-restricted-details.c). */
ScrRestrictedDetails *scr_restricted_details_load_json (JsonObject            *object,
                                                        const char            *path,
                                                        GError               **error);
void                  scr_restricted_details_save_json (ScrRestrictedDetails  *self,
                                                        JsonBuilder           *builder);

G_END_DECLS
