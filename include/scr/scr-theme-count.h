/* scr-theme-count.h: how often a theme recurs, by year and agency.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "scr-version-macros.h"

G_BEGIN_DECLS

#define SCR_TYPE_THEME_COUNT (scr_theme_count_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrThemeCount, scr_theme_count, SCR, THEME_COUNT, GObject)

SCR_AVAILABLE_IN_ALL
const char         *scr_theme_count_get_theme      (ScrThemeCount *self);
SCR_AVAILABLE_IN_ALL
int                 scr_theme_count_get_year       (ScrThemeCount *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_theme_count_get_agency_id  (ScrThemeCount *self);
SCR_AVAILABLE_IN_ALL
guint               scr_theme_count_get_count      (ScrThemeCount *self);
SCR_AVAILABLE_IN_ALL
const char * const *scr_theme_count_get_review_ids (ScrThemeCount *self);
SCR_AVAILABLE_IN_ALL
JsonNode           *scr_theme_count_to_json        (ScrThemeCount *self);

G_END_DECLS
