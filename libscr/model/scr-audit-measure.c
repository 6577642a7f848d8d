/* scr-audit-measure.c: one figure of an audit: a count over a denominator.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-audit-measure-private.h"

#include "scr-fields-private.h"
#include "scr-json-private.h"

/**
 * ScrAuditMeasure:
 *
 * One figure of an audit ([class@Scr.Audit]): how many cases of those
 * looked at met the measure, such as 19 of 32.
 * [method@Scr.AuditMeasure.get_percentage] reads it as 59%.
 *
 * In JSON a measure is an item of an audit's `measures` array:
 *
 * ```json
 * {"label": "Cases with a multi-agency chronology", "numerator": 19,
 *  "denominator": 32}
 * ```
 *
 * An optional `id` names what is measured across audits (written only
 * when set). The other three members are required. The denominator must be more than 0 and
 * the numerator may not be more than the denominator: either is an error
 * naming the member, such as `audits[0].measures[1].denominator: must be
 * more than 0`. Members this version does not know are kept and written
 * back after the known ones.
 *
 * The setters do not check the counts against each other, so they can be
 * changed in any order; a measure set to more than its denominator reads
 * above 100% and one with no denominator reads -1.
 *
 * ## Threads
 *
 * A measure is a plain mutable object that notifies its changes: use
 * it, and the dataset that holds it, from one thread at a time; the
 * items of a loaded dataset that no thread changes may be read from
 * several at once ([class@Scr.Dataset]).
 */
struct _ScrAuditMeasure
{
  GObject     parent_instance;

  char       *label;
  int         numerator;
  int         denominator;
  char       *id;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrAuditMeasure, scr_audit_measure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_NUMERATOR,
  PROP_DENOMINATOR,
  PROP_ID,
};

static gboolean measure_check (GObject     *object,
                               const char  *path,
                               GError     **error);

static const ScrField audit_measure_fields[] = {
  [PROP_LABEL - 1] = SCR_FIELD_STRING_REQUIRED ("label", "label", ScrAuditMeasure, label),
  [PROP_NUMERATOR - 1] = SCR_FIELD_INT ("numerator", "numerator", ScrAuditMeasure, numerator, TRUE,
                                 0, G_MAXINT, 0),
  [PROP_DENOMINATOR - 1] = SCR_FIELD_INT ("denominator", "denominator", ScrAuditMeasure, denominator, TRUE,
                                 0, G_MAXINT, 0),
  [PROP_ID - 1] = SCR_FIELD_STRING_OMIT_UNSET ("id", "id", ScrAuditMeasure, id),
};

static ScrFieldSet audit_measure_set = SCR_FIELD_SET (audit_measure_fields, ScrAuditMeasure, unknown, measure_check);

static void
scr_audit_measure_class_init (ScrAuditMeasureClass *klass)
{
  /**
   * ScrAuditMeasure:label:
   *
   * What is counted, such as "Cases with a chronology on file".
   */
  /**
   * ScrAuditMeasure:numerator:
   *
   * How many of the denominator meet the measure.
   */
  /**
   * ScrAuditMeasure:denominator:
   *
   * How many were looked at. A measure read from JSON has a positive
   * denominator.
   */
  /**
   * ScrAuditMeasure:id:
   *
   * The id of what is measured, the same in every audit that measures it
   * again, so that an action's impact ([property@Scr.ActionImpact:audit-measure-id])
   * can be followed from one audit to the next; or %NULL. In JSON the
   * optional member `id`, written only when set.
   */
  scr_field_set_install (&audit_measure_set, G_OBJECT_CLASS (klass));
}

static void
scr_audit_measure_init (ScrAuditMeasure *self)
{
  scr_field_set_init_instance (&audit_measure_set, G_OBJECT (self));
}

/**
 * scr_audit_measure_new:
 * @label: the label
 * @numerator: the count
 * @denominator: the number looked at
 *
 * Creates a measure of @numerator out of @denominator.
 *
 * Returns: (transfer full): a new audit measure
 */
ScrAuditMeasure *
scr_audit_measure_new (const char *label,
                       int         numerator,
                       int         denominator)
{
  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (numerator >= 0, NULL);
  g_return_val_if_fail (denominator >= 0, NULL);

  return g_object_new (SCR_TYPE_AUDIT_MEASURE,
                       "label", label,
                       "numerator", numerator,
                       "denominator", denominator,
                       NULL);
}

ScrAuditMeasure *
scr_audit_measure_load_json (JsonObject  *object,
                             const char  *path,
                             GError     **error)
{
  return scr_field_set_load (&audit_measure_set, SCR_TYPE_AUDIT_MEASURE, object, path, error);
}

void
scr_audit_measure_save_json (ScrAuditMeasure *self,
                             JsonBuilder     *builder)
{
  scr_field_set_save (&audit_measure_set, G_OBJECT (self), builder);
}

/**
 * scr_audit_measure_new_from_json:
 * @node: a JSON object in the format of the dataset's `measures` items
 * @error: return location for a #GError
 *
 * Reads a audit measure from JSON. Errors name the member, as in
 * `denominator: must be more than 0 (the number of cases looked at)`.
 *
 * Returns: (transfer full): a new audit measure, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION)
 */
