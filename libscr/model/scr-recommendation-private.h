/* scr-recommendation-private.h: JSON load and save of ScrRecommendation for the dataset.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-recommendation.h"

G_BEGIN_DECLS

/* @path names @object in errors, such as "recommendations[3]"; NULL for the root. */
ScrRecommendation *scr_recommendation_load_json (JsonObject         *object,
                                                 const char         *path,
                                                 GError            **error);
/* Begins and ends the recommendation's object. */
void               scr_recommendation_save_json (ScrRecommendation  *self,
                                                 JsonBuilder        *builder);

G_END_DECLS
