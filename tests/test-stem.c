/* test-stem.c: the words the repeat finder compares: tokens, stop words
 * and Porter stems. Private API.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <glib.h>

#include "scr-similarity-index-private.h"
#include "scr-stem-private.h"

static void
test_porter (void)
{
  /* from Porter's paper and his published vocabulary and output */
  static const char *const pairs[][2] = {
    { "caresses", "caress" }, { "ponies", "poni" }, { "ties", "ti" }, { "caress", "caress" },
    { "cats", "cat" }, { "feed", "feed" }, { "agreed", "agre" }, { "plastered", "plaster" },
    { "bled", "bled" }, { "motoring", "motor" }, { "sing", "sing" }, { "conflated", "conflat" },
    { "troubled", "troubl" }, { "sized", "size" }, { "hopping", "hop" }, { "tanned", "tan" },
    { "falling", "fall" }, { "hissing", "hiss" }, { "fizzed", "fizz" }, { "failing", "fail" },
    { "filing", "file" }, { "happy", "happi" }, { "sky", "sky" }, { "relational", "relat" },
    { "conditional", "condit" }, { "rational", "ration" }, { "valenci", "valenc" },
    { "digitizer", "digit" }, { "conformabli", "conform" }, { "radicalli", "radic" },
    { "differentli", "differ" }, { "vileli", "vile" }, { "analogousli", "analog" },
    { "vietnamization", "vietnam" }, { "predication", "predic" }, { "operator", "oper" },
    { "feudalism", "feudal" }, { "decisiveness", "decis" }, { "hopefulness", "hope" },
    { "callousness", "callous" }, { "formaliti", "formal" }, { "sensitiviti", "sensit" },
    { "sensibiliti", "sensibl" }, { "triplicate", "triplic" }, { "formative", "form" },
    { "formalize", "formal" }, { "electriciti", "electr" }, { "electrical", "electr" },
    { "hopeful", "hope" }, { "goodness", "good" }, { "revival", "reviv" },
    { "allowance", "allow" }, { "inference", "infer" }, { "airliner", "airlin" },
    { "adjustable", "adjust" }, { "defensible", "defens" }, { "irritant", "irrit" },
    { "replacement", "replac" }, { "adjustment", "adjust" }, { "dependent", "depend" },
    { "adoption", "adopt" }, { "homologou", "homolog" }, { "communism", "commun" },
    { "activate", "activ" }, { "angulariti", "angular" }, { "homologous", "homolog" },
    { "effective", "effect" }, { "bowdlerize", "bowdler" }, { "probate", "probat" },
    { "rate", "rate" }, { "cease", "ceas" }, { "controll", "control" }, { "roll", "roll" },
    { "generalizations", "gener" }, { "oscillators", "oscil" },
    /* words of the reviews */
    { "safeguarding", "safeguard" }, { "assessments", "assess" }, { "escalation", "escal" },
    { "engagement", "engag" }, { "professionals", "profession" }, { "neglect", "neglect" },
    { "visitor", "visitor" }, { "children", "children" }, { "is", "is" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *stem = scr_stem_word (pairs[i][0]);

      g_assert_cmpstr (stem, ==, pairs[i][1]);
    }
}

static void
test_not_ascii (void)
{
  g_autofree char *stem = scr_stem_word ("2014");

  g_assert_cmpstr (stem, ==, "2014");
}

static char *
stems_of (const char *text)
{
  g_autoptr(GArray) tokens = scr_stem_tokenize (text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      const ScrStemToken *t = &g_array_index (tokens, ScrStemToken, i);

      g_string_append_printf (out, "%s%s/%s", i > 0 ? " " : "", t->word, t->stem);
    }
  return g_string_free (out, FALSE);
}

static void
test_tokenize (void)
{
  g_autofree char *a = stems_of ("The Health Visitor’s non-engagement in 2014, Zoë's CAFÉ.");
  g_autofree char *b = stems_of ("");
  g_autofree char *c = stems_of ("a of the and to");
  g_autoptr(GArray) none = scr_stem_tokenize (NULL);

  /* lower case, folded, split at hyphens and apostrophes, numbers,
   * single letters and stop words dropped */
  g_assert_cmpstr (a, ==, "health/health visitor/visitor non/non engagement/engag zoe/zoe "
                          "cafe/cafe");
  g_assert_cmpstr (b, ==, "");
  g_assert_cmpstr (c, ==, "");
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_true (scr_stem_is_stop_word ("the"));
  g_assert_false (scr_stem_is_stop_word ("child"));
}

/* The index's answer is the all-pairs one, hit by hit. */
static void
assert_same_hits (GArray *fast,
                  GArray *slow)
{
  g_assert_cmpuint (fast->len, ==, slow->len);
  for (guint h = 0; h < fast->len; h++)
    {
      g_assert_cmpuint (g_array_index (fast, ScrSimilarityHit, h).doc, ==,
                        g_array_index (slow, ScrSimilarityHit, h).doc);
      g_assert_cmpfloat_with_epsilon (g_array_index (fast, ScrSimilarityHit, h).score,
                                      g_array_index (slow, ScrSimilarityHit, h).score, 1e-9);
    }
}

