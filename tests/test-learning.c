/* test-learning.c: the learning side of the model: themes, findings,
 * lessons, recommendations, actions, audits and their measures.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>
#include <scr/scr.h>

/* Fixtures in the writer's own compact form: loading then writing each
 * gives back the same bytes. Each carries members libscr does not know. */
#define THEME_JSON \
  "{\"id\":\"child-l-t1\",\"review_id\":\"child-l-scr\"," \
  "\"title\":\"Working with resistant families\",\"description\":null," \
  "\"x_note\":{\"k\":[1,2]}}"
#define FINDING_JSON \
  "{\"id\":\"child-l-f1\",\"review_id\":\"child-l-scr\",\"number\":\"L1\",\"title\":null," \
  "\"text\":\"In this case there was insufficient professional curiosity despite historical context\"," \
  "\"theme_ids\":[\"child-l-t1\"],\"page\":7}"
#define LESSON_JSON \
  "{\"id\":\"child-l-l2-1\",\"review_id\":\"child-l-scr\",\"number\":\"L2.1\"," \
  "\"finding_id\":\"child-l-f2\",\"text\":\"Initial and ongoing assessments must be thorough\"," \
  "\"linked_lesson_ids\":[\"child-n-n2-1\"],\"scope\":\"single agency\"}"
#define RECOMMENDATION_JSON \
  "{\"id\":\"b1-r1\",\"review_id\":\"child-b1-scr\",\"number\":\"1\"," \
  "\"text\":\"The LSCB should seek assurance that agencies share information\"," \
  "\"agency_id\":\"leicester-police\",\"finding_ids\":[\"b1-f1\",\"b1-f2\"],\"lesson_ids\":[]," \
  "\"priority\":\"high\"}"
#define ACTION_JSON \
  "{\"id\":\"child-l-a1\",\"review_id\":\"child-l-scr\",\"recommendation_id\":null," \
  "\"text\":\"Include working with resistant families in the L2 and L3 workshops\"," \
  "\"owner_agency_id\":null,\"owner\":\"Learning and Improvement Subgroup\"," \
  "\"lead\":\"Named lead\",\"due\":\"2016-07\",\"status\":\"in-progress\",\"rag\":\"amber\"," \
  "\"outcome_measure\":\"Staff survey shows the question is addressed\",\"evidence\":null," \
  "\"completed\":null,\"x_order\":2}"
#define AUDIT_JSON \
  "{\"id\":\"lscb-cse-audit\",\"title\":\"Multi-agency audit of CSE cases\"," \
  "\"type\":\"multi-agency\",\"date_reported\":\"2015-06\"," \
  "\"methodology\":\"Case file audit by a multi-agency panel\"," \
  "\"sample\":{\"size\":32,\"description\":\"Open CSE cases\",\"period\":\"2014\"}," \
  "\"measures\":[{\"label\":\"Risk assessment on file\",\"numerator\":19,\"denominator\":32," \
  "\"source\":\"panel\"},{\"label\":\"Strategy meeting held\",\"numerator\":32,\"denominator\":32}]," \
  "\"findings\":[\"Chronologies were rarely multi-agency\"]," \
  "\"improvement_activity\":[\"Chronology training\",\"Re-audit in 2016\"]," \
  "\"agency_ids\":[\"police\",\"health\"],\"lead_auditor\":null}"
#define MEASURE_JSON \
  "{\"label\":\"Voice of the child recorded\",\"numerator\":1,\"denominator\":8,\"note\":[true]}"

typedef gpointer (*FromJsonFunc) (JsonNode *node, GError **error);
typedef JsonNode *(*ToJsonFunc) (gpointer self);

static JsonNode *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static char *
write_compact (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

/* Loads @text, writes it back and checks the bytes, twice. */
static gpointer
check_round_trip (const char   *text,
                  FromJsonFunc  from_json,
                  ToJsonFunc    to_json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse (text);
  g_autoptr(GObject) object = from_json (node, &error);
  g_autoptr(GObject) again = NULL;
  g_autoptr(JsonNode) out = NULL;
  g_autoptr(JsonNode) out2 = NULL;
  g_autofree char *written = NULL;
  g_autofree char *written2 = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (object);
  out = to_json (object);
  written = write_compact (out);
  g_assert_cmpstr (written, ==, text);

  again = from_json (out, &error);
  g_assert_no_error (error);
  out2 = to_json (again);
  written2 = write_compact (out2);
  g_assert_cmpstr (written2, ==, text);
  return g_steal_pointer (&object);
}

static void
check_load_error (FromJsonFunc  from_json,
                  const char   *text,
                  const char   *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse (text);
  gpointer object = from_json (node, &error);

  if (object != NULL)
    g_error ("%s loaded but should fail with \"%s\"", text, message);
  g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
  g_assert_cmpstr (error->message, ==, message);
}

/* Accessor checks: set, read back (C getter and property), notify once
 * per change and never for an equal value. */

static void
count_notify (guint *count)
{
  (*count)++;
}

typedef const char *(*GetStringFunc) (gpointer self);
typedef void (*SetStringFunc) (gpointer self, const char *value);

static void
check_string (gpointer       object,
              const char    *property,
              GetStringFunc  get,
              SetStringFunc  set,
              gboolean       nullable)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  g_autofree char *via_property = NULL;
  guint count = 0;
  gulong handler = g_signal_connect_swapped (object, signal, G_CALLBACK (count_notify), &count);

  set (object, "alpha");
  g_assert_cmpstr (get (object), ==, "alpha");
  g_assert_cmpuint (count, ==, 1);
  set (object, "alpha");
  g_assert_cmpuint (count, ==, 1);
  g_object_get (object, property, &via_property, NULL);
  g_assert_cmpstr (via_property, ==, "alpha");
  g_object_set (object, property, "beta", NULL);
  g_assert_cmpstr (get (object), ==, "beta");
  g_assert_cmpuint (count, ==, 2);
  if (nullable)
    {
      set (object, NULL);
      g_assert_null (get (object));
      g_assert_cmpuint (count, ==, 3);
      set (object, NULL);
      g_assert_cmpuint (count, ==, 3);
    }
  g_signal_handler_disconnect (object, handler);
}

