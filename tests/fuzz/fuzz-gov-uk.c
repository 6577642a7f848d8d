/* fuzz-gov-uk.c: the GOV.UK bank-holidays.json feed from bytes, into a
 * builder for each division, then the built calendar in use.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "fuzz-calendar-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const ScrDivision divisions[] = {
    SCR_DIVISION_ENGLAND_AND_WALES, SCR_DIVISION_SCOTLAND, SCR_DIVISION_NORTHERN_IRELAND,
  };

  fuzz_init ();
  for (gsize i = 0; i < G_N_ELEMENTS (divisions); i++)
    {
      g_autoptr(ScrCalendarBuilder) builder = scr_calendar_builder_new (divisions[i]);
      g_autoptr(GError) error = NULL;

      if (!scr_calendar_builder_load_gov_uk_data (builder, (const char *) data, (gssize) size, &error))
        {
          fuzz_check_error (error);
          return 0;   /* the feed is the same for every division */
        }
      fuzz_build_and_use (builder);
    }
  return 0;
}
