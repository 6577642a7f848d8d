/* scr-return-field.h: one field of a national return.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>

#include "scr-version-macros.h"

G_BEGIN_DECLS

#define SCR_TYPE_RETURN_FIELD (scr_return_field_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrReturnField, scr_return_field, SCR, RETURN_FIELD, GObject)

SCR_AVAILABLE_IN_ALL
const char *scr_return_field_get_id       (ScrReturnField *self);
SCR_AVAILABLE_IN_ALL
const char *scr_return_field_get_label    (ScrReturnField *self);
SCR_AVAILABLE_IN_ALL
const char *scr_return_field_get_value    (ScrReturnField *self);
SCR_AVAILABLE_IN_ALL
const char *scr_return_field_get_source   (ScrReturnField *self);
SCR_AVAILABLE_IN_ALL
gboolean    scr_return_field_get_required (ScrReturnField *self);
SCR_AVAILABLE_IN_ALL
const char *scr_return_field_get_evidence (ScrReturnField *self);

G_END_DECLS
