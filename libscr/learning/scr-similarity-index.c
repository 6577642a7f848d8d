/* scr-similarity-index.c: TF-IDF vectors of short texts, an inverted
 * index over them, and their cosine similarity.
 *
 * A document is the bag of the Porter stems of its words
 * (scr-stem.c). Its vector weighs each stem t with
 *
 *   w(t, d) = (1 + ln tf(t, d)) * (1 + ln ((1 + N) / (1 + df(t))))
 *
 * (tf the count of t in d, df the number of documents with t, N the
 * number of documents) and is scaled to length 1, so the cosine of two
 * documents is the sum over their shared stems of the products of their
 * weights.
 *
 * Prefix filtering (Bayardo, Ma and Srikant 2007) keeps queries short:
 * the stems are numbered by document frequency, rarest first, and a
 * document's prefix is the fewest of its first stems whose remainder has
 * length below T. Two documents with a cosine of at least T share a stem
 * of both their prefixes (the first stem they share: were it in the rest
 * of one of them, all shared stems would be, and the cosine below T), so
 * the index lists each document under its prefix stems only and a query
 * reads the lists of its own prefix stems. The rest of a document may
 * also be cut where the sum of its weights times the greatest weight of
 * each stem in any document falls below T (Anastasiu and Karypis's L2AP,
 * 2014), whichever bound gives the shorter prefix: either bounds what the
 * shared stems in the rest can add. A candidate first met at stem i of
 * the query and stem j of its own shares no stem before them, so it is
 * dropped when the lengths of the query from i and of itself from j
 * multiply to less than T. Each remaining candidate is then scored
 * exactly, so the answer is the all-pairs one
 * (scr_similarity_index_query_all_pairs() computes it the long way).
 * When only the best few are wanted, the least of the best scored so far
 * is the threshold for the rest of the query: a shorter prefix of x.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "scr-similarity-index-private.h"
#include "scr-stem-private.h"

typedef struct
{
  guint term;
  float weight;
} Entry;

typedef struct
{
  guint doc;
  float weight;
  float rest;   /* the length of the document from this stem on */
  float after;  /* the length of the document after this stem */
  float reach;  /* what the stems after this one can add to a cosine */
} Posting;

struct _ScrSimilarityIndex
{
  GHashTable *terms;   /* stem -> term number + 1 */
  GPtrArray *stems;    /* term number -> stem */
  GPtrArray *forms;    /* term number -> the word as first written */
  GArray *df;          /* guint per term */
  GArray *doc_start;   /* guint per document, and one after the last */
  GArray *entries;     /* Entry: each document's stems, in term order */
  GArray *group;       /* guint per document */
  GArray *rank;        /* guint per document */
  GArray *limit;       /* guint per document: the first of its rank */
  guint *prefix;       /* per document: how many of its stems are indexed */
  float *suffix;       /* per document: the length of the rest */
  float *max_weight;   /* per term: its greatest weight in any document */
  double min_threshold;
  guint *post_start;
  Posting *posts;
  float *acc;          /* scratch of a query, one per document */
  float *left;         /* scratch of a query: a bound on the rest of acc */
  float *dense;        /* scratch of a query: its weights, one per term */
  gboolean built;
};

ScrSimilarityIndex *
scr_similarity_index_new (void)
{
  ScrSimilarityIndex *self = g_new0 (ScrSimilarityIndex, 1);
  guint zero = 0;

  self->terms = g_hash_table_new (g_str_hash, g_str_equal);
  self->stems = g_ptr_array_new_with_free_func (g_free);
  self->forms = g_ptr_array_new_with_free_func (g_free);
  self->df = g_array_new (FALSE, FALSE, sizeof (guint));
  self->doc_start = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (self->doc_start, zero);
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->group = g_array_new (FALSE, FALSE, sizeof (guint));
  self->rank = g_array_new (FALSE, FALSE, sizeof (guint));
  self->limit = g_array_new (FALSE, FALSE, sizeof (guint));
  return self;
}

void
scr_similarity_index_free (ScrSimilarityIndex *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->terms);
  g_ptr_array_unref (self->stems);
  g_ptr_array_unref (self->forms);
  g_array_unref (self->df);
  g_array_unref (self->doc_start);
  g_array_unref (self->entries);
  g_array_unref (self->group);
  g_array_unref (self->rank);
  g_array_unref (self->limit);
  g_free (self->post_start);
  g_free (self->posts);
  g_free (self->acc);
  g_free (self->left);
  g_free (self->dense);
  g_free (self->prefix);
  g_free (self->suffix);
  g_free (self->max_weight);
  g_free (self);
}