typedef const char * const *(*GetStrvFunc) (gpointer self);
typedef void (*SetStrvFunc) (gpointer self, const char * const *value);

static void
check_strv (gpointer     object,
            const char  *property,
            GetStrvFunc  get,
            SetStrvFunc  set)
{
  static const char * const two[] = { "a", "b", NULL };
  static const char * const two_again[] = { "a", "b", NULL };
  static const char * const empty[] = { NULL };
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  g_auto(GStrv) via_property = NULL;
  guint count = 0;
  gulong handler = g_signal_connect_swapped (object, signal, G_CALLBACK (count_notify), &count);

  set (object, two);
  g_assert_true (g_strv_equal (get (object), two));
  g_assert_cmpuint (count, ==, 1);
  set (object, two_again);
  g_assert_cmpuint (count, ==, 1);
  g_object_get (object, property, &via_property, NULL);
  g_assert_true (g_strv_equal ((const char * const *) via_property, two));
  set (object, NULL);
  g_assert_nonnull (get (object));           /* "none" reads as an empty vector */
  g_assert_null (get (object)[0]);
  g_assert_cmpuint (count, ==, 2);
  set (object, empty);
  g_assert_cmpuint (count, ==, 2);
  g_signal_handler_disconnect (object, handler);
}

typedef const ScrDate *(*GetDateFunc) (gpointer self);
typedef void (*SetDateFunc) (gpointer self, const ScrDate *value);

static void
check_date (gpointer     object,
            const char  *property,
            GetDateFunc  get,
            SetDateFunc  set)
{
  g_autoptr(ScrDate) month = scr_date_new_year_month (2016, 9, NULL);
  g_autoptr(ScrDate) month_again = scr_date_new_from_iso8601 ("2016-09", NULL);
  g_autoptr(ScrDate) day = scr_date_new (2016, 9, 1, NULL);
  g_autoptr(ScrDate) via_property = NULL;
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  guint count = 0;
  gulong handler = g_signal_connect_swapped (object, signal, G_CALLBACK (count_notify), &count);

  set (object, month);
  g_assert_true (scr_date_equal (get (object), month));
  g_assert_true (get (object) != month);     /* a copy */
  g_assert_cmpuint (count, ==, 1);
  set (object, month_again);
  g_assert_cmpuint (count, ==, 1);
  set (object, day);                          /* same first day, finer precision */
  g_assert_cmpuint (count, ==, 2);
  g_object_get (object, property, &via_property, NULL);
  g_assert_true (scr_date_equal (via_property, day));
  set (object, NULL);
  g_assert_null (get (object));
  g_assert_cmpuint (count, ==, 3);
  set (object, NULL);
  g_assert_cmpuint (count, ==, 3);
  g_signal_handler_disconnect (object, handler);
}

typedef int (*GetIntFunc) (gpointer self);
typedef void (*SetIntFunc) (gpointer self, int value);

static void
check_int (gpointer     object,
           const char  *property,
           GetIntFunc   get,
           SetIntFunc   set,
           int          a,
           int          b)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  guint count = 0;
  gulong handler = g_signal_connect_swapped (object, signal, G_CALLBACK (count_notify), &count);
  int via_property = -12345;

  set (object, a);
  g_assert_cmpint (get (object), ==, a);
  g_assert_cmpuint (count, ==, 1);
  set (object, a);
  g_assert_cmpuint (count, ==, 1);
  g_object_get (object, property, &via_property, NULL);
  g_assert_cmpint (via_property, ==, a);
  g_object_set (object, property, b, NULL);
  g_assert_cmpint (get (object), ==, b);
  g_assert_cmpuint (count, ==, 2);
  g_signal_handler_disconnect (object, handler);
}

