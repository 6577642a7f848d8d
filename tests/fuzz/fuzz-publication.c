/* fuzz-publication.c: the publication check on any text and gazetteer.
 *
 * An input that parses as JSON is read as a gazetteer (errors must be one
 * line); the input's text, when it is UTF-8, is then checked against a
 * case with restricted details. Every disclosure must lie inside the
 * text, in order, quote its own words and position them right, and the
 * redacted text must be UTF-8.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "fuzz-common.h"

#include "scr-disclosure-private.h"
#include "scr-gazetteer-private.h"
#include "scr-publication-find-private.h"

static const char case_json[] =
  "{\"schema_version\":1,\"cases\":[{\"id\":\"m\",\"jurisdiction\":\"england\","
  "\"subject\":{\"id\":\"child\",\"pseudonym\":\"Child M\",\"relationship\":\"subject\","
  "\"restricted\":{\"names\":[\"Elizabeth Anne Hargreaves\",\"Zoë O'Neill-Smith\",\"J\"],"
  "\"date_of_birth\":\"2011-03-03\",\"addresses\":[\"14 Brookside Close, Kendal\",\"Flat 3\"],"
  "\"postcodes\":[\"LA9 4QT\",\"\"],\"schools\":[\"Castle Park Primary School\"],"
  "\"case_numbers\":[\"CS-2019-00417\"],\"nhs_numbers\":[\"943 476 5919\"]}}}]}";

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static ScrCase *scr_case;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = NULL;
  ScrGazetteer gazetteer;
  ScrTextCursor cursor;
  gsize len, last_start = 0;

  fuzz_init ();
  if (scr_case == NULL)
    {
      g_autoptr(ScrDataset) dataset = scr_dataset_new_from_data (case_json, -1, NULL);

      scr_case = g_list_model_get_item (scr_dataset_get_cases (dataset), 0);
    }
  text = fuzz_strndup (data, size);
  len = strlen (text);
  scr_gazetteer_init (&gazetteer);
  scr_gazetteer_add (&gazetteer, SCR_DISCLOSURE_KIND_PLACE, "Staveley", 1600);
  if (text[0] == '{' && !scr_gazetteer_load_data (&gazetteer, text, (gssize) len, &error))
    fuzz_check_error (error);
  if (!g_utf8_validate (text, -1, NULL))
    {
      scr_gazetteer_clear (&gazetteer);
      return 0;
    }

  found = scr_publication_find (scr_case, &gazetteer, 10000, text);
  scr_text_cursor_init (&cursor, text);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(ScrDisclosure) d = g_list_model_get_item (found, i);
      gsize start = scr_disclosure_get_start (d), end = scr_disclosure_get_end (d);
      guint page, line, column;

      fuzz_assert (start < end && end <= len && start >= last_start);
      fuzz_assert (strlen (scr_disclosure_get_text (d)) == end - start &&
                   memcmp (scr_disclosure_get_text (d), text + start, end - start) == 0);
      fuzz_assert (g_utf8_validate (scr_disclosure_get_context (d), -1, NULL));
      fuzz_assert (strchr (scr_disclosure_get_context (d), '\n') == NULL);
      fuzz_assert (scr_disclosure_get_reason (d) != NULL);
      scr_text_cursor_seek (&cursor, start, &page, &line, &column);
      fuzz_assert (page == scr_disclosure_get_page (d) && line == scr_disclosure_get_line (d) &&
                   column == scr_disclosure_get_column (d));
      last_start = start;
    }
  {
    g_autoptr(ScrPublicationCheck) check = scr_publication_check_new (scr_case);
    g_autofree char *redacted = scr_publication_check_redact (check, text, found);

    fuzz_assert (g_utf8_validate (redacted, -1, NULL));
  }
  scr_gazetteer_clear (&gazetteer);
  return 0;
}
