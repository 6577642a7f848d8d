/* scr-timeline-icalendar.c: a timeline's open deadlines as iCalendar
 * (RFC 5545), for the calendars of the people who must meet them.
 *
 * libical-glib writes the text (escaping, line folding at 75 octets, CRLF
 * line ends); this file only decides what goes in it. Without libical-glib
 * (-Dicalendar=disabled) the function fails with G_IO_ERROR_NOT_SUPPORTED.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#if HAVE_LIBICAL
/* libical-glib 3.0 asks its users to say they know its API may change. */
#define LIBICAL_GLIB_UNSTABLE_API 1
#include <libical-glib/libical-glib.h>
#endif

#include "scr-enum-types.h"
#include "scr-evaluator-private.h"
#include "scr-json-private.h"
#include "scr-timeline-icalendar.h"

#if HAVE_LIBICAL

/* The reminder goes off at this hour of its working day. */
#define REMINDER_HOUR 9

/* Appends @text to @out, keeping [A-Za-z0-9_-] (and '.' when @keep_dot)
 * and writing every other byte as %XX, so that different ids never give
 * the same UID. */
static void
append_uid_part (GString    *out,
                 const char *text,
                 gboolean    keep_dot)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (g_ascii_isalnum (c) || c == '-' || c == '_' || (keep_dot && c == '.'))
        g_string_append_c (out, (char) c);
      else
        g_string_append_printf (out, "%%%02X", c);
    }
}

/* `CASE.RULE@libscr`: the case id with '.' escaped, so the first '.'
 * always ends it; the same case and rule give the same UID on every
 * export, and a calendar that imports it again updates the event. */
static char *
make_uid (const char *case_id,
          const char *rule_id)
{
  GString *uid = g_string_new (NULL);

  if (case_id != NULL)
    {
      append_uid_part (uid, case_id, FALSE);
      g_string_append_c (uid, '.');
    }
  append_uid_part (uid, rule_id, TRUE);
  g_string_append (uid, "@libscr");
  return g_string_free (uid, FALSE);
}

static ICalTime *
ical_date (const ScrDate *date)
{
  ICalTime *t = i_cal_time_new_null_date ();

  i_cal_time_set_date (t, scr_date_get_year (date), scr_date_get_month (date),
                       scr_date_get_day (date));
  return t;
}

static char *
make_description (ScrDeadline *d)
{
  GString *text = g_string_new (NULL);
  g_autofree char *due = scr_date_to_iso8601 (scr_deadline_get_due (d));

  g_string_append_printf (text, "Rule: %s\n", scr_deadline_get_rule_id (d));
  g_string_append_printf (text, "Status: %s",
                          scr_enum_to_nick (SCR_TYPE_DEADLINE_STATUS, scr_deadline_get_status (d)));
  if (scr_deadline_get_days_late (d) > 0)
    g_string_append_printf (text, " by %d working day%s", scr_deadline_get_days_late (d),
                            scr_deadline_get_days_late (d) == 1 ? "" : "s");
  g_string_append_printf (text, "\nDue: %s%s (from %s)\n", due,
                          scr_deadline_get_approximate (d) ? " (approx.)" : "",
                          scr_deadline_get_anchor (d));
  g_string_append_printf (text, "To do: %s\n", scr_deadline_get_description (d));
  g_string_append_printf (text, "Source: %s", scr_deadline_get_citation (d));
  if (scr_deadline_get_unverified (d))
    g_string_append (text, " (unverified)");
  return g_string_free (text, FALSE);
}

/* A VALARM at REMINDER_HOUR on the SCR_TIMELINE_REMINDER_WORKING_DAYS-th
 * working day before @due, as a duration before the event's start (its
 * due day at midnight, in the reader's own time). */
static ICalComponent *
make_alarm (ScrCalendar   *calendar,
            const ScrDate *due,
            const char    *summary,
            GError       **error)
{
  g_autoptr(ScrDate) remind = NULL;
  g_autofree char *duration = NULL;
  ICalTrigger *trigger;
  ICalComponent *alarm;
  int days;

  remind = scr_calendar_add_working_days (calendar, due, -SCR_TIMELINE_REMINDER_WORKING_DAYS,
                                          SCR_ROLL_ERROR, error);
  if (remind == NULL)
    return NULL;
  /* At least 2: two working days are two different days before. */
  days = scr_date_days_between (remind, due);
  duration = g_strdup_printf ("-P%dDT%dH", days - 1, 24 - REMINDER_HOUR);
  trigger = i_cal_trigger_new_from_string (duration);

  alarm = i_cal_component_new_valarm ();
  i_cal_component_take_property (alarm, i_cal_property_new_action (I_CAL_ACTION_DISPLAY));
  i_cal_component_take_property (alarm, i_cal_property_new_trigger (trigger));
  i_cal_component_take_property (alarm, i_cal_property_new_description (summary));
  g_object_unref (trigger);
  return alarm;
}

