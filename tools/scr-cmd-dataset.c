/* scr-cmd-dataset.c: scr validate, scr show.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>

#include "scr-args.h"
#include "scr-tool.h"

/* scr validate FILE...: one "FILE: PATH: message" line per problem on
 * stderr; exit 0 when every file is valid, 1 otherwise, 2 on bad usage. */
int
scr_cmd_validate (int    argc,
                  char **argv)
{
  GOptionEntry entries[] = { G_OPTION_ENTRY_NULL };
  int status = 0;

  if (!scr_tool_parse_options (entries, "FILE...",
                               "Check dataset files against the libscr JSON format.",
                               &argc, &argv))
    return 2;
  if (argc < 2)
    return scr_tool_fail ("validate: no file given (usage: scr validate FILE...)");

  for (int i = 1; i < argc; i++)
    {
      g_auto(GStrv) problems = scr_dataset_check_file (argv[i]);

      if (problems[0] == NULL)
        {
          printf ("%s: valid\n", argv[i]);
          continue;
        }
      for (guint k = 0; problems[k] != NULL; k++)
        fprintf (stderr, "%s\n", problems[k]);
      status = 1;
    }
  return status;
}

static const char *
or_dash (const char *text)
{
  return text != NULL ? text : "-";
}

static void
show_cases (ScrDataset *dataset)
{
  GListModel *cases = scr_dataset_get_cases (dataset);
  guint n = g_list_model_get_n_items (cases);

  printf ("Cases (%u):\n", n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrCase) kase = g_list_model_get_item (cases, i);
      ScrPerson *subject = scr_case_get_subject (kase);
      g_autofree char *date = scr_tool_date_text (scr_case_get_incident_date (kase));

      printf ("  %s  %s  %s  subject: %s  incident: %s %s\n",
              scr_case_get_id (kase),
              scr_tool_enum_nick (SCR_TYPE_JURISDICTION, scr_case_get_jurisdiction (kase)),
              or_dash (scr_case_get_partnership (kase)),
              subject != NULL ? or_dash (scr_person_get_pseudonym (subject)) : "-",
              date, scr_tool_enum_nick (SCR_TYPE_INCIDENT_NATURE, scr_case_get_incident_nature (kase)));
    }
}

static void
show_reviews (ScrDataset *dataset)
{
  GListModel *reviews = scr_dataset_get_reviews (dataset);
  guint n = g_list_model_get_n_items (reviews);

  printf ("Reviews (%u):\n", n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrReview) review = g_list_model_get_item (reviews, i);

      printf ("  %s  type: %s  status: %s  stage: %s  case: %s\n",
              scr_review_get_id (review),
              scr_tool_enum_nick (SCR_TYPE_REVIEW_TYPE, scr_review_get_review_type (review)),
              scr_tool_enum_nick (SCR_TYPE_REVIEW_STATUS, scr_review_get_status (review)),
              scr_tool_enum_nick (SCR_TYPE_REVIEW_STAGE, scr_review_get_stage (review)),
              or_dash (scr_review_get_case_id (review)));
      if (scr_review_get_title (review) != NULL)
        printf ("      %s\n", scr_review_get_title (review));
    }
}

static void
show_overdue (ScrDataset    *dataset,
              const ScrDate *today)
{
  g_autoptr(GListModel) overdue = scr_dataset_list_overdue_actions (dataset, today);
  g_autofree char *on = scr_date_to_iso8601 (today);
  guint n = g_list_model_get_n_items (overdue);

  printf ("Overdue actions on %s (%u of %u):\n", on, n,
          g_list_model_get_n_items (scr_dataset_get_actions (dataset)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrAction) action = g_list_model_get_item (overdue, i);
      g_autofree char *due = scr_tool_date_text (scr_action_get_due_date (action));
      const char *agency_id = scr_action_get_owner_agency_id (action);
      ScrAgency *agency = agency_id != NULL ? scr_dataset_lookup_agency (dataset, agency_id) : NULL;
      const char *owner = agency != NULL ? scr_agency_get_name (agency) : agency_id;
      g_auto(GStrv) lines = g_strsplit (or_dash (scr_action_get_text (action)), "\n", -1);

      printf ("  %s  due: %s  owner: %s\n", scr_action_get_id (action), due,
              or_dash (owner != NULL ? owner : scr_action_get_owner (action)));
      /* Keep multi-paragraph action texts inside the entry's indentation. */
      for (guint k = 0; lines[k] != NULL; k++)
        printf ("      %s\n", lines[k]);
    }
}

