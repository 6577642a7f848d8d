/* scr-theme.h: a theme grouping the learning of a review.
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

#define SCR_TYPE_THEME (scr_theme_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrTheme, scr_theme, SCR, THEME, GObject)

SCR_AVAILABLE_IN_ALL
ScrTheme   *scr_theme_new             (const char  *id,
                                       const char  *title);
SCR_AVAILABLE_IN_ALL
ScrTheme   *scr_theme_new_from_json   (JsonNode    *node,
                                       GError     **error);
SCR_AVAILABLE_IN_ALL
JsonNode   *scr_theme_to_json         (ScrTheme    *self);
SCR_AVAILABLE_IN_ALL
const char *scr_theme_get_id          (ScrTheme    *self);
SCR_AVAILABLE_IN_ALL
void        scr_theme_set_id          (ScrTheme    *self,
                                       const char  *id);
SCR_AVAILABLE_IN_ALL
const char *scr_theme_get_review_id   (ScrTheme    *self);
SCR_AVAILABLE_IN_ALL
void        scr_theme_set_review_id   (ScrTheme    *self,
                                       const char  *review_id);
SCR_AVAILABLE_IN_ALL
const char *scr_theme_get_title       (ScrTheme    *self);
SCR_AVAILABLE_IN_ALL
void        scr_theme_set_title       (ScrTheme    *self,
                                       const char  *title);
SCR_AVAILABLE_IN_ALL
const char *scr_theme_get_description (ScrTheme    *self);
SCR_AVAILABLE_IN_ALL
void        scr_theme_set_description (ScrTheme    *self,
                                       const char  *description);

SCR_AVAILABLE_IN_ALL
const char * const *scr_theme_get_concept_ids (ScrTheme           *self);
SCR_AVAILABLE_IN_ALL
void                scr_theme_set_concept_ids (ScrTheme           *self,
                                               const char * const *concept_ids);

G_END_DECLS
