/* scr-facts.h: the catalogue of case facts and events the rules read.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib.h>

#include "scr-version-macros.h"

G_BEGIN_DECLS

SCR_AVAILABLE_IN_ALL
gboolean scr_facts_check (const char  *name,
                          const char  *value,
                          GError     **error);

G_END_DECLS
