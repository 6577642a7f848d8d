/* scr-text-scan-private.h: words and identifiers found in running text.
 *
 * The publication check works on tokens (words with their byte offsets
 * and a folded form for comparison) and on the identifiers that can be
 * recognised without knowing the case: postcodes, NHS numbers, phone
 * numbers, email addresses and written dates.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SCR_TOKEN_CAPITALIZED = 1 << 0,  /* first letter upper case ("Lisa", "LISA") */
  SCR_TOKEN_INITIAL     = 1 << 1,  /* one letter, optionally followed by '.' ("L.") */
  SCR_TOKEN_POSSESSIVE  = 1 << 2,  /* ended in 's or s' (folded without it) */
  SCR_TOKEN_NUMBER      = 1 << 3,  /* digits only */
  SCR_TOKEN_SENTENCE_START = 1 << 4, /* first word of a sentence or line */
} ScrTokenFlags;

typedef struct
{
  gsize start, end;      /* byte offsets of the word in the text (end exclusive),
                          * including a possessive 's and an initial's '.' */
  char *folded;          /* lower case, diacritics removed, possessive removed,
                          * apostrophes and hyphens kept ("o'neill", "mary-jane") */
  guint flags;           /* ScrTokenFlags */
} ScrToken;

/* Folds @s as tokens are folded (NFKD, combining marks dropped, casefolded,
 * curly apostrophes as '); a new string. */
char   *scr_text_fold           (const char *s);

/* The words of @text in order: a GArray of ScrToken whose clear function
 * frees each folded form. Words are runs of letters and digits, with
 * inner apostrophes and hyphens; everything else (invalid UTF-8 too)
 * separates. A sentence starts after '!', '?', a line or page break, or
 * a '.' not followed by a letter or digit ("3.50" is one sentence); the
 * '.' of an initial ("L. Smith") or of a title (Mr, Mrs, Ms, Mx, Dr,
 * Prof, Rev) does not end one, so "Plan B. Then" misses a start. */
GArray *scr_text_tokenize       (const char *text);

typedef enum
{
  SCR_TEXT_MATCH_POSTCODE,
  SCR_TEXT_MATCH_NHS_NUMBER,
  SCR_TEXT_MATCH_PHONE_NUMBER,
  SCR_TEXT_MATCH_EMAIL,
  SCR_TEXT_MATCH_DATE,       /* a full date: day, month and year */
} ScrTextMatchKind;

typedef struct
{
  gsize start, end;          /* byte offsets (end exclusive) */
  ScrTextMatchKind kind;
  gint32 ordinal;            /* DATE: the day (scr-date-private.h ordinals) */
  gboolean ambiguous;        /* DATE: numeric with day and month both <= 12,
                              * read day first (UK); also read month first
                              * in ordinal_alt */
  gint32 ordinal_alt;        /* DATE: the month-first reading when ambiguous, else 0 */
  char *normalized;          /* POSTCODE "LA9 4QT"; NHS "9434765919"; PHONE digits
                              * with a leading 0 ("07700900123"); EMAIL lower case;
                              * DATE "2012-03-03" */
} ScrTextMatch;

/* Every identifier of the kinds above in @text, in order of start: a
 * GArray of ScrTextMatch whose clear function frees normalized. NHS
 * numbers are reported only with a valid check digit; postcodes only in
 * the UK format (outward and inward code, the space optional); dates
 * written as "3rd March 2012", "3 March 2012", "March 3, 2012",
 * "3 Mar 12", "03/03/2012", "03/03/12", "3.3.2012", "2012-03-03" and the
 * like, valid days only (two-digit years: 00-39 as 20xx, else 19xx).
 *
 * Where candidates overlap the longest is kept (then the earliest, then
 * the kind listed first). A ten-digit number from 0 is a phone number
 * when written unspaced and an NHS number (if its check digit holds)
 * when grouped 3-3-4, as NHS numbers are printed and phones are not. A
 * numeric date that is valid only month first ("12/25/2012") is read so,
 * not ambiguous. With '.' and a two-digit year the day or month needs two
 * digits ("03.03.12"), so that "section 3.3.12" is no date; "3.3.2012"
 * is one, as is "paragraph 12.03.12". Month-first dates need a four-digit
 * year ("March 3, 12 children"). */
GArray  *scr_text_scan          (const char *text);

/* Whether @digits (ten digits, no spaces) is a valid NHS number (the
 * modulus 11 check digit). */
gboolean scr_nhs_number_is_valid (const char *digits);

/* The other forms of a given name (folded), from the nickname table
 * embedded as a resource: "elizabeth" gives "liz", "lizzie", "beth",
 * "betty"...; "liz" gives "elizabeth" and its other forms. NULL-terminated,
 * owned by the table, never NULL (empty when none). */
const char *const *scr_nicknames_lookup (const char *folded_name);

G_END_DECLS
