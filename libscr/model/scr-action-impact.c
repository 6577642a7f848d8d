/* scr-action-impact.c: the evidence that an action changed practice.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-action-impact-private.h"

#include "scr-fields-private.h"

/**
 * ScrActionImpact:
 *
 * The evidence of an action's impact ([property@Scr.Action:impact]):
 * not that the action was done, but that practice changed. It names the
 * audit measure that shows the change ([property@Scr.AuditMeasure:id]),
 * the date the evidence was seen and a note.
 *
 * In JSON it is the object of an action's `impact` member:
 *
 * ```json
 * {"audit_measure_id": "front-door-guidance-used", "date": "2017-11",
 *  "note": "Re-audit of 30 referrals"}
 * ```
 *
 * Every member is optional and may be `null`. Members this version does
 * not know are kept and written back after the known ones.
 *
 * ## Threads
 *
 * A plain mutable object that notifies its changes: use it from one
 * thread at a time.
 */
struct _ScrActionImpact
{
  GObject     parent_instance;

  char       *audit_measure_id;
  ScrDate    *date;
  char       *note;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrActionImpact, scr_action_impact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AUDIT_MEASURE_ID,
  PROP_DATE,
  PROP_NOTE,
};

static const ScrField impact_fields[] = {
  [PROP_AUDIT_MEASURE_ID - 1] = SCR_FIELD_STRING ("audit_measure_id", "audit-measure-id",
                                                  ScrActionImpact, audit_measure_id),
  [PROP_DATE - 1] = SCR_FIELD_DATE ("date", "date", ScrActionImpact, date),
  [PROP_NOTE - 1] = SCR_FIELD_STRING ("note", "note", ScrActionImpact, note),
};

static ScrFieldSet impact_set = SCR_FIELD_SET (impact_fields, ScrActionImpact, unknown, NULL);

static void
scr_action_impact_class_init (ScrActionImpactClass *klass)
{
  /**
   * ScrActionImpact:audit-measure-id:
   *
   * The id of the audit measure ([property@Scr.AuditMeasure:id]) that
   * shows the impact, or %NULL.
   */
  /**
   * ScrActionImpact:date:
   *
   * When the evidence of impact was seen, or %NULL.
   */
  /**
   * ScrActionImpact:note:
   *
   * What the evidence is, in words, or %NULL.
   */
  scr_field_set_install (&impact_set, G_OBJECT_CLASS (klass));
}

static void
scr_action_impact_init (ScrActionImpact *self)
{
  scr_field_set_init_instance (&impact_set, G_OBJECT (self));
}

/**
 * scr_action_impact_new:
 *
 * Creates an empty record of impact.
 *
 * Returns: (transfer full): a new record
 */
ScrActionImpact *
scr_action_impact_new (void)
{
  return g_object_new (SCR_TYPE_ACTION_IMPACT, NULL);
}

ScrActionImpact *
scr_action_impact_load_json (JsonObject  *object,
                             const char  *path,
                             GError     **error)
{
  return scr_field_set_load (&impact_set, SCR_TYPE_ACTION_IMPACT, object, path, error);
}

void
scr_action_impact_save_json (ScrActionImpact *self,
                             JsonBuilder     *builder)
{
  scr_field_set_save (&impact_set, G_OBJECT (self), builder);
}

/**
 * scr_action_impact_new_from_json:
 * @node: a JSON object in the format of an action's `impact` member
 * @error: return location for a #GError
 *
 * Reads a record of impact from JSON.
 *
 * Returns: (transfer full): a new record, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION)
 */
ScrActionImpact *
scr_action_impact_new_from_json (JsonNode  *node,
                                 GError   **error)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&impact_set, SCR_TYPE_ACTION_IMPACT, node, error);
}

/**
 * scr_action_impact_to_json:
 * @self: a record of impact
 *
 * Writes @self as JSON: the three members, then the unknown ones.
 *
 * Returns: (transfer full): a new JSON object node
 */
JsonNode *
scr_action_impact_to_json (ScrActionImpact *self)
{
  g_return_val_if_fail (SCR_IS_ACTION_IMPACT (self), NULL);

  return scr_field_set_to_json (&impact_set, G_OBJECT (self));
}

/**
 * scr_action_impact_get_audit_measure_id:
 * @self: a record of impact
 *
 * Gets [property@Scr.ActionImpact:audit-measure-id].
 *
 * Returns: (nullable): the id of the audit measure
 */
const char *
scr_action_impact_get_audit_measure_id (ScrActionImpact *self)
{
  g_return_val_if_fail (SCR_IS_ACTION_IMPACT (self), NULL);
  return self->audit_measure_id;
}

/**
 * scr_action_impact_set_audit_measure_id:
 * @self: a record of impact
 * @audit_measure_id: (nullable): the id of an audit measure
 *
 * Sets [property@Scr.ActionImpact:audit-measure-id].
 */
void
scr_action_impact_set_audit_measure_id (ScrActionImpact *self,
                                        const char      *audit_measure_id)
{
  g_return_if_fail (SCR_IS_ACTION_IMPACT (self));
  scr_field_set_string (&impact_set, G_OBJECT (self), PROP_AUDIT_MEASURE_ID, audit_measure_id);
}

/**
 * scr_action_impact_get_date:
 * @self: a record of impact
 *
 * Gets [property@Scr.ActionImpact:date].
 *
 * Returns: (nullable) (transfer none): the date
 */
const ScrDate *
scr_action_impact_get_date (ScrActionImpact *self)
{
  g_return_val_if_fail (SCR_IS_ACTION_IMPACT (self), NULL);
  return self->date;
}

/**
 * scr_action_impact_set_date:
 * @self: a record of impact
 * @date: (nullable): the date, %NULL for none
 *
 * Sets [property@Scr.ActionImpact:date].
 */
void
scr_action_impact_set_date (ScrActionImpact *self,
                            const ScrDate   *date)
{
  g_return_if_fail (SCR_IS_ACTION_IMPACT (self));
  scr_field_set_date (&impact_set, G_OBJECT (self), PROP_DATE, date);
}

/**
 * scr_action_impact_get_note:
 * @self: a record of impact
 *
 * Gets [property@Scr.ActionImpact:note].
 *
 * Returns: (nullable): the note
 */
const char *
scr_action_impact_get_note (ScrActionImpact *self)
{
  g_return_val_if_fail (SCR_IS_ACTION_IMPACT (self), NULL);
  return self->note;
}

/**
 * scr_action_impact_set_note:
 * @self: a record of impact
 * @note: (nullable): the note
 *
 * Sets [property@Scr.ActionImpact:note].
 */
void
scr_action_impact_set_note (ScrActionImpact *self,
                            const char      *note)
{
  g_return_if_fail (SCR_IS_ACTION_IMPACT (self));
  scr_field_set_string (&impact_set, G_OBJECT (self), PROP_NOTE, note);
}

/**
 * scr_action_impact_is_empty:
 * @self: a record of impact
 *
 * Tells whether @self records nothing: no audit measure, no date and no
 * note. An empty record is no evidence of impact.
 *
 * Returns: %TRUE when all three are unset
 */
gboolean
scr_action_impact_is_empty (ScrActionImpact *self)
{
  g_return_val_if_fail (SCR_IS_ACTION_IMPACT (self), TRUE);
  return self->audit_measure_id == NULL && self->date == NULL &&
         (self->note == NULL || self->note[0] == '\0');
}
