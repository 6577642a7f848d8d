/* test-threads.c: what the class docs promise may be shared between
 * threads, shared by N_THREADS threads at once (doc/threads.md).
 *
 * Every check is a "digest": a string that says everything one area
 * answers (working days, rules, evaluations, timelines, dataset reads).
 * The digests are computed once, single-threaded, before any thread
 * starts; then every thread computes them again, over and over, from the
 * same shared objects, and compares. A race that changes an answer is a
 * mismatch, not just a crash.
 *
 * First use is tested in fresh child processes: several threads released
 * together by a barrier build the built-in calendars and rules, read the
 * facts catalogue and register the types, all for the first time.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>
#include <scr/scr.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

#if defined(__SANITIZE_THREAD__)
#define UNDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define UNDER_TSAN 1
#endif
#endif

#define N_THREADS 4

/* ---------------------------------------------------------------- barrier */

/* Releases N_THREADS threads together. The counters are read and written
 * with atomics as well as under the mutex: GLib's GMutex and GCond are
 * futex-based and invisible to ThreadSanitizer (Debian's GLib is not
 * instrumented), the atomics are not. */
typedef struct {
  GMutex lock;
  GCond cond;
  int waiting;
  int generation;
} Barrier;

static void
barrier_wait (Barrier *b)
{
  int generation;

  g_mutex_lock (&b->lock);
  generation = g_atomic_int_get (&b->generation);
  if (g_atomic_int_add (&b->waiting, 1) + 1 == N_THREADS)
    {
      g_atomic_int_set (&b->waiting, 0);
      g_atomic_int_inc (&b->generation);
      g_cond_broadcast (&b->cond);
    }
  else
    while (g_atomic_int_get (&b->generation) == generation)
      g_cond_wait (&b->cond, &b->lock);
  g_mutex_unlock (&b->lock);
}

/* --------------------------------------------------------------- helpers */

static guint
n_iterations (void)
{
  if (RUNNING_ON_VALGRIND)
    return 1;
  return g_test_thorough () ? 200 : 12;
}

static ScrDate *
ymd (int y, int m, int d)
{
  ScrDate *date = scr_date_new (y, m, d, NULL);

  g_assert_nonnull (date);
  return date;
}

static void
append_date (GString       *out,
             const ScrDate *date)
{
  g_autofree char *iso = date != NULL ? scr_date_to_iso8601 (date) : NULL;

  g_string_append (out, iso != NULL ? iso : "-");
  g_string_append_c (out, ' ');
}

static void
append_error (GString *out,
              GError  *error)
{
  if (error != NULL)
    g_string_append_printf (out, "error[%s] ", error->message);
}

static void
append_json (GString  *out,
             JsonNode *node)
{
  g_autofree char *text = json_to_string (node, FALSE);

  g_string_append (out, text);
  g_string_append_c (out, '\n');
  json_node_unref (node);
}

/* --------------------------------------------------------------- fixture */

typedef struct {
  ScrCalendar *calendars[4];   /* the three built-in ones and one built */
  ScrRuleSet *rules;
  ScrDataset *datasets[3];
  ScrEvaluation *evaluation;   /* made here; only its outcomes are shared */
  ScrTimeline *timeline;       /* made here; only its deadlines are shared */
  GPtrArray *outcomes;
  GPtrArray *deadlines;
} Shared;

static const char *const dataset_files[] = {
  "liverpool-lif-audits.json",
  "sefton-scr-timelines.json",
  "child-b1-leicester.json",
};

/* ---------------------------------------------------------------- digests */

