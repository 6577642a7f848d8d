/* scr-stem-private.h: the words of an English text, normalised for
 * comparison: lower case, diacritics folded, stop words dropped, each
 * word reduced to its Porter stem.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *stem;   /* the Porter stem */
  char *word;   /* the word as written, lower case, diacritics folded */
} ScrStemToken;

/* The Porter (1980) stem of @word, a lower-case ASCII word; a new string.
 * A word with anything but a-z in it is returned as it is. */
char   *scr_stem_word       (const char *word);
/* Whether @word (lower case, folded) is in the stop-word list. */
gboolean scr_stem_is_stop_word (const char *word);
/* The tokens of @text in order: runs of letters and digits, split at
 * anything else (hyphens and apostrophes too); words of one character,
 * numbers and stop words left out. An array of ScrStemToken, freed with
 * g_array_unref(). */
GArray *scr_stem_tokenize   (const char *text);

G_END_DECLS
