/* fuzz-date.c: ISO 8601 full and partial dates from bytes.
 *
 * The API takes a C string, so an input holding a NUL is read up to it.
 * What parses must print back as the same text (libscr reads only the
 * forms it writes), survive the ordinal round trip, and keep day
 * arithmetic consistent with the day count between two dates.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autofree char *printed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) date = NULL;
  g_autoptr(ScrDate) again = NULL;
  g_autoptr(ScrDate) later = NULL;
  int days;

  fuzz_init ();
  text = fuzz_strndup (data, size);
  date = scr_date_new_from_iso8601 (text, &error);
  fuzz_assert ((date == NULL) == (error != NULL));
  if (date == NULL)
    {
      fuzz_assert (g_error_matches (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT));
      fuzz_check_error (error);
      return 0;
    }
  printed = scr_date_to_iso8601 (date);
  fuzz_assert (g_str_equal (printed, text));
  if (!scr_date_is_complete (date))
    return 0;

  again = scr_date_new_from_ordinal (scr_date_get_ordinal (date), &error);
  fuzz_assert (again != NULL && scr_date_equal (again, date));
  fuzz_assert (scr_date_hash (again) == scr_date_hash (date));

  /* A step taken from the text's own bytes, so the fuzzer steers it. */
  days = (int) (g_str_hash (text) % 200001) - 100000;
  later = scr_date_add_days (date, days, &error);
  if (later == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }
  fuzz_assert (scr_date_days_between (date, later) == days);
  fuzz_assert ((scr_date_compare (date, later) < 0) == (days > 0));
  return 0;
}