static char *
digest_calendar (ScrCalendar *cal)
{
  GString *out = g_string_new (NULL);
  static const int offsets[] = { -15, -1, 1, 3, 10, 20 };
  g_autoptr(ScrDate) from = ymd (2016, 12, 1);
  g_autoptr(ScrDate) to = ymd (2027, 2, 1);
  gint32 start = scr_date_get_ordinal (from);
  gint32 end = scr_date_get_ordinal (to);
  g_autoptr(GListModel) holidays = NULL;
  gint32 ordinals[64];
  gint32 *added;
  gsize n_added = 0;

  g_string_append_printf (out, "%s %u\n", scr_division_to_string (scr_calendar_get_division (cal)),
                          scr_calendar_get_n_closures (cal));
  for (gint32 day = start; day < end; day += 5)
    {
      g_autoptr(ScrDate) d = scr_date_new_from_ordinal (day, NULL);
      ScrHoliday *holiday = scr_calendar_get_holiday (cal, d);  /* transfer none */

      g_string_append_printf (out, "%d%c", day, scr_calendar_is_working_day (cal, d, NULL) ? 'w' : 'x');
      if (holiday != NULL)
        {
          g_autofree char *text = scr_holiday_describe (holiday);

          g_string_append_printf (out, "[%s]", text);
        }
      for (gsize i = 0; i < G_N_ELEMENTS (offsets); i++)
        {
          g_autoptr(ScrDate) later = scr_calendar_add_working_days (cal, d, offsets[i],
                                                                    SCR_ROLL_ERROR, NULL);

          g_string_append_printf (out, " %+d:", offsets[i]);
          append_date (out, later);
          if (later != NULL)
            g_string_append_printf (out, "=%d ", scr_calendar_count_working_days (cal, d, later, NULL));
        }
      {
        g_autoptr(ScrDate) rolled = scr_calendar_add_working_days (cal, d, 0,
                                                                   SCR_ROLL_MODIFIED_FOLLOWING, NULL);

        append_date (out, rolled);
      }
      /* explaining is the slow part: one day in twenty */
      if ((day - start) % 100 == 0)
        {
          g_autoptr(GListModel) skipped = scr_calendar_explain_add (cal, d, 10, SCR_ROLL_ERROR, NULL);
          guint n = skipped != NULL ? g_list_model_get_n_items (skipped) : 0;

          for (guint i = 0; i < n; i++)
            {
              g_autoptr(ScrSkippedDay) s = g_list_model_get_item (skipped, i);

              append_date (out, scr_skipped_day_get_date (s));
              g_string_append_printf (out, "(%s)", scr_skipped_day_get_reason (s));
            }
        }
      g_string_append_c (out, '\n');
    }

  holidays = scr_calendar_list_holidays (cal, from, to, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (holidays); i++)
    {
      g_autoptr(ScrHoliday) h = g_list_model_get_item (holidays, i);

      append_date (out, scr_holiday_get_date (h));
      g_string_append_printf (out, "%s %d %d\n", scr_holiday_get_name (h),
                              scr_holiday_get_kind (h), scr_holiday_get_provisional (h));
    }

  for (gsize i = 0; i < G_N_ELEMENTS (ordinals); i++)
    ordinals[i] = start + (gint32) (i * 61);
  added = scr_calendar_add_working_days_array (cal, ordinals, G_N_ELEMENTS (ordinals),
                                               offsets, G_N_ELEMENTS (offsets),
                                               SCR_ROLL_FOLLOWING, &n_added, NULL);
  for (gsize i = 0; added != NULL && i < n_added; i++)
    g_string_append_printf (out, "%d ", added[i]);
  g_free (added);
  return g_string_free (out, FALSE);
}

static char *
digest_rules (ScrRuleSet *rules)
{
  GString *out = g_string_new (NULL);
  GListModel *list = scr_rule_set_get_rules (rules);
  g_auto(GStrv) sources = scr_rule_set_list_sources (rules);
  g_auto(GStrv) events = scr_rule_set_list_events (rules);
  g_autofree char *markdown = NULL;
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrRule) rule = g_list_model_get_item (list, i);

      if (rule == NULL)
        {
          g_string_append_printf (out, "rule %u missing\n", i);
          continue;
        }
      g_string_append_printf (out, "%s %d %s %s %s %s %d\n", scr_rule_get_id (rule),
                              scr_rule_get_kind (rule), scr_rule_get_edition (rule),
                              scr_rule_get_citation (rule), scr_rule_get_source (rule),
                              scr_rule_get_trigger (rule) ? scr_rule_get_trigger (rule) : "-",
                              scr_rule_get_duration (rule));
      if (scr_rule_set_lookup (rules, scr_rule_get_id (rule)) == NULL)
        g_string_append (out, "  lookup failed\n");
    }
  for (guint i = 0; sources[i] != NULL; i++)
    g_string_append_printf (out, "source %s\n", sources[i]);
  for (guint i = 0; events[i] != NULL; i++)
    g_string_append_printf (out, "event %s\n", events[i]);
  /* the whole rendered page */
  markdown = scr_rule_set_to_markdown (rules);
  g_string_append_printf (out, "markdown %" G_GSIZE_FORMAT " %u\n", strlen (markdown),
                          g_str_hash (markdown));
  return g_string_free (out, FALSE);
}

