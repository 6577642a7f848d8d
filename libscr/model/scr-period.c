/* scr-period.c: a span of time a child held a legal status.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-period-private.h"

#include "scr-fields-private.h"
#include "scr-json-private.h"
#include "scr-span-private.h"

/**
 * ScrPeriod:
 *
 * A span of time during which a child held a legal status: on the child
 * protection register ([method@Scr.Person.get_cp_register_periods]) or
 * looked after ([method@Scr.Person.get_looked_after_periods]). It runs
 * from [property@Scr.Period:from] to [property@Scr.Period:to], both days
 * included; a period with no end is open: the child is still on it.
 * Either date may be partial (a month or a year), as records often are.
 *
 * In JSON it is an object of an array of the subject's `legal_status`:
 *
 * ```json
 * {"from": "2020-02-03", "to": "2020-08"}
 * ```
 *
 * `from` is required; `to` is a date or `null` (open). A `to` that is
 * certainly before `from` is a validation error naming its path.
 * Members this version does not know are kept and written back after the
 * known ones.
 *
 * ## Threads
 *
 * A plain mutable object that notifies its changes: use it from one
 * thread at a time.
 */
struct _ScrPeriod
{
  GObject     parent_instance;

  ScrDate    *from;
  ScrDate    *to;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrPeriod, scr_period, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FROM,
  PROP_TO,
};

static const ScrField period_fields[] = {
  [PROP_FROM - 1] = SCR_FIELD_DATE_REQUIRED ("from", "from", ScrPeriod, from),
  [PROP_TO - 1] = SCR_FIELD_DATE ("to", "to", ScrPeriod, to),
};

/* "to" certainly before "from": its last possible day is before the
 * first possible day of "from". */
static gboolean
period_check (GObject     *object,
              const char  *path,
              GError     **error)
{
  ScrPeriod *self = SCR_PERIOD (object);
  ScrSpan from, to;

  if (self->to == NULL)
    return TRUE;
  scr_span_from_date (&from, self->from);
  scr_span_from_date (&to, self->to);
  if (to.last < from.first)
    {
      g_autofree char *from_text = scr_date_to_iso8601 (self->from);

      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "to",
                          "is before the period's start (%s)", from_text);
      return FALSE;
    }
  return TRUE;
}

static ScrFieldSet period_set = SCR_FIELD_SET (period_fields, ScrPeriod, unknown, period_check);

static void
scr_period_class_init (ScrPeriodClass *klass)
{
  /**
   * ScrPeriod:from:
   *
   * The first day of the period, possibly partial. A period read from
   * JSON always has one.
   */
  /**
   * ScrPeriod:to:
   *
   * The last day of the period, possibly partial, or %NULL while the
   * period is open.
   */
  scr_field_set_install (&period_set, G_OBJECT_CLASS (klass));
}

static void
scr_period_init (ScrPeriod *self)
{
  scr_field_set_init_instance (&period_set, G_OBJECT (self));
}

/**
 * scr_period_new:
 * @from: (nullable): the first day of the period
 * @to: (nullable): the last day, or %NULL for an open period
 *
 * Creates a period. The dates are copied.
 *
 * Returns: (transfer full): a new period
 */
ScrPeriod *
scr_period_new (const ScrDate *from,
                const ScrDate *to)
{
  return g_object_new (SCR_TYPE_PERIOD, "from", from, "to", to, NULL);
}

ScrPeriod *
scr_period_load_json (JsonObject  *object,
                      const char  *path,
                      GError     **error)
{
  return scr_field_set_load (&period_set, SCR_TYPE_PERIOD, object, path, error);
}

void
scr_period_save_json (ScrPeriod   *self,
                      JsonBuilder *builder)
{
  scr_field_set_save (&period_set, G_OBJECT (self), builder);
}

/**
 * scr_period_new_from_json:
 * @node: a JSON object such as `{"from": "2020-02-03", "to": null}`
 * @error: return location for a #GError
 *
 * Reads a period from JSON.
 *
 * Returns: (transfer full): a new period, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION) when `from` is missing or `to` is before it
 */
ScrPeriod *
scr_period_new_from_json (JsonNode  *node,
                          GError   **error)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&period_set, SCR_TYPE_PERIOD, node, error);
}

/**
 * scr_period_to_json:
 * @self: a period
 *
 * Writes @self as JSON: `from`, `to` (`null` when open), then the
 * unknown members.
 *
 * Returns: (transfer full): a new JSON object node
 */
JsonNode *
scr_period_to_json (ScrPeriod *self)
{
  g_return_val_if_fail (SCR_IS_PERIOD (self), NULL);

  return scr_field_set_to_json (&period_set, G_OBJECT (self));
}

/**
 * scr_period_get_from:
 * @self: a period
 *
 * Gets [property@Scr.Period:from].
 *
 * Returns: (nullable) (transfer none): the first day
 */
const ScrDate *
scr_period_get_from (ScrPeriod *self)
{
  g_return_val_if_fail (SCR_IS_PERIOD (self), NULL);
  return self->from;
}

/**
 * scr_period_set_from:
 * @self: a period
 * @from: (nullable): the first day
 *
 * Sets [property@Scr.Period:from].
 */
void
scr_period_set_from (ScrPeriod     *self,
                     const ScrDate *from)
{
  g_return_if_fail (SCR_IS_PERIOD (self));
  scr_field_set_date (&period_set, G_OBJECT (self), PROP_FROM, from);
}

/**
 * scr_period_get_to:
 * @self: a period
 *
 * Gets [property@Scr.Period:to].
 *
 * Returns: (nullable) (transfer none): the last day, or %NULL when open
 */
const ScrDate *
scr_period_get_to (ScrPeriod *self)
{
  g_return_val_if_fail (SCR_IS_PERIOD (self), NULL);
  return self->to;
}

/**
 * scr_period_set_to:
 * @self: a period
 * @to: (nullable): the last day, or %NULL for an open period
 *
 * Sets [property@Scr.Period:to].
 */
void
scr_period_set_to (ScrPeriod     *self,
                   const ScrDate *to)
{
  g_return_if_fail (SCR_IS_PERIOD (self));
  scr_field_set_date (&period_set, G_OBJECT (self), PROP_TO, to);
}

/**
 * scr_period_is_open:
 * @self: a period
 *
 * Tells whether the period has no end: the child is still on it.
 *
 * Returns: %TRUE when [property@Scr.Period:to] is %NULL
 */
gboolean
scr_period_is_open (ScrPeriod *self)
{
  g_return_val_if_fail (SCR_IS_PERIOD (self), FALSE);
  return self->to == NULL;
}
