/* scr-milestone.c: a dated step of a review.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-enum-types.h"
#include "scr-json-private.h"
#include "scr-milestone-private.h"
#include "scr-model-private.h"

/**
 * ScrMilestone:
 *
 * A dated step of a [class@Scr.Review]: the referral, the notification,
 * the rapid review, the decision, the appointment of the author, the
 * reports to the board and to the national panel, and publication.
 *
 * A milestone has the date it was planned for and the date it happened;
 * either may be partial or missing.
 */
struct _ScrMilestone
{
  GObject parent_instance;

  ScrMilestoneKind kind;
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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = { "kind", "planned", "date", "note", NULL };

static void
scr_milestone_finalize (GObject *object)
{
  ScrMilestone *self = SCR_MILESTONE (object);

  g_clear_pointer (&self->planned, scr_date_free);
  g_clear_pointer (&self->date, scr_date_free);
  g_free (self->note);
  g_clear_pointer (&self->unknown, json_object_unref);
  G_OBJECT_CLASS (scr_milestone_parent_class)->finalize (object);
}

static void
scr_milestone_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ScrMilestone *self = SCR_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_PLANNED:
      g_value_set_boxed (value, self->planned);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_milestone_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ScrMilestone *self = SCR_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      scr_milestone_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_PLANNED:
      scr_milestone_set_planned (self, g_value_get_boxed (value));
      break;
    case PROP_DATE:
      scr_milestone_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_NOTE:
      scr_milestone_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
scr_milestone_class_init (ScrMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scr_milestone_finalize;
  object_class->get_property = scr_milestone_get_property;
  object_class->set_property = scr_milestone_set_property;

  /**
   * ScrMilestone:kind:
   *
   * Which step of the review this is.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SCR_TYPE_MILESTONE_KIND, SCR_MILESTONE_KIND_OTHER,
                       RW_FLAGS);
  /**
   * ScrMilestone:planned:
   *
   * The date the step was planned for, or %NULL.
   */
  properties[PROP_PLANNED] = g_param_spec_boxed ("planned", NULL, NULL, SCR_TYPE_DATE, RW_FLAGS);
  /**
   * ScrMilestone:date:
   *
   * The date the step happened, or %NULL if it has not (or is not known).
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, SCR_TYPE_DATE, RW_FLAGS);
  /**
   * ScrMilestone:note:
   *
   * A note on the step, or %NULL; for %SCR_MILESTONE_KIND_OTHER, what the
   * step is.
   */
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, RW_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_milestone_init (ScrMilestone *self)
{
  self->kind = SCR_MILESTONE_KIND_OTHER;
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
  g_autoptr(ScrMilestone) self = g_object_new (SCR_TYPE_MILESTONE, NULL);
  int kind = SCR_MILESTONE_KIND_OTHER;

  if (!scr_json_read_enum (object, path, "kind", TRUE, SCR_TYPE_MILESTONE_KIND, &kind, error) ||
      !scr_json_read_date (object, path, "planned", FALSE, &self->planned, error) ||
      !scr_json_read_date (object, path, "date", FALSE, &self->date, error) ||
      !scr_json_read_string (object, path, "note", FALSE, &self->note, error))
    return NULL;
  self->kind = kind;
  self->unknown = scr_json_collect_unknown (object, known_members);
  return g_steal_pointer (&self);
}

void
scr_milestone_save_json (ScrMilestone *self,
                         JsonBuilder  *builder)
{
  json_builder_begin_object (builder);
  scr_json_write_enum (builder, "kind", SCR_TYPE_MILESTONE_KIND, self->kind);
  scr_json_write_date (builder, "planned", self->planned);
  scr_json_write_date (builder, "date", self->date);
  scr_json_write_string (builder, "note", self->note);
  scr_json_write_unknown (builder, self->unknown);
  json_builder_end_object (builder);
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
  JsonObject *object;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  object = scr_model_node_get_object (node, error);
  return object != NULL ? scr_milestone_load_json (object, NULL, error) : NULL;
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

  return scr_model_to_json (self, (ScrModelSaveFunc) scr_milestone_save_json);
}

/**
 * scr_milestone_get_kind:
 * @self: a milestone
 *
 * Gets which step of the review this is.
 *
 * Returns: the kind
 */
/**
 * scr_milestone_set_kind:
 * @self: a milestone
 * @kind: the kind
 *
 * Sets which step of the review this is.
 */
SCR_MODEL_DEFINE_ENUM (ScrMilestone, scr_milestone, SCR_IS_MILESTONE, ScrMilestoneKind, kind,
                       PROP_KIND, SCR_MILESTONE_KIND_OTHER)

/**
 * scr_milestone_get_planned:
 * @self: a milestone
 *
 * Gets the date the step was planned for.
 *
 * Returns: (nullable) (transfer none): the date
 */
/**
 * scr_milestone_set_planned:
 * @self: a milestone
 * @planned: (nullable): the date
 *
 * Sets the date the step was planned for.
 */
SCR_MODEL_DEFINE_DATE (ScrMilestone, scr_milestone, SCR_IS_MILESTONE, planned, PROP_PLANNED)

/**
 * scr_milestone_get_date:
 * @self: a milestone
 *
 * Gets the date the step happened.
 *
 * Returns: (nullable) (transfer none): the date
 */
/**
 * scr_milestone_set_date:
 * @self: a milestone
 * @date: (nullable): the date
 *
 * Sets the date the step happened.
 */
SCR_MODEL_DEFINE_DATE (ScrMilestone, scr_milestone, SCR_IS_MILESTONE, date, PROP_DATE)

/**
 * scr_milestone_get_note:
 * @self: a milestone
 *
 * Gets the note on the step.
 *
 * Returns: (nullable): the note
 */
/**
 * scr_milestone_set_note:
 * @self: a milestone
 * @note: (nullable): the note
 *
 * Sets the note on the step.
 */
SCR_MODEL_DEFINE_STRING (ScrMilestone, scr_milestone, SCR_IS_MILESTONE, note, PROP_NOTE)
