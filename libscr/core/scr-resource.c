/* scr-resource.c: reading the data files compiled into the library.
 *
 * GLib registers the static resources of a process lazily, on the first
 * g_static_resource_get_resource(): the first caller takes the whole list
 * of pending resources and registers them one by one, holding the
 * resources lock. A second thread that asks meanwhile finds the list
 * already empty and returns at once with its resource not yet made:
 * NULL (GLib 2.74; tests/test-threads.c /threads/first-use crashed on it,
 * in g_resource_lookup_data). The global g_resources_lookup_data() takes
 * the resources lock for reading, so it waits until the registration is
 * finished, and finds the same data.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-resource-private.h"

GBytes *
scr_resource_lookup (GResource  *(*get_resource) (void),
                     const char  *path,
                     GError     **error)
{
  /* starts the registration (and keeps the generated resource, with its
   * constructor, linked into static builds); its result may be NULL */
  (void) get_resource ();
  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}
