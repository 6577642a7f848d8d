/* scr-json-guard-private.h: catches numbers json-glib reads wrongly.
 *
 * json-glib 1.6 parses an integer literal that does not fit in 64 bits
 * without an error, as a wrong value (99999999999999999999 reads as -1),
 * and a float literal beyond the double range as infinity. A model that
 * checked only the parsed value would accept wrong data, so the dataset
 * loader checks the number literals of the text it parsed.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @data must be well-formed JSON (already parsed). Returns FALSE with a
 * SCR_ERROR_VALIDATION "PATH: LITERAL is too large..." for the first
 * number literal that does not fit. */
gboolean scr_json_guard_numbers (const char  *data,
                                 gsize        length,
                                 GError     **error);

G_END_DECLS
