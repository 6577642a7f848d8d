/* test-limits.c: files the loaders must refuse cleanly, and the depth
 * limit of the dataset reader (doc/robustness.md, "Limits").
 *
 * Every refusal is a GError whose message is one line naming the file,
 * and none of them may hang (a FIFO) or eat memory (/dev/zero).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <scr/scr.h>

/* The reader's MAX_DEPTH (libscr/model/scr-json-stream.c): the root
 * object counts as the first level. */
#define DEPTH_LIMIT 512

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("scr-limits-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_chmod (path, 0644);
      if (g_remove (path) != 0)
        g_rmdir (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* @error is set in @domain/@code and its message is one line that names
 * @path. */
static void
assert_refusal (GError     *error,
                GQuark      domain,
                int         code,
                const char *path)
{
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, domain, code);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_null (strchr (error->message, '\n'));
}

/* ... and says @problem. */
static void
assert_dataset_refused (const char *path,
                        GQuark      domain,
                        int         code,
                        const char *problem)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = scr_dataset_new_from_file (path, &error);

  g_assert_null (dataset);
  assert_refusal (error, domain, code, path);
  g_assert_nonnull (strstr (error->message, problem));
}

/* A dataset whose unknown member "deep" holds arrays nested so that the
 * document is @depth levels deep, the root object included. */
static char *
nested_dataset (guint depth)
{
  GString *text = g_string_new ("{\"schema_version\": 1, \"deep\": ");

  for (guint i = 1; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 1; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append (text, "}\n");
  return g_string_free (text, FALSE);
}

static void
test_depth (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *at_limit = nested_dataset (DEPTH_LIMIT);
  g_autofree char *past_limit = nested_dataset (DEPTH_LIMIT + 1);
  g_autofree char *at_path = write_file (fixture, "at-limit.json", at_limit, -1);
  g_autofree char *past_path = write_file (fixture, "past-limit.json", past_limit, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = NULL;

  /* the deep member is unknown to the model, so it is kept, not refused */
  dataset = scr_dataset_new_from_file (at_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  assert_dataset_refused (past_path, SCR_ERROR, SCR_ERROR_PARSE,
                          "the document nests deeper than 512 levels");
}

static void
test_bad_text (Fixture       *fixture,
               gconstpointer  data)
{
/* the length given: the NUL bytes are in the file */
#define TEXT(literal) literal, sizeof literal - 1
  static const struct {
    const char *name;
    const char *text;
    gssize length;
    const char *problem;
  } cases[] = {
    { "utf8-string.json", TEXT ("{\"schema_version\": 1, \"title\": \"a\xff\xfe\"}"),
      "invalid UTF-8 in a string" },
    { "utf8-name.json", TEXT ("{\"schema_version\": 1, \"ti\xc3tle\": \"a\"}"),
      "invalid UTF-8 in a string" },
    { "utf8-outside.json", TEXT ("{\"schema_version\": 1, \xc3\xa9}"),
      "unexpected character" },
    { "nul-string.json", TEXT ("{\"schema_version\": 1, \"title\": \"a\0b\"}"),
      "control character in a string" },
    { "nul-between.json", TEXT ("{\"schema_version\": 1,\0 \"title\": \"a\"}"),
      "unexpected character" },
    { "nul-after.json", TEXT ("{\"schema_version\": 1}\0"),
      "unexpected text after the document" },
  };
#undef TEXT

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = write_file (fixture, cases[i].name, cases[i].text,
                                          cases[i].length);

      assert_dataset_refused (path, SCR_ERROR, SCR_ERROR_PARSE, cases[i].problem);
    }
}

static void
test_directory (Fixture       *fixture,
                gconstpointer  data)
{
  assert_dataset_refused (fixture->dir, G_FILE_ERROR, G_FILE_ERROR_ISDIR, "is a directory");
}

/* A FIFO with no writer: opening it must not wait for one, nor reading
 * it for data. The alarm turns a hang into a failure. */
static void
test_fifo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "pipe.json", NULL);
  g_autoptr(ScrRuleSet) rules = scr_rule_set_new ();
  g_autoptr(ScrCalendarBuilder) builder = scr_calendar_builder_new (SCR_DIVISION_ENGLAND_AND_WALES);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  alarm (10);
  assert_dataset_refused (path, G_FILE_ERROR, G_FILE_ERROR_INVAL, "is a named pipe");

  /* the other loaders read through the same code */
  g_assert_false (scr_rule_set_load_file (rules, path, &error));
  assert_refusal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, path);
  g_clear_error (&error);
  g_assert_false (scr_calendar_builder_load_gov_uk_file (builder, path, &error));
  assert_refusal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, path);
  g_clear_error (&error);
  g_assert_false (scr_calendar_builder_load_closures_file (builder, path, &error));
  assert_refusal (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, path);
  alarm (0);
}

