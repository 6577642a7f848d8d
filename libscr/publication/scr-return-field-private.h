/* scr-return-field-private.h: making the fields of a return.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-return-field.h"

G_BEGIN_DECLS

/* A field; @value is %NULL when the record lacks it. */
ScrReturnField *scr_return_field_new (const char *id,
                                      const char *label,
                                      const char *value,
                                      const char *source,
                                      gboolean    required,
                                      const char *evidence);

G_END_DECLS
