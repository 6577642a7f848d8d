/* scr-text-scan-ids-private.h: the identifier scanners of scr_text_scan(),
 * shared by scr-text-scan.c (the scan) and scr-text-scan-ids.c (one
 * reader per kind).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-text-scan-private.h"

G_BEGIN_DECLS

typedef struct
{
  const char *text;
  gsize len;
  GArray *found;   /* ScrTextMatch candidates, overlapping */
} ScrTextScan;

#define AT(s, i) ((i) < (s)->len ? (guchar) (s)->text[i] : 0)
#define IS_DIGIT(ch) ((ch) >= '0' && (ch) <= '9')
#define IS_ALPHA(ch) (g_ascii_isalpha (ch))
#define IS_ALNUM(ch) (g_ascii_isalnum (ch))

/* The character at @p (before @end), or (gunichar) -1 for an invalid or
 * truncated sequence; *@next is where the next one starts. */
static inline gunichar
char_at (const char  *p,
         const char  *end,
         const char **next)
{
  gunichar c;

  if (p >= end)
    {
      *next = end;
      return 0;
    }
  if ((guchar) *p < 0x80)
    {
      *next = p + 1;
      return (guchar) *p;
    }
  c = g_utf8_get_char_validated (p, end - p);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *next = p + 1;
      return (gunichar) -1;
    }
  *next = g_utf8_next_char (p);
  return c;
}

static inline gboolean
is_word_char (gunichar c)
{
  return c != (gunichar) -1 && c != 0 && g_unichar_isalnum (c);
}

void     scr_text_match_clear  (gpointer data);
/* Whether a letter or digit (any script) ends just before @i. */
gboolean scr_text_alnum_before (ScrTextScan *s, gsize i);

/* Each reads the identifier that may start at @i (for email: the '@' at
 * @i) and adds the candidates to s->found. */
void scr_text_scan_postcode        (ScrTextScan *s, gsize i);
void scr_text_scan_nhs             (ScrTextScan *s, gsize i);
void scr_text_scan_phone           (ScrTextScan *s, gsize i);
void scr_text_scan_email           (ScrTextScan *s, gsize i);
void scr_text_scan_numeric_date    (ScrTextScan *s, gsize i);
void scr_text_scan_day_month_year  (ScrTextScan *s, gsize i);
void scr_text_scan_month_day_year  (ScrTextScan *s, gsize i);

G_END_DECLS