/* One evaluator of its own (documented: one per thread), sharing the rule
 * set and, for the second pass, a calendar. */
static char *
digest_evaluations (Shared *s)
{
  GString *out = g_string_new (NULL);
  g_autoptr(ScrEvaluator) evaluator = scr_evaluator_new (s->rules);
  g_autoptr(ScrDate) today = ymd (2024, 3, 1);

  for (int pass = 0; pass < 2; pass++)
    {
      if (pass == 1)
        scr_evaluator_set_calendar (evaluator, s->calendars[3]);
      for (gsize f = 0; f < G_N_ELEMENTS (s->datasets); f++)
        {
          GListModel *cases = scr_dataset_get_cases (s->datasets[f]);
          g_autoptr(GListModel) all = scr_evaluator_evaluate_all (evaluator, cases, NULL);
          g_autoptr(GError) error = NULL;
          g_autoptr(GListModel) timelines = scr_evaluator_timeline_all (evaluator, cases, today, &error);

          for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
            {
              g_autoptr(ScrCase) c = g_list_model_get_item (cases, i);
              g_autoptr(ScrEvaluation) e = NULL;
              g_autoptr(ScrTimeline) t = NULL;
              g_autoptr(GError) local_error = NULL;

              if (c == NULL)
                {
                  g_string_append_printf (out, "case %u missing\n", i);
                  continue;
                }
              e = scr_evaluator_evaluate (evaluator, c, NULL);
              g_string_append_printf (out, "%s\n", scr_case_get_id (c));
              append_json (out, scr_evaluation_to_json (e));
              t = scr_evaluator_timeline (evaluator, c, today, &local_error);
              if (t != NULL)
                append_json (out, scr_timeline_to_json (t));
              append_error (out, local_error);
            }
          for (guint i = 0; i < g_list_model_get_n_items (all); i++)
            {
              g_autoptr(ScrEvaluation) e = g_list_model_get_item (all, i);

              append_json (out, scr_evaluation_to_json (e));
            }
          for (guint i = 0; timelines != NULL && i < g_list_model_get_n_items (timelines); i++)
            {
              g_autoptr(ScrTimeline) t = g_list_model_get_item (timelines, i);

              append_json (out, scr_timeline_to_json (t));
            }
          append_error (out, error);
        }
    }
  return g_string_free (out, FALSE);
}

static void
append_ids (GString    *out,
            GListModel *model)
{
  g_autofree char *csv = model != NULL ? scr_csv_model_to_string (model) : NULL;

  g_string_append_printf (out, "%s\n", csv != NULL ? csv : "-");
}

/* A loaded dataset that nobody changes, read: the collections (through
 * the properties of every item, as CSV), look-ups and the queries. */
