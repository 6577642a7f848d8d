/* scr-phrase-index-private.h: finding many known phrases in a text at once.
 *
 * A phrase is a sequence of folded words ("castle park primary school");
 * the index is keyed by the first word, so one pass over a text's tokens
 * finds every phrase, the longest at each place.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-text-scan-private.h"

G_BEGIN_DECLS

typedef enum
{
  /* every word of the text must start with a capital ("Hope", not "hope") */
  SCR_PHRASE_CAPITALIZED = 1 << 0,
  /* and not be the first word of a sentence ("Will the panel...") */
  SCR_PHRASE_NOT_SENTENCE_START = 1 << 1,
  /* the first word must be written as an initial ("E." or "E") */
  SCR_PHRASE_INITIALS = 1 << 2,
} ScrPhraseFlags;

typedef struct _ScrPhraseIndex ScrPhraseIndex;

ScrPhraseIndex *scr_phrase_index_new   (void);
void            scr_phrase_index_free  (ScrPhraseIndex *index);
/* Adds @phrase (raw text, tokenized and folded here) with @data, returned
 * by matches; returns FALSE, adding nothing, for a phrase with no words.
 * For SCR_PHRASE_INITIALS, the words before the last are initials. */
gboolean        scr_phrase_index_add   (ScrPhraseIndex *index,
                                        const char     *phrase,
                                        guint           flags,
                                        gpointer        data);
/* The longest phrase that starts at token @i of @tokens, or NULL; its
 * length in tokens in @n_tokens. */
gpointer        scr_phrase_index_match (ScrPhraseIndex *index,
                                        GArray         *tokens,
                                        guint           i,
                                        guint          *n_tokens);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScrPhraseIndex, scr_phrase_index_free)

G_END_DECLS
