/* fuzz-text-scan.c: a report's words and identifiers from bytes.
 *
 * The text is any bytes up to the first NUL (the readers give UTF-8, but
 * the scanners must not trust it). Tokens and matches must lie inside
 * the text, in order, without overlap, and say what they claim: a
 * token's folded form is its fold, an NHS number's check digit is
 * valid, a date's ordinal is its normalized day.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>

#include "fuzz-common.h"

#include "scr-date-private.h"
#include "scr-text-scan-private.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GArray) matches = NULL;
  gsize len, last = 0;

  fuzz_init ();
  text = fuzz_strndup (data, size);
  len = strlen (text);

  tokens = scr_text_tokenize (text);
  for (guint i = 0; i < tokens->len; i++)
    {
      const ScrToken *t = &g_array_index (tokens, ScrToken, i);

      fuzz_assert (t->start >= last && t->start < t->end && t->end <= len);
      fuzz_assert (t->folded != NULL && g_utf8_validate (t->folded, -1, NULL));
      fuzz_assert (g_utf8_validate (text + t->start, t->end - t->start, NULL));
      last = t->end;
    }

  matches = scr_text_scan (text);
  last = 0;
  for (guint i = 0; i < matches->len; i++)
    {
      const ScrTextMatch *m = &g_array_index (matches, ScrTextMatch, i);

      fuzz_assert (m->start >= last && m->start < m->end && m->end <= len);
      fuzz_assert (m->normalized != NULL);
      last = m->end;
      switch (m->kind)
        {
        case SCR_TEXT_MATCH_NHS_NUMBER:
          fuzz_assert (scr_nhs_number_is_valid (m->normalized));
          break;
        case SCR_TEXT_MATCH_PHONE_NUMBER:
          fuzz_assert (m->normalized[0] == '0' &&
                       (strlen (m->normalized) == 10 || strlen (m->normalized) == 11));
          break;
        case SCR_TEXT_MATCH_DATE:
          {
            int y, mo, d;

            fuzz_assert (sscanf (m->normalized, "%d-%d-%d", &y, &mo, &d) == 3);
            fuzz_assert (m->ordinal == scr_ordinal_from_ymd (y, mo, d));
            fuzz_assert (m->ambiguous == (m->ordinal_alt != 0));
          }
          break;
        case SCR_TEXT_MATCH_POSTCODE:
        case SCR_TEXT_MATCH_EMAIL:
        default:
          break;
        }
    }
  return 0;
}
