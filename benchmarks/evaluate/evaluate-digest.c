/* evaluate-digest.c: one SHA-256 over everything the evaluator says about
 * N random cases, to show that a change to the evaluator's speed changed
 * none of its answers. A tool, not a test.
 *
 *   evaluate-digest [N]
 *
 * The cases are drawn (with a fixed seed) from the whole fact and event
 * catalogue, not from the benchmark's narrower generator: every
 * jurisdiction, every fact left out, unknown or set to any of its values,
 * events with day, month or year precision or missing, area transition
 * dates around the 2018-2019 window, and incident natures and subjects that
 * give derived facts. Each case is evaluated with and without unverified
 * rules, with and without a decision date, one case at a time and through
 * evaluate_all(), and its timeline is computed for a random day (and for a
 * fixed day through timeline_all()). The digest
 * covers the JSON of every evaluation and timeline and the missing and
 * ignored fact lists. Only the public API is used, so the same binary can
 * be run against two builds of the library:
 *
 *   LD_LIBRARY_PATH=OLD/libscr evaluate-digest 50000
 *   LD_LIBRARY_PATH=NEW/libscr evaluate-digest 50000
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include <scr/scr.h>

#include "bench-random.h"

static guint64 rng = 0x2545f4914f6cdd1d;

static guint32
next (void)
{
  return bench_random (&rng);
}

/* 2011-01-01 .. 2025-12-31, denser around the edition boundaries. */
static gint32
random_day (void)
{
  static const int edges[][3] = {
    { 2013, 4, 15 }, { 2015, 3, 26 }, { 2018, 6, 29 }, { 2018, 7, 4 },
    { 2019, 9, 29 }, { 2023, 12, 15 }, { 2016, 2, 29 }, { 2020, 12, 31 },
  };

  if (next () % 3 == 0)
    {
      const int *e = edges[next () % G_N_ELEMENTS (edges)];
      g_autoptr(ScrDate) d = scr_date_new (e[0], e[1], e[2], NULL);

      return scr_date_get_ordinal (d) + (gint32) (next () % 21) - 10;
    }
  return 734138 + (gint32) (next () % 5478);
}

static ScrDate *
random_date (gint32 ordinal)
{
  g_autoptr(ScrDate) day = scr_date_new_from_ordinal (ordinal, NULL);

  switch (next () % 10)
    {
    case 0:
      return scr_date_new_year (scr_date_get_year (day), NULL);
    case 1:
      return scr_date_new_year_month (scr_date_get_year (day), scr_date_get_month (day), NULL);
    default:
      return g_steal_pointer (&day);
    }
}

static ScrCase *
generate (guint               i,
          char              **facts,
          char              **events)
{
  static const ScrJurisdiction jurisdictions[] = {
    SCR_JURISDICTION_ENGLAND, SCR_JURISDICTION_ENGLAND, SCR_JURISDICTION_ENGLAND,
    SCR_JURISDICTION_WALES, SCR_JURISDICTION_SCOTLAND, SCR_JURISDICTION_NORTHERN_IRELAND,
  };
  static const ScrIncidentNature natures[] = {
    SCR_INCIDENT_NATURE_UNKNOWN, SCR_INCIDENT_NATURE_DEATH,
    SCR_INCIDENT_NATURE_SERIOUS_HARM, SCR_INCIDENT_NATURE_OTHER,
  };
  static const ScrTristate tristates[] = { SCR_TRISTATE_UNKNOWN, SCR_TRISTATE_YES, SCR_TRISTATE_NO };
  g_autofree char *id = g_strdup_printf ("case-%u", i);
  ScrCase *c = scr_case_new (id, jurisdictions[next () % G_N_ELEMENTS (jurisdictions)]);
  gint32 base = random_day ();

  for (guint f = 0; facts[f] != NULL; f++)
    {
      const char * const *values;
      guint n = 0;
      char number[16];

      if (next () % 3 == 0)
        continue;
      if (scr_facts_is_integer (facts[f]))
        {
          if (next () % 6 == 0)
            scr_case_set_fact (c, facts[f], "unknown", NULL);
          else
            {
              g_snprintf (number, sizeof number, "%u", next () % 26);
              scr_case_set_fact (c, facts[f], number, NULL);
            }
          continue;
        }
      values = scr_facts_get_values (facts[f]);
      while (values[n] != NULL)
        n++;
      scr_case_set_fact (c, facts[f], values[next () % n], NULL);
    }
  for (guint e = 0; events[e] != NULL; e++)
    {
      g_autoptr(ScrDate) date = NULL;

      if (next () % 2 == 0)
        continue;
      date = random_date (base + (gint32) (next () % 400) - 30);
      scr_case_set_event (c, events[e], date);
    }
  scr_case_set_incident_nature (c, natures[next () % G_N_ELEMENTS (natures)]);
  if (next () % 2 == 0)
    {
      g_autoptr(ScrPerson) child = scr_person_new ("child");

      scr_person_set_age (child, (int) (next () % 20) - 1);
      scr_person_set_looked_after (child, tristates[next () % 3]);
      scr_person_set_custody_setting (child, tristates[next () % 3]);
      if (next () % 5 == 0)
        scr_person_set_care_leaver_age (child, 18 + (int) (next () % 8));
      scr_case_set_subject (c, child);
    }
  if (next () % 4 == 0)
    {
      g_autoptr(ScrDate) d = random_date (734138 + 2740 + (gint32) (next () % 500));

      scr_case_set_area_transition_date (c, d);
    }
  if (next () % 3 == 0)
    {
      g_autoptr(ScrDate) d = random_date (base + (gint32) (next () % 30));

      scr_case_set_became_aware (c, d);
    }
  return c;
}

