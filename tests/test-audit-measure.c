/* test-audit-measure.c: ScrAuditMeasure.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-learning-util.h"

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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/model/audit-measure/basics", test_audit_measure);
  g_test_add_func ("/scr/model/audit-measure/percentage", test_audit_measure_percentage);
  return g_test_run ();
}