static ICalComponent *
make_event (ScrTimeline   *self,
            ScrCalendar   *calendar,
            ScrDeadline   *d,
            ICalTime      *stamp,
            GError       **error)
{
  const char *case_id = scr_timeline_get_case_id (self);
  const char *rule_id = scr_deadline_get_rule_id (d);
  const ScrDate *due = scr_deadline_get_due (d);
  g_autoptr(ScrDate) end = scr_date_add_days (due, 1, error);
  g_autofree char *uid = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  ICalTime *start_time;
  ICalTime *end_time;
  ICalComponent *event;
  ICalComponent *alarm;

  if (end == NULL)
    return NULL;
  summary = g_strdup_printf ("%s%s%s due: %s%s", case_id != NULL ? case_id : "",
                             case_id != NULL ? " " : "", rule_id,
                             scr_deadline_get_description (d),
                             scr_deadline_get_status (d) == SCR_DEADLINE_STATUS_OVERDUE
                               ? " (OVERDUE)" : "");
  alarm = make_alarm (calendar, due, summary, error);
  if (alarm == NULL)
    return NULL;
  uid = make_uid (case_id, rule_id);
  description = make_description (d);
  start_time = ical_date (due);
  end_time = ical_date (end);

  event = i_cal_component_new_vevent ();
  i_cal_component_take_property (event, i_cal_property_new_uid (uid));
  i_cal_component_take_property (event, i_cal_property_new_dtstamp (stamp));
  i_cal_component_take_property (event, i_cal_property_new_dtstart (start_time));
  i_cal_component_take_property (event, i_cal_property_new_dtend (end_time));
  i_cal_component_take_property (event, i_cal_property_new_summary (summary));
  i_cal_component_take_property (event, i_cal_property_new_description (description));
  i_cal_component_take_property (event, i_cal_property_new_categories ("Safeguarding"));
  i_cal_component_take_property (event, i_cal_property_new_transp (I_CAL_TRANSP_TRANSPARENT));
  i_cal_component_take_component (event, alarm);
  g_object_unref (start_time);
  g_object_unref (end_time);
  return event;
}

static ICalComponent *
new_vcalendar (void)
{
  ICalComponent *vcalendar = i_cal_component_new_vcalendar ();

  i_cal_component_take_property (vcalendar, i_cal_property_new_version ("2.0"));
  i_cal_component_take_property (vcalendar,
                                 i_cal_property_new_prodid ("-//libscr//Case review deadlines//EN"));
  i_cal_component_take_property (vcalendar, i_cal_property_new_calscale ("GREGORIAN"));
  i_cal_component_take_property (vcalendar, i_cal_property_new_method (I_CAL_METHOD_PUBLISH));
  return vcalendar;
}

/* Adds the open deadlines of @self to @vcalendar as events. */
static gboolean
add_timeline_events (ICalComponent  *vcalendar,
                     ScrTimeline    *self,
                     ScrCalendar    *calendar,
                     GError        **error)
{
  GListModel *deadlines = scr_timeline_get_deadlines (self);
  ICalTime *stamp = ical_date (scr_timeline_get_today (self));
  gboolean ok = TRUE;

  /* DTSTAMP is a UTC date-time: the timeline's day at midnight, so that
   * the same timeline always gives the same bytes. */
  i_cal_time_set_is_date (stamp, FALSE);
  i_cal_time_set_time (stamp, 0, 0, 0);
  i_cal_time_set_timezone (stamp, i_cal_timezone_get_utc_timezone ());

  for (guint i = 0; ok && i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(ScrDeadline) d = g_list_model_get_item (deadlines, i);
      ScrDeadlineStatus status = scr_deadline_get_status (d);
      ICalComponent *event;

      /* Done steps (met, late) need no reminder; a step with no fixed due
       * date has no day to put in a calendar. */
      if ((status != SCR_DEADLINE_STATUS_PENDING && status != SCR_DEADLINE_STATUS_OVERDUE) ||
          scr_deadline_get_due (d) == NULL)
        continue;
      event = make_event (self, calendar, d, stamp, error);
      if (event == NULL)
        ok = FALSE;
      else
        i_cal_component_take_component (vcalendar, event);
    }
  g_object_unref (stamp);
  return ok;
}

