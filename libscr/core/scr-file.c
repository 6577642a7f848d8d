/* scr-file.c: reading a whole file that may not be what it says.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "scr-file-private.h"

static void
set_errno_error (GError     **error,
                 const char  *filename,
                 int          saved_errno)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s",
               filename, g_strerror (saved_errno));
}

static const char *
describe_mode (mode_t mode)
{
  if (S_ISCHR (mode))
    return "a character device";
  if (S_ISBLK (mode))
    return "a block device";
  if (S_ISFIFO (mode))
    return "a named pipe (FIFO)";
  if (S_ISSOCK (mode))
    return "a socket";
  return "not a regular file";
}

/* "the limit of 1 GiB (1073741824 bytes)": the largest whole unit. */
static char *
describe_limit (gsize max_size)
{
  static const char * const units[] = { "KiB", "MiB", "GiB" };
  gsize n = max_size;
  guint u = 0;

  while (u < G_N_ELEMENTS (units) && n >= 1024 && n % 1024 == 0)
    {
      n /= 1024;
      u++;
    }
  if (u == 0)
    return g_strdup_printf ("the limit of %" G_GSIZE_FORMAT " bytes", max_size);
  return g_strdup_printf ("the limit of %" G_GSIZE_FORMAT " %s (%" G_GSIZE_FORMAT " bytes)",
                          n, units[u - 1], max_size);
}

/* Refuses what is not a regular file of at most @max_size bytes. */
static gboolean
check_stat (const char         *filename,
            const struct stat  *st,
            gsize               max_size,
            GError            **error)
{
  if (S_ISDIR (st->st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   "%s: is a directory, not a file", filename);
      return FALSE;
    }
  if (!S_ISREG (st->st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   "%s: is %s, not a regular file", filename, describe_mode (st->st_mode));
      return FALSE;
    }
  if ((guint64) st->st_size > max_size)
    {
      g_autofree char *limit = describe_limit (max_size);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   "%s: is too large to read: %" G_GUINT64_FORMAT " bytes, over %s",
                   filename, (guint64) st->st_size, limit);
      return FALSE;
    }
  return TRUE;
}

/* Reads @fd to its end into a buffer sized for @size_hint bytes (what
 * fstat said), growing it if the file turns out longer, but never past
 * @max_size + 1 bytes: one byte more than allowed proves the file too large. */
static char *
read_capped (int          fd,
             const char  *filename,
             gsize        size_hint,
             gsize        max_size,
             gsize       *length,
             GError     **error)
{
  gsize allocated = size_hint + 1;  /* + 1: the nul, and EOF seen without regrowth */
  gsize used = 0;
  g_autofree char *buffer = g_malloc (allocated);

  for (;;)
    {
      gssize n;

      if (used == allocated - 1)
        {
          if (used > max_size)
            break;
          allocated = MIN (MAX (allocated * 2, 4096), max_size + 2);
          buffer = g_realloc (buffer, allocated);
        }
      n = read (fd, buffer + used, allocated - 1 - used);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (error, filename, errno);
          return NULL;
        }
      if (n == 0)
        break;
      used += (gsize) n;
    }
  if (used > max_size)
    {
      g_autofree char *limit = describe_limit (max_size);

      /* the file grew, or is one (in /proc) whose size says nothing */
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   "%s: is too large to read: it went on past %s", filename, limit);
      return NULL;
    }
  buffer[used] = '\0';
  *length = used;
  return g_steal_pointer (&buffer);
}

char *
scr_file_read (const char  *filename,
               gsize        max_size,
               gsize       *length,
               GError     **error)
{
  struct stat st;
  char *contents;
  int fd;

  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (length != NULL, NULL);
  g_return_val_if_fail (max_size < G_MAXSIZE - 1, NULL);

  /* O_NONBLOCK: opening a FIFO without a writer would otherwise wait for
   * one; it does nothing to a regular file, the only kind that is read. */
  fd = g_open (filename, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_errno_error (error, filename, errno);
      return NULL;
    }
  contents = NULL;
  if (fstat (fd, &st) != 0)
    set_errno_error (error, filename, errno);
  else if (check_stat (filename, &st, max_size, error))
    contents = read_capped (fd, filename, (gsize) st.st_size, max_size, length, error);
  g_close (fd, NULL);
  return contents;
}
