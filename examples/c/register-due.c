/* register-due.c: a case system's view of a register: create it from
 * dataset files if it does not exist, then list every statutory step not
 * yet done, with the working days left, as `scr due` does.
 *
 *   register-due REGISTER.db [DATASET.json...] [--today YYYY-MM-DD]
 *
 * Build: cc register-due.c $(pkg-config --cflags --libs libscr-1)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>

#include <scr/scr.h>

/* Opens the register at @path, or creates it and imports @files. */
static ScrStore *
open_or_create (const char  *path,
                char       **files,
                int          n_files,
                GError     **error)
{
  g_autoptr(ScrStore) store = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return scr_store_open (path, error);
  store = scr_store_create (path, error);
  if (store == NULL)
    return NULL;
  for (int i = 0; i < n_files; i++)
    {
      g_autoptr(ScrDataset) dataset = scr_dataset_new_from_file (files[i], error);

      /* the same case in two files: the later file's record wins, and
       * every member it changes is in the decision log */
      if (dataset == NULL
          || !scr_store_import_full (store, dataset, SCR_IMPORT_FLAGS_UPDATE, "register-due",
                                     files[i], error))
        return NULL;
    }
  return g_steal_pointer (&store);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) today = NULL;
  g_autoptr(ScrStore) store = NULL;
  g_autoptr(GListModel) due = NULL;
  int n_files = argc - 2;
  guint n_overdue = 0;

  if (argc >= 4 && strcmp (argv[argc - 2], "--today") == 0)
    {
      today = scr_date_new_from_iso8601 (argv[argc - 1], &error);
      n_files -= 2;
    }
  else
    today = scr_date_new_today ();
  if (argc < 2 || today == NULL)
    {
      fprintf (stderr, "usage: register-due REGISTER.db [DATASET.json...] [--today DATE]%s%s\n",
               error != NULL ? ": " : "", error != NULL ? error->message : "");
      return 2;
    }
  store = open_or_create (argv[1], argv + 2, n_files, &error);
  if (store == NULL)
    {
      fprintf (stderr, "register-due: %s\n", error->message);
      return 2;
    }

  /* one timeline per case with steps not yet done, from the register's
   * due index (no case is read) */
  due = scr_store_list_due (store, today, NULL, &error);
  if (due == NULL)
    {
      fprintf (stderr, "register-due: %s\n", error->message);
      return 2;
    }
  for (guint i = 0; i < g_list_model_get_n_items (due); i++)
    {
      g_autoptr(ScrTimeline) timeline = g_list_model_get_item (due, i);
      GListModel *deadlines = scr_timeline_get_deadlines (timeline);

      for (guint k = 0; k < g_list_model_get_n_items (deadlines); k++)
        {
          g_autoptr(ScrDeadline) d = g_list_model_get_item (deadlines, k);
          ScrDeadlineStatus status = scr_deadline_get_status (d);
          g_autofree char *date = NULL;
          int left;

          if (status != SCR_DEADLINE_STATUS_PENDING && status != SCR_DEADLINE_STATUS_OVERDUE)
            continue;
          left = scr_calendar_count_working_days (scr_timeline_get_calendar (timeline), today,
                                                  scr_deadline_get_due (d), &error);
          if (error != NULL)
            {
              fprintf (stderr, "register-due: %s\n", error->message);
              return 2;
            }
          date = scr_date_to_iso8601 (scr_deadline_get_due (d));
          printf ("%-16s %-12s due %s (%d working days %s): %s\n",
                  scr_timeline_get_case_id (timeline), scr_deadline_get_rule_id (d), date,
                  ABS (left), left < 0 ? "ago" : "left", scr_deadline_get_description (d));
          n_overdue += status == SCR_DEADLINE_STATUS_OVERDUE;
        }
    }
  printf ("%u overdue\n", n_overdue);
  return 0;
}