static char *
digest_dataset (ScrDataset *ds)
{
  GString *out = g_string_new (NULL);
  GListModel *cases = scr_dataset_get_cases (ds);
  g_autoptr(ScrDate) on = ymd (2023, 6, 30);
  g_autoptr(GListModel) overdue = scr_dataset_list_overdue_actions (ds, on);
  g_autoptr(GListModel) published = scr_dataset_list_reviews_by_stage (ds, SCR_REVIEW_STAGE_ACTION_PLAN);
  GListModel *lists[] = {
    scr_dataset_get_agencies (ds), cases, scr_dataset_get_reviews (ds),
    scr_dataset_get_chronology (ds), scr_dataset_get_themes (ds),
    scr_dataset_get_findings (ds), scr_dataset_get_lessons (ds),
    scr_dataset_get_recommendations (ds), scr_dataset_get_actions (ds),
    scr_dataset_get_audits (ds),
  };

  g_string_append_printf (out, "%s\n", scr_dataset_get_title (ds));
  for (gsize i = 0; i < G_N_ELEMENTS (lists); i++)
    append_ids (out, lists[i]);
  append_ids (out, overdue);
  append_ids (out, published);
  for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
    {
      g_autoptr(ScrCase) c = g_list_model_get_item (cases, i);
      g_autoptr(GListModel) reviews = NULL;
      g_autoptr(GListModel) chronology = NULL;
      g_autoptr(GListModel) actions = NULL;
      g_autoptr(GListModel) agencies = NULL;
      g_autofree char *title = NULL;

      if (c == NULL)
        {
          g_string_append_printf (out, "case %u missing\n", i);
          continue;
        }
      g_object_get (c, "partnership", &title, NULL);
      g_string_append_printf (out, "%s %s %d\n", scr_case_get_id (c), title,
                              scr_dataset_lookup_case (ds, scr_case_get_id (c)) == c);
      reviews = scr_dataset_list_case_reviews (ds, scr_case_get_id (c), NULL);
      chronology = scr_dataset_list_case_chronology (ds, scr_case_get_id (c), NULL);
      actions = scr_dataset_list_case_actions (ds, scr_case_get_id (c), NULL);
      agencies = scr_dataset_list_case_agencies (ds, scr_case_get_id (c), NULL);
      append_ids (out, reviews);
      append_ids (out, chronology);
      append_ids (out, actions);
      append_ids (out, agencies);
    }
  g_string_append_printf (out, "valid %d\n", scr_dataset_validate (ds, NULL));
  return g_string_free (out, FALSE);
}

/* Outcomes and deadlines made by one thread, read by all. */
static char *
digest_results (Shared *s)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < s->outcomes->len; i++)
    {
      ScrOutcome *o = g_ptr_array_index (s->outcomes, i);
      const char * const *missing = scr_outcome_get_missing (o);

      g_string_append_printf (out, "%d %d %s %s %s ", scr_outcome_get_process (o),
                              scr_outcome_get_verdict (o), scr_outcome_get_rule_id (o),
                              scr_outcome_get_citation (o), scr_outcome_get_reason (o));
      append_date (out, scr_outcome_get_date (o));
      for (guint j = 0; missing != NULL && missing[j] != NULL; j++)
        g_string_append_printf (out, "?%s ", missing[j]);
      g_string_append_c (out, '\n');
    }
  for (guint i = 0; i < s->deadlines->len; i++)
    {
      ScrDeadline *d = g_ptr_array_index (s->deadlines, i);
      const char * const *skipped = scr_deadline_get_skipped (d);

      g_string_append_printf (out, "%s %s %d %d ", scr_deadline_get_rule_id (d),
                              scr_deadline_get_description (d), scr_deadline_get_status (d),
                              scr_deadline_get_days_late (d));
      append_date (out, scr_deadline_get_from (d));
      append_date (out, scr_deadline_get_due (d));
      append_date (out, scr_deadline_get_done (d));
      for (guint j = 0; skipped != NULL && skipped[j] != NULL; j++)
        g_string_append_printf (out, "~%s ", skipped[j]);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------ the areas */

enum {
  AREA_CALENDAR_EW,
  AREA_CALENDAR_SC,
  AREA_CALENDAR_NI,
  AREA_CALENDAR_BUILT,
  AREA_RULES,
  AREA_EVALUATIONS,
  AREA_DATASET_0,
  AREA_DATASET_1,
  AREA_DATASET_2,
  AREA_RESULTS,
  N_AREAS
};

static const char *const area_names[N_AREAS] = {
  "calendar england-and-wales", "calendar scotland", "calendar northern-ireland",
  "calendar with closures", "rule set", "evaluations and timelines",
  "dataset 0", "dataset 1", "dataset 2", "outcomes and deadlines",
};

static char *
digest_area (Shared *s,
             int     area)
{
  switch (area)
    {
    case AREA_CALENDAR_EW:
    case AREA_CALENDAR_SC:
    case AREA_CALENDAR_NI:
    case AREA_CALENDAR_BUILT:
      return digest_calendar (s->calendars[area - AREA_CALENDAR_EW]);
    case AREA_RULES:
      return digest_rules (s->rules);
    case AREA_EVALUATIONS:
      return digest_evaluations (s);
    case AREA_DATASET_0:
    case AREA_DATASET_1:
    case AREA_DATASET_2:
      return digest_dataset (s->datasets[area - AREA_DATASET_0]);
    case AREA_RESULTS:
      return digest_results (s);
    default:
      g_assert_not_reached ();
    }
}

static void
shared_init (Shared *s)
{
  g_autoptr(ScrCalendarBuilder) builder = scr_calendar_builder_new (SCR_DIVISION_ENGLAND_AND_WALES);
  g_autofree char *closures = g_test_build_filename (G_TEST_DIST, "data", "closures-sample.json", NULL);
  g_autoptr(ScrEvaluator) evaluator = NULL;
  g_autoptr(ScrDate) today = ymd (2024, 3, 1);
  GError *error = NULL;

  for (int d = 0; d < 3; d++)
    {
      s->calendars[d] = scr_calendar_new_for_division (d, &error);
      g_assert_no_error (error);
    }
  g_assert_true (scr_calendar_builder_load_closures_file (builder, closures, &error));
  g_assert_no_error (error);
  s->calendars[3] = scr_calendar_builder_build (builder, &error);
  g_assert_no_error (error);

  s->rules = scr_rule_set_new_builtin ();
  for (gsize f = 0; f < G_N_ELEMENTS (dataset_files); f++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                                     dataset_files[f], NULL);

      s->datasets[f] = scr_dataset_new_from_file (path, &error);
      g_assert_no_error (error);
    }

  s->outcomes = g_ptr_array_new_with_free_func (g_object_unref);
  s->deadlines = g_ptr_array_new_with_free_func (g_object_unref);
  evaluator = scr_evaluator_new (s->rules);
  for (gsize f = 0; f < G_N_ELEMENTS (s->datasets); f++)
    {
      GListModel *cases = scr_dataset_get_cases (s->datasets[f]);

      for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
        {
          g_autoptr(ScrCase) c = g_list_model_get_item (cases, i);
          g_autoptr(ScrEvaluation) e = scr_evaluator_evaluate (evaluator, c, NULL);
          g_autoptr(ScrTimeline) t = scr_evaluator_timeline (evaluator, c, today, NULL);
          GListModel *outcomes = scr_evaluation_get_outcomes (e);

          for (guint j = 0; j < g_list_model_get_n_items (outcomes); j++)
            g_ptr_array_add (s->outcomes, g_list_model_get_item (outcomes, j));
          for (guint j = 0; t != NULL && j < g_list_model_get_n_items (scr_timeline_get_deadlines (t)); j++)
            g_ptr_array_add (s->deadlines, g_list_model_get_item (scr_timeline_get_deadlines (t), j));
        }
    }
  g_assert_cmpuint (s->outcomes->len, >, 0);
  g_assert_cmpuint (s->deadlines->len, >, 0);
}

