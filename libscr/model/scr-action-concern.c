/* scr-action-concern.c: why an action's evidence of impact is in doubt.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-action-concern-private.h"

#include "scr-enum-types.h"
#include "scr-json-private.h"
#include "scr-model-private.h"

/**
 * ScrActionConcern:
 *
 * One reason to doubt that an action changed practice, as
 * [method@Scr.Dataset.list_action_concerns] finds it: which action, what
 * kind of concern, and the reason in words with the numbers ("19 of 32
 * (59%) in lif-audit-front-door (2016-11), then 18 of 32 (56%) in
 * lif-reaudit-front-door (2017-11): not improved").
 *
 * In JSON:
 *
 * ```json
 * {"action_id": "child-a-improvement-2", "kind": "measure-not-improved",
 *  "reason": "..."}
 * ```
 *
 * A concern is immutable and may be shared between threads.
 */
struct _ScrActionConcern
{
  GObject  parent_instance;

  char    *action_id;
  int      kind;
  char    *reason;
};

G_DEFINE_FINAL_TYPE (ScrActionConcern, scr_action_concern, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTION_ID,
  PROP_KIND,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_action_concern_finalize (GObject *object)
{
  ScrActionConcern *self = SCR_ACTION_CONCERN (object);

  g_free (self->action_id);
  g_free (self->reason);
  G_OBJECT_CLASS (scr_action_concern_parent_class)->finalize (object);
}

static void
scr_action_concern_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ScrActionConcern *self = SCR_ACTION_CONCERN (object);

  switch (prop_id)
    {
    case PROP_ACTION_ID:
      g_value_set_string (value, self->action_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_action_concern_class_init (ScrActionConcernClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scr_action_concern_finalize;
  object_class->get_property = scr_action_concern_get_property;

  /**
   * ScrActionConcern:action-id:
   *
   * The id of the action of concern.
   */
  properties[PROP_ACTION_ID] =
    g_param_spec_string ("action-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * ScrActionConcern:kind:
   *
   * What kind of concern it is.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SCR_TYPE_ACTION_CONCERN_KIND,
                       SCR_ACTION_CONCERN_COMPLETE_WITHOUT_EVIDENCE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * ScrActionConcern:reason:
   *
   * The reason in words, with the numbers.
   */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_action_concern_init (ScrActionConcern *self)
{
}

ScrActionConcern *
scr_action_concern_new (const char           *action_id,
                        ScrActionConcernKind  kind,
                        const char           *reason)
{
  ScrActionConcern *self = g_object_new (SCR_TYPE_ACTION_CONCERN, NULL);

  self->action_id = g_strdup (action_id);
  self->kind = kind;
  self->reason = g_strdup (reason);
  return self;
}

/**
 * scr_action_concern_get_action_id:
 * @self: a concern
 *
 * Gets [property@Scr.ActionConcern:action-id].
 *
 * Returns: the id of the action
 */
const char *
scr_action_concern_get_action_id (ScrActionConcern *self)
{
  g_return_val_if_fail (SCR_IS_ACTION_CONCERN (self), NULL);
  return self->action_id;
}

/**
 * scr_action_concern_get_kind:
 * @self: a concern
 *
 * Gets [property@Scr.ActionConcern:kind].
 *
 * Returns: the kind of concern
 */
ScrActionConcernKind
scr_action_concern_get_kind (ScrActionConcern *self)
{
  g_return_val_if_fail (SCR_IS_ACTION_CONCERN (self), SCR_ACTION_CONCERN_COMPLETE_WITHOUT_EVIDENCE);
  return self->kind;
}

/**
 * scr_action_concern_get_reason:
 * @self: a concern
 *
 * Gets [property@Scr.ActionConcern:reason].
 *
 * Returns: the reason in words
 */
const char *
scr_action_concern_get_reason (ScrActionConcern *self)
{
  g_return_val_if_fail (SCR_IS_ACTION_CONCERN (self), NULL);
  return self->reason;
}

static void
concern_save (gpointer     object,
              JsonBuilder *builder)
{
  ScrActionConcern *self = object;

  json_builder_begin_object (builder);
  scr_json_write_string (builder, "action_id", self->action_id);
  scr_json_write_enum (builder, "kind", SCR_TYPE_ACTION_CONCERN_KIND, self->kind);
  scr_json_write_string (builder, "reason", self->reason);
  json_builder_end_object (builder);
}

/**
 * scr_action_concern_to_json:
 * @self: a concern
 *
 * Writes @self as a JSON object with `action_id`, `kind` (the nick of
 * [enum@Scr.ActionConcernKind]) and `reason`.
 *
 * Returns: (transfer full): a new JSON object node
 */
JsonNode *
scr_action_concern_to_json (ScrActionConcern *self)
{
  g_return_val_if_fail (SCR_IS_ACTION_CONCERN (self), NULL);
  return scr_model_to_json (self, concern_save);
}
