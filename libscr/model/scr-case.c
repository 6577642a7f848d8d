/* scr-case.c: a case: the child, the incident and the facts the rules read.
 *
 * Over 800 lines as one concept, the ScrCase class: its properties with
 * their documentation, JSON, people, facts and events.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-case-private.h"
#include "scr-enum-types.h"
#include "scr-facts-private.h"
#include "scr-json-private.h"
#include "scr-model-private.h"
#include "scr-person-private.h"

/**
 * ScrCase:
 *
 * A case: a serious incident involving a child, with the subject child,
 * the other people involved, the incident itself, the agencies that knew
 * the family, and the **facts** and **events** the statutory criteria and
 * timescales read.
 *
 * Facts are named string values, named by the inputs of the statutory
 * rules (`abuse_neglect`, `died`, `serious_harm`, `suspected_suicide`,
 * `interagency_concern`...): `yes`, `no` or `unknown` for yes/no facts, the
 * rule's own choices for the others (`abuse_neglect` is one of `known`,
 * `suspected`, `not_suspected`, `unknown`). A fact that is not recorded
 * reads as %NULL, which means unknown. [method@Scr.Case.set_fact] checks a
 * known fact's value against the catalogue; an unknown fact name is kept.
 *
 * Events are named dates (`became_aware`, `notification_sent`,
 * `rapid_review_completed`, `decision`, `review_initiated`,
 * `intended_publication`, `published`...) from which the statutory
 * timeline runs.
 */
struct _ScrCase
{
  GObject parent_instance;

  char *id;
  ScrJurisdiction jurisdiction;
  ScrIncidentNature incident_nature;
  ScrPerson *subject;
  ScrDate *incident_date;
  ScrDate *became_aware;
  ScrDate *area_transition_date;

  char *local_reference;
  char *notification_id;
  char *partnership;
  GListStore *people;
  char *incident_location;
  char **agency_ids;
  ScrModelMap facts;     /* of char *, numbered and coded by the catalogue */
  ScrModelMap events;    /* of ScrDate *, numbered by the catalogue */
  JsonObject *unknown;
  JsonObject *incident_unknown;
};

G_DEFINE_FINAL_TYPE (ScrCase, scr_case, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LOCAL_REFERENCE,
  PROP_NOTIFICATION_ID,
  PROP_JURISDICTION,
  PROP_PARTNERSHIP,
  PROP_SUBJECT,
  PROP_PEOPLE,
  PROP_INCIDENT_DATE,
  PROP_INCIDENT_NATURE,
  PROP_INCIDENT_LOCATION,
  PROP_BECAME_AWARE,
  PROP_AREA_TRANSITION_DATE,
  PROP_AGENCY_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "id", "local_reference", "notification_id", "jurisdiction", "partnership", "subject",
  "people", "incident", "area_transition_date", "facts", "events", "agency_ids", NULL
};
static const char * const incident_members[] = {
  "date", "nature", "location", "became_aware", NULL
};

static void
scr_case_finalize (GObject *object)
{
  ScrCase *self = SCR_CASE (object);

  g_free (self->id);
  g_free (self->local_reference);
  g_free (self->notification_id);
  g_free (self->partnership);
  g_clear_object (&self->subject);
  g_clear_object (&self->people);
  g_clear_pointer (&self->incident_date, scr_date_free);
  g_free (self->incident_location);
  g_clear_pointer (&self->became_aware, scr_date_free);
  g_clear_pointer (&self->area_transition_date, scr_date_free);
  g_strfreev (self->agency_ids);
  scr_model_map_clear (&self->facts);
  scr_model_map_clear (&self->events);
  g_clear_pointer (&self->unknown, json_object_unref);
  g_clear_pointer (&self->incident_unknown, json_object_unref);
  G_OBJECT_CLASS (scr_case_parent_class)->finalize (object);
}