static void
add_json (GChecksum *sum,
          JsonNode  *node)
{
  g_autofree char *text = json_to_string (node, FALSE);

  g_checksum_update (sum, (const guchar *) text, -1);
  json_node_unref (node);
}

static void
add_strv (GChecksum *sum,
          char     **strv)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      g_checksum_update (sum, (const guchar *) strv[i], -1);
      g_checksum_update (sum, (const guchar *) "\n", 1);
    }
  g_strfreev (strv);
}

static void
add_evaluation (GChecksum     *sum,
                ScrEvaluation *e,
                guint         *counts)
{
  GListModel *outcomes = scr_evaluation_get_outcomes (e);

  for (guint k = 0; k < g_list_model_get_n_items (outcomes); k++)
    {
      g_autoptr(ScrOutcome) o = g_list_model_get_item (outcomes, k);

      counts[scr_outcome_get_verdict (o)]++;
    }
  add_json (sum, scr_evaluation_to_json (e));
  add_strv (sum, scr_evaluation_list_missing_facts (e));
  add_strv (sum, scr_evaluation_list_ignored_facts (e));
}

int
main (int    argc,
      char **argv)
{
  guint n = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 50000;
  g_auto(GStrv) facts = scr_facts_list_names ();
  g_auto(GStrv) events = scr_facts_list_events ();
  ScrEvaluator *evaluators[2] = { scr_evaluator_new (NULL), scr_evaluator_new (NULL) };
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GListStore) store = g_list_store_new (SCR_TYPE_CASE);
  guint counts[SCR_VERDICT_INDETERMINATE + 1] = { 0 };
  guint deadlines = 0;

  scr_evaluator_set_include_unverified (evaluators[1], TRUE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrCase) c = generate (i, facts, events);
      g_autoptr(ScrDate) decision = random_date (random_day ());
      g_autoptr(ScrDate) today = scr_date_new_from_ordinal (random_day () + 300, NULL);

      for (guint k = 0; k < 2; k++)
        {
          g_autoptr(ScrEvaluation) plain = scr_evaluator_evaluate (evaluators[k], c, NULL);
          g_autoptr(ScrEvaluation) decided = scr_evaluator_evaluate (evaluators[k], c, decision);
          g_autoptr(ScrTimeline) timeline = scr_evaluator_timeline (evaluators[k], c, today, NULL);
          GListModel *items = scr_timeline_get_deadlines (timeline);

          add_evaluation (sum, plain, counts);
          add_evaluation (sum, decided, counts);
          add_json (sum, scr_timeline_to_json (timeline));
          add_strv (sum, scr_timeline_list_missing (timeline));
          deadlines += g_list_model_get_n_items (items);
        }
      g_list_store_append (store, c);
      /* The batch path, a thousand cases at a time. */
      if (g_list_model_get_n_items (G_LIST_MODEL (store)) == 1000 || i + 1 == n)
        {
          for (guint k = 0; k < 2; k++)
            {
              g_autoptr(GListModel) all = scr_evaluator_evaluate_all (evaluators[k], G_LIST_MODEL (store), NULL);

              g_autoptr(ScrDate) day = scr_date_new (2021, 2, 1, NULL);
              g_autoptr(GListModel) timelines = scr_evaluator_timeline_all (evaluators[k], G_LIST_MODEL (store),
                                                                            day, NULL);

              for (guint j = 0; j < g_list_model_get_n_items (all); j++)
                {
                  g_autoptr(ScrEvaluation) e = g_list_model_get_item (all, j);
                  g_autoptr(ScrTimeline) t = g_list_model_get_item (timelines, j);

                  add_evaluation (sum, e, counts);
                  add_json (sum, scr_timeline_to_json (t));
                  add_strv (sum, scr_timeline_list_missing (t));
                }
            }
          g_list_store_remove_all (store);
        }
    }
  printf ("%s  %u cases; outcomes: %u required, %u expected, %u consider, %u not required, "
          "%u indeterminate; %u deadlines\n",
          g_checksum_get_string (sum), n, counts[SCR_VERDICT_REQUIRED], counts[SCR_VERDICT_EXPECTED],
          counts[SCR_VERDICT_CONSIDER], counts[SCR_VERDICT_NOT_REQUIRED],
          counts[SCR_VERDICT_INDETERMINATE], deadlines);
  g_object_unref (evaluators[0]);
  g_object_unref (evaluators[1]);
  return 0;
}
