/* scr-json-guard.c: catches numbers json-glib reads wrongly.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>

#include "scr-error.h"
#include "scr-json-guard-private.h"

/* The fast pass: any number that can overflow has a run of at least 19
 * digits (|n| >= 10^18 needs 19) or an exponent of at least 3 digits. Most
 * documents have neither, and then the exact pass is skipped. */
static gboolean
has_suspect_literal (const char *data,
                     gsize       length)
{
  guint run = 0;

  for (gsize i = 0; i < length; i++)
    {
      guchar c = data[i];

      if (c >= '0' && c <= '9')
        {
          if (++run >= 19)
            return TRUE;
          continue;
        }
      run = 0;
      if ((c == 'e' || c == 'E') && i > 0 && g_ascii_isdigit (data[i - 1]))
        {
          gsize j = i + 1;

          if (j < length && (data[j] == '+' || data[j] == '-'))
            j++;
          if (j + 2 < length && g_ascii_isdigit (data[j]) && g_ascii_isdigit (data[j + 1]) &&
              g_ascii_isdigit (data[j + 2]))
            return TRUE;
        }
    }
  return FALSE;
}

typedef struct
{
  gboolean array;
  guint index;
  const char *key;   /* raw (escaped) member name, in the document */
  gsize key_length;
} Frame;

static char *
frames_path (GArray *frames)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < frames->len; i++)
    {
      Frame *frame = &g_array_index (frames, Frame, i);

      if (frame->array)
        g_string_append_printf (path, "[%u]", frame->index);
      else
        {
          if (path->len > 0)
            g_string_append_c (path, '.');
          g_string_append_len (path, frame->key, frame->key_length);
        }
    }
  return g_string_free (path, FALSE);
}

/* Index just past the string starting at the quote data[i]. */
static gsize
skip_string (const char *data,
             gsize       length,
             gsize       i)
{
  for (i++; i < length; i++)
    {
      if (data[i] == '\\')
        i++;
      else if (data[i] == '"')
        return i + 1;
    }
  return length;
}

static gboolean
check_literal (const char  *literal,
               gsize        literal_length,
               GArray      *frames,
               GError     **error)
{
  g_autofree char *text = g_strndup (literal, literal_length);
  g_autofree char *path = NULL;
  gboolean is_float = strpbrk (text, ".eE") != NULL;

  errno = 0;
  if (is_float)
    {
      double value = g_ascii_strtod (text, NULL);

      if (!isinf (value))
        return TRUE;
    }
  else
    {
      g_ascii_strtoll (text, NULL, 10);
      if (errno != ERANGE)
        return TRUE;
    }
  path = frames_path (frames);
  g_set_error (error, SCR_ERROR, SCR_ERROR_VALIDATION, "%s%s%s is too large for %s",
               path, path[0] != '\0' ? ": " : "", text,
               is_float ? "a number (beyond the double range)"
                        : "an integer (beyond the 64-bit range)");
  return FALSE;
}

gboolean
scr_json_guard_numbers (const char  *data,
                        gsize        length,
                        GError     **error)
{
  g_autoptr(GArray) frames = NULL;
  gboolean expect_key = FALSE;

  if (!has_suspect_literal (data, length))
    return TRUE;

  frames = g_array_new (FALSE, TRUE, sizeof (Frame));
  for (gsize i = 0; i < length;)
    {
      char c = data[i];
      Frame frame = { 0, };

      switch (c)
        {
        case '{':
        case '[':
          frame.array = c == '[';
          g_array_append_val (frames, frame);
          expect_key = !frame.array;
          i++;
          break;
        case '}':
        case ']':
          if (frames->len > 0)
            g_array_set_size (frames, frames->len - 1);
          expect_key = FALSE;
          i++;
          break;
        case ',':
          if (frames->len > 0)
            {
              Frame *top = &g_array_index (frames, Frame, frames->len - 1);

              if (top->array)
                top->index++;
              else
                expect_key = TRUE;
            }
          i++;
          break;
        case '"':
          {
            gsize end = skip_string (data, length, i);

            if (expect_key && frames->len > 0)
              {
                Frame *top = &g_array_index (frames, Frame, frames->len - 1);

                top->key = data + i + 1;
                top->key_length = end - i - 2;
                expect_key = FALSE;
              }
            i = end;
          }
          break;
        default:
          if (c == '-' || g_ascii_isdigit (c))
            {
              gsize start = i;

              while (i < length && (g_ascii_isdigit (data[i]) || data[i] == '-' ||
                                    data[i] == '+' || data[i] == '.' || data[i] == 'e' ||
                                    data[i] == 'E'))
                i++;
              if (!check_literal (data + start, i - start, frames, error))
                return FALSE;
            }
          else
            i++;
          break;
        }
    }
  return TRUE;
}
