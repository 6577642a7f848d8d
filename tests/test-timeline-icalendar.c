/* test-timeline-icalendar.c: scr_timeline_to_icalendar(), a timeline's
 * open deadlines as iCalendar (public API).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "test-evaluator-util.h"

/* Aware on Friday 27 May 2022, notified the Panel on 1 June, on 9 June:
 * T-SIN-18 met, T-SIN-18-SP overdue (due Tuesday 7 June, after the
 * Platinum Jubilee holidays of 2 and 3 June), T-RR pending (due 24 June). */
#define JUBILEE SIN "@became_aware=2022-05-27 @notification_sent=2022-06-01"

static ScrTimeline *
jubilee_timeline (const char *case_id)
{
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrCase) c = make_case ("england", JUBILEE);
  g_autoptr(ScrDate) today = scr_date_new (2022, 6, 9, NULL);
  g_autoptr(GError) error = NULL;
  ScrTimeline *t;

  if (case_id != NULL)
    {
      /* The same case under another id. */
      g_autoptr(ScrDate) aware = scr_date_new (2022, 5, 27, NULL);
      g_autoptr(ScrDate) sent = scr_date_new (2022, 6, 1, NULL);
      const char *facts[] = { "abuse_neglect", "suspected", "serious_harm", "yes",
                              "died", "no", "incident_location", "this_la" };

      g_clear_object (&c);
      c = scr_case_new (case_id, SCR_JURISDICTION_ENGLAND);
      for (guint i = 0; i < G_N_ELEMENTS (facts); i += 2)
        g_assert_true (scr_case_set_fact (c, facts[i], facts[i + 1], NULL));
      scr_case_set_event (c, "became_aware", aware);
      scr_case_set_event (c, "notification_sent", sent);
    }
  t = scr_evaluator_timeline (e, c, today, &error);
  g_assert_no_error (error);
  return t;
}

static char *
export (ScrTimeline *t,
        ScrCalendar *calendar)
{
  g_autoptr(GError) error = NULL;
  char *text = scr_timeline_to_icalendar (t, calendar, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The text of the VEVENT whose UID line is @uid_line, up to its END. */
static char *
event_text (const char *text,
            const char *uid_line)
{
  const char *start = strstr (text, uid_line);
  const char *end;

  g_assert_nonnull (start);
  end = strstr (start, "END:VEVENT\r\n");
  g_assert_nonnull (end);
  return g_strndup (start, (gsize) (end - start));
}

static void
test_icalendar_events (void)
{
  g_autoptr(ScrTimeline) t = jubilee_timeline (NULL);
  g_autofree char *text = export (t, NULL);
  g_autofree char *overdue = NULL;
  g_autofree char *pending = NULL;
  g_autoptr(ScrDeadline) met = find_deadline (t, "T-SIN-18");

  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//libscr//"));
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  g_assert_cmpint (scr_deadline_get_status (met), ==, SCR_DEADLINE_STATUS_MET);
  /* One event per open deadline: none for the met one. */
  g_assert_cmpuint (count (text, "BEGIN:VEVENT\r\n"), ==, 2);
  g_assert_cmpuint (count (text, "BEGIN:VALARM\r\n"), ==, 2);
  g_assert_null (strstr (text, "UID:test-case.T-SIN-18@libscr\r\n"));

  overdue = event_text (text, "UID:test-case.T-SIN-18-SP@libscr\r\n");
  g_assert_nonnull (strstr (overdue, "DTSTAMP:20220609T000000Z\r\n"));
  g_assert_nonnull (strstr (overdue, "DTSTART;VALUE=DATE:20220607\r\n"));
  g_assert_nonnull (strstr (overdue, "DTEND;VALUE=DATE:20220608\r\n"));
  g_assert_nonnull (strstr (overdue, "SUMMARY:test-case T-SIN-18-SP due: "));
  g_assert_nonnull (strstr (overdue, "DESCRIPTION:Rule: T-SIN-18-SP\\nStatus: overdue by "));
  /* Two working days before Tuesday 7 June 2022: Wednesday 1 June, over
   * the weekend and the Jubilee holidays; 09:00 is 5 days 15 hours before
   * the start of the 7th. */
  g_assert_nonnull (strstr (overdue, "TRIGGER:-P5DT15H\r\n"));

  /* Friday 24 June: Wednesday 22 June at 09:00. */
  pending = event_text (text, "UID:test-case.T-RR@libscr\r\n");
  g_assert_nonnull (strstr (pending, "DTSTART;VALUE=DATE:20220624\r\n"));
  g_assert_nonnull (strstr (pending, "Status: pending"));
  g_assert_nonnull (strstr (pending, "TRIGGER:-P1DT15H\r\n"));
}

static void
test_icalendar_stable (void)
{
  g_autoptr(ScrTimeline) t = jubilee_timeline (NULL);
  g_autoptr(ScrTimeline) again = jubilee_timeline (NULL);
  g_autoptr(ScrCalendar) england = scr_calendar_new_for_division (SCR_DIVISION_ENGLAND_AND_WALES, NULL);
  g_autofree char *first = export (t, NULL);
  g_autofree char *second = export (t, NULL);
  g_autofree char *third = export (again, england);

  /* The same timeline gives the same bytes, UIDs included; the case's
   * own calendar is the default. */
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpstr (first, ==, third);
}

static void
test_icalendar_uid (void)
{
  g_autoptr(ScrTimeline) t = jubilee_timeline ("Child L/2022.1 é");
  g_autofree char *text = export (t, NULL);

  /* '.' escaped in the case id only, so the first '.' ends it. */
  g_assert_nonnull (strstr (text, "UID:Child%20L%2F2022%2E1%20%C3%A9.T-RR@libscr\r\n"));
}

static void
test_icalendar_lines (void)
{
  g_autoptr(ScrTimeline) t = jubilee_timeline (NULL);
  g_autofree char *text = export (t, NULL);
  g_auto(GStrv) lines = NULL;
  guint n_folded = 0;

  /* Every line ends in CRLF: no bare LF, and no CR but before LF. */
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_assert_true (p > text && p[-1] == '\r');
      if (*p == '\r')
        g_assert_true (p[1] == '\n');
    }
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      if (lines[i][0] == ' ')
        n_folded++;
    }
  /* The descriptions are long: some lines were folded. */
  g_assert_cmpuint (n_folded, >, 0);
}

