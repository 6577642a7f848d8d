/* test-audit.c: ScrAudit.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-learning-util.h"

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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/audit/basics", test_audit);
  g_test_add_func ("/scr/model/audit/sample-forms", test_audit_sample_forms);
  return g_test_run ();
}
