/* test-save-kill.c: scr_dataset_save_to_file under kill -9.
 *
 * A child saves one dataset over a file holding another and is killed
 * with SIGKILL at a random moment of the save, hundreds of times. After
 * each kill the file must load and be, byte for byte, the old text or
 * the new; the only other thing the kill may leave is the save's
 * temporary file, FILE.XXXXXX beside it (doc/robustness.md, "Atomic
 * saves"). Its own suite, "atomic": it takes seconds.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <scr/scr.h>

#include "big-dataset.h"

#define N_KILLS 200
#define DATASET_SIZE ((gsize) 256 << 10)
#define N_MEASURES 5

typedef struct
{
  ScrDataset *dataset;
  char *text;   /* what saving it writes */
  gsize length;
} Version;

static void
version_load (Version    *version,
              const char *dir,
              const char *tag)
{
  g_autofree char *name = g_strconcat (tag, ".json", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  big_dataset_write (path, DATASET_SIZE, tag);
  version->dataset = scr_dataset_new_from_file (path, &error);
  g_assert_no_error (error);
  version->text = scr_dataset_to_data (version->dataset, &version->length);
  g_remove (path);
}

static void
version_clear (Version *version)
{
  g_clear_object (&version->dataset);
  g_clear_pointer (&version->text, g_free);
}

/* @dir's modification time, in nanoseconds. */
static gint64
dir_mtime (const char *dir)
{
  struct stat st;

  g_assert_cmpint (stat (dir, &st), ==, 0);
  return st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
}

typedef struct
{
  gint64 lived;     /* microseconds from fork to reaping */
  gint64 created;   /* from fork to the temporary file's creation, or -1 */
} Save;

/* Forks a child that saves @version to @target. Kills it with SIGKILL
 * @delay microseconds after the fork, or, with @after_create, @delay
 * after the save created its temporary file (seen as @target's directory
 * changing); with @delay negative, lets it finish. */
static Save
save_in_child (Version    *version,
               const char *target,
               gint64      delay,
               gboolean    after_create)
{
  g_autofree char *dir = g_path_get_dirname (target);
  gint64 before = dir_mtime (dir);
  gint64 start = g_get_monotonic_time ();
  Save save = { 0, -1 };
  int status;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (scr_dataset_save_to_file (version->dataset, target, NULL) ? 0 : 1);
  if (after_create || delay < 0)
    {
      /* until the file is created, or the child is gone */
      siginfo_t info = { 0, };

      /* WNOWAIT: a child gone stays a zombie, so the kill below cannot
       * reach another process that took its pid */
      while (dir_mtime (dir) == before &&
             waitid (P_PID, pid, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == 0)
        g_usleep (50);
      if (dir_mtime (dir) != before)
        save.created = g_get_monotonic_time () - start;
    }
  if (delay >= 0)
    {
      g_usleep (delay);
      kill (pid, SIGKILL);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (delay < 0)
    g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  save.lived = g_get_monotonic_time () - start;
  return save;
}

/* Whether @target is, byte for byte, @version's text. */
static gboolean
holds (const char *target,
       Version    *version)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (target, &contents, &length, NULL));
  return length == version->length && memcmp (contents, version->text, length) == 0;
}

/* Removes the save's temporary files from @dir, checking nothing else
 * but @target is there; returns how many there were. */
static guint
remove_leftovers (const char *dir,
                  const char *target)
{
  g_autofree char *base = g_path_get_basename (target);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      gsize n_base = strlen (base);

      if (g_str_equal (name, base))
        continue;
      /* g_file_set_contents_full's temporary file: FILE.XXXXXX */
      if (!(g_str_has_prefix (name, base) && strlen (name) == n_base + 7 &&
            name[n_base] == '.'))
        g_error ("a kill left %s beside %s", name, base);
      path = g_build_filename (dir, name, NULL);
      g_assert_cmpint (g_remove (path), ==, 0);
      n++;
    }
  return n;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static gint64
median (gint64 values[N_MEASURES])
{
  qsort (values, N_MEASURES, sizeof values[0], compare_gint64);
  return values[N_MEASURES / 2];
}

static void
test_kill (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("scr-save-kill-XXXXXX", &error);
  g_autofree char *target = g_build_filename (dir, "register.json", NULL);
  Version versions[2] = { { 0, }, };
  guint on_disk = 0, n_old[2] = { 0, }, n_new[2] = { 0, }, n_leftovers[2] = { 0, };
  gint64 lived[N_MEASURES], there[N_MEASURES];
  gint64 duration, window, start = g_get_monotonic_time ();

  g_assert_no_error (error);
  version_load (&versions[0], dir, "old");
  version_load (&versions[1], dir, "new");

  /* the save's length and how long its temporary file lives, the median
   * of a few (the longest is often an outlier), set the ranges of delays */
  for (guint i = 0; i < N_MEASURES; i++)
    {
      Save save = save_in_child (&versions[1 - i % 2], target, -1, FALSE);

      g_assert_cmpint (save.created, >=, 0);
      lived[i] = save.lived;
      there[i] = save.lived - save.created;
    }
  duration = median (lived);
  window = median (there);
  g_test_message ("%" G_GSIZE_FORMAT " bytes saved in %.1f ms, the temporary file there "
                  "for the last %.1f ms (medians)", versions[0].length, duration / 1e3,
                  window / 1e3);

  for (guint i = 0; i < N_KILLS; i++)
    {
      Version *old = &versions[on_disk], *new = &versions[1 - on_disk];
      gboolean after_create = i % 2 == 1;
      g_autoptr(ScrDataset) loaded = NULL;

      /* half at any moment of the save, up to 1.25 times its length so
       * that some come after it finished; half while the temporary file
       * is there, which is a short part of it */
      if (after_create)
        save_in_child (new, target, g_random_int_range (0, (gint32) window + 1), TRUE);
      else
        save_in_child (new, target, g_random_int_range (0, (gint32) (duration * 5 / 4) + 1),
                       FALSE);
      loaded = scr_dataset_new_from_file (target, &error);
      g_assert_no_error (error);
      if (holds (target, new))
        {
          n_new[after_create]++;
          on_disk = 1 - on_disk;
        }
      else if (holds (target, old))
        n_old[after_create]++;
      else
        g_error ("kill %u left %s neither the old text nor the new", i, target);
      n_leftovers[after_create] += remove_leftovers (dir, target);
    }
  g_test_message ("%u kills in %.1f s", N_KILLS, (g_get_monotonic_time () - start) / 1e6);
  g_test_message ("at any moment: %u left the old file, %u the new; %u a temporary file",
                  n_old[0], n_new[0], n_leftovers[0]);
  g_test_message ("while the temporary file was there: %u left the old file, %u the new; "
                  "%u a temporary file", n_old[1], n_new[1], n_leftovers[1]);
  /* kills that came mid-save and mid-write, or the test proves nothing */
  g_assert_cmpuint (n_old[0], >, 0);
  g_assert_cmpuint (n_leftovers[1], >, 0);

  version_clear (&versions[0]);
  version_clear (&versions[1]);
  g_remove (target);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/atomic/save-kill", test_kill);

  return g_test_run ();
}
