/* test-big-load.c: a 200 MiB dataset loads, and the load's peak memory
 * stays under the ceiling doc/robustness.md documents (3 times the file
 * size). Its own suite, "limits": too slow for valgrind.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <scr/scr.h>

#include "big-dataset.h"

#define FILE_SIZE ((gsize) 200 << 20)
#define CEILING 3  /* times the file size */

/* The child: loads @path and exits 0 when it holds @n_cases cases. */
static G_GNUC_NORETURN void
load_and_exit (const char *path,
               guint       n_cases)
{
  g_autoptr(GError) error = NULL;
  ScrDataset *dataset = scr_dataset_new_from_file (path, &error);

  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      _exit (1);
    }
  if (g_list_model_get_n_items (scr_dataset_get_cases (dataset)) != n_cases)
    _exit (2);
  /* not freed: the peak is the load's, and freeing 200 MiB costs time */
  _exit (0);
}

static void
test_load (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("scr-big-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "register.json", NULL);
  struct rusage usage;
  GStatBuf st;
  gint64 start, end;
  guint n_cases;
  int status;
  pid_t pid;
  double peak, ratio;

  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  n_cases = big_dataset_write (path, FILE_SIZE, "big");
  end = g_get_monotonic_time ();
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_test_message ("generated %" G_GINT64_FORMAT " bytes, %u cases, in %.2f s",
                  (gint64) st.st_size, n_cases, (end - start) / 1e6);

  /* in a child, so that its peak resident size is the load's alone */
  start = g_get_monotonic_time ();
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    load_and_exit (path, n_cases);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  end = g_get_monotonic_time ();
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  peak = usage.ru_maxrss * 1024.0;  /* ru_maxrss is in KiB */
  ratio = peak / st.st_size;
  g_test_message ("loaded in %.2f s (%.1f MB/s); peak resident %.1f MiB, %.2f times the file",
                  (end - start) / 1e6, st.st_size / 1e6 / ((end - start) / 1e6),
                  peak / (1 << 20), ratio);
  g_assert_cmpfloat (ratio, <, CEILING);

  g_remove (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/limits/big-load", test_load);

  return g_test_run ();
}
