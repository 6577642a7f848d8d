/* scr-text-scan.c: words and identifiers found in running text.
 *
 * Both passes read the text once, by hand rather than with GRegex: the
 * identifiers need checks a pattern cannot make (an NHS check digit, a
 * valid day, the bounds of a number) and a report is read many times.
 * Invalid UTF-8 separates words; it never ends the text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-text-scan-ids-private.h"

/* -- folding -------------------------------------------------------- */

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

static gboolean
is_hyphen (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011;
}

static char *
fold_len (const char *s,
          gssize      len)
{
  g_autofree char *nfkd = NULL;
  g_autoptr(GString) bare = NULL;
  gsize n = len < 0 ? strlen (s) : (gsize) len;
  gboolean ascii = TRUE;

  for (gsize i = 0; i < n && ascii; i++)
    ascii = (guchar) s[i] < 0x80;
  /* most words of an English report: no table look-up at all */
  if (ascii)
    return g_ascii_strdown (s, n);

  nfkd = g_utf8_normalize (s, n, G_NORMALIZE_NFKD);
  if (nfkd == NULL)
    return g_strdup ("");
  bare = g_string_sized_new (n);
  for (const char *p = nfkd; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_combining_class (c) != 0 ||
          g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        continue;
      if (is_apostrophe (c))
        c = '\'';
      else if (is_hyphen (c))
        c = '-';
      g_string_append_unichar (bare, c);
    }
  return g_utf8_casefold (bare->str, bare->len);
}

char *
scr_text_fold (const char *s)
{
  g_return_val_if_fail (s != NULL, NULL);

  return fold_len (s, -1);
}

/* -- tokens --------------------------------------------------------- */

static void
token_clear (gpointer data)
{
  ScrToken *token = data;

  g_free (token->folded);
}

/* Abbreviations whose '.' does not end a sentence: the name that
 * follows is not a sentence's first word. */
