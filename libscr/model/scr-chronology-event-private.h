/* scr-chronology-event-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-chronology-event.h"

G_BEGIN_DECLS

ScrChronologyEvent *scr_chronology_event_load_json (JsonObject          *object,
                                                    const char          *path,
                                                    GError             **error);
void                scr_chronology_event_save_json (ScrChronologyEvent  *self,
                                                    JsonBuilder         *builder);

G_END_DECLS