#define STRING(obj, prop, T, acc, nullable) \
  check_string (obj, prop, (GetStringFunc) scr_##T##_get_##acc, (SetStringFunc) scr_##T##_set_##acc, nullable)
#define STRV(obj, prop, T, acc) \
  check_strv (obj, prop, (GetStrvFunc) scr_##T##_get_##acc, (SetStrvFunc) scr_##T##_set_##acc)
#define DATE(obj, prop, T, acc) \
  check_date (obj, prop, (GetDateFunc) scr_##T##_get_##acc, (SetDateFunc) scr_##T##_set_##acc)
#define INT(obj, prop, T, acc, a, b) \
  check_int (obj, prop, (GetIntFunc) scr_##T##_get_##acc, (SetIntFunc) scr_##T##_set_##acc, a, b)

static void
test_theme (void)
{
  ScrTheme *theme = scr_theme_new ("t1", "Quality assessments");
  g_autoptr(ScrTheme) loaded = NULL;

  g_assert_true (SCR_IS_THEME (theme));
  g_assert_cmpstr (scr_theme_get_id (theme), ==, "t1");
  g_assert_cmpstr (scr_theme_get_title (theme), ==, "Quality assessments");
  g_assert_null (scr_theme_get_review_id (theme));
  g_assert_null (scr_theme_get_description (theme));
  STRING (theme, "id", theme, id, FALSE);
  STRING (theme, "review-id", theme, review_id, TRUE);
  STRING (theme, "title", theme, title, FALSE);
  STRING (theme, "description", theme, description, TRUE);

  loaded = check_round_trip (THEME_JSON, (FromJsonFunc) scr_theme_new_from_json,
                             (ToJsonFunc) scr_theme_to_json);
  g_assert_cmpstr (scr_theme_get_id (loaded), ==, "child-l-t1");
  g_assert_cmpstr (scr_theme_get_review_id (loaded), ==, "child-l-scr");
  g_assert_cmpstr (scr_theme_get_title (loaded), ==, "Working with resistant families");
  g_assert_null (scr_theme_get_description (loaded));
  g_assert_finalize_object (theme);
}

static void
test_finding (void)
{
  ScrFinding *finding = scr_finding_new ("f1", "Assessments were static");
  g_autoptr(ScrFinding) loaded = NULL;

  g_assert_cmpstr (scr_finding_get_id (finding), ==, "f1");
  g_assert_cmpstr (scr_finding_get_text (finding), ==, "Assessments were static");
  g_assert_null (scr_finding_get_number (finding));
  g_assert_null (scr_finding_get_title (finding));
  g_assert_null (scr_finding_get_review_id (finding));
  g_assert_cmpuint (g_strv_length ((char **) scr_finding_get_theme_ids (finding)), ==, 0);
  STRING (finding, "id", finding, id, FALSE);
  STRING (finding, "review-id", finding, review_id, TRUE);
  STRING (finding, "number", finding, number, TRUE);
  STRING (finding, "title", finding, title, TRUE);
  STRING (finding, "text", finding, text, FALSE);
  STRV (finding, "theme-ids", finding, theme_ids);

  loaded = check_round_trip (FINDING_JSON, (FromJsonFunc) scr_finding_new_from_json,
                             (ToJsonFunc) scr_finding_to_json);
  g_assert_cmpstr (scr_finding_get_number (loaded), ==, "L1");
  g_assert_cmpstr (scr_finding_get_theme_ids (loaded)[0], ==, "child-l-t1");
  g_assert_null (scr_finding_get_theme_ids (loaded)[1]);
  g_assert_finalize_object (finding);
}

static void
test_lesson (void)
{
  ScrLesson *lesson = scr_lesson_new ("l1", "Care leavers may need more support");
  g_autoptr(ScrLesson) loaded = NULL;

  g_assert_cmpstr (scr_lesson_get_id (lesson), ==, "l1");
  g_assert_cmpstr (scr_lesson_get_text (lesson), ==, "Care leavers may need more support");
  STRING (lesson, "id", lesson, id, FALSE);
  STRING (lesson, "review-id", lesson, review_id, TRUE);
  STRING (lesson, "number", lesson, number, TRUE);
  STRING (lesson, "finding-id", lesson, finding_id, TRUE);
  STRING (lesson, "text", lesson, text, FALSE);
  STRV (lesson, "linked-lesson-ids", lesson, linked_lesson_ids);

  loaded = check_round_trip (LESSON_JSON, (FromJsonFunc) scr_lesson_new_from_json,
                             (ToJsonFunc) scr_lesson_to_json);
  g_assert_cmpstr (scr_lesson_get_number (loaded), ==, "L2.1");
  g_assert_cmpstr (scr_lesson_get_finding_id (loaded), ==, "child-l-f2");
  /* "Linked to N2.1": a lesson of another review */
  g_assert_cmpstr (scr_lesson_get_linked_lesson_ids (loaded)[0], ==, "child-n-n2-1");
  g_assert_finalize_object (lesson);
}

static void
test_recommendation (void)
{
  ScrRecommendation *rec = scr_recommendation_new ("r1", "Review the protocol");
  g_autoptr(ScrRecommendation) loaded = NULL;

  g_assert_cmpstr (scr_recommendation_get_id (rec), ==, "r1");
  g_assert_cmpstr (scr_recommendation_get_text (rec), ==, "Review the protocol");
  g_assert_null (scr_recommendation_get_agency_id (rec));
  STRING (rec, "id", recommendation, id, FALSE);
  STRING (rec, "review-id", recommendation, review_id, TRUE);
  STRING (rec, "number", recommendation, number, TRUE);
  STRING (rec, "text", recommendation, text, FALSE);
  STRING (rec, "agency-id", recommendation, agency_id, TRUE);
  STRV (rec, "finding-ids", recommendation, finding_ids);
  STRV (rec, "lesson-ids", recommendation, lesson_ids);

  loaded = check_round_trip (RECOMMENDATION_JSON, (FromJsonFunc) scr_recommendation_new_from_json,
                             (ToJsonFunc) scr_recommendation_to_json);
  g_assert_cmpstr (scr_recommendation_get_agency_id (loaded), ==, "leicester-police");
  g_assert_cmpuint (g_strv_length ((char **) scr_recommendation_get_finding_ids (loaded)), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) scr_recommendation_get_lesson_ids (loaded)), ==, 0);
  g_assert_finalize_object (rec);
}

static void
test_action (void)
{
  ScrAction *action = scr_action_new ("a1", "Refresh the protocol");
  g_autoptr(ScrAction) loaded = NULL;
  g_autofree char *due = NULL;

  g_assert_cmpstr (scr_action_get_id (action), ==, "a1");
  g_assert_cmpstr (scr_action_get_text (action), ==, "Refresh the protocol");
  g_assert_cmpint (scr_action_get_status (action), ==, SCR_ACTION_STATUS_UNKNOWN);
  g_assert_cmpint (scr_action_get_rag (action), ==, SCR_RAG_NONE);
  g_assert_null (scr_action_get_due_date (action));
  g_assert_null (scr_action_get_completed_date (action));
  STRING (action, "id", action, id, FALSE);
  STRING (action, "review-id", action, review_id, TRUE);
  STRING (action, "recommendation-id", action, recommendation_id, TRUE);
  STRING (action, "text", action, text, FALSE);
  STRING (action, "owner-agency-id", action, owner_agency_id, TRUE);
  STRING (action, "owner", action, owner, TRUE);
  STRING (action, "lead", action, lead, TRUE);
  DATE (action, "due-date", action, due_date);
  INT (action, "status", action, status, SCR_ACTION_STATUS_COMPLETED, SCR_ACTION_STATUS_SUPERSEDED);
  INT (action, "rag", action, rag, SCR_RAG_BLUE, SCR_RAG_RED);
  STRING (action, "outcome-measure", action, outcome_measure, TRUE);
  STRING (action, "evidence", action, evidence, TRUE);
  DATE (action, "completed-date", action, completed_date);

  loaded = check_round_trip (ACTION_JSON, (FromJsonFunc) scr_action_new_from_json,
                             (ToJsonFunc) scr_action_to_json);
  due = scr_date_to_iso8601 (scr_action_get_due_date (loaded));
  g_assert_cmpstr (due, ==, "2016-07");
  g_assert_cmpint (scr_action_get_status (loaded), ==, SCR_ACTION_STATUS_IN_PROGRESS);
  g_assert_cmpint (scr_action_get_rag (loaded), ==, SCR_RAG_AMBER);
  g_assert_cmpstr (scr_action_get_owner (loaded), ==, "Learning and Improvement Subgroup");
  g_assert_finalize_object (action);
}

static void
test_action_defaults_from_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse ("{\"id\":\"a\",\"text\":\"t\"}");
  ScrAction *action = scr_action_new_from_json (node, &error);
  g_autoptr(JsonNode) out = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (scr_action_get_status (action), ==, SCR_ACTION_STATUS_UNKNOWN);
  g_assert_cmpint (scr_action_get_rag (action), ==, SCR_RAG_NONE);
  out = scr_action_to_json (action);
  text = write_compact (out);
  g_assert_cmpstr (text, ==,
                   "{\"id\":\"a\",\"review_id\":null,\"recommendation_id\":null,\"text\":\"t\","
                   "\"owner_agency_id\":null,\"owner\":null,\"lead\":null,\"due\":null,"
                   "\"status\":null,\"rag\":\"none\",\"outcome_measure\":null,"
                   "\"evidence\":null,\"completed\":null}");
  g_assert_finalize_object (action);
}

static void
test_action_status_null (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = parse ("{\"id\":\"a\",\"text\":\"t\",\"status\":\"unknown\"}");
  ScrAction *action = scr_action_new_from_json (node, &error);
  g_autoptr(JsonNode) out = NULL;
  JsonObject *object;

  g_assert_no_error (error);
  g_assert_cmpint (scr_action_get_status (action), ==, SCR_ACTION_STATUS_UNKNOWN);
  out = scr_action_to_json (action);
  object = json_node_get_object (out);
  g_assert_true (json_object_get_null_member (object, "status"));
  scr_action_set_status (action, SCR_ACTION_STATUS_NOT_STARTED);
  g_clear_pointer (&out, json_node_unref);
  out = scr_action_to_json (action);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (out), "status"), ==, "not-started");
  g_assert_finalize_object (action);
}

