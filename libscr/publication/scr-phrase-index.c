/* scr-phrase-index.c: finding many known phrases in a text at once.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-phrase-index-private.h"

typedef struct
{
  char **words;      /* folded */
  guint n_words;
  guint flags;
  gpointer data;
} Phrase;

struct _ScrPhraseIndex
{
  GHashTable *by_first;   /* folded first word -> GPtrArray of Phrase, longest first */
};

static void
phrase_free (gpointer p)
{
  Phrase *phrase = p;

  g_strfreev (phrase->words);
  g_free (phrase);
}

ScrPhraseIndex *
scr_phrase_index_new (void)
{
  ScrPhraseIndex *index = g_new0 (ScrPhraseIndex, 1);

  index->by_first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
  return index;
}

void
scr_phrase_index_free (ScrPhraseIndex *index)
{
  if (index == NULL)
    return;
  g_hash_table_unref (index->by_first);
  g_free (index);
}

static int
longer_first (gconstpointer a,
              gconstpointer b)
{
  const Phrase *pa = *(const Phrase **) a, *pb = *(const Phrase **) b;

  return pa->n_words == pb->n_words ? 0 : pa->n_words > pb->n_words ? -1 : 1;
}

gboolean
scr_phrase_index_add (ScrPhraseIndex *index,
                      const char     *phrase,
                      guint           flags,
                      gpointer        data)
{
  g_autoptr(GArray) tokens = scr_text_tokenize (phrase);
  Phrase *entry;
  GPtrArray *list;

  if (tokens->len == 0)
    return FALSE;
  entry = g_new0 (Phrase, 1);
  entry->words = g_new0 (char *, tokens->len + 1);
  for (guint i = 0; i < tokens->len; i++)
    entry->words[i] = g_strdup (g_array_index (tokens, ScrToken, i).folded);
  entry->n_words = tokens->len;
  entry->flags = flags;
  entry->data = data;
  list = g_hash_table_lookup (index->by_first, entry->words[0]);
  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (phrase_free);
      g_hash_table_insert (index->by_first, g_strdup (entry->words[0]), list);
    }
  g_ptr_array_add (list, entry);
  /* stable: of two phrases of one length, the first added wins */
  g_ptr_array_sort (list, longer_first);
  return TRUE;
}

static gboolean
phrase_matches (const Phrase *phrase,
                GArray       *tokens,
                guint         i)
{
  if (i + phrase->n_words > tokens->len)
    return FALSE;
  for (guint k = 0; k < phrase->n_words; k++)
    {
      const ScrToken *token = &g_array_index (tokens, ScrToken, i + k);
      gboolean initial = (phrase->flags & SCR_PHRASE_INITIALS) && k + 1 < phrase->n_words;

      if (strcmp (token->folded, phrase->words[k]) != 0)
        return FALSE;
      if (initial && !(token->flags & SCR_TOKEN_INITIAL))
        return FALSE;
      if ((phrase->flags & (SCR_PHRASE_CAPITALIZED | SCR_PHRASE_INITIALS)) &&
          !(token->flags & SCR_TOKEN_CAPITALIZED))
        return FALSE;
      if ((phrase->flags & SCR_PHRASE_NOT_SENTENCE_START) &&
          (token->flags & SCR_TOKEN_SENTENCE_START))
        return FALSE;
    }
  return TRUE;
}

gpointer
scr_phrase_index_match (ScrPhraseIndex *index,
                        GArray         *tokens,
                        guint           i,
                        guint          *n_tokens)
{
  const ScrToken *first = &g_array_index (tokens, ScrToken, i);
  GPtrArray *list = g_hash_table_lookup (index->by_first, first->folded);

  if (list == NULL)
    return NULL;
  for (guint k = 0; k < list->len; k++)
    {
      const Phrase *phrase = g_ptr_array_index (list, k);

      if (phrase_matches (phrase, tokens, i))
        {
          *n_tokens = phrase->n_words;
          return phrase->data;
        }
    }
  return NULL;
}
