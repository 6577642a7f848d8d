/* scr-case-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-case.h"

G_BEGIN_DECLS

ScrCase *scr_case_load_json (JsonObject   *object,
                             const char   *path,
                             GError      **error);
void     scr_case_save_json (ScrCase      *self,
                             JsonBuilder  *builder);

G_END_DECLS
