/* fuzz-closures.c: a local closures file from bytes, then the calendar
 * it builds in use.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "fuzz-calendar-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(ScrCalendarBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();
  builder = scr_calendar_builder_new (SCR_DIVISION_ENGLAND_AND_WALES);
  if (!scr_calendar_builder_load_closures_data (builder, (const char *) data, (gssize) size, &error))
    {
      fuzz_check_error (error);
      return 0;
    }
  fuzz_build_and_use (builder);
  return 0;
}
