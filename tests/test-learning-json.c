/* test-learning-json.c: the private load/save functions the dataset calls
 * for the learning types: errors carry the dataset's path, and save writes
 * one whole object into the caller's builder.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <scr/scr.h>

#include "scr-action-private.h"
#include "scr-audit-measure-private.h"
#include "scr-audit-private.h"
#include "scr-finding-private.h"
#include "scr-lesson-private.h"
#include "scr-recommendation-private.h"
#include "scr-theme-private.h"

typedef gpointer (*LoadFunc) (JsonObject *object, const char *path, GError **error);
typedef void (*SaveFunc) (gpointer self, JsonBuilder *builder);

typedef struct {
  const char *collection;
  LoadFunc load;
  SaveFunc save;
  const char *good;
  const char *bad;
  const char *message;
} Case;

static const Case cases[] = {
  { "themes", (LoadFunc) scr_theme_load_json, (SaveFunc) scr_theme_save_json,
    "{\"id\":\"t\",\"review_id\":null,\"title\":\"x\",\"description\":null}",
    "{\"id\":\"t\"}", "themes[3].title: required member is missing" },
  { "findings", (LoadFunc) scr_finding_load_json, (SaveFunc) scr_finding_save_json,
    "{\"id\":\"f\",\"review_id\":\"r\",\"number\":\"1\",\"title\":null,\"text\":\"x\",\"theme_ids\":[\"t\"]}",
    "{\"id\":\"f\",\"text\":\"x\",\"theme_ids\":[2]}", "findings[3].theme_ids[0]: expected a string, found an integer" },
  { "lessons", (LoadFunc) scr_lesson_load_json, (SaveFunc) scr_lesson_save_json,
    "{\"id\":\"l\",\"review_id\":null,\"number\":\"L1.1\",\"finding_id\":\"f\",\"text\":\"x\",\"linked_lesson_ids\":[]}",
    "{\"id\":7,\"text\":\"x\"}", "lessons[3].id: expected a string, found an integer" },
  { "recommendations", (LoadFunc) scr_recommendation_load_json, (SaveFunc) scr_recommendation_save_json,
    "{\"id\":\"r\",\"review_id\":null,\"number\":null,\"text\":\"x\",\"agency_id\":null,\"finding_ids\":[],\"lesson_ids\":[\"l\"]}",
    "{\"id\":\"r\",\"text\":\"\"}", "recommendations[3].text: must not be empty" },
  { "actions", (LoadFunc) scr_action_load_json, (SaveFunc) scr_action_save_json,
    "{\"id\":\"a\",\"review_id\":null,\"recommendation_id\":\"r\",\"text\":\"x\",\"owner_agency_id\":null,"
    "\"owner\":\"Case Review Subgroup\",\"lead\":null,\"due\":\"2016-09\",\"status\":\"completed\",\"rag\":\"blue\","
    "\"outcome_measure\":null,\"evidence\":\"Minutes\",\"completed\":\"2016-08-30\"}",
    "{\"id\":\"a\",\"text\":\"x\",\"due\":\"2016-9\"}",
    "actions[3].due: \"2016-9\" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)" },
  { "audits", (LoadFunc) scr_audit_load_json, (SaveFunc) scr_audit_save_json,
    "{\"id\":\"a\",\"title\":\"t\",\"type\":\"multi-agency\",\"date_reported\":\"2015-06\",\"methodology\":null,"
    "\"sample\":{\"size\":32,\"description\":null},\"measures\":[{\"label\":\"m\",\"numerator\":19,\"denominator\":32}],"
    "\"findings\":[],\"improvement_activity\":[],\"agency_ids\":[]}",
    "{\"id\":\"a\",\"title\":\"t\",\"measures\":[{\"label\":\"m\",\"numerator\":1,\"denominator\":2},"
    "{\"label\":\"n\",\"numerator\":1,\"denominator\":0}]}",
    "audits[3].measures[1].denominator: must be more than 0 (the number of cases looked at)" },
  { "measures", (LoadFunc) scr_audit_measure_load_json, (SaveFunc) scr_audit_measure_save_json,
    "{\"label\":\"m\",\"numerator\":0,\"denominator\":1}",
    "{\"label\":\"m\",\"numerator\":3,\"denominator\":1}", "measures[3].numerator: 3 is more than the denominator 1" },
};

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonNode) node = json_from_string (text, NULL);

  g_assert_nonnull (node);
  return json_object_ref (json_node_get_object (node));
}

static void
test_load_save (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonObject) good = parse_object (cases[i].good);
      g_autoptr(JsonObject) bad = parse_object (cases[i].bad);
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_strdup_printf ("%s[3]", cases[i].collection);
      g_autoptr(GObject) object = cases[i].load (good, path, &error);
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;
      gpointer failed;

      g_assert_no_error (error);
      g_assert_nonnull (object);

      /* save writes exactly one object, here as an array element */
      json_builder_begin_array (builder);
      cases[i].save (object, builder);
      cases[i].save (object, builder);
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      text = json_to_string (root, FALSE);
      expected = g_strdup_printf ("[%s,%s]", cases[i].good, cases[i].good);
      g_assert_cmpstr (text, ==, expected);

      failed = cases[i].load (bad, path, &error);
      g_assert_null (failed);
      g_assert_error (error, SCR_ERROR, SCR_ERROR_VALIDATION);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/learning/private-load-save", test_load_save);
  return g_test_run ();
}
