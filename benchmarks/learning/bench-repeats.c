/* bench-repeats.c: the repeat finder at national scale, against a plain
 * all-pairs cosine in the same run.
 *
 * Usage: bench-repeats [REVIEWS [RECOMMENDATIONS [SAMPLE [THRESHOLD]]]]
 *   (default 10000 reviews, 100000 recommendations, a sample of 200, the
 *   finder's default threshold)
 *
 * Makes a register of REVIEWS reviews, one a few days after another, with
 * RECOMMENDATIONS recommendations of about 25 words: phrases of
 * safeguarding practice drawn with Zipf's law, each with one or two words
 * of a larger vocabulary, and one in ten a rewording of an earlier
 * recommendation. Times ScrRepeatFinder.find() on the whole register
 * (words, index and every query), then the private index's query and
 * the all-pairs baseline on SAMPLE recommendations spread over the
 * register; the baseline's total is its mean per query times
 * RECOMMENDATIONS, as it would take hours. Checks that both give the same
 * answers on the sample. Prints one JSON object. doc/benchmarks.md.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <scr/scr.h>

#include "scr-similarity-index-private.h"

static const char *const phrases[] = {
  "health visitor", "social worker", "child protection plan", "strategy meeting",
  "non-engagement", "escalation policy", "professional curiosity", "information sharing",
  "multi-agency", "early help", "domestic abuse", "neglect", "missed appointments",
  "the voice of the child", "management oversight", "supervision", "threshold",
  "core group", "child in need", "review conference", "police", "school nurse",
  "general practitioner", "midwife", "paediatrician", "failure to thrive", "bruising",
  "non-mobile baby", "safe sleeping", "substance misuse", "mental health", "fathers",
  "new partner", "assessment", "chronology", "history", "cumulative harm", "referral",
  "front door", "MASH", "records", "consent", "training", "audit", "learning",
  "disseminate", "practitioners", "managers", "the board", "the partnership",
  "should ensure", "must consider", "to review", "to develop guidance", "to audit",
  "in a timely way", "within timescales", "across agencies", "across borders",
  "housing", "homelessness", "youth offending", "exploitation", "going missing",
  "county lines", "online safety", "self-harm", "disability", "communication needs",
  "interpreters", "culture", "faith", "home education", "attendance", "exclusion",
  "private fostering", "kinship care", "step-down", "case closure", "transfer",
  "out of area", "hospital", "emergency department", "ambulance", "probation",
  "adult services", "parental capacity", "coercive control", "injury", "medical",
  "second opinion", "legal advice", "care proceedings", "pre-birth assessment",
  "unborn baby", "parenting assessment", "family group conference", "wider family",
  "analysis", "risk factors", "protective factors", "decision making", "recording",
  "quality assurance", "performance", "outcome measure", "action plan", "impact",
};

static const char *const fillers[] = {
  "and", "the", "of", "to", "for", "with", "where", "when", "that", "all", "is", "are",
};

/* Phrase i is drawn with weight 1 / (i + 1): a Zipf law. */
static guint
draw_phrase (GRand        *rand,
             const double *cumulative,
             guint         n)
{
  double x = g_rand_double (rand) * cumulative[n - 1];
  guint lo = 0, hi = n - 1;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (cumulative[mid] < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* A rarer word, one of 8000 made of syllables (a service, a place, a
 * word of the case), drawn log-uniformly: about Zipf's law. */
static void
append_rare (GString *text,
             GRand   *rand)
{
  static const char *const syllables[] = {
    "bar", "ton", "ley", "ham", "wick", "by", "field", "ford", "mar", "sel", "dun",
    "kir", "ash", "holm", "stow", "bury", "den", "gate", "ro", "vel",
  };
  guint n = (guint) (exp (g_rand_double (rand) * log (8000.0)) - 1);

  g_string_append_c (text, ' ');
  g_string_append (text, syllables[n % 20]);
  g_string_append (text, syllables[(n / 20) % 20]);
  g_string_append (text, syllables[(n / 400) % 20]);
  if (n >= 8000 / 2)
    g_string_append (text, syllables[(n / 7) % 20]);
}

static char *
make_text (GRand        *rand,
           const double *cumulative,
           const char   *previous)
{
  GString *text = g_string_new (NULL);
  guint n_phrases = 5 + g_rand_int_range (rand, 0, 3);

  if (previous != NULL)
    {
      /* a rewording: the earlier text with a phrase or two more */
      g_string_append (text, previous);
      g_string_append_printf (text, " %s %s", fillers[g_rand_int_range (rand, 0, 12)],
                              phrases[draw_phrase (rand, cumulative, G_N_ELEMENTS (phrases))]);
      return g_string_free (text, FALSE);
    }
  for (guint i = 0; i < n_phrases; i++)
    {
      g_string_append_printf (text, "%s%s %s", i > 0 ? " " : "",
                              fillers[g_rand_int_range (rand, 0, 12)],
                              phrases[draw_phrase (rand, cumulative, G_N_ELEMENTS (phrases))]);
      append_rare (text, rand);
      if (g_rand_int_range (rand, 0, 2) == 0)
        append_rare (text, rand);
    }
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

int
main (int    argc,
      char **argv)
{
  guint n_reviews = argc > 1 ? (guint) atoi (argv[1]) : 10000;
  guint n_recs = argc > 2 ? (guint) atoi (argv[2]) : 100000;
  guint sample = argc > 3 ? (guint) atoi (argv[3]) : 200;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261207);
  g_autoptr(ScrDataset) dataset = scr_dataset_new ();
  g_autoptr(ScrRepeatFinder) finder = scr_repeat_finder_new ();
  g_autoptr(GListModel) repeats = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree guint *rec_review = g_new (guint, n_recs + 1);
  double cumulative[G_N_ELEMENTS (phrases)];
  double threshold = argc > 4 ? g_ascii_strtod (argv[4], NULL) :
    scr_repeat_finder_get_threshold (finder);
  double find_s, build_s, indexed_s = 0, baseline_s = 0;
  guint64 words = 0, same = 0;
  ScrSimilarityIndex *index;
  gint64 t0;

  if (n_reviews == 0 || n_recs == 0 || sample == 0 || !(threshold > 0 && threshold <= 1))
    {
      fprintf (stderr, "usage: bench-repeats [REVIEWS [RECOMMENDATIONS [SAMPLE [THRESHOLD]]]]\n");
      return 2;
    }
  scr_repeat_finder_set_threshold (finder, threshold);
  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    cumulative[i] = (i > 0 ? cumulative[i - 1] : 0) + 1.0 / (i + 1);

  for (guint r = 0; r < n_reviews; r++)
    {
      g_autofree char *id = g_strdup_printf ("review-%u", r);
      g_autofree char *title = g_strdup_printf ("Serious Case Review: Child %u", r);
      g_autoptr(ScrReview) review = scr_review_new (id, SCR_REVIEW_TYPE_SCR);
      g_autoptr(ScrMilestone) milestone = scr_milestone_new (SCR_MILESTONE_KIND_PUBLICATION);
      g_autoptr(ScrDate) date = scr_date_new (2000 + r / 400, 1 + (r / 33) % 12,
                                              1 + r % 28, NULL);

      scr_review_set_title (review, title);
      scr_milestone_set_date (milestone, date);
      scr_review_add_milestone (review, milestone);
      scr_dataset_add_review (dataset, review, NULL);
    }
  for (guint i = 0; i < n_recs; i++)
    {
      guint r = (guint) ((guint64) i * n_reviews / n_recs);
      const char *previous = i > 20 && g_rand_int_range (rand, 0, 10) == 0 ?
        texts->pdata[g_rand_int_range (rand, 0, (gint32) i)] : NULL;
      char *text = make_text (rand, cumulative, previous);
      g_autofree char *id = g_strdup_printf ("rec-%u", i);
      g_autofree char *review_id = g_strdup_printf ("review-%u", r);
      g_autoptr(ScrRecommendation) rec = scr_recommendation_new (id, text);

      scr_recommendation_set_review_id (rec, review_id);
      scr_recommendation_set_number (rec, "1");
      scr_dataset_add_recommendation (dataset, rec, NULL);
      g_ptr_array_add (texts, text);
      rec_review[i] = r;
      for (const char *p = text; *p != '\0'; p++)
        words += *p == ' ';
      words++;
    }

  t0 = g_get_monotonic_time ();
  repeats = scr_repeat_finder_find (finder, dataset);
  find_s = (g_get_monotonic_time () - t0) / 1e6;

  /* the same texts in the private index, for the per-query comparison */
  t0 = g_get_monotonic_time ();
  index = scr_similarity_index_new ();
  for (guint i = 0; i < n_recs; i++)
    scr_similarity_index_add (index, texts->pdata[i], 0, rec_review[i]);
  scr_similarity_index_build (index, threshold);
  build_s = (g_get_monotonic_time () - t0) / 1e6;
  for (guint s = 0; s < sample; s++)
    {
      guint doc = (guint) ((guint64) (s + 1) * (n_recs - 1) / sample);
      g_autoptr(GArray) fast = NULL;
      g_autoptr(GArray) slow = NULL;
      gboolean equal;

      t0 = g_get_monotonic_time ();
      fast = scr_similarity_index_query (index, doc, threshold, 3);
      indexed_s += (g_get_monotonic_time () - t0) / 1e6;
      t0 = g_get_monotonic_time ();
      slow = scr_similarity_index_query_all_pairs (index, doc, threshold, 3);
      baseline_s += (g_get_monotonic_time () - t0) / 1e6;
      equal = fast->len == slow->len;
      for (guint h = 0; equal && h < fast->len; h++)
        equal = g_array_index (fast, ScrSimilarityHit, h).doc ==
                g_array_index (slow, ScrSimilarityHit, h).doc;
      same += equal;
    }
  scr_similarity_index_free (index);

  printf ("{\"reviews\": %u, \"recommendations\": %u, \"mean_words\": %.1f, "
          "\"threshold\": %.2f, \"repeats\": %u,\n"
          " \"find_s\": %.3f, \"index_build_s\": %.3f,\n"
          " \"sample\": %u, \"sample_same_answers\": %" G_GUINT64_FORMAT ",\n"
          " \"indexed_query_ms\": %.4f, \"all_pairs_query_ms\": %.3f,\n"
          " \"all_pairs_extrapolated_s\": %.1f, \"speedup_per_query\": %.0f}\n",
          n_reviews, n_recs, (double) words / n_recs, threshold,
          g_list_model_get_n_items (repeats), find_s, build_s, sample, same,
          1000 * indexed_s / sample, 1000 * baseline_s / sample,
          baseline_s / sample * n_recs, baseline_s / MAX (indexed_s, 1e-9));
  return same == sample ? 0 : 1;
}