static char *
timelines_to_icalendar (GListModel   *timelines,
                        ScrCalendar  *calendar,
                        GError      **error)
{
  ICalComponent *vcalendar = new_vcalendar ();
  char *text = NULL;
  gboolean ok = TRUE;

  for (guint i = 0; ok && i < g_list_model_get_n_items (timelines); i++)
    {
      g_autoptr(ScrTimeline) timeline = g_list_model_get_item (timelines, i);

      ok = add_timeline_events (vcalendar, timeline,
                                calendar != NULL ? calendar
                                                 : scr_timeline_get_calendar_internal (timeline),
                                error);
    }
  if (ok)
    text = i_cal_component_as_ical_string (vcalendar);
  g_object_unref (vcalendar);
  return text;
}

#endif /* HAVE_LIBICAL */

/**
 * scr_timeline_to_icalendar:
 * @self: a timeline
 * @calendar: (nullable): the working-day calendar for the reminders, or
 *   %NULL for the one the timeline was computed with
 *
 * Exports the timeline's open deadlines as an iCalendar (RFC 5545)
 * object, as `scr timeline --ics` prints it (doc/icalendar.md).
 *
 * Each pending or overdue [class@Scr.Deadline] with a due date gives one
 * all-day `VEVENT` on its due date, whose `UID` is `CASE.RULE@libscr`
 * (characters other than letters, digits, `-` and `_`, and `.` in the
 * rule id, written as `%XX`), so that importing a later export updates the
 * events rather than adding copies. Each event has a `VALARM` at 09:00 on
 * the [const@Scr.TIMELINE_REMINDER_WORKING_DAYS]th working day of
 * @calendar before the due date. Met and late deadlines are left out.
 * `DTSTAMP` is the timeline's day ([method@Scr.Timeline.get_today]) at
 * midnight UTC: the same timeline always gives the same text.
 *
 * Lines end in CRLF and are folded at 75 octets.
 *
 * Returns: (transfer full) (nullable): the iCalendar text, or %NULL with
 *   @error set: %G_IO_ERROR_NOT_SUPPORTED when libscr was built without
 *   libical-glib, %SCR_ERROR_OUT_OF_RANGE when a reminder falls outside
 *   the calendar's years
 */
char *
scr_timeline_to_icalendar (ScrTimeline  *self,
                           ScrCalendar  *calendar,
                           GError      **error)
{
  g_autoptr(GListStore) one = NULL;

  g_return_val_if_fail (SCR_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (calendar == NULL || SCR_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  one = g_list_store_new (SCR_TYPE_TIMELINE);
  g_list_store_append (one, self);
  return scr_timelines_to_icalendar (G_LIST_MODEL (one), calendar, error);
}

/**
 * scr_timelines_to_icalendar:
 * @timelines: a list model of [class@Scr.Timeline]
 * @calendar: (nullable): the working-day calendar for the reminders, or
 *   %NULL for the one each timeline was computed with
 *
 * Exports the open deadlines of several timelines (of a register's cases,
 * say) as one iCalendar object, which calendar programs import at once,
 * as `scr timeline --ics` prints it; the events are those
 * [method@Scr.Timeline.to_icalendar] gives, each with the `DTSTAMP` of
 * its own timeline.
 *
 * Returns: (transfer full) (nullable): the iCalendar text, or %NULL with
 *   @error set, as for [method@Scr.Timeline.to_icalendar]
 */
char *
scr_timelines_to_icalendar (GListModel   *timelines,
                            ScrCalendar  *calendar,
                            GError      **error)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (timelines), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (timelines), SCR_TYPE_TIMELINE),
                        NULL);
  g_return_val_if_fail (calendar == NULL || SCR_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

#if HAVE_LIBICAL
  return timelines_to_icalendar (timelines, calendar, error);
#else
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       "libscr was built without iCalendar support (libical-glib, "
                       "-Dicalendar=enabled)");
  return NULL;
#endif
}
