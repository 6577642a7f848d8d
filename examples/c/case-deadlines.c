/* case-deadlines.c: a case system's view of one review's dates.
 *
 * Build:  cc -o case-deadlines case-deadlines.c $(pkg-config --cflags --libs libscr-1)
 * Run:    ./case-deadlines 2014-08-27
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include <scr/scr.h>

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) date = NULL;
  g_autoptr(ScrDate) due = NULL;
  g_autofree char *text = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s DATE\n", argv[0]);
      return 2;
    }
  date = scr_date_new_from_iso8601 (argv[1], &error);
  if (date == NULL)
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return 2;
    }
  due = scr_date_add_months (date, 6, &error);
  if (due == NULL)
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return 2;
    }
  text = scr_date_to_iso8601 (due);
  printf ("%s\n", text);
  return EXIT_SUCCESS;
}