static void
test_index_matches_all_pairs (void)
{
  static const char *const texts[] = {
    "health visitor to escalate non-engagement",
    "the health visitor should escalate concerns when parents do not engage",
    "assessments must include fathers and other adults in the household",
    "fathers and partners in the household should be part of every assessment",
    "escalate concerns about non-engagement to a manager",
    "the board should audit the quality of recording",
  };
  ScrSimilarityIndex *index = scr_similarity_index_new ();
  g_auto(GStrv) shared = NULL;
  double score;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_assert_cmpuint (scr_similarity_index_add (index, texts[i], i % 2, i), ==, i);
  scr_similarity_index_build (index, 0.05);
  g_assert_cmpuint (scr_similarity_index_get_size (index), ==, G_N_ELEMENTS (texts));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (double t = 0.05; t < 1; t += 0.1)
      {
        g_autoptr(GArray) fast = scr_similarity_index_query (index, i, t, 10);
        g_autoptr(GArray) slow = scr_similarity_index_query_all_pairs (index, i, t, 10);

        assert_same_hits (fast, slow);
        for (guint h = 0; h < fast->len; h++)
          {
            /* only earlier documents of the same group */
            g_assert_cmpuint (g_array_index (fast, ScrSimilarityHit, h).doc, <, i);
            g_assert_cmpuint (g_array_index (fast, ScrSimilarityHit, h).doc % 2, ==, i % 2);
          }
      }
  g_assert_cmpfloat_with_epsilon (scr_similarity_index_cosine (index, 0, 0), 1.0, 1e-6);
  shared = scr_similarity_index_shared_words (index, 4, 0, 2);
  g_assert_cmpuint (g_strv_length (shared), ==, 2);
  score = scr_similarity_index_score_texts (index, texts[4], texts[0], 10, NULL);
  g_assert_cmpfloat_with_epsilon (score, scr_similarity_index_cosine (index, 4, 0), 1e-6);
  scr_similarity_index_free (index);
}

/* The best few of many near-threshold candidates: the query raises its
 * threshold to the least of the best it has scored so far, and must
 * still give the all-pairs answer, ties included. */
static void
test_index_best_match_all_pairs (void)
{
  static const char *const words[] = {
    "health", "visitor", "escalate", "concerns", "father", "assessment", "neglect",
    "school", "nurse", "police", "referral", "strategy", "meeting", "supervision",
    "records", "housing", "midwife", "injury", "bruising", "threshold", "curiosity",
    "chronology", "history", "consent", "training", "audit", "learning", "partner",
  };
  ScrSimilarityIndex *index = scr_similarity_index_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261207);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint n_docs = 1500, checked = 0;

  for (guint d = 0; d < n_docs; d++)
    {
      GString *text = g_string_new (NULL);
      guint n_words = g_rand_int_range (rand, 3, 12);

      for (guint w = 0; w < n_words; w++)
        {
          /* the first words far more often: long posting lists */
          guint k = g_rand_int_range (rand, 0, G_N_ELEMENTS (words));

          g_string_append_printf (text, "%s ", words[g_rand_int_range (rand, 0, k + 1)]);
        }
      /* a tenth of them copies of an earlier one: ties */
      if (d > 0 && g_rand_int_range (rand, 0, 10) == 0)
        g_string_assign (text, g_ptr_array_index (texts, g_rand_int_range (rand, 0, d)));
      g_ptr_array_add (texts, g_string_free (text, FALSE));
      scr_similarity_index_add (index, g_ptr_array_index (texts, d), d % 2, d / 3);
    }
  scr_similarity_index_build (index, 0.2);
  for (guint d = 0; d < n_docs; d += 7)
    for (guint max = 1; max <= 3; max++)
      for (double t = 0.2; t < 0.7; t += 0.15)
        {
          g_autoptr(GArray) fast = scr_similarity_index_query (index, d, t, max);
          g_autoptr(GArray) slow = scr_similarity_index_query_all_pairs (index, d, t, max);

          assert_same_hits (fast, slow);
          checked += fast->len;
        }
  /* dense enough that the best are picked from many */
  g_assert_cmpuint (checked, >, 1000);
  scr_similarity_index_free (index);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/learning/stem/porter", test_porter);
  g_test_add_func ("/scr/learning/stem/not-ascii", test_not_ascii);
  g_test_add_func ("/scr/learning/stem/tokenize", test_tokenize);
  g_test_add_func ("/scr/learning/similarity-index/matches-all-pairs",
                   test_index_matches_all_pairs);
  g_test_add_func ("/scr/learning/similarity-index/best-match-all-pairs",
                   test_index_best_match_all_pairs);
  return g_test_run ();
}
