/* scr-milestone.c: a dated step of a review.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-milestone-private.h"

#include "scr-enum-types.h"
#include "scr-fields-private.h"

/**
 * ScrMilestone:
 *
 * A dated step of a [class@Scr.Review]: the referral, the notification,
 * the rapid review, the decision, the appointment of the author, the
 * reports to the board and to the national panel, and publication.
 *
 * A milestone has the date it was planned for and the date it happened;
 * either may be partial or missing.
 *
 * ## Threads
 *
 * A milestone is a plain mutable object that notifies its changes: use
 * it, and the dataset that holds it, from one thread at a time; the
 * items of a loaded dataset that no thread changes may be read from
 * several at once ([class@Scr.Dataset]).
 */
struct _ScrMilestone
{
  GObject parent_instance;

  int kind;
  ScrDate *planned;
  ScrDate *date;
  char *note;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrMilestone, scr_milestone, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_PLANNED,
  PROP_DATE,
  PROP_NOTE,
};

static const ScrField milestone_fields[] = {
  [PROP_KIND - 1] = SCR_FIELD_ENUM_REQUIRED ("kind", "kind", ScrMilestone, kind,
                                             scr_milestone_kind_get_type,
                                             SCR_MILESTONE_KIND_OTHER),
  [PROP_PLANNED - 1] = SCR_FIELD_DATE ("planned", "planned", ScrMilestone, planned),
  [PROP_DATE - 1] = SCR_FIELD_DATE ("date", "date", ScrMilestone, date),
  [PROP_NOTE - 1] = SCR_FIELD_STRING ("note", "note", ScrMilestone, note),
};

static ScrFieldSet milestone_set = SCR_FIELD_SET (milestone_fields, ScrMilestone, unknown, NULL);

static void
scr_milestone_class_init (ScrMilestoneClass *klass)
{
  /**
   * ScrMilestone:kind:
   *
   * Which step of the review this is.
   */
  /**
   * ScrMilestone:planned:
   *
   * The date the step was planned for, or %NULL.
   */
  /**
   * ScrMilestone:date:
   *
   * The date the step happened, or %NULL if it has not (or is not known).
   */
  /**
   * ScrMilestone:note:
   *
   * A note on the step, or %NULL; for %SCR_MILESTONE_KIND_OTHER, what the
   * step is.
   */
  scr_field_set_install (&milestone_set, G_OBJECT_CLASS (klass));
}

static void
scr_milestone_init (ScrMilestone *self)
{
  scr_field_set_init_instance (&milestone_set, G_OBJECT (self));
}

/**
 * scr_milestone_new:
 * @kind: the kind of step
 *
 * Creates a milestone with no dates.
 *
 * Returns: (transfer full): a new milestone
 */
ScrMilestone *
scr_milestone_new (ScrMilestoneKind kind)
{
  return g_object_new (SCR_TYPE_MILESTONE, "kind", kind, NULL);
}

ScrMilestone *
scr_milestone_load_json (JsonObject  *object,
                         const char  *path,
                         GError     **error)
{
  return scr_field_set_load (&milestone_set, SCR_TYPE_MILESTONE, object, path, error);
}

void
scr_milestone_save_json (ScrMilestone *self,
                         JsonBuilder  *builder)
{
  scr_field_set_save (&milestone_set, G_OBJECT (self), builder);
}

/**
 * scr_milestone_new_from_json:
 * @node: a JSON object in the format of `doc/json-format.md`
 * @error: return location for a #GError
 *
 * Reads a milestone from its JSON form, keeping unknown members.
 *
 * Returns: (transfer full): the milestone, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION) when @node is not a valid milestone
 */
ScrMilestone *
scr_milestone_new_from_json (JsonNode  *node,
                             GError   **error)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&milestone_set, SCR_TYPE_MILESTONE, node, error);
}

/**
 * scr_milestone_to_json:
 * @self: a milestone
 *
 * Writes the milestone in its JSON form, unknown members last.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
scr_milestone_to_json (ScrMilestone *self)
{
  g_return_val_if_fail (SCR_IS_MILESTONE (self), NULL);

  return scr_field_set_to_json (&milestone_set, G_OBJECT (self));
}

/**
 * scr_milestone_get_kind:
 * @self: a milestone
 *
 * Gets which step of the review this is.
 *
 * Returns: the kind
 */
ScrMilestoneKind
scr_milestone_get_kind (ScrMilestone *self)
{
  g_return_val_if_fail (SCR_IS_MILESTONE (self), SCR_MILESTONE_KIND_OTHER);

  return self->kind;
}

/**
 * scr_milestone_set_kind:
 * @self: a milestone
 * @kind: the kind
 *
 * Sets which step of the review this is.
 */
void
scr_milestone_set_kind (ScrMilestone     *self,
                        ScrMilestoneKind  kind)
{
  g_return_if_fail (SCR_IS_MILESTONE (self));

  scr_field_set_enum (&milestone_set, G_OBJECT (self), PROP_KIND, kind);
}

/**
 * scr_milestone_get_planned:
 * @self: a milestone
 *
 * Gets the date the step was planned for.
 *
 * Returns: (nullable) (transfer none): the date
 */
const ScrDate *
scr_milestone_get_planned (ScrMilestone *self)
{
  g_return_val_if_fail (SCR_IS_MILESTONE (self), NULL);

  return self->planned;
}

/**
 * scr_milestone_set_planned:
 * @self: a milestone
 * @planned: (nullable): the date
 *
 * Sets the date the step was planned for.
 */
void
scr_milestone_set_planned (ScrMilestone  *self,
                           const ScrDate *planned)
{
  g_return_if_fail (SCR_IS_MILESTONE (self));

  scr_field_set_date (&milestone_set, G_OBJECT (self), PROP_PLANNED, planned);
}

/**
 * scr_milestone_get_date:
 * @self: a milestone
 *
 * Gets the date the step happened.
 *
 * Returns: (nullable) (transfer none): the date
 */
const ScrDate *
scr_milestone_get_date (ScrMilestone *self)
{
  g_return_val_if_fail (SCR_IS_MILESTONE (self), NULL);

  return self->date;
}

/**
 * scr_milestone_set_date:
 * @self: a milestone
 * @date: (nullable): the date
 *
 * Sets the date the step happened.
 */
void
scr_milestone_set_date (ScrMilestone  *self,
                        const ScrDate *date)
{
  g_return_if_fail (SCR_IS_MILESTONE (self));

  scr_field_set_date (&milestone_set, G_OBJECT (self), PROP_DATE, date);
}

/**
 * scr_milestone_get_note:
 * @self: a milestone
 *
 * Gets the note on the step.
 *
 * Returns: (nullable): the note
 */
const char *
scr_milestone_get_note (ScrMilestone *self)
{
  g_return_val_if_fail (SCR_IS_MILESTONE (self), NULL);

  return self->note;
}

/**
 * scr_milestone_set_note:
 * @self: a milestone
 * @note: (nullable): the note
 *
 * Sets the note on the step.
 */
void
scr_milestone_set_note (ScrMilestone *self,
                        const char   *note)
{
  g_return_if_fail (SCR_IS_MILESTONE (self));

  scr_field_set_string (&milestone_set, G_OBJECT (self), PROP_NOTE, note);
}