static void
shared_clear (Shared *s)
{
  for (gsize i = 0; i < G_N_ELEMENTS (s->calendars); i++)
    g_clear_object (&s->calendars[i]);
  for (gsize i = 0; i < G_N_ELEMENTS (s->datasets); i++)
    g_clear_object (&s->datasets[i]);
  g_clear_object (&s->rules);
  g_clear_pointer (&s->outcomes, g_ptr_array_unref);
  g_clear_pointer (&s->deadlines, g_ptr_array_unref);
}

/* ------------------------------------------------------------ hammering */

typedef struct {
  Shared *shared;
  char **expected;        /* by area */
  Barrier *barrier;
  guint n_iterations;
  int id;
  /* out */
  guint n_checks;
  char *mismatch;         /* the first, or NULL */
} Worker;

static gpointer
hammer (gpointer data)
{
  Worker *w = data;

  barrier_wait (w->barrier);
  for (guint i = 0; i < w->n_iterations; i++)
    for (int k = 0; k < N_AREAS; k++)
      {
        /* each thread starts at another area, so different areas and the
         * same area both run at once */
        int area = (k + w->id * 3 + (int) i) % N_AREAS;
        g_autofree char *got = digest_area (w->shared, area);

        w->n_checks++;
        if (w->mismatch == NULL && g_strcmp0 (got, w->expected[area]) != 0)
          w->mismatch = g_strdup_printf ("thread %d, iteration %u: %s differs", w->id, i,
                                         area_names[area]);
      }
  return NULL;
}

