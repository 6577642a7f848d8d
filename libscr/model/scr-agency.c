/* scr-agency.c: an agency taking part in safeguarding work.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-agency-private.h"
#include "scr-enum-types.h"
#include "scr-fields-private.h"
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
 *
 * ## Threads
 *
 * An agency is a plain mutable object that notifies its changes: use
 * it, and the dataset that holds it, from one thread at a time; the
 * items of a loaded dataset that no thread changes may be read from
 * several at once ([class@Scr.Dataset]).
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
};

static const ScrField agency_fields[] = {
  [PROP_ID - 1] = SCR_FIELD_STRING_CONSTRUCT ("id", "id", ScrAgency, id, TRUE),
  [PROP_NAME - 1] = SCR_FIELD_STRING ("name", "name", ScrAgency, name),
  [PROP_SECTOR - 1] = SCR_FIELD_ENUM_REQUIRED ("sector", "sector", ScrAgency, sector,
                                               scr_agency_sector_get_type,
                                               SCR_AGENCY_SECTOR_OTHER),
};

static ScrFieldSet agency_set = SCR_FIELD_SET (agency_fields, ScrAgency, unknown, NULL);

static void
scr_agency_class_init (ScrAgencyClass *klass)
{
  /**
   * ScrAgency:id:
   *
   * The identifier of the agency, unique among the agencies of a
   * dataset. Set once, when the agency is made.
   */
  /**
   * ScrAgency:name:
   *
   * The name of the agency, such as "Cumbria Police".
   */
  /**
   * ScrAgency:sector:
   *
   * The sector the agency belongs to.
   */
  scr_field_set_install (&agency_set, G_OBJECT_CLASS (klass));
}

static void
scr_agency_init (ScrAgency *self)
{
  scr_field_set_init_instance (&agency_set, G_OBJECT (self));
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
  return scr_field_set_load (&agency_set, SCR_TYPE_AGENCY, object, path, error);
}

void
scr_agency_save_json (ScrAgency   *self,
                      JsonBuilder *builder)
{
  scr_field_set_save (&agency_set, G_OBJECT (self), builder);
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

  scr_field_set_string (&agency_set, G_OBJECT (self), PROP_NAME, name);
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

  scr_field_set_enum (&agency_set, G_OBJECT (self), PROP_SECTOR, sector);
}
