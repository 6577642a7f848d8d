/* scr-resource-private.h: reading the data files compiled into the
 * library, safely from any thread.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The data at @path in the resources compiled into libscr; @get_resource
 * is the area's generated getter (_scr_model_get_resource...). */
GBytes *scr_resource_lookup (GResource  *(*get_resource) (void),
                             const char  *path,
                             GError     **error);

G_END_DECLS