static void
test_shared (void)
{
  Shared s = { 0 };
  char *expected[N_AREAS];
  Worker workers[N_THREADS];
  GThread *threads[N_THREADS];
  Barrier barrier = { 0 };
  gint64 start;
  guint n_checks = 0;

  shared_init (&s);
  for (int a = 0; a < N_AREAS; a++)
    {
      expected[a] = digest_area (&s, a);
      g_assert_cmpuint (strlen (expected[a]), >, 0);
    }

  start = g_get_monotonic_time ();
  for (int t = 0; t < N_THREADS; t++)
    {
      workers[t] = (Worker) { .shared = &s, .expected = expected, .barrier = &barrier,
                              .n_iterations = n_iterations (), .id = t };
      threads[t] = g_thread_new ("hammer", hammer, &workers[t]);
    }
  for (int t = 0; t < N_THREADS; t++)
    {
      g_thread_join (threads[t]);
      n_checks += workers[t].n_checks;
    }
  g_test_message ("%d threads, %u iterations over %d areas, %u checks, %.2f s",
                  N_THREADS, n_iterations (), N_AREAS, n_checks,
                  (g_get_monotonic_time () - start) / 1e6);
  for (int t = 0; t < N_THREADS; t++)
    {
      g_assert_cmpstr (workers[t].mismatch, ==, NULL);
      g_free (workers[t].mismatch);
    }
  g_assert_cmpuint (n_checks, ==, N_THREADS * n_iterations () * N_AREAS);
  for (int a = 0; a < N_AREAS; a++)
    g_free (expected[a]);
  shared_clear (&s);
}

/* ---------------------------------------------------------- list models */

/* The lists a shared object hands out, read item by item by every thread
 * at once, tightly: each read must give the item at that position. */
typedef struct {
  Barrier *barrier;
  GListModel **lists;
  GPtrArray **expected;
  guint n_lists;
  guint n_rounds;
  guint n_wrong;
} ListReader;

static gpointer
read_lists (gpointer data)
{
  ListReader *r = data;
  guint n_wrong = 0;

  barrier_wait (r->barrier);
  for (guint round = 0; round < r->n_rounds; round++)
    for (guint l = 0; l < r->n_lists; l++)
      {
        guint n = g_list_model_get_n_items (r->lists[l]);

        for (guint i = 0; i < n; i++)
          {
            GObject *item = g_list_model_get_item (r->lists[l], i);

            if (item != g_ptr_array_index (r->expected[l], i))
              n_wrong++;
            g_clear_object (&item);
          }
      }
  g_atomic_int_add (&r->n_wrong, n_wrong);
  return NULL;
}

