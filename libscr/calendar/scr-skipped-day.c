/* scr-skipped-day.c: a non-working day passed over by a working-day
 * calculation, with the reason.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-holiday-private.h"
#include "scr-date-private.h"

/**
 * ScrSkippedDay:
 *
 * One day that a working-day calculation passed over, with the reason, as
 * [method@Scr.Calendar.explain_add] and [method@Scr.Calendar.explain_count]
 * list them. The reason is one line, such as
 * "Mon 2022-09-19: Bank Holiday for the State Funeral of Queen Elizabeth II, England and Wales"
 * or "Sat 2022-09-17: weekend".
 *
 * Skipped days are immutable, and may be shared between threads.
 */
struct _ScrSkippedDay
{
  GObject parent_instance;

  ScrDate *date;
  char *reason;
  ScrHoliday *holiday;
  gboolean weekend;
  gboolean provisional;
};

G_DEFINE_FINAL_TYPE (ScrSkippedDay, scr_skipped_day, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_REASON,
  PROP_HOLIDAY,
  PROP_WEEKEND,
  PROP_PROVISIONAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_skipped_day_finalize (GObject *object)
{
  ScrSkippedDay *self = SCR_SKIPPED_DAY (object);

  g_clear_pointer (&self->date, scr_date_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_object (&self->holiday);
  G_OBJECT_CLASS (scr_skipped_day_parent_class)->finalize (object);
}

static void
scr_skipped_day_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ScrSkippedDay *self = SCR_SKIPPED_DAY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    case PROP_HOLIDAY:
      g_value_set_object (value, self->holiday);
      break;
    case PROP_WEEKEND:
      g_value_set_boolean (value, self->weekend);
      break;
    case PROP_PROVISIONAL:
      g_value_set_boolean (value, self->provisional);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_skipped_day_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ScrSkippedDay *self = SCR_SKIPPED_DAY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_clear_pointer (&self->date, scr_date_free);
      self->date = g_value_dup_boxed (value);
      break;
    case PROP_REASON:
      g_free (self->reason);
      self->reason = g_value_dup_string (value);
      break;
    case PROP_HOLIDAY:
      g_set_object (&self->holiday, g_value_get_object (value));
      break;
    case PROP_WEEKEND:
      self->weekend = g_value_get_boolean (value);
      break;
    case PROP_PROVISIONAL:
      self->provisional = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_skipped_day_class_init (ScrSkippedDayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                      G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_skipped_day_finalize;
  object_class->get_property = scr_skipped_day_get_property;
  object_class->set_property = scr_skipped_day_set_property;

  /**
   * ScrSkippedDay:date: (getter get_date)
   *
   * The day passed over.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, SCR_TYPE_DATE, flags);
  /**
   * ScrSkippedDay:reason: (getter get_reason)
   *
   * One line: the day, then why it is not a working day.
   */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL, flags);
  /**
   * ScrSkippedDay:holiday: (getter get_holiday)
   *
   * The holiday or closure on the day (the first, if several), or %NULL
   * for a plain weekend day.
   */
  properties[PROP_HOLIDAY] =
    g_param_spec_object ("holiday", NULL, NULL, SCR_TYPE_HOLIDAY, flags);
  /**
   * ScrSkippedDay:weekend: (getter get_weekend)
   *
   * %TRUE when the day is a Saturday or Sunday.
   */
  properties[PROP_WEEKEND] =
    g_param_spec_boolean ("weekend", NULL, NULL, FALSE, flags);
  /**
   * ScrSkippedDay:provisional: (getter get_provisional)
   *
   * %TRUE when the day lies past the calendar's confirmed horizon.
   */
  properties[PROP_PROVISIONAL] =
    g_param_spec_boolean ("provisional", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_skipped_day_init (ScrSkippedDay *self)
{
}

ScrSkippedDay *
scr_skipped_day_new (gint32      ordinal,
                     const char *reason,
                     ScrHoliday *holiday,
                     gboolean    weekend,
                     gboolean    provisional)
{
  g_autoptr(ScrDate) date = scr_date_new_from_ordinal_unchecked (ordinal);

  return g_object_new (SCR_TYPE_SKIPPED_DAY,
                       "date", date,
                       "reason", reason,
                       "holiday", holiday,
                       "weekend", weekend,
                       "provisional", provisional,
                       NULL);
}

/**
 * scr_skipped_day_get_date:
 * @self: a skipped day
 *
 * Returns the day passed over.
 *
 * Returns: (transfer none): the day passed over
 */
const ScrDate *
scr_skipped_day_get_date (ScrSkippedDay *self)
{
  g_return_val_if_fail (SCR_IS_SKIPPED_DAY (self), NULL);
  return self->date;
}

/**
 * scr_skipped_day_get_reason:
 * @self: a skipped day
 *
 * Returns the explanation line.
 *
 * Returns: (transfer none): the explanation line, such as
 *   "Sat 2022-09-17: weekend"
 */
const char *
scr_skipped_day_get_reason (ScrSkippedDay *self)
{
  g_return_val_if_fail (SCR_IS_SKIPPED_DAY (self), NULL);
  return self->reason;
}

/**
 * scr_skipped_day_get_holiday:
 * @self: a skipped day
 *
 * Returns the holiday or closure on the day.
 *
 * Returns: (transfer none) (nullable): the holiday or closure on the day,
 *   or %NULL for a plain weekend day
 */
ScrHoliday *
scr_skipped_day_get_holiday (ScrSkippedDay *self)
{
  g_return_val_if_fail (SCR_IS_SKIPPED_DAY (self), NULL);
  return self->holiday;
}

/**
 * scr_skipped_day_get_weekend:
 * @self: a skipped day
 *
 * Returns whether the day is a Saturday or Sunday.
 *
 * Returns: %TRUE for a Saturday or Sunday
 */
gboolean
scr_skipped_day_get_weekend (ScrSkippedDay *self)
{
  g_return_val_if_fail (SCR_IS_SKIPPED_DAY (self), FALSE);
  return self->weekend;
}

/**
 * scr_skipped_day_get_provisional:
 * @self: a skipped day
 *
 * Returns whether the day is provisional.
 *
 * Returns: %TRUE when the day lies past the confirmed horizon
 */
gboolean
scr_skipped_day_get_provisional (ScrSkippedDay *self)
{
  g_return_val_if_fail (SCR_IS_SKIPPED_DAY (self), FALSE);
  return self->provisional;
}