static void
scr_case_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ScrCase *self = SCR_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LOCAL_REFERENCE:
      g_value_set_string (value, self->local_reference);
      break;
    case PROP_NOTIFICATION_ID:
      g_value_set_string (value, self->notification_id);
      break;
    case PROP_JURISDICTION:
      g_value_set_enum (value, self->jurisdiction);
      break;
    case PROP_PARTNERSHIP:
      g_value_set_string (value, self->partnership);
      break;
    case PROP_SUBJECT:
      g_value_set_object (value, self->subject);
      break;
    case PROP_PEOPLE:
      g_value_set_object (value, self->people);
      break;
    case PROP_INCIDENT_DATE:
      g_value_set_boxed (value, self->incident_date);
      break;
    case PROP_INCIDENT_NATURE:
      g_value_set_enum (value, self->incident_nature);
      break;
    case PROP_INCIDENT_LOCATION:
      g_value_set_string (value, self->incident_location);
      break;
    case PROP_BECAME_AWARE:
      g_value_set_boxed (value, self->became_aware);
      break;
    case PROP_AREA_TRANSITION_DATE:
      g_value_set_boxed (value, self->area_transition_date);
      break;
    case PROP_AGENCY_IDS:
      g_value_set_boxed (value, scr_case_get_agency_ids (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_case_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  ScrCase *self = SCR_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_LOCAL_REFERENCE:
      scr_case_set_local_reference (self, g_value_get_string (value));
      break;
    case PROP_NOTIFICATION_ID:
      scr_case_set_notification_id (self, g_value_get_string (value));
      break;
    case PROP_JURISDICTION:
      scr_case_set_jurisdiction (self, g_value_get_enum (value));
      break;
    case PROP_PARTNERSHIP:
      scr_case_set_partnership (self, g_value_get_string (value));
      break;
    case PROP_SUBJECT:
      scr_case_set_subject (self, g_value_get_object (value));
      break;
    case PROP_INCIDENT_DATE:
      scr_case_set_incident_date (self, g_value_get_boxed (value));
      break;
    case PROP_INCIDENT_NATURE:
      scr_case_set_incident_nature (self, g_value_get_enum (value));
      break;
    case PROP_INCIDENT_LOCATION:
      scr_case_set_incident_location (self, g_value_get_string (value));
      break;
    case PROP_BECAME_AWARE:
      scr_case_set_became_aware (self, g_value_get_boxed (value));
      break;
    case PROP_AREA_TRANSITION_DATE:
      scr_case_set_area_transition_date (self, g_value_get_boxed (value));
      break;
    case PROP_AGENCY_IDS:
      scr_case_set_agency_ids (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
scr_case_class_init (ScrCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scr_case_finalize;
  object_class->get_property = scr_case_get_property;
  object_class->set_property = scr_case_set_property;

  /**
   * ScrCase:id:
   *
   * The identifier of the case, unique among the cases of a dataset. Set
   * once, when the case is made.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * ScrCase:local-reference:
   *
   * The partnership's own reference for the case, or %NULL.
   */
  properties[PROP_LOCAL_REFERENCE] =
    g_param_spec_string ("local-reference", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrCase:notification-id:
   *
   * The reference of the serious incident notification, or %NULL.
   */
  properties[PROP_NOTIFICATION_ID] =
    g_param_spec_string ("notification-id", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrCase:jurisdiction:
   *
   * The nation whose law and guidance apply.
   */
  properties[PROP_JURISDICTION] =
    g_param_spec_enum ("jurisdiction", NULL, NULL, SCR_TYPE_JURISDICTION,
                       SCR_JURISDICTION_ENGLAND, RW_FLAGS);
  /**
   * ScrCase:partnership:
   *
   * The safeguarding board or partnership responsible ("Cumbria LSCB"),
   * or %NULL.
   */
  properties[PROP_PARTNERSHIP] = g_param_spec_string ("partnership", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrCase:subject:
   *
   * The subject child, or %NULL.
   */
  properties[PROP_SUBJECT] =
    g_param_spec_object ("subject", NULL, NULL, SCR_TYPE_PERSON, RW_FLAGS);
  /**
   * ScrCase:people:
   *
   * The other children and adults of the case, a #GListModel of
   * [class@Scr.Person].
   */
  properties[PROP_PEOPLE] =
    g_param_spec_object ("people", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * ScrCase:incident-date:
   *
   * The date of the incident, possibly partial, or %NULL.
   */
  properties[PROP_INCIDENT_DATE] =
    g_param_spec_boxed ("incident-date", NULL, NULL, SCR_TYPE_DATE, RW_FLAGS);
  /**
   * ScrCase:incident-nature:
   *
   * What happened to the child.
   */
  properties[PROP_INCIDENT_NATURE] =
    g_param_spec_enum ("incident-nature", NULL, NULL, SCR_TYPE_INCIDENT_NATURE,
                       SCR_INCIDENT_NATURE_UNKNOWN, RW_FLAGS);
  /**
   * ScrCase:incident-location:
   *
   * Where the incident happened, or %NULL.
   */
  properties[PROP_INCIDENT_LOCATION] =
    g_param_spec_string ("incident-location", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrCase:became-aware:
   *
   * The date the local authority became aware of the incident, or %NULL.
   */
  properties[PROP_BECAME_AWARE] =
    g_param_spec_boxed ("became-aware", NULL, NULL, SCR_TYPE_DATE, RW_FLAGS);
  /**
   * ScrCase:area-transition-date:
   *
   * For England, the date the area moved from its LSCB to safeguarding
   * partner arrangements (at the latest 29 September 2019), or %NULL.
   */
  properties[PROP_AREA_TRANSITION_DATE] =
    g_param_spec_boxed ("area-transition-date", NULL, NULL, SCR_TYPE_DATE, RW_FLAGS);
  /**
   * ScrCase:agency-ids:
   *
   * The identifiers of the agencies involved with the family.
   */
  properties[PROP_AGENCY_IDS] =
    g_param_spec_boxed ("agency-ids", NULL, NULL, G_TYPE_STRV, RW_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_case_init (ScrCase *self)
{
  self->people = g_list_store_new (SCR_TYPE_PERSON);
  scr_model_map_init (&self->facts, g_free);
  scr_model_map_init (&self->events, (GDestroyNotify) scr_date_free);
}

/**
 * scr_case_new:
 * @id: the identifier of the case
 * @jurisdiction: the nation whose law applies
 *
 * Creates a case with no facts, events or people yet.
 *
 * Returns: (transfer full): a new case
 */
ScrCase *
scr_case_new (const char      *id,
              ScrJurisdiction  jurisdiction)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (SCR_TYPE_CASE, "id", id, "jurisdiction", jurisdiction, NULL);
}

static gboolean
load_person (JsonObject  *object,
             const char  *path,
             const char  *member,
             guint        index,
             ScrPerson  **out,
             GError     **error)
{
  g_autofree char *person_path = scr_json_path_member (path, member);
  JsonObject *person;

  if (index != G_MAXUINT)
    {
      JsonArray *array = json_node_get_array (json_object_get_member (object, member));
      g_autofree char *item_path = scr_json_path_index (person_path, index);

      person = scr_json_array_get_object (array, index, person_path, error);
      if (person == NULL)
        return FALSE;
      *out = scr_person_load_json (person, item_path, error);
      return *out != NULL;
    }
  if (!scr_json_read_object (object, path, member, FALSE, &person, error))
    return FALSE;
  if (person == NULL)
    return TRUE;
  *out = scr_person_load_json (person, person_path, error);
  return *out != NULL;
}

static gboolean
load_incident (ScrCase     *self,
               JsonObject  *object,
               const char  *path,
               GError     **error)
{
  g_autofree char *incident_path = scr_json_path_member (path, "incident");
  JsonObject *incident;
  int nature = SCR_INCIDENT_NATURE_UNKNOWN;

  if (!scr_json_read_object (object, path, "incident", FALSE, &incident, error))
    return FALSE;
  if (incident == NULL)
    return TRUE;
  if (!scr_json_read_date (incident, incident_path, "date", FALSE, &self->incident_date, error) ||
      !scr_json_read_enum (incident, incident_path, "nature", FALSE, SCR_TYPE_INCIDENT_NATURE,
                           &nature, error) ||
      !scr_json_read_string (incident, incident_path, "location", FALSE,
                             &self->incident_location, error) ||
      !scr_json_read_date (incident, incident_path, "became_aware", FALSE, &self->became_aware,
                           error))
    return FALSE;
  self->incident_nature = nature;
  self->incident_unknown = scr_json_collect_unknown (incident, incident_members);
  return TRUE;
}

const ScrModelMapEntry *
scr_case_get_fact_entries (ScrCase *self,
                           guint   *n_entries)
{
  *n_entries = self->facts.n_entries;
  return self->facts.entries;
}

const ScrModelMapEntry *
scr_case_get_event_entries (ScrCase *self,
                            guint   *n_entries)
{
  *n_entries = self->events.n_entries;
  return self->events.entries;
}

/* facts and events: objects of name -> string / date */
static gboolean
load_map (ScrCase     *self,
          JsonObject  *object,
          const char  *path,
          const char  *member,
          gboolean     dates,
          GError     **error)
{
  g_autofree char *map_path = scr_json_path_member (path, member);
  JsonObject *map;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (!scr_json_read_object (object, path, member, FALSE, &map, error))
    return FALSE;
  if (map == NULL)
    return TRUE;
  json_object_iter_init_ordered (&iter, map);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      ScrDate *date = NULL;
      char *value = NULL;

      if (dates)
        {
          if (!scr_json_read_date (map, map_path, name, TRUE, &date, error))
            return FALSE;
          scr_model_map_set (&self->events, name, scr_facts_events_lookup (name), 0, date);
          continue;
        }
      if (!scr_json_read_string (map, map_path, name, TRUE, &value, error))
        return FALSE;
      {
        g_autoptr(GError) local_error = NULL;
        gint32 encoded;
        int index;

        if (!scr_facts_check_encode (name, value, &index, &encoded, &local_error))
          {
            g_free (value);
            scr_json_set_error (error, SCR_ERROR_VALIDATION, map_path, name, "%s",
                                local_error->message);
            return FALSE;
          }
        scr_model_map_set (&self->facts, name, index, encoded, value);
      }
    }
  return TRUE;
}

ScrCase *
scr_case_load_json (JsonObject  *object,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(ScrCase) self = NULL;
  g_autofree char *id = NULL;
  int jurisdiction = SCR_JURISDICTION_ENGLAND;
  JsonArray *people = NULL;

  if (!scr_model_read_id (object, path, &id, error))
    return NULL;
  self = g_object_new (SCR_TYPE_CASE, "id", id, NULL);
  if (!scr_json_read_string (object, path, "local_reference", FALSE, &self->local_reference, error) ||
      !scr_json_read_string (object, path, "notification_id", FALSE, &self->notification_id, error) ||
      !scr_json_read_enum (object, path, "jurisdiction", TRUE, SCR_TYPE_JURISDICTION,
                           &jurisdiction, error) ||
      !scr_json_read_string (object, path, "partnership", FALSE, &self->partnership, error) ||
      !load_person (object, path, "subject", G_MAXUINT, &self->subject, error) ||
      !scr_json_read_array (object, path, "people", FALSE, &people, error))
    return NULL;
  self->jurisdiction = jurisdiction;
  for (guint i = 0; people != NULL && i < json_array_get_length (people); i++)
    {
      g_autoptr(ScrPerson) person = NULL;

      if (!load_person (object, path, "people", i, &person, error))
        return NULL;
      g_list_store_append (self->people, person);
    }
  if (!load_incident (self, object, path, error) ||
      !scr_json_read_date (object, path, "area_transition_date", FALSE,
                           &self->area_transition_date, error) ||
      !load_map (self, object, path, "facts", FALSE, error) ||
      !load_map (self, object, path, "events", TRUE, error) ||
      !scr_json_read_strv (object, path, "agency_ids", FALSE, &self->agency_ids, error))
    return NULL;
  self->unknown = scr_json_collect_unknown (object, known_members);
  return g_steal_pointer (&self);
}

void
scr_case_save_json (ScrCase     *self,
                    JsonBuilder *builder)
{
  const ScrModelMapEntry *entries;
  guint n;

  json_builder_begin_object (builder);
  scr_json_write_string (builder, "id", self->id);
  scr_json_write_string (builder, "local_reference", self->local_reference);
  scr_json_write_string (builder, "notification_id", self->notification_id);
  scr_json_write_enum (builder, "jurisdiction", SCR_TYPE_JURISDICTION, self->jurisdiction);
  scr_json_write_string (builder, "partnership", self->partnership);
  json_builder_set_member_name (builder, "subject");
  if (self->subject != NULL)
    scr_person_save_json (self->subject, builder);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "people");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people), i);

      scr_person_save_json (person, builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "incident");
  json_builder_begin_object (builder);
  scr_json_write_date (builder, "date", self->incident_date);
  scr_json_write_enum (builder, "nature", SCR_TYPE_INCIDENT_NATURE, self->incident_nature);
  scr_json_write_string (builder, "location", self->incident_location);
  scr_json_write_date (builder, "became_aware", self->became_aware);
  scr_json_write_unknown (builder, self->incident_unknown);
  json_builder_end_object (builder);
  scr_json_write_date (builder, "area_transition_date", self->area_transition_date);
  json_builder_set_member_name (builder, "facts");
  json_builder_begin_object (builder);
  entries = self->facts.entries;
  for (guint i = 0; i < self->facts.n_entries; i++)
    scr_json_write_string (builder, entries[i].name, entries[i].value);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "events");
  json_builder_begin_object (builder);
  entries = self->events.entries;
  for (guint i = 0; i < self->events.n_entries; i++)
    scr_json_write_date (builder, entries[i].name, entries[i].value);
  json_builder_end_object (builder);
  scr_json_write_strv (builder, "agency_ids", (const char * const *) self->agency_ids);
  scr_json_write_unknown (builder, self->unknown);
  json_builder_end_object (builder);
}

/**
 * scr_case_new_from_json:
 * @node: a JSON object in the format of `doc/json-format.md`
 * @error: return location for a #GError
 *
 * Reads a case from its JSON form. Members the library does not know, at
 * every level (the case, `incident`, `subject`, `people` and their
 * `legal_status`), are kept and written back by [method@Scr.Case.to_json].
 *
 * Returns: (transfer full): the case, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION) when @node is not a valid case
 */
ScrCase *
scr_case_new_from_json (JsonNode  *node,
                        GError   **error)
{
  JsonObject *object;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  object = scr_model_node_get_object (node, error);
  return object != NULL ? scr_case_load_json (object, NULL, error) : NULL;
}

/**
 * scr_case_to_json:
 * @self: a case
 *
 * Writes the case in its JSON form, unknown members last.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
scr_case_to_json (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return scr_model_to_json (self, (ScrModelSaveFunc) scr_case_save_json);
}

/**
 * scr_case_get_id:
 * @self: a case
 *
 * Gets the identifier of the case.
 *
 * Returns: the identifier
 */
const char *
scr_case_get_id (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return self->id;
}

/**
 * scr_case_get_local_reference:
 * @self: a case
 *
 * Gets the partnership's own reference for the case.
 *
 * Returns: (nullable): the reference
 */
/**
 * scr_case_set_local_reference:
 * @self: a case
 * @local_reference: (nullable): the reference
 *
 * Sets the partnership's own reference for the case.
 */
SCR_MODEL_DEFINE_STRING (ScrCase, scr_case, SCR_IS_CASE, local_reference, PROP_LOCAL_REFERENCE)

/**
 * scr_case_get_notification_id:
 * @self: a case
 *
 * Gets the reference of the serious incident notification.
 *
 * Returns: (nullable): the notification reference
 */
/**
 * scr_case_set_notification_id:
 * @self: a case
 * @notification_id: (nullable): the notification reference
 *
 * Sets the reference of the serious incident notification.
 */
SCR_MODEL_DEFINE_STRING (ScrCase, scr_case, SCR_IS_CASE, notification_id, PROP_NOTIFICATION_ID)

/**
 * scr_case_get_partnership:
 * @self: a case
 *
 * Gets the safeguarding board or partnership responsible for the case.
 *
 * Returns: (nullable): the partnership, such as "Cumbria LSCB"
 */
/**
 * scr_case_set_partnership:
 * @self: a case
 * @partnership: (nullable): the partnership
 *
 * Sets the safeguarding board or partnership responsible for the case.
 */
SCR_MODEL_DEFINE_STRING (ScrCase, scr_case, SCR_IS_CASE, partnership, PROP_PARTNERSHIP)

/**
 * scr_case_get_incident_location:
 * @self: a case
 *
 * Gets where the incident happened.
 *
 * Returns: (nullable): the location
 */
/**
 * scr_case_set_incident_location:
 * @self: a case
 * @location: (nullable): the location
 *
 * Sets where the incident happened.
 */
SCR_MODEL_DEFINE_STRING (ScrCase, scr_case, SCR_IS_CASE, incident_location, PROP_INCIDENT_LOCATION)

/**
 * scr_case_get_jurisdiction:
 * @self: a case
 *
 * Gets the nation whose law and guidance apply to the case.
 *
 * Returns: the jurisdiction
 */
/**
 * scr_case_set_jurisdiction:
 * @self: a case
 * @jurisdiction: the jurisdiction
 *
 * Sets the nation whose law and guidance apply to the case.
 */
SCR_MODEL_DEFINE_ENUM (ScrCase, scr_case, SCR_IS_CASE, ScrJurisdiction, jurisdiction,
                       PROP_JURISDICTION, SCR_JURISDICTION_ENGLAND)

/**
 * scr_case_get_incident_nature:
 * @self: a case
 *
 * Gets what happened to the child.
 *
 * Returns: the nature of the incident
 */
/**
 * scr_case_set_incident_nature:
 * @self: a case
 * @nature: the nature of the incident
 *
 * Sets what happened to the child.
 */
SCR_MODEL_DEFINE_ENUM (ScrCase, scr_case, SCR_IS_CASE, ScrIncidentNature, incident_nature,
                       PROP_INCIDENT_NATURE, SCR_INCIDENT_NATURE_UNKNOWN)

/**
 * scr_case_get_incident_date:
 * @self: a case
 *
 * Gets the date of the incident, which may be partial.
 *
 * Returns: (nullable) (transfer none): the date
 */
/**
 * scr_case_set_incident_date:
 * @self: a case
 * @date: (nullable): the date
 *
 * Sets the date of the incident.
 */
SCR_MODEL_DEFINE_DATE (ScrCase, scr_case, SCR_IS_CASE, incident_date, PROP_INCIDENT_DATE)

/**
 * scr_case_get_became_aware:
 * @self: a case
 *
 * Gets the date the local authority became aware of the incident.
 *
 * Returns: (nullable) (transfer none): the date
 */
/**
 * scr_case_set_became_aware:
 * @self: a case
 * @date: (nullable): the date
 *
 * Sets the date the local authority became aware of the incident.
 */
SCR_MODEL_DEFINE_DATE (ScrCase, scr_case, SCR_IS_CASE, became_aware, PROP_BECAME_AWARE)

/**
 * scr_case_get_area_transition_date:
 * @self: a case
 *
 * Gets the date the area moved from its LSCB to safeguarding partner
 * arrangements (England).
 *
 * Returns: (nullable) (transfer none): the date
 */
/**
 * scr_case_set_area_transition_date:
 * @self: a case
 * @date: (nullable): the date
 *
 * Sets the date the area moved from its LSCB to safeguarding partner
 * arrangements.
 */
SCR_MODEL_DEFINE_DATE (ScrCase, scr_case, SCR_IS_CASE, area_transition_date,
                       PROP_AREA_TRANSITION_DATE)

/**
 * scr_case_get_agency_ids:
 * @self: a case
 *
 * Gets the identifiers of the agencies involved with the family.
 *
 * Returns: (transfer none) (array zero-terminated=1): the identifiers
 */
/**
 * scr_case_set_agency_ids:
 * @self: a case
 * @agency_ids: (nullable) (array zero-terminated=1): the identifiers
 *
 * Sets the identifiers of the agencies involved with the family.
 */
SCR_MODEL_DEFINE_STRV (ScrCase, scr_case, SCR_IS_CASE, agency_ids, PROP_AGENCY_IDS)

/**
 * scr_case_get_subject:
 * @self: a case
 *
 * Gets the subject child.
 *
 * Returns: (nullable) (transfer none): the subject child
 */
ScrPerson *
scr_case_get_subject (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return self->subject;
}

/**
 * scr_case_set_subject:
 * @self: a case
 * @subject: (nullable): the subject child
 *
 * Sets the subject child.
 */
void
scr_case_set_subject (ScrCase   *self,
                      ScrPerson *subject)
{
  g_return_if_fail (SCR_IS_CASE (self));
  g_return_if_fail (subject == NULL || SCR_IS_PERSON (subject));

  if (g_set_object (&self->subject, subject))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
}

/**
 * scr_case_get_people:
 * @self: a case
 *
 * Gets the other children and adults of the case. The list changes as
 * people are added and removed.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.Person]
 */
GListModel *
scr_case_get_people (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return G_LIST_MODEL (self->people);
}

/**
 * scr_case_add_person:
 * @self: a case
 * @person: a person
 *
 * Appends @person to the people of the case.
 */
void
scr_case_add_person (ScrCase   *self,
                     ScrPerson *person)
{
  g_return_if_fail (SCR_IS_CASE (self));
  g_return_if_fail (SCR_IS_PERSON (person));

  g_list_store_append (self->people, person);
}

/**
 * scr_case_remove_person:
 * @self: a case
 * @person: a person of the case
 *
 * Removes @person from the people of the case.
 *
 * Returns: %TRUE if @person was one of the people and is removed
 */
gboolean
scr_case_remove_person (ScrCase   *self,
                        ScrPerson *person)
{
  guint position;

  g_return_val_if_fail (SCR_IS_CASE (self), FALSE);
  g_return_val_if_fail (SCR_IS_PERSON (person), FALSE);

  if (!g_list_store_find (self->people, person, &position))
    return FALSE;
  g_list_store_remove (self->people, position);
  return TRUE;
}

/**
 * scr_case_get_fact:
 * @self: a case
 * @name: the name of a fact, such as `abuse_neglect`
 *
 * Gets the value of a fact.
 *
 * Returns: (nullable): the value (`yes`, `no`, `unknown`, `suspected`...),
 *   or %NULL when the fact is not recorded, which means unknown
 */
const char *
scr_case_get_fact (ScrCase    *self,
                   const char *name)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return scr_model_map_lookup (&self->facts, name);
}

/**
 * scr_case_set_fact:
 * @self: a case
 * @name: the name of a fact
 * @value: (nullable): its value, or %NULL to remove the fact
 * @error: return location for a #GError
 *
 * Records a fact. A fact of the catalogue must have one of its allowed
 * values; a fact the catalogue does not know is kept as it is. Setting a
 * fact that exists keeps its place in [method@Scr.Case.list_facts].
 *
 * Returns: %TRUE if the fact is recorded, %FALSE with @error set if the
 *   value is not allowed
 */
gboolean
scr_case_set_fact (ScrCase     *self,
                   const char  *name,
                   const char  *value,
                   GError     **error)
{
  int index;
  gint32 encoded = 0;

  g_return_val_if_fail (SCR_IS_CASE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* One catalogue look-up checks the value, numbers the fact and codes
   * the value. */
  if (value == NULL)
    index = scr_facts_catalogue_lookup (name);
  else if (!scr_facts_check_encode (name, value, &index, &encoded, error))
    return FALSE;
  scr_model_map_set (&self->facts, name, index, encoded, g_strdup (value));
  return TRUE;
}

/**
 * scr_case_list_facts:
 * @self: a case
 *
 * Lists the names of the recorded facts, in the order they were first
 * recorded (document order for a case read from JSON).
 *
 * Returns: (transfer full) (array zero-terminated=1): the fact names
 */
char **
scr_case_list_facts (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return scr_model_map_names (&self->facts);
}

/**
 * scr_case_get_event:
 * @self: a case
 * @name: the name of an event, such as `became_aware`
 *
 * Gets the date of an event.
 *
 * Returns: (nullable) (transfer none): the date, or %NULL when the event
 *   is not recorded
 */
const ScrDate *
scr_case_get_event (ScrCase    *self,
                    const char *name)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return scr_model_map_lookup (&self->events, name);
}

/**
 * scr_case_set_event:
 * @self: a case
 * @name: the name of an event
 * @date: (nullable): its date, or %NULL to remove the event
 *
 * Records the date of an event. Setting an event that exists keeps its
 * place in [method@Scr.Case.list_events].
 */
void
scr_case_set_event (ScrCase       *self,
                    const char    *name,
                    const ScrDate *date)
{
  g_return_if_fail (SCR_IS_CASE (self));
  g_return_if_fail (name != NULL);

  scr_model_map_set (&self->events, name, scr_facts_events_lookup (name), 0,
                     date != NULL ? scr_date_copy (date) : NULL);
}

/**
 * scr_case_list_events:
 * @self: a case
 *
 * Lists the names of the recorded events, in the order they were first
 * recorded (document order for a case read from JSON).
 *
 * Returns: (transfer full) (array zero-terminated=1): the event names
 */
char **
scr_case_list_events (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return scr_model_map_names (&self->events);
}