typedef struct {
  const char *due;
  const char *on;
  ScrActionStatus status;
  gboolean overdue;
} OverdueCase;

static void
test_action_overdue (void)
{
  static const OverdueCase cases[] = {
    /* month precision: the end of the month */
    { "2016-09", "2016-09-01", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016-09", "2016-09-30", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016-09", "2016-10-01", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    { "2016-09", "2016-08-31", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    /* a partial "on" counts as its first day */
    { "2016-09", "2016-09", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016-09", "2016-10", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    { "2016-09", "2017", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    { "2016-09", "2016", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    /* leap years: February ends on the 29th, or the 28th */
    { "2016-02", "2016-02-29", SCR_ACTION_STATUS_NOT_STARTED, FALSE },
    { "2016-02", "2016-03-01", SCR_ACTION_STATUS_NOT_STARTED, TRUE },
    { "2015-02", "2015-02-28", SCR_ACTION_STATUS_NOT_STARTED, FALSE },
    { "2015-02", "2015-03-01", SCR_ACTION_STATUS_NOT_STARTED, TRUE },
    { "1900-02", "1900-02-28", SCR_ACTION_STATUS_NOT_STARTED, FALSE },
    { "1900-02", "1900-03-01", SCR_ACTION_STATUS_NOT_STARTED, TRUE },
    { "2000-02", "2000-02-29", SCR_ACTION_STATUS_NOT_STARTED, FALSE },
    { "2016-02-29", "2016-02-29", SCR_ACTION_STATUS_NOT_STARTED, FALSE },
    { "2016-02-29", "2016-03-01", SCR_ACTION_STATUS_NOT_STARTED, TRUE },
    /* year end */
    { "2016", "2016-12-31", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016", "2017-01-01", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    { "2016-12", "2016-12-31", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016-12", "2017-01-01", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    { "2016-12-31", "2016-12-31", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016-12-31", "2017-01-01", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    /* a complete due date: overdue the day after */
    { "2016-07-15", "2016-07-15", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    { "2016-07-15", "2016-07-16", SCR_ACTION_STATUS_IN_PROGRESS, TRUE },
    /* done actions are never overdue; a recorded "overdue" follows the dates */
    { "2016-09", "2020-01-01", SCR_ACTION_STATUS_COMPLETED, FALSE },
    { "2016-09", "2020-01-01", SCR_ACTION_STATUS_SUPERSEDED, FALSE },
    { "2016-09", "2020-01-01", SCR_ACTION_STATUS_OVERDUE, TRUE },
    { "2016-09", "2016-09-15", SCR_ACTION_STATUS_OVERDUE, FALSE },
    /* no due date: never overdue */
    { NULL, "2020-01-01", SCR_ACTION_STATUS_IN_PROGRESS, FALSE },
    /* no recorded status: not known to be done */
    { "2016-09", "2016-10-01", SCR_ACTION_STATUS_UNKNOWN, TRUE },
    { "2016-09", "2016-09-30", SCR_ACTION_STATUS_UNKNOWN, FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ScrAction) action = scr_action_new ("a", "t");
      g_autoptr(ScrDate) due = cases[i].due ? scr_date_new_from_iso8601 (cases[i].due, NULL) : NULL;
      g_autoptr(ScrDate) on = scr_date_new_from_iso8601 (cases[i].on, NULL);

      scr_action_set_due_date (action, due);
      scr_action_set_status (action, cases[i].status);
      if (scr_action_is_overdue (action, on) != cases[i].overdue)
        g_error ("due %s, on %s, status %d: expected %s", cases[i].due, cases[i].on,
                 cases[i].status, cases[i].overdue ? "overdue" : "not overdue");
    }
}

static void
test_audit_measure (void)
{
  ScrAuditMeasure *measure = scr_audit_measure_new ("Chronology on file", 19, 32);
  g_autoptr(ScrAuditMeasure) loaded = NULL;

  g_assert_cmpstr (scr_audit_measure_get_label (measure), ==, "Chronology on file");
  g_assert_cmpint (scr_audit_measure_get_numerator (measure), ==, 19);
  g_assert_cmpint (scr_audit_measure_get_denominator (measure), ==, 32);
  g_assert_cmpint (scr_audit_measure_get_percentage (measure), ==, 59);
  STRING (measure, "label", audit_measure, label, FALSE);
  INT (measure, "numerator", audit_measure, numerator, 3, 2);
  INT (measure, "denominator", audit_measure, denominator, 7, 3);

  loaded = check_round_trip (MEASURE_JSON, (FromJsonFunc) scr_audit_measure_new_from_json,
                             (ToJsonFunc) scr_audit_measure_to_json);
  g_assert_cmpint (scr_audit_measure_get_percentage (loaded), ==, 13);   /* 12.5 rounds up */

  g_assert_finalize_object (measure);
}

typedef struct {
  int numerator;
  int denominator;
  int percentage;
} PercentCase;

static void
test_audit_measure_percentage (void)
{
  static const PercentCase cases[] = {
    { 19, 32, 59 },      /* 59.375 */
    { 1, 8, 13 },        /* 12.5: halves round up */
    { 3, 8, 38 },        /* 37.5 */
    { 2, 3, 67 },        /* 66.67 */
    { 1, 3, 33 },        /* 33.33 */
    { 1, 200, 1 },       /* 0.5 */
    { 1, 201, 0 },       /* 0.4975 */
    { 0, 5, 0 },
    { 5, 5, 100 },
    { 199, 200, 100 },   /* 99.5 */
    { 398, 400, 100 },   /* 99.5 */
    { 397, 400, 99 },    /* 99.25 */
    { G_MAXINT - 1, G_MAXINT, 100 },
    { G_MAXINT / 2, G_MAXINT, 50 },
    { 7, 0, -1 },        /* no denominator: no percentage */
    { 0, 0, -1 },
    { 40, 32, 125 },     /* set by hand; a file with this fails to load */
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ScrAuditMeasure) m = scr_audit_measure_new ("m", cases[i].numerator,
                                                            cases[i].denominator);

      g_assert_cmpint (scr_audit_measure_get_percentage (m), ==, cases[i].percentage);
    }
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

static void
test_audit (void)
{
  ScrAudit *audit = scr_audit_new ("au1", "Section 11 audit");
  g_autoptr(ScrAudit) loaded = NULL;
  g_autoptr(ScrAuditMeasure) m1 = scr_audit_measure_new ("one", 1, 2);
  g_autoptr(ScrAuditMeasure) m2 = scr_audit_measure_new ("two", 2, 2);
  g_autoptr(ScrAuditMeasure) first = NULL;
  g_autoptr(GListModel) via_property = NULL;
  g_autofree char *reported = NULL;
  GListModel *measures;
  guint changes = 0;

  g_assert_cmpstr (scr_audit_get_id (audit), ==, "au1");
  g_assert_cmpstr (scr_audit_get_title (audit), ==, "Section 11 audit");
  g_assert_cmpint (scr_audit_get_audit_type (audit), ==, SCR_AUDIT_TYPE_OTHER);
  g_assert_cmpint (scr_audit_get_sample_size (audit), ==, -1);
  g_assert_null (scr_audit_get_sample_description (audit));
  g_assert_null (scr_audit_get_date_reported (audit));
  STRING (audit, "id", audit, id, FALSE);
  STRING (audit, "title", audit, title, FALSE);
  INT (audit, "audit-type", audit, audit_type, SCR_AUDIT_TYPE_SECTION_11, SCR_AUDIT_TYPE_CASE_FILE);
  DATE (audit, "date-reported", audit, date_reported);
  STRING (audit, "methodology", audit, methodology, TRUE);
  STRV (audit, "findings", audit, findings);
  STRV (audit, "improvement-activity", audit, improvement_activity);
  STRV (audit, "agency-ids", audit, agency_ids);
  INT (audit, "sample-size", audit, sample_size, 10, -1);
  STRING (audit, "sample-description", audit, sample_description, TRUE);

  /* measures: a live list */
  measures = scr_audit_get_measures (audit);
  g_assert_true (G_IS_LIST_MODEL (measures));
  g_assert_true (g_list_model_get_item_type (measures) == SCR_TYPE_AUDIT_MEASURE);
  g_object_get (audit, "measures", &via_property, NULL);
  g_assert_true (via_property == measures);
  g_signal_connect (measures, "items-changed", G_CALLBACK (count_items_changed), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (measures), ==, 0);
  scr_audit_add_measure (audit, m1);
  scr_audit_add_measure (audit, m2);
  g_assert_cmpuint (g_list_model_get_n_items (measures), ==, 2);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_true (scr_audit_remove_measure (audit, 0));
  g_assert_false (scr_audit_remove_measure (audit, 1));
  g_assert_cmpuint (changes, ==, 3);
  first = g_list_model_get_item (measures, 0);
  g_assert_true (first == m2);

  loaded = check_round_trip (AUDIT_JSON, (FromJsonFunc) scr_audit_new_from_json,
                             (ToJsonFunc) scr_audit_to_json);
  g_assert_cmpint (scr_audit_get_audit_type (loaded), ==, SCR_AUDIT_TYPE_MULTI_AGENCY);
  reported = scr_date_to_iso8601 (scr_audit_get_date_reported (loaded));
  g_assert_cmpstr (reported, ==, "2015-06");
  g_assert_cmpint (scr_audit_get_sample_size (loaded), ==, 32);
  g_assert_cmpstr (scr_audit_get_sample_description (loaded), ==, "Open CSE cases");
  g_assert_cmpuint (g_list_model_get_n_items (scr_audit_get_measures (loaded)), ==, 2);
  {
    g_autoptr(ScrAuditMeasure) m = g_list_model_get_item (scr_audit_get_measures (loaded), 0);

    g_assert_cmpint (scr_audit_measure_get_percentage (m), ==, 59);
  }
  g_assert_cmpstr (scr_audit_get_improvement_activity (loaded)[1], ==, "Re-audit in 2016");
  g_assert_cmpstr (scr_audit_get_agency_ids (loaded)[0], ==, "police");
  g_assert_cmpstr (scr_audit_get_findings (loaded)[0], ==, "Chronologies were rarely multi-agency");
  g_assert_finalize_object (audit);
}

static void
test_audit_sample_forms (void)
{
  /* no sample is null; a partly known sample keeps both members */
  static const char *texts[] = {
    "{\"id\":\"a\",\"title\":\"t\",\"type\":\"section-11\",\"date_reported\":null,"
    "\"methodology\":null,\"sample\":null,\"measures\":[],\"findings\":[],"
    "\"improvement_activity\":[],\"agency_ids\":[]}",
    "{\"id\":\"a\",\"title\":\"t\",\"type\":\"case-file\",\"date_reported\":\"2015\","
    "\"methodology\":null,\"sample\":{\"size\":null,\"description\":\"ten cases\"},"
    "\"measures\":[],\"findings\":[],\"improvement_activity\":[],\"agency_ids\":[]}",
    "{\"id\":\"a\",\"title\":\"t\",\"type\":\"thematic\",\"date_reported\":\"2015-06-30\","
    "\"methodology\":null,\"sample\":{\"size\":0,\"description\":null},"
    "\"measures\":[],\"findings\":[],\"improvement_activity\":[],\"agency_ids\":[]}",
    "{\"id\":\"a\",\"title\":\"t\",\"type\":\"single-agency\",\"date_reported\":null,"
    "\"methodology\":null,\"sample\":{\"size\":null,\"description\":null,\"x\":1},"
    "\"measures\":[],\"findings\":[],\"improvement_activity\":[],\"agency_ids\":[]}",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(ScrAudit) audit = check_round_trip (texts[i], (FromJsonFunc) scr_audit_new_from_json,
                                                    (ToJsonFunc) scr_audit_to_json);
      g_assert_nonnull (audit);
    }
}

static void
test_new_objects_round_trip (void)
{
  /* What a program builds and saves loads back to the same bytes. */
  g_autoptr(ScrAudit) audit = scr_audit_new ("a", "t");
  g_autoptr(ScrAuditMeasure) measure = scr_audit_measure_new ("m", 19, 32);
  g_autoptr(ScrAction) action = scr_action_new ("x", "y");
  g_autoptr(ScrDate) due = scr_date_new_year (2017, NULL);
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  g_autoptr(ScrAudit) audit2 = NULL;
  g_autoptr(ScrAction) action2 = NULL;

  scr_audit_add_measure (audit, measure);
  scr_audit_set_sample_size (audit, 32);
  node = scr_audit_to_json (audit);
  text = write_compact (node);
  audit2 = check_round_trip (text, (FromJsonFunc) scr_audit_new_from_json,
                             (ToJsonFunc) scr_audit_to_json);
  g_assert_cmpint (scr_audit_get_sample_size (audit2), ==, 32);

  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&text, g_free);
  scr_action_set_due_date (action, due);
  scr_action_set_rag (action, SCR_RAG_GREEN);
  node = scr_action_to_json (action);
  text = write_compact (node);
  action2 = check_round_trip (text, (FromJsonFunc) scr_action_new_from_json,
                              (ToJsonFunc) scr_action_to_json);
  g_assert_cmpint (scr_action_get_rag (action2), ==, SCR_RAG_GREEN);
}

typedef struct {
  FromJsonFunc from_json;
  const char *json;
  const char *message;
} ErrorCase;

#define AUDIT_WITH(measures) \
  "{\"id\":\"a\",\"title\":\"t\",\"measures\":[" measures "]}"

static void
test_load_errors (void)
{
  const ErrorCase cases[] = {
    { (FromJsonFunc) scr_theme_new_from_json, "{}", "id: required member is missing" },
    { (FromJsonFunc) scr_theme_new_from_json, "{\"id\":\"\",\"title\":\"x\"}", "id: must not be empty" },
    { (FromJsonFunc) scr_theme_new_from_json, "{\"id\":\"t\",\"title\":null}", "title: required member is null" },
    { (FromJsonFunc) scr_theme_new_from_json, "[]", "expected a JSON object" },
    { (FromJsonFunc) scr_theme_new_from_json, "{\"id\":\"t\",\"title\":\"x\",\"description\":[]}",
      "description: expected a string, found an array" },
    { (FromJsonFunc) scr_finding_new_from_json, "{\"id\":\"f\",\"text\":\"x\",\"theme_ids\":[\"a\",1]}",
      "theme_ids[1]: expected a string, found an integer" },
    { (FromJsonFunc) scr_finding_new_from_json, "{\"id\":\"f\",\"text\":\"x\",\"theme_ids\":\"a\"}",
      "theme_ids: expected an array, found a string" },
    { (FromJsonFunc) scr_finding_new_from_json, "{\"id\":\"f\"}", "text: required member is missing" },
    { (FromJsonFunc) scr_lesson_new_from_json, "{\"id\":\"l\",\"text\":3}",
      "text: expected a string, found an integer" },
    { (FromJsonFunc) scr_lesson_new_from_json, "{\"id\":\"l\",\"text\":\"x\",\"linked_lesson_ids\":{}}",
      "linked_lesson_ids: expected an array, found an object" },
    { (FromJsonFunc) scr_recommendation_new_from_json, "{\"id\":\"r\",\"text\":\"x\",\"agency_id\":true}",
      "agency_id: expected a string, found a boolean" },
    { (FromJsonFunc) scr_recommendation_new_from_json, "{\"id\":\"r\",\"text\":\"x\",\"lesson_ids\":[null]}",
      "lesson_ids[0]: expected a string, found null" },
    { (FromJsonFunc) scr_action_new_from_json, "{\"id\":\"a\",\"text\":\"x\",\"due\":\"2016-13\"}",
      "due: \"2016-13\" is not a date: month 13 is outside 1..12" },
    { (FromJsonFunc) scr_action_new_from_json, "{\"id\":\"a\",\"text\":\"x\",\"completed\":\"2016-02-30\"}",
      "completed: \"2016-02-30\" is not a date: February 2016 has no day 30" },
    { (FromJsonFunc) scr_action_new_from_json, "{\"id\":\"a\",\"text\":\"x\",\"due\":20160901}",
      "due: expected a date string (YYYY-MM-DD), found an integer" },
    { (FromJsonFunc) scr_action_new_from_json, "{\"id\":\"a\",\"text\":\"x\",\"status\":\"done\"}",
      "status: \"done\" is not one of \"not-started\", \"in-progress\", \"completed\", \"overdue\", \"superseded\", \"unknown\"" },
    { (FromJsonFunc) scr_action_new_from_json, "{\"id\":\"a\",\"text\":\"x\",\"rag\":\"purple\"}",
      "rag: \"purple\" is not one of \"none\", \"red\", \"amber\", \"green\", \"blue\"" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"type\":\"external\"}",
      "type: \"external\" is not one of \"multi-agency\", \"single-agency\", \"thematic\", "
      "\"section-11\", \"case-file\", \"other\"" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"date_reported\":\"June 2015\"}",
      "date_reported: \"June 2015\" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"sample\":\"32\"}",
      "sample: expected an object, found a string" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"sample\":{\"size\":-3}}",
      "sample.size: -3 is outside 0..2147483647" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"sample\":{\"description\":5}}",
      "sample.description: expected a string, found an integer" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"findings\":[\"x\",[]]}",
      "findings[1]: expected a string, found an array" },
    { (FromJsonFunc) scr_audit_new_from_json, "{\"id\":\"a\",\"title\":\"t\",\"measures\":{}}",
      "measures: expected an array, found an object" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":1,\"denominator\":2},"
                  "{\"label\":\"b\",\"numerator\":0,\"denominator\":0}"),
      "measures[1].denominator: must be more than 0 (the number of cases looked at)" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":40,\"denominator\":32}"),
      "measures[0].numerator: 40 is more than the denominator 32" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":-1,\"denominator\":32}"),
      "measures[0].numerator: -1 is outside 0..2147483647" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":1.5,\"denominator\":32}"),
      "measures[0].numerator: expected an integer, found a number" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":1,\"denominator\":99999999999}"),
      "measures[0].denominator: 99999999999 is outside 0..2147483647" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"numerator\":1,\"denominator\":3}"),
      "measures[0].label: required member is missing" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":1}"),
      "measures[0].denominator: required member is missing" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":1,\"denominator\":3},{},\"x\""),
      "measures[1].label: required member is missing" },
    { (FromJsonFunc) scr_audit_new_from_json,
      AUDIT_WITH ("{\"label\":\"a\",\"numerator\":1,\"denominator\":3},\"x\""),
      "measures[1]: expected an object, found a string" },
    { (FromJsonFunc) scr_audit_measure_new_from_json, "{\"label\":\"x\",\"numerator\":1,\"denominator\":0}",
      "denominator: must be more than 0 (the number of cases looked at)" },
    { (FromJsonFunc) scr_audit_measure_new_from_json, "{\"label\":\"x\",\"numerator\":2,\"denominator\":1}",
      "numerator: 2 is more than the denominator 1" },
    { (FromJsonFunc) scr_audit_measure_new_from_json, "\"19/32\"", "expected a JSON object" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    check_load_error (cases[i].from_json, cases[i].json, cases[i].message);
}