guint
scr_similarity_index_get_size (ScrSimilarityIndex *self)
{
  return self->group->len;
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static int
compare_entry_term (gconstpointer a,
                    gconstpointer b)
{
  return compare_uint (&((const Entry *) a)->term, &((const Entry *) b)->term);
}

static guint
intern_term (ScrSimilarityIndex *self,
             const ScrStemToken     *token)
{
  gpointer value = g_hash_table_lookup (self->terms, token->stem);
  char *stem;
  guint zero = 0;

  if (value != NULL)
    return GPOINTER_TO_UINT (value) - 1;
  stem = g_strdup (token->stem);
  g_ptr_array_add (self->stems, stem);
  g_ptr_array_add (self->forms, g_strdup (token->word));
  g_array_append_val (self->df, zero);
  g_hash_table_insert (self->terms, stem, GUINT_TO_POINTER (self->stems->len));
  return self->stems->len - 1;
}

guint
scr_similarity_index_add (ScrSimilarityIndex *self,
                          const char         *text,
                          guint               group,
                          guint               rank)
{
  g_autoptr(GArray) tokens = scr_stem_tokenize (text);
  g_autofree guint *ids = g_new (guint, tokens->len + 1);
  guint doc = self->group->len, end, limit = doc;

  g_assert (!self->built);
  g_assert (doc == 0 || g_array_index (self->rank, guint, doc - 1) <= rank);
  for (guint i = 0; i < tokens->len; i++)
    ids[i] = intern_term (self, &g_array_index (tokens, ScrStemToken, i));
  qsort (ids, tokens->len, sizeof (guint), compare_uint);
  for (guint i = 0; i < tokens->len;)
    {
      Entry entry = { ids[i], 0 };
      guint j = i;

      while (j < tokens->len && ids[j] == ids[i])
        j++;
      entry.weight = (float) (j - i);  /* the count until build() */
      g_array_append_val (self->entries, entry);
      g_array_index (self->df, guint, ids[i])++;
      i = j;
    }
  end = self->entries->len;
  g_array_append_val (self->doc_start, end);
  g_array_append_val (self->group, group);
  g_array_append_val (self->rank, rank);
  if (doc > 0 && g_array_index (self->rank, guint, doc - 1) == rank)
    limit = g_array_index (self->limit, guint, doc - 1);
  g_array_append_val (self->limit, limit);
  return doc;
}

static double
idf (guint n_docs,
     guint df)
{
  return 1.0 + log ((1.0 + n_docs) / (1.0 + df));
}

static int
compare_by_df (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const guint *sort_df = user_data;
  guint x = *(const guint *) a, y = *(const guint *) b;

  if (sort_df[x] != sort_df[y])
    return sort_df[x] < sort_df[y] ? -1 : 1;
  return compare_uint (a, b);
}

/* Numbers the terms by document frequency, rarest first. */
static void
renumber_terms (ScrSimilarityIndex *self)
{
  guint n_terms = self->stems->len;
  g_autofree guint *order = g_new (guint, n_terms + 1);
  g_autofree guint *new_id = g_new (guint, n_terms + 1);
  g_autoptr(GPtrArray) stems = g_ptr_array_new_full (n_terms, g_free);
  g_autoptr(GPtrArray) forms = g_ptr_array_new_full (n_terms, g_free);
  g_autoptr(GArray) df = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_terms);

  for (guint i = 0; i < n_terms; i++)
    order[i] = i;
  g_qsort_with_data (order, n_terms, sizeof (guint), compare_by_df, self->df->data);
  g_hash_table_remove_all (self->terms);
  for (guint i = 0; i < n_terms; i++)
    {
      new_id[order[i]] = i;
      g_ptr_array_add (stems, g_steal_pointer (&self->stems->pdata[order[i]]));
      g_ptr_array_add (forms, g_steal_pointer (&self->forms->pdata[order[i]]));
      g_array_append_val (df, g_array_index (self->df, guint, order[i]));
      g_hash_table_insert (self->terms, stems->pdata[i], GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      entry->term = new_id[entry->term];
    }
  g_ptr_array_set_size (self->stems, 0);
  g_ptr_array_set_size (self->forms, 0);
  g_ptr_array_extend_and_steal (self->stems, g_steal_pointer (&stems));
  g_ptr_array_extend_and_steal (self->forms, g_steal_pointer (&forms));
  g_array_set_size (self->df, 0);
  g_array_append_vals (self->df, df->data, df->len);
}

/* Turns counts into unit TF-IDF weights, in place. */
static void
weigh (Entry       *entries,
       guint        n,
       guint        n_docs,
       const guint *df)
{
  double length = 0;

  for (guint i = 0; i < n; i++)
    {
      double w = (1.0 + log (entries[i].weight)) * idf (n_docs, df[entries[i].term]);

      entries[i].weight = (float) w;
      length += w * w;
    }
  length = sqrt (length);
  for (guint i = 0; i < n && length > 0; i++)
    entries[i].weight = (float) (entries[i].weight / length);
}

/* The fewest of the rarest stems of @x whose remainder cannot add
 * @threshold to a cosine: it is shorter than @threshold, or its weights
 * times the greatest weights of its stems (@max_weight) sum below it.
 * Both bounds grow with the remainder, so it is cut where the smaller
 * would reach @threshold. Sets @rest to the remainder's length. */
static guint
prefix_length (const Entry *x,
               guint        n,
               double       threshold,
               const float *max_weight,
               double      *rest)
{
  double suffix = 0, reach = 0;
  guint p = n;

  while (p > 0)
    {
      double w = x[p - 1].weight;
      double s = suffix + w * w, r = reach + w * max_weight[x[p - 1].term];

      if (MIN (sqrt (s), r) >= threshold)
        break;
      p--;
      suffix = s;
      reach = r;
    }
  *rest = sqrt (suffix);
  return p;
}

void
scr_similarity_index_build (ScrSimilarityIndex *self,
                            double              min_threshold)
{
  guint n_docs = self->group->len, n_terms;
  const guint *doc_start;
  g_autofree guint *fill = NULL;

  g_assert (!self->built);
  g_assert (min_threshold > 0);
  self->built = TRUE;
  self->min_threshold = min_threshold;
  renumber_terms (self);
  n_terms = self->stems->len;
  doc_start = (const guint *) (gpointer) self->doc_start->data;
  self->prefix = g_new0 (guint, n_docs + 1);
  self->suffix = g_new0 (float, n_docs + 1);
  self->post_start = g_new0 (guint, n_terms + 1);
  self->max_weight = g_new0 (float, n_terms + 1);
  for (guint d = 0; d < n_docs; d++)
    {
      Entry *entries = &g_array_index (self->entries, Entry, doc_start[d]);
      guint n = doc_start[d + 1] - doc_start[d];

      qsort (entries, n, sizeof (Entry), compare_entry_term);
      weigh (entries, n, n_docs, (const guint *) (gpointer) self->df->data);
      for (guint i = 0; i < n; i++)
        self->max_weight[entries[i].term] = MAX (self->max_weight[entries[i].term],
                                                 entries[i].weight);
    }
  for (guint d = 0; d < n_docs; d++)
    {
      const Entry *entries = &g_array_index (self->entries, Entry, doc_start[d]);
      guint n = doc_start[d + 1] - doc_start[d];
      double rest;

      self->prefix[d] = prefix_length (entries, n, min_threshold, self->max_weight, &rest);
      self->suffix[d] = (float) rest;
      for (guint i = 0; i < self->prefix[d]; i++)
        self->post_start[entries[i].term + 1]++;
    }
  /* the posting lists of each document's prefix, one after another, each
   * in document order */
  for (guint t = 0; t < n_terms; t++)
    self->post_start[t + 1] += self->post_start[t];
  self->posts = g_new (Posting, self->post_start[n_terms] + 1);
  fill = g_memdup2 (self->post_start, sizeof (guint) * (n_terms + 1));
  for (guint d = 0; d < n_docs; d++)
    {
      const Entry *entries = &g_array_index (self->entries, Entry, doc_start[d]);
      guint n = doc_start[d + 1] - doc_start[d];
      double rest = 0, reach = 0;

      /* the lengths from each stem on, summed from the end */
      for (guint i = n; i > self->prefix[d]; i--)
        {
          rest += (double) entries[i - 1].weight * entries[i - 1].weight;
          reach += (double) entries[i - 1].weight * self->max_weight[entries[i - 1].term];
        }
      for (guint i = self->prefix[d]; i > 0; i--)
        {
          const Entry *entry = &entries[i - 1];
          Posting posting = { d, entry->weight, 0, (float) sqrt (rest), (float) reach };

          rest += (double) entry->weight * entry->weight;
          reach += (double) entry->weight * self->max_weight[entry->term];
          posting.rest = (float) sqrt (rest);
          self->posts[fill[entry->term]++] = posting;
        }
    }
  self->acc = g_new0 (float, n_docs + 1);
  self->left = g_new0 (float, n_docs + 1);
  self->dense = g_new0 (float, n_terms + 1);
}

static double
dot (const Entry *a,
     guint        n_a,
     const Entry *b,
     guint        n_b)
{
  double sum = 0;
  guint i = 0, j = 0;

  while (i < n_a && j < n_b)
    {
      if (a[i].term == b[j].term)
        sum += (double) a[i++].weight * b[j++].weight;
      else if (a[i].term < b[j].term)
        i++;
      else
        j++;
    }
  return sum;
}

double
scr_similarity_index_cosine (ScrSimilarityIndex *self,
                             guint               a,
                             guint               b)
{
  const guint *start = (const guint *) (gpointer) self->doc_start->data;
  const Entry *entries = (const Entry *) (gpointer) self->entries->data;

  g_assert (self->built);
  return dot (entries + start[a], start[a + 1] - start[a],
              entries + start[b], start[b + 1] - start[b]);
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const ScrSimilarityHit *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return compare_uint (&x->doc, &y->doc);
}

static void
add_hit (GArray *hits,
         guint   doc,
         double  score)
{
  ScrSimilarityHit hit = { doc, score };

  g_array_append_val (hits, hit);
}

static GArray *
finish_hits (GArray *hits,
             guint   max)
{
  g_array_sort (hits, compare_hits);
  if (hits->len > max)
    g_array_set_size (hits, max);
  return hits;
}

#ifdef __GNUC__
#define PREFETCH(p) __builtin_prefetch (p)
#else
#define PREFETCH(p) ((void) 0)
#endif

/* A cosine at least @threshold, with the rounding of float weights. */
#define SCORE_EPSILON 1e-6

/* The candidates touched[*from..] scored exactly, each then dropped (its
 * acc negative) so that later stems pass it by; @bound_x is what the
 * stems of x not yet read can add. */
static void
score_candidates (ScrSimilarityIndex *self,
                  GArray             *touched,
                  guint              *from,
                  double              bound_x,
                  double              threshold,
                  GArray             *hits)
{
  const guint *start = (const guint *) (gpointer) self->doc_start->data;

  for (guint i = *from; i < touched->len; i++)
    {
      guint y = g_array_index (touched, guint, i);

      /* the candidates' stems are spread over memory: ask for those of
       * the candidates a few ahead while scoring this one */
      if (i + 16 < touched->len)
        PREFETCH (&start[g_array_index (touched, guint, i + 16)]);
      if (i + 8 < touched->len)
        PREFETCH (&g_array_index (self->entries, Entry,
                                  start[g_array_index (touched, guint, i + 8)]));

      /* the stems not counted are after the last one counted in both,
       * and in the rest of x not read or in the rest of y not indexed */
      if (self->acc[y] > 0
          && self->acc[y] + MIN (bound_x + self->suffix[y], self->left[y]) + SCORE_EPSILON >= threshold)
        {
          const Entry *e = &g_array_index (self->entries, Entry, start[y]);
          guint n_y = start[y + 1] - start[y];
          double score = 0;

          /* adding the zeros of the stems x lacks leaves the sum as is */
          for (guint k = 0; k < n_y; k++)
            score += (double) self->dense[e[k].term] * e[k].weight;

          if (score + SCORE_EPSILON >= threshold)
            add_hit (hits, y, score);
        }
      self->acc[y] = -1;
    }
  *from = touched->len;
}

/* Whether reading the next posting list, of @length postings, costs more
 * than scoring the @pending candidates met so far: scored, they may
 * raise the threshold and shorten what is left to read. */
#define WORTH_SCORING(length, pending) ((length) > 8 * (pending) + 64)

GArray *
scr_similarity_index_query (ScrSimilarityIndex *self,
                            guint               doc,
                            double              threshold,
                            guint               max)
{
  const guint *start = (const guint *) (gpointer) self->doc_start->data;
  const guint *group = (const guint *) (gpointer) self->group->data;
  const Entry *x = &g_array_index (self->entries, Entry, start[doc]);
  guint n = start[doc + 1] - start[doc];
  guint limit = g_array_index (self->limit, guint, doc);
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (ScrSimilarityHit));
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree double *from = g_new (double, 2 * (n + 1));
  double *reach = from + n + 1;
  double suffix;
  guint p, scored = 0;

  g_assert (self->built);
  g_assert (threshold + SCORE_EPSILON >= self->min_threshold);
  p = prefix_length (x, n, threshold, self->max_weight, &suffix);
  from[n] = reach[n] = 0;
  for (guint i = n; i > 0; i--)
    {
      from[i - 1] = from[i] + (double) x[i - 1].weight * x[i - 1].weight;
      reach[i - 1] = reach[i] + (double) x[i - 1].weight * self->max_weight[x[i - 1].term];
    }
  /* each candidate is scored against x's weights laid out by term: the
   * same sum as dot(), in the same order of terms */
  for (guint i = 0; i < n; i++)
    self->dense[x[i].term] = x[i].weight;
  for (guint i = 0; i < p; i++)
    {
      const Posting *post = self->posts + self->post_start[x[i].term];
      const Posting *end = self->posts + self->post_start[x[i].term + 1];
      double rest = sqrt (from[i]), after = sqrt (from[i + 1]);

      /* Only the best @max are wanted: once @max are known, the least
       * of them is the threshold, and a pair at or above it shares a
       * stem of the shorter prefix that threshold gives x (the indexed
       * prefixes, for the lower build threshold, hold theirs). */
      if (max > 0 && max != G_MAXUINT && WORTH_SCORING (end - post, touched->len - scored))
        {
          score_candidates (self, touched, &scored, rest, threshold, hits);
          if (hits->len >= max)
            {
              double least;

              finish_hits (hits, max);
              least = g_array_index (hits, ScrSimilarityHit, max - 1).score;
              if (least > threshold)
                {
                  threshold = least;
                  p = MIN (p, prefix_length (x, n, threshold, self->max_weight, &suffix));
                  if (i >= p)
                    break;
                }
            }
        }
      for (; post < end && post->doc < limit; post++)
        {
          float *acc = &self->acc[post->doc];

          /* a shared stem before this one is in both prefixes, so
           * counted: the others are in x from i and in y from here */
          if (*acc < 0)
            continue;
          if (*acc + MIN (rest * post->rest, reach[i]) + SCORE_EPSILON < threshold)
            {
              if (*acc > 0)
                *acc = -1;  /* dropped, until the end of the query */
              continue;
            }
          if (*acc == 0)
            {
              if (group[post->doc] != group[doc])
                continue;
              g_array_append_val (touched, post->doc);
            }
          *acc += x[i].weight * post->weight;
          self->left[post->doc] = (float) MIN (MIN (after * post->after, reach[i + 1]),
                                               post->reach);
        }
    }
  score_candidates (self, touched, &scored, sqrt (from[p]), threshold, hits);
  for (guint i = 0; i < touched->len; i++)
    self->acc[g_array_index (touched, guint, i)] = 0;
  for (guint i = 0; i < n; i++)
    self->dense[x[i].term] = 0;
  return finish_hits (hits, max);
}