static void
test_list_models (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                                 "child-b1-leicester.json", NULL);
  g_autoptr(ScrDataset) ds = scr_dataset_new_from_file (path, NULL);
  g_autoptr(ScrRuleSet) rules = scr_rule_set_new_builtin ();
  GListModel *lists[] = {
    scr_rule_set_get_rules (rules), scr_dataset_get_chronology (ds),
    scr_dataset_get_recommendations (ds), scr_dataset_get_actions (ds),
    scr_dataset_get_lessons (ds),
  };
  GPtrArray *expected[G_N_ELEMENTS (lists)];
  ListReader reader = { .lists = lists, .expected = expected, .n_lists = G_N_ELEMENTS (lists),
                        .n_rounds = RUNNING_ON_VALGRIND ? 5 : g_test_thorough () ? 50000 : 5000 };
  Barrier barrier = { 0 };
  GThread *threads[N_THREADS];
  gint64 start;

  g_assert_nonnull (ds);
  reader.barrier = &barrier;
  for (gsize l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = g_list_model_get_n_items (lists[l]);

      g_assert_cmpuint (n, >, 10);
      expected[l] = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (expected[l], g_list_model_get_item (lists[l], i));
    }
  start = g_get_monotonic_time ();
  for (int t = 0; t < N_THREADS; t++)
    threads[t] = g_thread_new ("lists", read_lists, &reader);
  for (int t = 0; t < N_THREADS; t++)
    g_thread_join (threads[t]);
  g_test_message ("%d threads, %u rounds over %" G_GSIZE_FORMAT " lists, %.2f s", N_THREADS,
                  reader.n_rounds, G_N_ELEMENTS (lists), (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpuint (reader.n_wrong, ==, 0);
  for (gsize l = 0; l < G_N_ELEMENTS (lists); l++)
    g_ptr_array_unref (expected[l]);
}

/* ------------------------------------------------------------ first use */

/* What each racing thread saw of the lazily made things. */
typedef struct {
  Barrier *barrier;
  int id;
  ScrCalendar *calendars[3];
  char *rules;
  char *facts;
  char *dataset;
  char *evaluation;
} FirstUse;

static char *
digest_first_evaluation (void)
{
  g_autoptr(ScrRuleSet) rules = scr_rule_set_new_builtin ();
  g_autoptr(ScrEvaluator) evaluator = scr_evaluator_new (rules);
  g_autoptr(ScrCase) c = scr_case_new ("first", SCR_JURISDICTION_SCOTLAND);
  g_autoptr(ScrDate) aware = ymd (2023, 5, 2);
  g_autoptr(ScrDate) today = ymd (2023, 9, 1);
  g_autoptr(ScrEvaluation) e = NULL;
  g_autoptr(ScrTimeline) t = NULL;
  GString *out = g_string_new (NULL);

  scr_case_set_event (c, "became_aware", aware);
  scr_case_set_fact (c, "abuse_neglect", "suspected", NULL);
  scr_case_set_fact (c, "died", "yes", NULL);
  e = scr_evaluator_evaluate (evaluator, c, NULL);
  append_json (out, scr_evaluation_to_json (e));
  t = scr_evaluator_timeline (evaluator, c, today, NULL);
  if (t != NULL)
    append_json (out, scr_timeline_to_json (t));
  return g_string_free (out, FALSE);
}

static char *
digest_facts (void)
{
  g_auto(GStrv) names = scr_facts_list_names ();
  g_auto(GStrv) events = scr_facts_list_events ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL; i++)
    g_string_append_printf (out, "%s %d %s\n", names[i], scr_facts_is_integer (names[i]),
                            scr_facts_get_description (names[i]));
  for (guint i = 0; events[i] != NULL; i++)
    g_string_append_printf (out, "@%s\n", events[i]);
  return g_string_free (out, FALSE);
}

static char *
digest_first_dataset (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "model", "valid.json", NULL);
  g_autoptr(ScrDataset) ds = scr_dataset_new_from_file (path, NULL);

  return ds != NULL ? digest_dataset (ds) : g_strdup ("no dataset");
}

static gpointer
first_use_thread (gpointer data)
{
  FirstUse *f = data;
  g_autoptr(ScrRuleSet) rules = NULL;

  barrier_wait (f->barrier);
  /* in another order in each thread */
  switch (f->id % 4)
    {
    case 0:
      for (int d = 0; d < 3; d++)
        f->calendars[d] = scr_calendar_new_for_division (d, NULL);
      f->facts = digest_facts ();
      break;
    case 1:
      f->dataset = digest_first_dataset ();
      for (int d = 2; d >= 0; d--)
        f->calendars[d] = scr_calendar_new_for_division (d, NULL);
      break;
    case 2:
      f->evaluation = digest_first_evaluation ();
      break;
    default:
      f->facts = digest_facts ();
      f->dataset = digest_first_dataset ();
      break;
    }
  rules = scr_rule_set_new_builtin ();
  f->rules = digest_rules (rules);
  for (int d = 0; d < 3; d++)
    if (f->calendars[d] == NULL)
      f->calendars[d] = scr_calendar_new_for_division (d, NULL);
  if (f->facts == NULL)
    f->facts = digest_facts ();
  if (f->dataset == NULL)
    f->dataset = digest_first_dataset ();
  if (f->evaluation == NULL)
    f->evaluation = digest_first_evaluation ();
  return NULL;
}

#ifdef UNDER_TSAN
/* GType publishes a class made by one thread to the others through GLib's
 * own atomics, which ThreadSanitizer does not see in an uninstrumented
 * GLib: every G_OBJECT_TYPE () of an instance whose class another thread
 * made is reported. Under ThreadSanitizer, then, the classes are made
 * before the race (and nothing else: no resource, catalogue, calendar or
 * rule is touched); the other builds race them too. */