/* The concerns about actions' impact other than being overdue (listed
 * above), with each action's computed RAG; nothing when there are none. */
static void
show_concerns (ScrDataset    *dataset,
               const ScrDate *today)
{
  g_autoptr(GListModel) concerns = scr_dataset_list_action_concerns (dataset, today);
  g_autoptr(ScrCalendar) calendar = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  guint amber = scr_dataset_get_rag_amber_working_days (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (concerns); i++)
    {
      g_autoptr(ScrActionConcern) concern = g_list_model_get_item (concerns, i);
      ScrAction *action;
      ScrRag rag;

      if (scr_action_concern_get_kind (concern) == SCR_ACTION_CONCERN_OVERDUE)
        continue;
      if (calendar == NULL)
        calendar = scr_calendar_new_for_division (SCR_DIVISION_ENGLAND_AND_WALES, NULL);
      action = scr_dataset_lookup_action (dataset, scr_action_concern_get_action_id (concern));
      rag = calendar != NULL ? scr_action_compute_rag (action, today, calendar, amber)
                             : SCR_RAG_NONE;
      g_ptr_array_add (lines,
                       g_strdup_printf ("  %s  rag: %s  %s: %s",
                                        scr_action_concern_get_action_id (concern),
                                        scr_tool_enum_nick (SCR_TYPE_RAG, rag),
                                        scr_tool_enum_nick (SCR_TYPE_ACTION_CONCERN_KIND,
                                                            scr_action_concern_get_kind (concern)),
                                        scr_action_concern_get_reason (concern)));
    }
  if (lines->len == 0)
    return;
  printf ("Actions of concern (%u, RAG in working days, amber within %u):\n", lines->len, amber);
  for (guint i = 0; i < lines->len; i++)
    printf ("%s\n", (char *) lines->pdata[i]);
}

/* scr show [--today DATE] FILE...: a readable summary of each dataset. */
int
scr_cmd_show (int    argc,
              char **argv)
{
  g_autofree char *today_text = NULL;
  g_autoptr(ScrDate) today = NULL;
  GOptionEntry entries[] = {
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      "Judge overdue actions on DATE (YYYY-MM-DD) instead of today", "DATE" },
    G_OPTION_ENTRY_NULL
  };

  if (!scr_tool_parse_options (entries, "FILE...",
                               "Summarise datasets: cases, reviews, overdue actions.",
                               &argc, &argv))
    return 2;
  if (argc < 2)
    return scr_tool_fail ("show: no file given (usage: scr show [--today DATE] FILE...)");
  if (today_text != NULL)
    {
      g_autoptr(GError) error = NULL;

      today = scr_args_parse_date (today_text, "--today", &error);
      if (today == NULL)
        return scr_tool_fail ("show: %s", error->message);
    }
  else
    today = scr_date_new_today ();

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ScrDataset) dataset = scr_dataset_new_from_file (argv[i], &error);

      if (dataset == NULL)
        return scr_tool_fail ("%s", error->message);
      if (i > 1)
        printf ("\n");
      printf ("%s: %s\n", argv[i], or_dash (scr_dataset_get_title (dataset)));
      printf ("Agencies: %u\n", g_list_model_get_n_items (scr_dataset_get_agencies (dataset)));
      show_cases (dataset);
      show_reviews (dataset);
      show_overdue (dataset, today);
      show_concerns (dataset, today);
    }
  return 0;
}