static gboolean
is_title (const char *folded)
{
  static const char *const titles[] = { "mr", "mrs", "ms", "mx", "dr", "prof", "rev" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (strcmp (folded, titles[i]) == 0)
      return TRUE;
  return FALSE;
}

GArray *
scr_text_tokenize (const char *text)
{
  GArray *tokens;
  const char *p, *end;
  gboolean sentence_start = TRUE;

  g_return_val_if_fail (text != NULL, NULL);

  tokens = g_array_new (FALSE, TRUE, sizeof (ScrToken));
  g_array_set_clear_func (tokens, token_clear);
  end = text + strlen (text);
  p = text;
  while (p < end)
    {
      const char *next, *word, *word_end, *fold_end, *last = NULL, *before_last = NULL;
      gunichar c = char_at (p, end, &next);
      ScrToken token = { 0 };
      gboolean digits = TRUE;
      guint n_chars = 0;

      if (!is_word_char (c))
        {
          /* a '.' directly followed by a letter or digit is inside
           * something ("3.50", "example.com"), not a full stop */
          if (c == '.')
            {
              const char *after;

              if (!is_word_char (char_at (next, end, &after)))
                sentence_start = TRUE;
            }
          else if (c == '!' || c == '?' || c == '\n' || c == '\f' || c == 0x2026 ||
                   c == 0x2028 || c == 0x2029)
            sentence_start = TRUE;
          p = next;
          continue;
        }

      /* the word: letters and digits, joined by one apostrophe or hyphen
       * between two of them */
      word = p;
      for (;;)
        {
          const char *after;
          gunichar d;

          before_last = last;
          last = p;
          n_chars++;
          if (!g_unichar_isdigit (c))
            digits = FALSE;
          p = next;
          c = char_at (p, end, &next);
          if (is_word_char (c))
            continue;
          if ((is_apostrophe (c) || is_hyphen (c)) &&
              is_word_char (d = char_at (next, end, &after)))
            {
              digits = FALSE;
              before_last = last = NULL;
              n_chars++;
              p = next;
              c = d;
              next = after;
              continue;
            }
          break;
        }
      word_end = fold_end = p;

      if (before_last == NULL && last != NULL && last > word && (*last == 's' || *last == 'S'))
        {
          /* "L’s", "O'Neill's": before_last was reset by the apostrophe,
           * which ends just before the final s */
          const char *q = g_utf8_find_prev_char (word, last);

          if (q != NULL && is_apostrophe (g_utf8_get_char (q)) && q > word)
            {
              fold_end = q;
              n_chars -= 2;
              token.flags |= SCR_TOKEN_POSSESSIVE;
            }
        }
      if (!(token.flags & SCR_TOKEN_POSSESSIVE) && (word_end[-1] == 's' || word_end[-1] == 'S') &&
          is_apostrophe (c))
        {
          const char *after;

          /* "James'": the apostrophe closes the word */
          if (!is_word_char (char_at (next, end, &after)))
            {
              word_end = next;
              p = next;
              token.flags |= SCR_TOKEN_POSSESSIVE;
            }
        }

      token.start = word - text;
      token.folded = fold_len (word, fold_end - word);
      c = g_utf8_get_char (word);
      if (g_unichar_isupper (c) || g_unichar_istitle (c))
        token.flags |= SCR_TOKEN_CAPITALIZED;
      if (digits)
        token.flags |= SCR_TOKEN_NUMBER;
      if (sentence_start)
        token.flags |= SCR_TOKEN_SENTENCE_START;
      sentence_start = FALSE;
      if (n_chars == 1 && g_unichar_isalpha (c))
        {
          token.flags |= SCR_TOKEN_INITIAL;
          /* "L. Smith": the initial's '.' is no full stop */
          if (!(token.flags & SCR_TOKEN_POSSESSIVE) && word_end < end && *word_end == '.')
            p = word_end = word_end + 1;
        }
      else if (word_end < end && *word_end == '.' && is_title (token.folded))
        p = word_end + 1;
      token.end = word_end - text;
      g_array_append_val (tokens, token);
    }
  return tokens;
}

/* -- the scan ------------------------------------------------------- */

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  const ScrTextMatch *x = a, *y = b;
  gsize lx = x->end - x->start, ly = y->end - y->start;

  if (lx != ly)
    return lx > ly ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

/* The candidates that overlap none longer (then none earlier, then of a
 * kind listed first), in order of start. */
static GArray *
resolve (GArray *found)
{
  GArray *kept = g_array_new (FALSE, TRUE, sizeof (ScrTextMatch));

  g_array_set_clear_func (kept, scr_text_match_clear);
  g_array_sort (found, compare_longest_first);
  for (guint k = 0; k < found->len; k++)
    {
      ScrTextMatch *m = &g_array_index (found, ScrTextMatch, k);
      guint lo = 0, hi = kept->len;

      /* the first kept match that starts at or after m */
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (g_array_index (kept, ScrTextMatch, mid).start < m->start)
            lo = mid + 1;
          else
            hi = mid;
        }
      if ((lo > 0 && g_array_index (kept, ScrTextMatch, lo - 1).end > m->start) ||
          (lo < kept->len && g_array_index (kept, ScrTextMatch, lo).start < m->end))
        continue;
      g_array_insert_val (kept, lo, *m);
      m->normalized = NULL;   /* now kept's */
    }
  return kept;
}

GArray *
scr_text_scan (const char *text)
{
  ScrTextScan s = { .text = text };
  g_autoptr(GArray) found = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  s.len = strlen (text);
  found = s.found = g_array_new (FALSE, TRUE, sizeof (ScrTextMatch));
  g_array_set_clear_func (found, scr_text_match_clear);
  for (gsize i = 0; i < s.len; i++)
    {
      guchar ch = (guchar) text[i];

      if (ch == '@')
        {
          scr_text_scan_email (&s, i);
          continue;
        }
      if (!IS_ALNUM (ch) && ch != '+' && ch != '(')
        continue;
      if (scr_text_alnum_before (&s, i) || (i > 0 && text[i - 1] == '+'))
        continue;
      if (IS_DIGIT (ch))
        {
          scr_text_scan_nhs (&s, i);
          scr_text_scan_numeric_date (&s, i);
          scr_text_scan_day_month_year (&s, i);
          if (ch == '0')
            scr_text_scan_phone (&s, i);
        }
      else if (IS_ALPHA (ch))
        {
          scr_text_scan_postcode (&s, i);
          scr_text_scan_month_day_year (&s, i);
        }
      else
        scr_text_scan_phone (&s, i);
    }
  return resolve (found);
}
