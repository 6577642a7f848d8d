/* big-dataset.c: large generated datasets for the limit and save tests.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>

#include "big-dataset.h"

static const char header[] =
  "{\n"
  "  \"schema_version\": 1,\n"
  "  \"title\": \"Generated register\",\n"
  "  \"agencies\": [\n"
  "    {\"id\": \"police\", \"name\": \"Test Police\", \"sector\": \"police\"},\n"
  "    {\"id\": \"csc\", \"name\": \"Children's Social Care\", \"sector\": \"social-care\"}\n"
  "  ],\n"
  "  \"cases\": [\n";

/* tests/data/model/valid.json's first case; %1$s the tag, %2$u the number */
static const char case_format[] =
  "    {\"id\": \"case-%2$u\", \"local_reference\": \"%1$s-%2$u\", \"notification_id\": null,"
  " \"jurisdiction\": \"england\", \"partnership\": \"Test LSCB\","
  " \"subject\": {\"id\": \"case-%2$u-subject\", \"pseudonym\": \"Child %2$u\","
  " \"relationship\": \"subject\", \"date_of_birth\": \"2012-03\", \"age\": 2,"
  " \"sex\": \"female\", \"ethnicity\": null, \"disability\": \"no\","
  " \"legal_status\": {\"looked_after\": \"no\", \"child_protection_plan\": \"yes\","
  " \"child_in_need\": \"unknown\", \"care_leaver_age\": null, \"custody_setting\": \"no\","
  " \"mha_detained\": \"no\", \"dol_order\": \"no\"}},"
  " \"people\": [{\"id\": \"case-%2$u-mother\", \"pseudonym\": null,"
  " \"relationship\": \"Mother\", \"date_of_birth\": null, \"age\": 23, \"sex\": \"female\","
  " \"ethnicity\": null, \"disability\": \"unknown\","
  " \"legal_status\": {\"looked_after\": \"unknown\", \"child_protection_plan\": \"unknown\","
  " \"child_in_need\": \"unknown\", \"care_leaver_age\": 19, \"custody_setting\": \"unknown\","
  " \"mha_detained\": \"unknown\", \"dol_order\": \"unknown\"}}],"
  " \"incident\": {\"date\": \"2014-06-02\", \"nature\": \"serious-harm\","
  " \"location\": \"home\", \"became_aware\": \"2014-06-03\"},"
  " \"area_transition_date\": null,"
  " \"facts\": {\"abuse_neglect\": \"suspected\", \"serious_harm\": \"yes\"},"
  " \"events\": {\"became_aware\": \"2014-06-03\", \"decision\": \"2014-07-10\"},"
  " \"agency_ids\": [\"police\", \"csc\"]}";

guint
big_dataset_write (const char *path,
                   gsize       min_bytes,
                   const char *tag)
{
  FILE *out = fopen (path, "w");
  gsize written;
  guint n = 0;

  g_assert_nonnull (out);
  g_assert_cmpint (fputs (header, out), >=, 0);
  written = sizeof header - 1;
  while (written < min_bytes)
    {
      int length;

      if (n > 0)
        {
          g_assert_cmpint (fputs (",\n", out), >=, 0);
          written += 2;
        }
      length = fprintf (out, case_format, tag, n++);
      g_assert_cmpint (length, >, 0);
      written += (gsize) length;
    }
  g_assert_cmpint (fputs ("\n  ]\n}\n", out), >=, 0);
  g_assert_cmpint (fclose (out), ==, 0);
  return n;
}
