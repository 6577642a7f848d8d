/* scr-agency.c: an agency taking part in safeguarding work.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-agency-private.h"
#include "scr-enum-types.h"
#include "scr-json-private.h"
#include "scr-model-private.h"

/**
 * ScrAgency:
 *
 * An agency or organisation that works with children and families: a
 * police force, a health trust, children's social care, a school, a
 * voluntary organisation, or the partnership itself.
 *
 * Other records refer to an agency by its [property@Scr.Agency:id]
 * (`agency_ids`, `owner_agency_id` in JSON); a [class@Scr.Dataset] checks
 * that every such reference names an agency it holds.
 */
struct _ScrAgency
{
  GObject parent_instance;

  char *id;
  char *name;
  ScrAgencySector sector;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrAgency, scr_agency, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SECTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = { "id", "name", "sector", NULL };

static void
scr_agency_finalize (GObject *object)
{
  ScrAgency *self = SCR_AGENCY (object);

  g_free (self->id);
  g_free (self->name);
  g_clear_pointer (&self->unknown, json_object_unref);
  G_OBJECT_CLASS (scr_agency_parent_class)->finalize (object);
}

static void
scr_agency_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ScrAgency *self = SCR_AGENCY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SECTOR:
      g_value_set_enum (value, self->sector);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_agency_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ScrAgency *self = SCR_AGENCY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      scr_agency_set_name (self, g_value_get_string (value));
      break;
    case PROP_SECTOR:
      scr_agency_set_sector (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_agency_class_init (ScrAgencyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scr_agency_finalize;
  object_class->get_property = scr_agency_get_property;
  object_class->set_property = scr_agency_set_property;

  /**
   * ScrAgency:id:
   *
   * The identifier of the agency, unique among the agencies of a
   * dataset. Set once, when the agency is made.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * ScrAgency:name:
   *
   * The name of the agency, such as "Cumbria Police".
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * ScrAgency:sector:
   *
   * The sector the agency belongs to.
   */
  properties[PROP_SECTOR] =
    g_param_spec_enum ("sector", NULL, NULL, SCR_TYPE_AGENCY_SECTOR, SCR_AGENCY_SECTOR_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_agency_init (ScrAgency *self)
{
  self->sector = SCR_AGENCY_SECTOR_OTHER;
}

/**
 * scr_agency_new:
 * @id: the identifier of the agency
 * @name: (nullable): the name of the agency
 * @sector: its sector
 *
 * Creates an agency.
 *
 * Returns: (transfer full): a new agency
 */
ScrAgency *
scr_agency_new (const char      *id,
                const char      *name,
                ScrAgencySector  sector)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (SCR_TYPE_AGENCY, "id", id, "name", name, "sector", sector, NULL);
}

ScrAgency *
scr_agency_load_json (JsonObject  *object,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(ScrAgency) self = NULL;
  g_autofree char *id = NULL;
  int sector = SCR_AGENCY_SECTOR_OTHER;

  if (!scr_model_read_id (object, path, &id, error))
    return NULL;
  self = g_object_new (SCR_TYPE_AGENCY, "id", id, NULL);
  if (!scr_json_read_string (object, path, "name", FALSE, &self->name, error) ||
      !scr_json_read_enum (object, path, "sector", TRUE, SCR_TYPE_AGENCY_SECTOR, &sector, error))
    return NULL;
  self->sector = sector;
  self->unknown = scr_json_collect_unknown (object, known_members);
  return g_steal_pointer (&self);
}

void
scr_agency_save_json (ScrAgency   *self,
                      JsonBuilder *builder)
{
  json_builder_begin_object (builder);
  scr_json_write_string (builder, "id", self->id);
  scr_json_write_string (builder, "name", self->name);
  scr_json_write_enum (builder, "sector", SCR_TYPE_AGENCY_SECTOR, self->sector);
  scr_json_write_unknown (builder, self->unknown);
  json_builder_end_object (builder);
}

/**
 * scr_agency_new_from_json:
 * @node: a JSON object in the format of `doc/json-format.md`
 * @error: return location for a #GError
 *
 * Reads an agency from its JSON form. Members the library does not know
 * are kept and written back by [method@Scr.Agency.to_json].
 *
 * Returns: (transfer full): the agency, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION) when @node is not a valid agency
 */
ScrAgency *
scr_agency_new_from_json (JsonNode  *node,
                          GError   **error)
{
  JsonObject *object;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  object = scr_model_node_get_object (node, error);
  return object != NULL ? scr_agency_load_json (object, NULL, error) : NULL;
}

/**
 * scr_agency_to_json:
 * @self: an agency
 *
 * Writes the agency in its JSON form, unknown members last.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
scr_agency_to_json (ScrAgency *self)
{
  g_return_val_if_fail (SCR_IS_AGENCY (self), NULL);

  return scr_model_to_json (self, (ScrModelSaveFunc) scr_agency_save_json);
}

/**
 * scr_agency_get_id:
 * @self: an agency
 *
 * Gets the identifier of the agency.
 *
 * Returns: the identifier
 */
const char *
scr_agency_get_id (ScrAgency *self)
{
  g_return_val_if_fail (SCR_IS_AGENCY (self), NULL);

  return self->id;
}

/**
 * scr_agency_get_name:
 * @self: an agency
 *
 * Gets the name of the agency.
 *
 * Returns: (nullable): the name
 */
const char *
scr_agency_get_name (ScrAgency *self)
{
  g_return_val_if_fail (SCR_IS_AGENCY (self), NULL);

  return self->name;
}

/**
 * scr_agency_set_name:
 * @self: an agency
 * @name: (nullable): the new name
 *
 * Sets the name of the agency.
 */
void
scr_agency_set_name (ScrAgency  *self,
                     const char *name)
{
  g_return_if_fail (SCR_IS_AGENCY (self));

  scr_model_set_string (G_OBJECT (self), &self->name, name, properties[PROP_NAME]);
}

/**
 * scr_agency_get_sector:
 * @self: an agency
 *
 * Gets the sector of the agency.
 *
 * Returns: the sector
 */
ScrAgencySector
scr_agency_get_sector (ScrAgency *self)
{
  g_return_val_if_fail (SCR_IS_AGENCY (self), SCR_AGENCY_SECTOR_OTHER);

  return self->sector;
}

/**
 * scr_agency_set_sector:
 * @self: an agency
 * @sector: the new sector
 *
 * Sets the sector of the agency.
 */
void
scr_agency_set_sector (ScrAgency       *self,
                       ScrAgencySector  sector)
{
  g_return_if_fail (SCR_IS_AGENCY (self));

  scr_model_set_enum (G_OBJECT (self), (int *) &self->sector, sector, properties[PROP_SECTOR]);
}
