/* scr-text-out-private.h: a document's text rebuilt line by line.
 *
 * The HTML, ODT and DOCX readers walk their documents' blocks and text
 * into a ScrTextOut, which gives the report text's form: lines joined by
 * '\n', pages by '\f', nothing after the last line.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The structured formats' text, built line by line. A separator is owed
 * rather than written, so that a document's end or a page break replaces
 * the last line end, and blocks that end together end one line. */
typedef struct
{
  GString  *text;
  char      owed;        /* '\0', '\n' or '\f': written before more text */
  gboolean  line_open;   /* the current line has text */
  gboolean  space_owed;  /* collapsed white space between words */
} ScrTextOut;

/* ASCII white space, as HTML and XML collapse it. */
static inline gboolean
scr_text_out_is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

void  scr_text_out_init      (ScrTextOut *out);
void  scr_text_out_raw       (ScrTextOut *out,
                              const char *s,
                              gsize       length);
void  scr_text_out_collapsed (ScrTextOut *out,
                              const char *s,
                              gsize       length);
void  scr_text_out_end_line  (ScrTextOut *out);
void  scr_text_out_break     (ScrTextOut *out);
void  scr_text_out_page      (ScrTextOut *out);
char *scr_text_out_finish    (ScrTextOut *out);
void  scr_text_out_clear     (ScrTextOut *out);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ScrTextOut, scr_text_out_clear)

/* @text if it is valid UTF-8, else a repaired copy (@text freed). */
char *scr_text_out_make_valid (char *text);

G_END_DECLS