GArray *
scr_similarity_index_query_all_pairs (ScrSimilarityIndex *self,
                                      guint               doc,
                                      double              threshold,
                                      guint               max)
{
  const guint *group = (const guint *) (gpointer) self->group->data;
  guint limit = g_array_index (self->limit, guint, doc);
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (ScrSimilarityHit));

  g_assert (self->built);
  for (guint y = 0; y < limit; y++)
    if (group[y] == group[doc])
      {
        double score = scr_similarity_index_cosine (self, doc, y);

        if (score > 0 && score + SCORE_EPSILON >= threshold)
          add_hit (hits, y, score);
      }
  return finish_hits (hits, max);
}

typedef struct
{
  const char *word;
  double weight;
} Shared;

static int
compare_shared (gconstpointer a,
                gconstpointer b)
{
  const Shared *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return strcmp (x->word, y->word);
}

static char **
shared_strv (GArray *shared,
             guint   max)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **words;

  g_array_sort (shared, compare_shared);
  for (guint i = 0; i < shared->len && i < max; i++)
    g_strv_builder_add (builder, g_array_index (shared, Shared, i).word);
  words = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return words;
}

char **
scr_similarity_index_shared_words (ScrSimilarityIndex *self,
                                   guint               a,
                                   guint               b,
                                   guint               max)
{
  const guint *start = (const guint *) (gpointer) self->doc_start->data;
  const Entry *x = &g_array_index (self->entries, Entry, start[a]);
  const Entry *y = &g_array_index (self->entries, Entry, start[b]);
  guint n_x = start[a + 1] - start[a], n_y = start[b + 1] - start[b];
  g_autoptr(GArray) shared = g_array_new (FALSE, FALSE, sizeof (Shared));

  for (guint i = 0, j = 0; i < n_x && j < n_y;)
    {
      if (x[i].term == y[j].term)
        {
          Shared s = { self->forms->pdata[x[i].term], (double) x[i].weight * y[j].weight };

          g_array_append_val (shared, s);
          i++;
          j++;
        }
      else if (x[i].term < y[j].term)
        i++;
      else
        j++;
    }
  return shared_strv (shared, max);
}

