/* scr-return-field.c: one field of a national return, as the form labels
 * it, with its value and the libscr member the value came from.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-return-field-private.h"

/**
 * ScrReturnField:
 *
 * One field of a national return ([class@Scr.Return]): the form's label,
 * the value filled from the case (or %NULL when the record lacks it), the
 * libscr member it comes from, whether the form requires it and the
 * evidence for the mapping.
 *
 * The fields of a return are a [iface@Gio.ListModel], so bindings can
 * make a table of them (`Scr.to_dataframe()` in Python).
 */
struct _ScrReturnField
{
  GObject parent_instance;

  char *id;
  char *label;
  char *value;
  char *source;
  char *evidence;
  gboolean required;
};

G_DEFINE_FINAL_TYPE (ScrReturnField, scr_return_field, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_VALUE,
  PROP_SOURCE,
  PROP_REQUIRED,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_return_field_finalize (GObject *object)
{
  ScrReturnField *self = SCR_RETURN_FIELD (object);

  g_free (self->id);
  g_free (self->label);
  g_free (self->value);
  g_free (self->source);
  g_free (self->evidence);
  G_OBJECT_CLASS (scr_return_field_parent_class)->finalize (object);
}

static void
scr_return_field_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ScrReturnField *self = SCR_RETURN_FIELD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_REQUIRED:
      g_value_set_boolean (value, self->required);
      break;
    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_return_field_class_init (ScrReturnFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_return_field_finalize;
  object_class->get_property = scr_return_field_get_property;

  /**
   * ScrReturnField:id:
   *
   * The field's id in the mapping (`child_name`, `incident_date`...).
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * ScrReturnField:label:
   *
   * The field's label on the form.
   */
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  /**
   * ScrReturnField:value:
   *
   * The value filled from the case, or %NULL when the record lacks it
   * (or its restricted details were withheld). Lists are joined with
   * "; "; agencies are given by name.
   */
  properties[PROP_VALUE] = g_param_spec_string ("value", NULL, NULL, NULL, flags);
  /**
   * ScrReturnField:source:
   *
   * The libscr member the value comes from, as a path in the dataset's
   * JSON: `cases[].incident.date`.
   */
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL, flags);
  /**
   * ScrReturnField:required:
   *
   * Whether the form requires the field; a required field without a
   * value is listed by [method@Scr.Return.get_missing].
   */
  properties[PROP_REQUIRED] = g_param_spec_boolean ("required", NULL, NULL, FALSE, flags);
  /**
   * ScrReturnField:evidence:
   *
   * The evidence for the mapping: `[F]` with the public source that
   * shows the field, or `[R]` where the field was not confirmed.
   */
  properties[PROP_EVIDENCE] = g_param_spec_string ("evidence", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_return_field_init (ScrReturnField *self)
{
}

ScrReturnField *
scr_return_field_new (const char *id,
                      const char *label,
                      const char *value,
                      const char *source,
                      gboolean    required,
                      const char *evidence)
{
  ScrReturnField *self = g_object_new (SCR_TYPE_RETURN_FIELD, NULL);

  self->id = g_strdup (id);
  self->label = g_strdup (label);
  self->value = g_strdup (value);
  self->source = g_strdup (source);
  self->required = required;
  self->evidence = g_strdup (evidence);
  return self;
}

/**
 * scr_return_field_get_id:
 * @self: a field
 *
 * Gets [property@Scr.ReturnField:id].
 *
 * Returns: the field's id
 */
const char *
scr_return_field_get_id (ScrReturnField *self)
{
  g_return_val_if_fail (SCR_IS_RETURN_FIELD (self), NULL);
  return self->id;
}

/**
 * scr_return_field_get_label:
 * @self: a field
 *
 * Gets [property@Scr.ReturnField:label].
 *
 * Returns: the form's label
 */
const char *
scr_return_field_get_label (ScrReturnField *self)
{
  g_return_val_if_fail (SCR_IS_RETURN_FIELD (self), NULL);
  return self->label;
}

/**
 * scr_return_field_get_value:
 * @self: a field
 *
 * Gets [property@Scr.ReturnField:value].
 *
 * Returns: (nullable): the value, or %NULL when the record lacks it
 */
const char *
scr_return_field_get_value (ScrReturnField *self)
{
  g_return_val_if_fail (SCR_IS_RETURN_FIELD (self), NULL);
  return self->value;
}

/**
 * scr_return_field_get_source:
 * @self: a field
 *
 * Gets [property@Scr.ReturnField:source].
 *
 * Returns: the libscr member path
 */
const char *
scr_return_field_get_source (ScrReturnField *self)
{
  g_return_val_if_fail (SCR_IS_RETURN_FIELD (self), NULL);
  return self->source;
}

/**
 * scr_return_field_get_required:
 * @self: a field
 *
 * Gets [property@Scr.ReturnField:required].
 *
 * Returns: whether the form requires the field
 */
gboolean
scr_return_field_get_required (ScrReturnField *self)
{
  g_return_val_if_fail (SCR_IS_RETURN_FIELD (self), FALSE);
  return self->required;
}

/**
 * scr_return_field_get_evidence:
 * @self: a field
 *
 * Gets [property@Scr.ReturnField:evidence].
 *
 * Returns: the evidence tag and citation
 */
const char *
scr_return_field_get_evidence (ScrReturnField *self)
{
  g_return_val_if_fail (SCR_IS_RETURN_FIELD (self), NULL);
  return self->evidence;
}
