/* scr-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-error.h"

/**
 * scr_error_quark:
 *
 * The quark of the %SCR_ERROR domain.
 *
 * Returns: the error domain quark
 */
G_DEFINE_QUARK (scr-error-quark, scr_error)