typedef struct
{
  char *word;   /* the first written form; owned by the token array */
  double tf;
  double weight;
} Bag;

/* The unit vector of @tokens: stem -> Bag. */
static GHashTable *
bag_of (GArray             *tokens,
        ScrSimilarityIndex *index,
        guint               n_docs,
        GHashTable         *df)
{
  GHashTable *bag = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GHashTableIter iter;
  gpointer key, value;
  double length = 0;

  for (guint i = 0; i < tokens->len; i++)
    {
      ScrStemToken *token = &g_array_index (tokens, ScrStemToken, i);
      Bag *b = g_hash_table_lookup (bag, token->stem);

      if (b == NULL)
        {
          b = g_new0 (Bag, 1);
          b->word = token->word;
          g_hash_table_insert (bag, token->stem, b);
        }
      b->tf++;
    }
  g_hash_table_iter_init (&iter, bag);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Bag *b = value;
      guint d;

      if (index != NULL)
        {
          guint term = GPOINTER_TO_UINT (g_hash_table_lookup (index->terms, key));

          d = term > 0 ? g_array_index (index->df, guint, term - 1) : 0;
        }
      else
        d = GPOINTER_TO_UINT (g_hash_table_lookup (df, key));
      b->weight = (1.0 + log (b->tf)) * idf (n_docs, d);
      length += b->weight * b->weight;
    }
  length = sqrt (length);
  g_hash_table_iter_init (&iter, bag);
  while (g_hash_table_iter_next (&iter, NULL, &value) && length > 0)
    ((Bag *) value)->weight /= length;
  return bag;
}