static void
test_enums (void)
{
  g_autoptr(GEnumClass) status = g_type_class_ref (SCR_TYPE_ACTION_STATUS);
  g_autoptr(GEnumClass) rag = g_type_class_ref (SCR_TYPE_RAG);
  g_autoptr(GEnumClass) type = g_type_class_ref (SCR_TYPE_AUDIT_TYPE);

  g_assert_cmpstr (g_enum_get_value (status, SCR_ACTION_STATUS_NOT_STARTED)->value_nick, ==, "not-started");
  g_assert_cmpstr (g_enum_get_value (status, SCR_ACTION_STATUS_IN_PROGRESS)->value_nick, ==, "in-progress");
  g_assert_cmpstr (g_enum_get_value (status, SCR_ACTION_STATUS_SUPERSEDED)->value_nick, ==, "superseded");
  g_assert_cmpstr (g_enum_get_value (status, SCR_ACTION_STATUS_UNKNOWN)->value_nick, ==, "unknown");
  g_assert_cmpuint (status->n_values, ==, 6);
  g_assert_cmpstr (g_enum_get_value (rag, SCR_RAG_BLUE)->value_nick, ==, "blue");
  g_assert_cmpuint (rag->n_values, ==, 5);
  g_assert_cmpstr (g_enum_get_value (type, SCR_AUDIT_TYPE_MULTI_AGENCY)->value_nick, ==, "multi-agency");
  g_assert_cmpstr (g_enum_get_value (type, SCR_AUDIT_TYPE_SECTION_11)->value_nick, ==, "section-11");
  g_assert_cmpstr (g_enum_get_value (type, SCR_AUDIT_TYPE_CASE_FILE)->value_nick, ==, "case-file");
  g_assert_cmpuint (type->n_values, ==, 6);
}