static void
make_classes (void)
{
  GType types[] = {
    SCR_TYPE_CALENDAR, SCR_TYPE_HOLIDAY, SCR_TYPE_SKIPPED_DAY, SCR_TYPE_CALENDAR_BUILDER,
    SCR_TYPE_DATASET, SCR_TYPE_AGENCY, SCR_TYPE_CASE, SCR_TYPE_PERSON, SCR_TYPE_REVIEW,
    SCR_TYPE_MILESTONE, SCR_TYPE_CHRONOLOGY_EVENT, SCR_TYPE_THEME, SCR_TYPE_FINDING,
    SCR_TYPE_LESSON, SCR_TYPE_RECOMMENDATION, SCR_TYPE_ACTION, SCR_TYPE_AUDIT,
    SCR_TYPE_AUDIT_MEASURE, SCR_TYPE_RULE, SCR_TYPE_RULE_SET, SCR_TYPE_EVALUATOR,
    SCR_TYPE_EVALUATION, SCR_TYPE_OUTCOME, SCR_TYPE_TIMELINE, SCR_TYPE_DEADLINE,
    JSON_TYPE_PARSER, JSON_TYPE_BUILDER, JSON_TYPE_GENERATOR, JSON_TYPE_READER,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (types); i++)
    g_type_class_unref (g_type_class_ref (types[i]));
  /* the private list model, through a dataset */
  g_object_unref (scr_dataset_new ());
}
#endif

/* Runs in a fresh process, where nothing of libscr has been used. */
static void
first_use_child (void)
{
  FirstUse f[N_THREADS];
  GThread *threads[N_THREADS];
  Barrier barrier = { 0 };
  g_autoptr(ScrRuleSet) rules = NULL;
  g_autofree char *rules_digest = NULL;
  g_autofree char *facts_digest = NULL;
  g_autofree char *dataset_digest = NULL;
  g_autofree char *evaluation_digest = NULL;

#ifdef UNDER_TSAN
  make_classes ();
#endif
  for (int t = 0; t < N_THREADS; t++)
    {
      f[t] = (FirstUse) { .barrier = &barrier, .id = t };
      threads[t] = g_thread_new ("first-use", first_use_thread, &f[t]);
    }
  for (int t = 0; t < N_THREADS; t++)
    g_thread_join (threads[t]);

  /* the same answers again, with everything made */
  rules = scr_rule_set_new_builtin ();
  rules_digest = digest_rules (rules);
  facts_digest = digest_facts ();
  dataset_digest = digest_first_dataset ();
  evaluation_digest = digest_first_evaluation ();
  for (int t = 0; t < N_THREADS; t++)
    {
      for (int d = 0; d < 3; d++)
        {
          g_autoptr(ScrCalendar) cal = scr_calendar_new_for_division (d, NULL);

          /* built once per process and shared */
          g_assert_nonnull (f[t].calendars[d]);
          g_assert_true (f[t].calendars[d] == cal);
          g_object_unref (f[t].calendars[d]);
        }
      g_assert_cmpstr (f[t].rules, ==, rules_digest);
      g_assert_cmpstr (f[t].facts, ==, facts_digest);
      g_assert_cmpstr (f[t].dataset, ==, dataset_digest);
      g_assert_cmpstr (f[t].evaluation, ==, evaluation_digest);
      g_free (f[t].rules);
      g_free (f[t].facts);
      g_free (f[t].dataset);
      g_free (f[t].evaluation);
    }
}

static void
test_first_use (void)
{
  guint runs = RUNNING_ON_VALGRIND ? 1 : g_test_thorough () ? 40 : 4;

  if (g_test_subprocess ())
    {
      first_use_child ();
      return;
    }
  for (guint i = 0; i < runs; i++)
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
    }
  g_test_message ("%u fresh processes, %d threads each", runs, N_THREADS);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* nothing of libscr before the tests: /threads/first-use needs a
   * process where nothing has been made yet */
  g_test_add_func ("/threads/first-use", test_first_use);
  g_test_add_func ("/threads/shared", test_shared);
  g_test_add_func ("/threads/list-models", test_list_models);
  return g_test_run ();
}