static void
test_icalendar_no_events (void)
{
  g_autoptr(ScrEvaluator) e = evaluator (FALSE);
  g_autoptr(ScrCase) c = make_case ("england", SIN "@became_aware=2022-05-27 @notification_sent=2022-06-01 "
                                    "@sp_notified=2022-06-01 @rapid_review_completed=2022-06-20");
  g_autoptr(ScrDate) today = scr_date_new (2022, 7, 1, NULL);
  g_autoptr(ScrTimeline) t = scr_evaluator_timeline (e, c, today, NULL);
  g_autofree char *text = export (t, NULL);

  g_assert_null (strstr (text, "BEGIN:VEVENT"));
  g_assert_nonnull (strstr (text, "END:VCALENDAR\r\n"));
}

/* Built without libical-glib (-Dicalendar=disabled): a clear error. */
static void
test_icalendar_unsupported (void)
{
  g_autoptr(ScrTimeline) t = jubilee_timeline (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (scr_timeline_to_icalendar (t, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "libical-glib"));
}

static gboolean
icalendar_supported (void)
{
  g_autoptr(ScrTimeline) t = jubilee_timeline (NULL);
  g_autofree char *text = scr_timeline_to_icalendar (t, NULL, NULL);

  return text != NULL;
}

/* Several timelines give one VCALENDAR with the events of each. */
static void
test_icalendar_several (void)
{
  g_autoptr(ScrTimeline) a = jubilee_timeline (NULL);
  g_autoptr(ScrTimeline) b = jubilee_timeline ("another-case");
  g_autoptr(GListStore) both = g_list_store_new (SCR_TYPE_TIMELINE);
  g_autoptr(GListStore) none = g_list_store_new (SCR_TYPE_TIMELINE);
  g_autoptr(GError) error = NULL;
  g_autofree char *one = export (a, NULL);
  g_autofree char *other = export (b, NULL);
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;

  g_list_store_append (both, a);
  g_list_store_append (both, b);
  text = scr_timelines_to_icalendar (G_LIST_MODEL (both), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (text, "BEGIN:VCALENDAR\r\n"), ==, 1);
  g_assert_cmpuint (count (text, "BEGIN:VEVENT\r\n"), ==,
                    count (one, "BEGIN:VEVENT\r\n") + count (other, "BEGIN:VEVENT\r\n"));
  g_assert_cmpuint (count (text, "UID:another-case."), >, 0);
  empty = scr_timelines_to_icalendar (G_LIST_MODEL (none), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (empty, "BEGIN:VCALENDAR\r\n"), ==, 1);
  g_assert_cmpuint (count (empty, "BEGIN:VEVENT"), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (!icalendar_supported ())
    {
      g_test_add_func ("/scr/timeline/icalendar/unsupported", test_icalendar_unsupported);
      return g_test_run ();
    }
  g_test_add_func ("/scr/timeline/icalendar/events", test_icalendar_events);
  g_test_add_func ("/scr/timeline/icalendar/stable", test_icalendar_stable);
  g_test_add_func ("/scr/timeline/icalendar/uid", test_icalendar_uid);
  g_test_add_func ("/scr/timeline/icalendar/lines", test_icalendar_lines);
  g_test_add_func ("/scr/timeline/icalendar/no-events", test_icalendar_no_events);
  g_test_add_func ("/scr/timeline/icalendar/several", test_icalendar_several);

  return g_test_run ();
}
