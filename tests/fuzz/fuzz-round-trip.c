/* fuzz-round-trip.c: load, save, load, save; the two saves must be
 * byte-identical, and whatever loaded once must load again from its own
 * save (no data lost, nothing written that the reader refuses).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) first = NULL;
  g_autoptr(ScrDataset) second = NULL;
  g_autofree char *saved1 = NULL;
  g_autofree char *saved2 = NULL;
  gsize length1, length2;

  fuzz_init ();
  first = scr_dataset_new_from_data ((const char *) data, (gssize) size, &error);
  if (first == NULL)
    return 0;
  saved1 = scr_dataset_to_data (first, &length1);
  second = scr_dataset_new_from_data (saved1, (gssize) length1, &error);
  if (second == NULL)
    {
      g_printerr ("a saved dataset does not load: %s\n", error->message);
      abort ();
    }
  saved2 = scr_dataset_to_data (second, &length2);
  if (length1 != length2 || memcmp (saved1, saved2, length1) != 0)
    {
      g_printerr ("the second save differs from the first:\n--- first\n%s\n--- second\n%s\n",
                  saved1, saved2);
      abort ();
    }
  return 0;
}
