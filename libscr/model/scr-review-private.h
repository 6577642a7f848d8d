/* scr-review-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-review.h"

G_BEGIN_DECLS

ScrReview *scr_review_load_json (JsonObject   *object,
                                 const char   *path,
                                 GError      **error);
void       scr_review_save_json (ScrReview    *self,
                                 JsonBuilder  *builder);

G_END_DECLS
