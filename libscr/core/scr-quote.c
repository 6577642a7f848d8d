/* scr-quote.c: input text quoted for an error message.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-quote-private.h"

/* Appends the character at @p, escaped as \xNN (or \uNNNN) when it is
 * invalid UTF-8 or would not print on one line; returns the next one. */
static const char *
append_escaped (GString    *out,
                const char *p,
                const char *end)
{
  gunichar c = g_utf8_get_char_validated (p, end - p);

  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      g_string_append_printf (out, "\\x%02x", (guchar) *p);
      return p + 1;
    }
  if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029)
    g_string_append_printf (out, c < 0x100 ? "\\x%02x" : "\\u%04x", c);
  else
    g_string_append_len (out, p, g_utf8_next_char (p) - p);
  return g_utf8_next_char (p);
}

char *
scr_one_line (const char *message)
{
  GString *out = g_string_sized_new (strlen (message));
  const char *end = message + strlen (message);

  for (const char *p = message; p < end; )
    p = append_escaped (out, p, end);
  return g_string_free (out, FALSE);
}

char *
scr_quote (const char *text)
{
  GString *out = g_string_new ("\"");
  const char *p = text;
  const char *end = text + strlen (text);
  guint chars = 0;

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (chars++ == SCR_QUOTE_MAX_CHARS)
        {
          g_string_append (out, "…");
          break;
        }
      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          p = append_escaped (out, p, end);
          continue;
        }
      p = g_utf8_next_char (p);
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}