ScrAuditMeasure *
scr_audit_measure_new_from_json (JsonNode  *node,
                                 GError   **error)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&audit_measure_set, SCR_TYPE_AUDIT_MEASURE, node, error);
}

/**
 * scr_audit_measure_to_json:
 * @self: a audit measure
 *
 * Writes @self as JSON: the known members in a fixed order, then the
 * unknown members it was read with.
 *
 * Returns: (transfer full): a new JSON object node
 */
JsonNode *
scr_audit_measure_to_json (ScrAuditMeasure *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT_MEASURE (self), NULL);

  return scr_field_set_to_json (&audit_measure_set, G_OBJECT (self));
}
/**
 * scr_audit_measure_get_label:
 * @self: an audit measure
 *
 * Gets [property@Scr.AuditMeasure:label].
 *
 * Returns: (nullable): the label
 */
const char *
scr_audit_measure_get_label (ScrAuditMeasure *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT_MEASURE (self), NULL);
  return self->label;
}

/**
 * scr_audit_measure_set_label:
 * @self: an audit measure
 * @label: the new value
 *
 * Sets [property@Scr.AuditMeasure:label].
 */
void
scr_audit_measure_set_label (ScrAuditMeasure  *self,
                             const char       *label)
{
  g_return_if_fail (SCR_IS_AUDIT_MEASURE (self));
  g_return_if_fail (label != NULL);
  scr_field_set_string (&audit_measure_set, G_OBJECT (self), PROP_LABEL, label);
}

/**
 * scr_audit_measure_get_numerator:
 * @self: an audit measure
 *
 * Gets [property@Scr.AuditMeasure:numerator].
 *
 * Returns: the count
 */
int
scr_audit_measure_get_numerator (ScrAuditMeasure *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT_MEASURE (self), 0);
  return self->numerator;
}

/**
 * scr_audit_measure_set_numerator:
 * @self: an audit measure
 * @numerator: the count, 0 or more
 *
 * Sets [property@Scr.AuditMeasure:numerator].
 */
void
scr_audit_measure_set_numerator (ScrAuditMeasure  *self,
                                 int              numerator)
{
  g_return_if_fail (SCR_IS_AUDIT_MEASURE (self));
  g_return_if_fail (numerator >= 0);
  scr_field_set_int (&audit_measure_set, G_OBJECT (self), PROP_NUMERATOR, numerator);
}

/**
 * scr_audit_measure_get_denominator:
 * @self: an audit measure
 *
 * Gets [property@Scr.AuditMeasure:denominator].
 *
 * Returns: the denominator
 */
int
scr_audit_measure_get_denominator (ScrAuditMeasure *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT_MEASURE (self), 0);
  return self->denominator;
}

/**
 * scr_audit_measure_set_denominator:
 * @self: an audit measure
 * @denominator: the denominator, 0 or more
 *
 * Sets [property@Scr.AuditMeasure:denominator].
 */
void
scr_audit_measure_set_denominator (ScrAuditMeasure  *self,
                                   int              denominator)
{
  g_return_if_fail (SCR_IS_AUDIT_MEASURE (self));
  g_return_if_fail (denominator >= 0);
  scr_field_set_int (&audit_measure_set, G_OBJECT (self), PROP_DENOMINATOR, denominator);
}

static gboolean
measure_check (GObject     *object,
               const char  *path,
               GError     **error)
{
  ScrAuditMeasure *self = SCR_AUDIT_MEASURE (object);

  if (self->denominator == 0)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "denominator",
                          "must be more than 0 (the number of cases looked at)");
      return FALSE;
    }
  if (self->numerator > self->denominator)
    {
      scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "numerator",
                          "%d is more than the denominator %d",
                          self->numerator, self->denominator);
      return FALSE;
    }
  return TRUE;
}

/**
 * scr_audit_measure_get_percentage:
 * @self: an audit measure
 *
 * Returns the measure as a whole percentage, the numerator over the
 * denominator rounded to the nearest whole number with halves rounded up:
 * 19 of 32 (59.375%) reads 59, 1 of 8 (12.5%) reads 13 and 2 of 3
 * (66.67%) reads 67. The arithmetic is exact (integers, no floating
 * point), so the same counts always give the same percentage.
 *
 * Returns: the percentage, or -1 when the denominator is 0
 */
int
scr_audit_measure_get_percentage (ScrAuditMeasure *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT_MEASURE (self), -1);

  if (self->denominator <= 0)
    return -1;
  return (int) ((200 * (gint64) self->numerator + self->denominator) /
                (2 * (gint64) self->denominator));
}

/**
 * scr_audit_measure_get_id:
 * @self: an audit measure
 *
 * Gets [property@Scr.AuditMeasure:id].
 *
 * Returns: (nullable): the id of what is measured
 */
const char *
scr_audit_measure_get_id (ScrAuditMeasure *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT_MEASURE (self), NULL);
  return self->id;
}

/**
 * scr_audit_measure_set_id:
 * @self: an audit measure
 * @id: (nullable): the id of what is measured
 *
 * Sets [property@Scr.AuditMeasure:id].
 */
void
scr_audit_measure_set_id (ScrAuditMeasure *self,
                          const char      *id)
{
  g_return_if_fail (SCR_IS_AUDIT_MEASURE (self));
  scr_field_set_string (&audit_measure_set, G_OBJECT (self), PROP_ID, id);
}
