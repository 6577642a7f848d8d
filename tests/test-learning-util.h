/* test-learning-util.h: fixtures and accessor checks shared by the tests of
 * the learning classes (themes, findings, lessons, recommendations, actions,
 * audits and their measures).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

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

static inline JsonNode *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static inline char *
write_compact (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

/* Loads @text, writes it back and checks the bytes, twice. */
static inline gpointer
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

static inline void
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

static inline void
count_notify (guint *count)
{
  (*count)++;
}

typedef const char *(*GetStringFunc) (gpointer self);
typedef void (*SetStringFunc) (gpointer self, const char *value);

static inline void
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

static inline void
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

static inline void
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

static inline void
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
