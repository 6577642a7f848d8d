/* scr-period-private.h: JSON load and save of ScrPeriod.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-period.h"

G_BEGIN_DECLS

ScrPeriod *scr_period_load_json (JsonObject   *object,
                                 const char   *path,
                                 GError      **error);
void       scr_period_save_json (ScrPeriod    *self,
                                 JsonBuilder  *builder);

G_END_DECLS