/* Skips the test (returning TRUE) on a system without @path. */
static gboolean
skip_without (const char *path)
{
  g_autofree char *reason = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return FALSE;
  reason = g_strdup_printf ("no %s on this system", path);
  g_test_skip (reason);
  return TRUE;
}

/* /dev/zero never ends: it must be refused, not read. */
static void
test_device (Fixture       *fixture,
             gconstpointer  data)
{
  if (skip_without ("/dev/zero"))
    return;
  alarm (10);
  assert_dataset_refused ("/dev/zero", G_FILE_ERROR, G_FILE_ERROR_INVAL,
                          "is a character device, not a regular file");
  alarm (0);
}

static void
test_unreadable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "secret.json", "{\"schema_version\": 1}", -1);

  /* root reads a file whatever its mode says */
  if (geteuid () == 0)
    {
      g_test_skip ("running as root, who can read a file of mode 000");
      return;
    }
  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  assert_dataset_refused (path, G_FILE_ERROR, G_FILE_ERROR_ACCES, g_strerror (EACCES));
}

/* A regular file whose read fails (Linux: /proc/self/mem at offset 0 is
 * not mapped). Unlike a mode of 000, this fails for root too. */
static void
test_read_error (Fixture       *fixture,
                 gconstpointer  data)
{
  if (skip_without ("/proc/self/mem"))
    return;
  assert_dataset_refused ("/proc/self/mem", G_FILE_ERROR, G_FILE_ERROR_IO, g_strerror (EIO));
}

static void
test_missing (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing.json", NULL);

  assert_dataset_refused (path, G_FILE_ERROR, G_FILE_ERROR_NOENT, g_strerror (ENOENT));
}

/* A file over the 1 GiB cap is refused from its size, before a byte is
 * read: a sparse file costs no disk and no time. */
static void
test_too_large (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "huge.json", NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  if (ftruncate (fd, ((goffset) 1 << 30) + 1) != 0)
    {
      g_autofree char *reason = g_strdup_printf ("cannot make a sparse file: %s",
                                                 g_strerror (errno));

      g_close (fd, NULL);
      g_test_skip (reason);
      return;
    }
  g_close (fd, NULL);
  alarm (10);
  assert_dataset_refused (path, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                          "is too large to read: 1073741825 bytes, over the limit of 1 GiB (1073741824 bytes)");
  alarm (0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/scr/limits/depth", test_depth);
  ADD ("/scr/limits/bad-text", test_bad_text);
  ADD ("/scr/limits/directory", test_directory);
  ADD ("/scr/limits/fifo", test_fifo);
  ADD ("/scr/limits/device", test_device);
  ADD ("/scr/limits/unreadable", test_unreadable);
  ADD ("/scr/limits/read-error", test_read_error);
  ADD ("/scr/limits/missing", test_missing);
  ADD ("/scr/limits/too-large", test_too_large);
#undef ADD

  return g_test_run ();
}
