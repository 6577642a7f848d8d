/* scr-theme-private.h: JSON load and save of ScrTheme for the dataset.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-theme.h"

G_BEGIN_DECLS

/* @path names @object in errors, such as "themes[3]"; NULL for the root. */
ScrTheme *scr_theme_load_json (JsonObject   *object,
                               const char   *path,
                               GError      **error);
/* Begins and ends the theme's object. */
void      scr_theme_save_json (ScrTheme     *self,
                               JsonBuilder  *builder);

G_END_DECLS