static void
test_construct_properties (void)
{
  g_autoptr(ScrDate) due = scr_date_new (2016, 9, 30, NULL);
  g_autoptr(ScrAction) action = g_object_new (SCR_TYPE_ACTION,
                                              "id", "a", "text", "t",
                                              "status", SCR_ACTION_STATUS_OVERDUE,
                                              "rag", SCR_RAG_RED,
                                              "due-date", due,
                                              NULL);
  g_autoptr(ScrAudit) audit = g_object_new (SCR_TYPE_AUDIT, "id", "b", "title", "t",
                                            "audit-type", SCR_AUDIT_TYPE_THEMATIC,
                                            "sample-size", 10, NULL);

  g_assert_cmpint (scr_action_get_status (action), ==, SCR_ACTION_STATUS_OVERDUE);
  g_assert_cmpint (scr_action_get_rag (action), ==, SCR_RAG_RED);
  g_assert_true (scr_date_equal (scr_action_get_due_date (action), due));
  g_assert_cmpint (scr_audit_get_audit_type (audit), ==, SCR_AUDIT_TYPE_THEMATIC);
  g_assert_cmpint (scr_audit_get_sample_size (audit), ==, 10);
}

static void
test_misuse (void)
{
  ScrTheme *theme = scr_theme_new ("t", "x");

  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*SCR_IS_THEME*");
  g_assert_null (scr_theme_get_id (NULL));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*title != NULL*");
  scr_theme_set_title (theme, NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (scr_theme_get_title (theme), ==, "x");
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*node != NULL*");
  g_assert_null (scr_finding_new_from_json (NULL, NULL));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*on != NULL*");
  {
    g_autoptr(ScrAction) action = scr_action_new ("a", "t");
    g_assert_false (scr_action_is_overdue (action, NULL));
  }
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*denominator >= 0*");
  g_assert_null (scr_audit_measure_new ("x", 1, -2));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*SCR_IS_AUDIT_MEASURE*");
  g_assert_cmpint (scr_audit_measure_get_percentage (NULL), ==, -1);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Scr", G_LOG_LEVEL_CRITICAL, "*SCR_IS_AUDIT_MEASURE*");
  {
    g_autoptr(ScrAudit) audit = scr_audit_new ("a", "t");
    scr_audit_add_measure (audit, (ScrAuditMeasure *) theme);
    g_assert_cmpuint (g_list_model_get_n_items (scr_audit_get_measures (audit)), ==, 0);
  }
  g_test_assert_expected_messages ();
  g_assert_finalize_object (theme);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/learning/theme", test_theme);
  g_test_add_func ("/scr/model/learning/finding", test_finding);
  g_test_add_func ("/scr/model/learning/lesson", test_lesson);
  g_test_add_func ("/scr/model/learning/recommendation", test_recommendation);
  g_test_add_func ("/scr/model/learning/action", test_action);
  g_test_add_func ("/scr/model/learning/action-defaults-from-json", test_action_defaults_from_json);
  g_test_add_func ("/scr/model/learning/action-status-null", test_action_status_null);
  g_test_add_func ("/scr/model/learning/action-overdue", test_action_overdue);
  g_test_add_func ("/scr/model/learning/audit-measure", test_audit_measure);
  g_test_add_func ("/scr/model/learning/audit-measure-percentage", test_audit_measure_percentage);
  g_test_add_func ("/scr/model/learning/audit", test_audit);
  g_test_add_func ("/scr/model/learning/audit-sample-forms", test_audit_sample_forms);
  g_test_add_func ("/scr/model/learning/new-objects-round-trip", test_new_objects_round_trip);
  g_test_add_func ("/scr/model/learning/load-errors", test_load_errors);
  g_test_add_func ("/scr/model/learning/enums", test_enums);
  g_test_add_func ("/scr/model/learning/construct-properties", test_construct_properties);
  g_test_add_func ("/scr/model/learning/misuse", test_misuse);
  return g_test_run ();
}
