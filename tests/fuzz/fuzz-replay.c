/* fuzz-replay.c: runs a harness over files, without a fuzzing engine.
 *
 * Built in place of libFuzzer when -Dfuzzing=false, so the ordinary suite
 * (and its ASan, UBSan and valgrind passes) replays every corpus input and
 * every regression input. Arguments are files or directories; prints TAP.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>

#include "fuzz-common.h"

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
collect (const char *path,
         GPtrArray  *files)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    return;
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  /* A fixed order, so a TAP number always names the same input. */
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    collect (names->pdata[i], files);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  guint failed = 0;

  for (int i = 1; i < argc; i++)
    collect (argv[i], files);
  printf ("1..%u\n", files->len);
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (files->pdata[i], &contents, &length, &error))
        {
          printf ("not ok %u %s: %s\n", i + 1, (char *) files->pdata[i], error->message);
          failed++;
          continue;
        }
      /* A crash ends the run; the test then fails on the signal. */
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
      printf ("ok %u %s\n", i + 1, (char *) files->pdata[i]);
      fflush (stdout);
    }
  return failed ? 1 : 0;
}
