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
gboolean            scr_facts_check                 (const char  *name,
                                                     const char  *value,
                                                     GError     **error);
SCR_AVAILABLE_IN_ALL
gboolean            scr_facts_is_known              (const char  *name);
SCR_AVAILABLE_IN_ALL
char              **scr_facts_list_names            (void);
SCR_AVAILABLE_IN_ALL
const char * const *scr_facts_get_values            (const char  *name);
SCR_AVAILABLE_IN_ALL
gboolean            scr_facts_is_integer            (const char  *name);
SCR_AVAILABLE_IN_ALL
const char         *scr_facts_get_description       (const char  *name);
SCR_AVAILABLE_IN_ALL
char              **scr_facts_list_events           (void);
SCR_AVAILABLE_IN_ALL
gboolean            scr_facts_is_event              (const char  *name);
SCR_AVAILABLE_IN_ALL
const char         *scr_facts_get_event_description (const char  *name);

G_END_DECLS