static void
count_df (GHashTable *df,
          GArray     *tokens)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < tokens->len; i++)
    {
      char *stem = g_array_index (tokens, ScrStemToken, i).stem;

      if (g_hash_table_add (seen, stem))
        g_hash_table_insert (df, stem,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (df, stem)) + 1));
    }
}

double
scr_similarity_index_score_texts (ScrSimilarityIndex *self,
                                  const char         *a,
                                  const char         *b,
                                  guint               max,
                                  char             ***shared)
{
  g_autoptr(GArray) tokens_a = scr_stem_tokenize (a);
  g_autoptr(GArray) tokens_b = scr_stem_tokenize (b);
  g_autoptr(GHashTable) df = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) bag_a = NULL;
  g_autoptr(GHashTable) bag_b = NULL;
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (Shared));
  GHashTableIter iter;
  gpointer key, value;
  guint n_docs = 2;
  double score = 0;

  if (self != NULL)
    {
      g_assert (self->built);
      n_docs = self->group->len;
    }
  else
    {
      count_df (df, tokens_a);
      count_df (df, tokens_b);
    }
  bag_a = bag_of (tokens_a, self, n_docs, df);
  bag_b = bag_of (tokens_b, self, n_docs, df);
  g_hash_table_iter_init (&iter, bag_a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Bag *x = value, *y = g_hash_table_lookup (bag_b, key);

      if (y != NULL)
        {
          Shared s = { x->word, x->weight * y->weight };

          score += s.weight;
          g_array_append_val (words, s);
        }
    }
  if (shared != NULL)
    *shared = shared_strv (words, max);
  return score;
}
