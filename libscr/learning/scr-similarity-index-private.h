/* scr-similarity-index-private.h: TF-IDF vectors of short texts, an
 * inverted index over them, and their cosine similarity.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ScrSimilarityIndex ScrSimilarityIndex;

typedef struct
{
  guint doc;
  double score;
} ScrSimilarityHit;

ScrSimilarityIndex *scr_similarity_index_new       (void);
void                scr_similarity_index_free      (ScrSimilarityIndex *self);
/* Adds the text of a document and returns its number (0, 1...). A
 * document is only compared with documents of its @group added before it
 * with a lower @rank: documents are added in the order of their rank. */
guint               scr_similarity_index_add       (ScrSimilarityIndex *self,
                                                    const char         *text,
                                                    guint               group,
                                                    guint               rank);
/* Weighs the documents added so far and builds the inverted index for
 * queries at @min_threshold (> 0) or above; no document may be added
 * after. */
void                scr_similarity_index_build     (ScrSimilarityIndex *self,
                                                    double              min_threshold);
guint               scr_similarity_index_get_size  (ScrSimilarityIndex *self);
/* The documents of @doc's group with a lower rank whose cosine with @doc
 * is at least @threshold (at least the build's), best first, then in the order they were
 * added; at most @max. An array of ScrSimilarityHit. */
GArray             *scr_similarity_index_query     (ScrSimilarityIndex *self,
                                                    guint               doc,
                                                    double              threshold,
                                                    guint               max);
/* The same answer by comparing @doc with every earlier document: the
 * baseline of benchmarks/learning. */
GArray             *scr_similarity_index_query_all_pairs (ScrSimilarityIndex *self,
                                                          guint               doc,
                                                          double              threshold,
                                                          guint               max);
double              scr_similarity_index_cosine    (ScrSimilarityIndex *self,
                                                    guint               a,
                                                    guint               b);
/* The words @a and @b share, as first written in the index, the
 * weightiest (largest product of their weights) first; at most @max. */
char              **scr_similarity_index_shared_words (ScrSimilarityIndex *self,
                                                       guint               a,
                                                       guint               b,
                                                       guint               max);
/* The cosine of two texts weighed with @self's document frequencies (a
 * word it has not seen counts as in no document), or with the two texts'
 * own when @self is %NULL; @shared (optional) gets the words they share,
 * as for scr_similarity_index_shared_words(). */
double              scr_similarity_index_score_texts (ScrSimilarityIndex *self,
                                                      const char         *a,
                                                      const char         *b,
                                                      guint               max,
                                                      char             ***shared);

G_END_DECLS
