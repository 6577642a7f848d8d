/* scr-text-out.c: a document's text rebuilt line by line.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-text-out-private.h"

void
scr_text_out_init (ScrTextOut *out)
{
  out->text = g_string_new (NULL);
  out->owed = '\0';
  out->line_open = FALSE;
  out->space_owed = FALSE;
}

static void
scr_text_out_pay (ScrTextOut *out)
{
  if (out->owed != '\0')
    g_string_append_c (out->text, out->owed);
  out->owed = '\0';
}

/* Text as it is, but for the characters that would end a line or a page
 * without the document saying so. */
void
scr_text_out_raw (ScrTextOut *out,
                  const char *s,
                  gsize       length)
{
  if (length == 0)
    return;
  scr_text_out_pay (out);
  if (out->space_owed)
    g_string_append_c (out->text, ' ');
  out->space_owed = FALSE;
  for (gsize i = 0; i < length; i++)
    {
      char c = s[i];

      g_string_append_c (out->text, c == '\n' || c == '\r' || c == '\f' || c == '\v' ? ' ' : c);
    }
  out->line_open = TRUE;
}

/* Text whose white space runs are one space, none at a line's ends
 * (HTML, ODF). */
void
scr_text_out_collapsed (ScrTextOut *out,
                        const char *s,
                        gsize       length)
{
  gsize i = 0;

  while (i < length)
    {
      gsize word = i;

      if (scr_text_out_is_space (s[i]))
        {
          if (out->line_open)
            out->space_owed = TRUE;
          i++;
          continue;
        }
      while (i < length && !scr_text_out_is_space (s[i]))
        i++;
      scr_text_out_raw (out, s + word, i - word);
    }
}

/* A block's end: ends the line if it has text. */
void
scr_text_out_end_line (ScrTextOut *out)
{
  if (out->line_open)
    out->owed = '\n';
  out->line_open = FALSE;
  out->space_owed = FALSE;
}

/* A forced line break (<br>): ends the line even if empty. */
void
scr_text_out_break (ScrTextOut *out)
{
  scr_text_out_pay (out);
  out->owed = '\n';
  out->line_open = FALSE;
  out->space_owed = FALSE;
}

/* A page break; one before any text makes no empty first page. */
void
scr_text_out_page (ScrTextOut *out)
{
  if (out->text->len == 0 && out->owed == '\0' && !out->line_open)
    return;
  if (out->owed == '\f')
    scr_text_out_pay (out);
  out->owed = '\f';
  out->line_open = FALSE;
  out->space_owed = FALSE;
}

/* The text; a separator still owed at the end is dropped. */
char *
scr_text_out_finish (ScrTextOut *out)
{
  return g_string_free (g_steal_pointer (&out->text), FALSE);
}

void
scr_text_out_clear (ScrTextOut *out)
{
  if (out->text != NULL)
    g_string_free (g_steal_pointer (&out->text), TRUE);
}

/* Parsers give UTF-8, but a recovering HTML parser or a PDF's text may
 * not be: the scanner needs it valid. */
char *
scr_text_out_make_valid (char *text)
{
  char *valid;

  if (g_utf8_validate (text, -1, NULL))
    return text;
  valid = g_utf8_make_valid (text, -1);
  g_free (text);
  return valid;
}
