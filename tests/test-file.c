/* test-file.c: the capped file reader every loader shares. Private API,
 * for a cap small enough to test. The files it refuses are in
 * test-limits.c, through the public loaders.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "scr-file-private.h"

/* A file of exactly the cap is read; one byte more is refused from its
 * size, before reading. */
static void
test_cap (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("scr-file-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sixteen.json", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_no_error (error);
  g_file_set_contents (path, "0123456789abcdef", 16, &error);
  g_assert_no_error (error);

  contents = scr_file_read (path, 16, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, 16);
  g_assert_cmpstr (contents, ==, "0123456789abcdef");
  g_clear_pointer (&contents, g_free);

  contents = scr_file_read (path, 15, &length, &error);
  g_assert_null (contents);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_cmpstr (error->message + strlen (path), ==,
                   ": is too large to read: 16 bytes, over the limit of 15 bytes");
  g_clear_error (&error);

  g_remove (path);
  g_rmdir (dir);
}

/* A file whose size says nothing (/proc gives 0) is read to its end, but
 * never past the cap. */
static void
test_size_lies (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_test ("/proc/self/status", G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("no /proc/self/status on this system");
      return;
    }
  contents = scr_file_read ("/proc/self/status", 1 << 20, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 16);
  g_assert_cmpuint (strlen (contents), ==, length);
  g_clear_pointer (&contents, g_free);

  contents = scr_file_read ("/proc/self/status", 16, &length, &error);
  g_assert_null (contents);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==,
                   "/proc/self/status: is too large to read: it went on past the limit "
                   "of 16 bytes");
  g_clear_error (&error);

  contents = scr_file_read ("/proc/self/status", 1024, &length, &error);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==,
                   "/proc/self/status: is too large to read: it went on past the limit "
                   "of 1 KiB (1024 bytes)");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/core/file/cap", test_cap);
  g_test_add_func ("/scr/core/file/size-lies", test_size_lies);

  return g_test_run ();
}
