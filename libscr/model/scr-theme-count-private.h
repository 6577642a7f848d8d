/* scr-theme-count-private.h: making theme counts, for the dataset.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-theme-count.h"

G_BEGIN_DECLS

/* Takes @review_ids (NULL terminated); count is their number. */
ScrThemeCount *scr_theme_count_new (const char  *theme,
                                    int          year,
                                    const char  *agency_id,
                                    char       **review_ids);

G_END_DECLS
