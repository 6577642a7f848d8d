/* scr-csv-private.h: the RFC 4180 field writer scr-csv.c uses, for the
 * other CSV writers in libscr (the reports).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @length bytes of @text as one field, quoted when it holds a
 * comma, a quote or a line break (RFC 4180 section 2, rules 6 and 7). */
void scr_csv_append_field (GString    *out,
                           const char *text,
                           gsize       length);

G_END_DECLS
