/* scr-case.c: a case: the child, the incident and the facts the rules read.
 *
 * Over 800 lines as one concept, the ScrCase class: its properties with
 * their documentation, JSON, people, facts and events.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-item-list-private.h"
#include "scr-case-private.h"
#include "scr-enum-types.h"
#include "scr-facts-private.h"
#include "scr-fields-private.h"
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
 *
 * ## Threads
 *
 * A case is a plain mutable object that notifies its changes: use
 * it, and the dataset that holds it, from one thread at a time; the
 * items of a loaded dataset that no thread changes may be read from
 * several at once ([class@Scr.Dataset]).
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
  ScrItemList *people;
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
  PROP_INCIDENT,          /* the JSON object of the next four; no property */
  PROP_INCIDENT_DATE,
  PROP_INCIDENT_NATURE,
  PROP_INCIDENT_LOCATION,
  PROP_BECAME_AWARE,
  PROP_AREA_TRANSITION_DATE,
  PROP_FACTS,             /* JSON only */
  PROP_EVENTS,            /* JSON only */
  PROP_AGENCY_IDS,
};

static gboolean facts_load  (GObject      *object,
                             JsonObject   *json,
                             const char   *path,
                             GError      **error);
static void     facts_save  (GObject      *object,
                             JsonBuilder  *builder);
static gboolean events_load (GObject      *object,
                             JsonObject   *json,
                             const char   *path,
                             GError      **error);
static void     events_save (GObject      *object,
                             JsonBuilder  *builder);

static const guint incident_members[] = {
  PROP_INCIDENT_DATE, PROP_INCIDENT_NATURE, PROP_INCIDENT_LOCATION, PROP_BECAME_AWARE, 0
};

static const ScrField case_fields[] = {
  [PROP_ID - 1] = SCR_FIELD_STRING_CONSTRUCT ("id", "id", ScrCase, id, TRUE),
  [PROP_LOCAL_REFERENCE - 1] = SCR_FIELD_STRING ("local_reference", "local-reference", ScrCase,
                                                 local_reference),
  [PROP_NOTIFICATION_ID - 1] = SCR_FIELD_STRING ("notification_id", "notification-id", ScrCase,
                                                 notification_id),
  [PROP_JURISDICTION - 1] = SCR_FIELD_ENUM_REQUIRED ("jurisdiction", "jurisdiction", ScrCase,
                                                     jurisdiction, scr_jurisdiction_get_type,
                                                     SCR_JURISDICTION_ENGLAND),
  [PROP_PARTNERSHIP - 1] = SCR_FIELD_STRING ("partnership", "partnership", ScrCase, partnership),
  [PROP_SUBJECT - 1] = SCR_FIELD_OBJECT ("subject", "subject", ScrCase, subject,
                                         scr_person_get_type, scr_person_load_json,
                                         scr_person_save_json),
  [PROP_PEOPLE - 1] = SCR_FIELD_LIST ("people", "people", ScrCase, people,
                                      scr_person_get_type, scr_person_load_json,
                                      scr_person_save_json),
  [PROP_INCIDENT - 1] = SCR_FIELD_GROUP ("incident", ScrCase, incident_unknown, incident_members),
  [PROP_INCIDENT_DATE - 1] = SCR_FIELD_DATE ("date", "incident-date", ScrCase, incident_date),
  [PROP_INCIDENT_NATURE - 1] = SCR_FIELD_ENUM ("nature", "incident-nature", ScrCase,
                                               incident_nature, scr_incident_nature_get_type,
                                               SCR_INCIDENT_NATURE_UNKNOWN),
  [PROP_INCIDENT_LOCATION - 1] = SCR_FIELD_STRING ("location", "incident-location", ScrCase,
                                                   incident_location),
  [PROP_BECAME_AWARE - 1] = SCR_FIELD_DATE ("became_aware", "became-aware", ScrCase,
                                            became_aware),
  [PROP_AREA_TRANSITION_DATE - 1] = SCR_FIELD_DATE ("area_transition_date",
                                                    "area-transition-date", ScrCase,
                                                    area_transition_date),
  [PROP_FACTS - 1] = SCR_FIELD_CUSTOM ("facts", facts_load, facts_save),
  [PROP_EVENTS - 1] = SCR_FIELD_CUSTOM ("events", events_load, events_save),
  [PROP_AGENCY_IDS - 1] = SCR_FIELD_STRV ("agency_ids", "agency-ids", ScrCase, agency_ids),
};

static ScrFieldSet case_set = SCR_FIELD_SET (case_fields, ScrCase, unknown, NULL);

static void
scr_case_finalize (GObject *object)
{
  ScrCase *self = SCR_CASE (object);

  scr_model_map_clear (&self->facts);
  scr_model_map_clear (&self->events);
  scr_field_finalize (object);
}

static void
scr_case_class_init (ScrCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  /**
   * ScrCase:id:
   *
   * The identifier of the case, unique among the cases of a dataset. Set
   * once, when the case is made.
   */
  /**
   * ScrCase:local-reference:
   *
   * The partnership's own reference for the case, or %NULL.
   */
  /**
   * ScrCase:notification-id:
   *
   * The reference of the serious incident notification, or %NULL.
   */
  /**
   * ScrCase:jurisdiction:
   *
   * The nation whose law and guidance apply.
   */
  /**
   * ScrCase:partnership:
   *
   * The safeguarding board or partnership responsible ("Cumbria LSCB"),
   * or %NULL.
   */
  /**
   * ScrCase:subject:
   *
   * The subject child, or %NULL.
   */
  /**
   * ScrCase:people:
   *
   * The other children and adults of the case, a #GListModel of
   * [class@Scr.Person].
   */
  /**
   * ScrCase:incident-date:
   *
   * The date of the incident, possibly partial, or %NULL.
   */
  /**
   * ScrCase:incident-nature:
   *
   * What happened to the child.
   */
  /**
   * ScrCase:incident-location:
   *
   * Where the incident happened, or %NULL.
   */
  /**
   * ScrCase:became-aware:
   *
   * The date the local authority became aware of the incident, or %NULL.
   */
  /**
   * ScrCase:area-transition-date:
   *
   * For England, the date the area moved from its LSCB to safeguarding
   * partner arrangements (at the latest 29 September 2019), or %NULL.
   */
  /**
   * ScrCase:agency-ids:
   *
   * The identifiers of the agencies involved with the family.
   */
  scr_field_set_install (&case_set, object_class);

  /* the facts and the events are not table members */
  object_class->finalize = scr_case_finalize;
}

static void
scr_case_init (ScrCase *self)
{
  scr_field_set_init_instance (&case_set, G_OBJECT (self));
  scr_model_map_init (&self->facts, sizeof (ScrFactSchema), g_free);
  scr_model_map_init (&self->events, sizeof (ScrEventSchema), (GDestroyNotify) scr_date_free);
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

/* facts and events: objects of name -> string / date (read by load_map) */
static void
save_map (JsonBuilder *builder,
          const char  *member,
          ScrModelMap *map,
          gboolean     dates)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  for (guint i = 0; i < map->n_entries; i++)
    {
      if (dates)
        scr_json_write_date (builder, map->entries[i].name, map->entries[i].value);
      else
        scr_json_write_string (builder, map->entries[i].name, map->entries[i].value);
    }
  json_builder_end_object (builder);
}

static void
facts_save (GObject     *object,
            JsonBuilder *builder)
{
  save_map (builder, "facts", &SCR_CASE (object)->facts, FALSE);
}

static void
events_save (GObject     *object,
             JsonBuilder *builder)
{
  save_map (builder, "events", &SCR_CASE (object)->events, TRUE);
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

void
scr_case_peek_fields (ScrCase       *self,
                      ScrCaseFields *fields)
{
  fields->id = self->id;
  fields->jurisdiction = self->jurisdiction;
  fields->incident_nature = self->incident_nature;
  fields->subject = self->subject;
  fields->incident_date = self->incident_date;
  fields->became_aware = self->became_aware;
  fields->area_transition_date = self->area_transition_date;
  fields->fact_schema = self->facts.schema;
  fields->event_schema = self->events.schema;
  fields->n_facts = self->facts.n_entries;
  fields->n_events = self->events.n_entries;
}

/* Records event @name on @date (taken; NULL removes it), numbered by the
 * catalogue, with the span of days the date covers. */
static void
set_event (ScrCase    *self,
           const char *name,
           ScrDate    *date)
{
  ScrEventSchema schema = { scr_facts_events_lookup (name), { 0, 0 } };

  scr_span_from_date (&schema.span, date);
  scr_model_map_set (&self->events, name, &schema, date);
}

/* Records fact @name as @value (taken; NULL removes it), with its number
 * and code in the catalogue. */
static void
set_fact (ScrCase    *self,
          const char *name,
          int         index,
          gint32      encoded,
          char       *value)
{
  ScrFactSchema schema = { (gint16) index, (gint16) encoded };

  scr_model_map_set (&self->facts, name, &schema, value);
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
          set_event (self, name, date);
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
        set_fact (self, name, index, encoded, value);
      }
    }
  return TRUE;
}

ScrCase *
scr_case_load_json (JsonObject  *object,
                    const char  *path,
                    GError     **error)
{
  return scr_field_set_load (&case_set, SCR_TYPE_CASE, object, path, error);
}

void
scr_case_save_json (ScrCase     *self,
                    JsonBuilder *builder)
{
  scr_field_set_save (&case_set, G_OBJECT (self), builder);
}

static gboolean
facts_load (GObject     *object,
            JsonObject  *json,
            const char  *path,
            GError     **error)
{
  return load_map (SCR_CASE (object), json, path, "facts", FALSE, error);
}

static gboolean
events_load (GObject     *object,
             JsonObject  *json,
             const char  *path,
             GError     **error)
{
  return load_map (SCR_CASE (object), json, path, "events", TRUE, error);
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
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&case_set, SCR_TYPE_CASE, node, error);
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

  return scr_field_set_to_json (&case_set, G_OBJECT (self));
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
const char *
scr_case_get_local_reference (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return self->local_reference;
}

/**
 * scr_case_set_local_reference:
 * @self: a case
 * @local_reference: (nullable): the reference
 *
 * Sets the partnership's own reference for the case.
 */
void
scr_case_set_local_reference (ScrCase    *self,
                              const char *local_reference)
{
  g_return_if_fail (SCR_IS_CASE (self));

  scr_field_set_string (&case_set, G_OBJECT (self), PROP_LOCAL_REFERENCE, local_reference);
}

/**
 * scr_case_get_notification_id:
 * @self: a case
 *
 * Gets the reference of the serious incident notification.
 *
 * Returns: (nullable): the notification reference
 */
const char *
scr_case_get_notification_id (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return self->notification_id;
}

/**
 * scr_case_set_notification_id:
 * @self: a case
 * @notification_id: (nullable): the notification reference
 *
 * Sets the reference of the serious incident notification.
 */
void
scr_case_set_notification_id (ScrCase    *self,
                              const char *notification_id)
{
  g_return_if_fail (SCR_IS_CASE (self));

  scr_field_set_string (&case_set, G_OBJECT (self), PROP_NOTIFICATION_ID, notification_id);
}

/**
 * scr_case_get_partnership:
 * @self: a case
 *
 * Gets the safeguarding board or partnership responsible for the case.
 *
 * Returns: (nullable): the partnership, such as "Cumbria LSCB"
 */
const char *
scr_case_get_partnership (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return self->partnership;
}

/**
 * scr_case_set_partnership:
 * @self: a case
 * @partnership: (nullable): the partnership
 *
 * Sets the safeguarding board or partnership responsible for the case.
 */
void
scr_case_set_partnership (ScrCase    *self,
                          const char *partnership)
{
  g_return_if_fail (SCR_IS_CASE (self));

  scr_field_set_string (&case_set, G_OBJECT (self), PROP_PARTNERSHIP, partnership);
}

/**
 * scr_case_get_incident_location:
 * @self: a case
 *
 * Gets where the incident happened.
 *
 * Returns: (nullable): the location
 */
const char *
scr_case_get_incident_location (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return self->incident_location;
}

/**
 * scr_case_set_incident_location:
 * @self: a case
 * @location: (nullable): the location
 *
 * Sets where the incident happened.
 */
void
scr_case_set_incident_location (ScrCase    *self,
                                const char *location)
{
  g_return_if_fail (SCR_IS_CASE (self));

  scr_field_set_string (&case_set, G_OBJECT (self), PROP_INCIDENT_LOCATION, location);
}

/**
 * scr_case_get_jurisdiction:
 * @self: a case
 *
 * Gets the nation whose law and guidance apply to the case.
 *
 * Returns: the jurisdiction
 */
ScrJurisdiction
scr_case_get_jurisdiction (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), SCR_JURISDICTION_ENGLAND);

  return self->jurisdiction;
}

/**
 * scr_case_set_jurisdiction:
 * @self: a case
 * @jurisdiction: the jurisdiction
 *
 * Sets the nation whose law and guidance apply to the case.
 */
void
scr_case_set_jurisdiction (ScrCase         *self,
                           ScrJurisdiction  jurisdiction)
{
  g_return_if_fail (SCR_IS_CASE (self));

  scr_field_set_enum (&case_set, G_OBJECT (self), PROP_JURISDICTION, jurisdiction);
}

/**
 * scr_case_get_incident_nature:
 * @self: a case
 *
 * Gets what happened to the child.
 *
 * Returns: the nature of the incident
 */
ScrIncidentNature
scr_case_get_incident_nature (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), SCR_INCIDENT_NATURE_UNKNOWN);

  return self->incident_nature;
}

/**
 * scr_case_set_incident_nature:
 * @self: a case
 * @nature: the nature of the incident
 *
 * Sets what happened to the child.
 */
void
scr_case_set_incident_nature (ScrCase           *self,
                              ScrIncidentNature  nature)
{
  g_return_if_fail (SCR_IS_CASE (self));

  scr_field_set_enum (&case_set, G_OBJECT (self), PROP_INCIDENT_NATURE, nature);
}

/**
 * scr_case_get_incident_date:
 * @self: a case
 *
 * Gets the date of the incident, which may be partial.
 *
 * Returns: (nullable) (transfer none): the date
 */
const ScrDate *
scr_case_get_incident_date (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return self->incident_date;
}

/**
 * scr_case_set_incident_date:
 * @self: a case
 * @date: (nullable): the date
 *
 * Sets the date of the incident.
 */
void
scr_case_set_incident_date (ScrCase       *self,
                            const ScrDate *date)
{
  g_return_if_fail (SCR_IS_CASE (self));

  scr_field_set_date (&case_set, G_OBJECT (self), PROP_INCIDENT_DATE, date);
}

/**
 * scr_case_get_became_aware:
 * @self: a case
 *
 * Gets the date the local authority became aware of the incident.
 *
 * Returns: (nullable) (transfer none): the date
 */
const ScrDate *
scr_case_get_became_aware (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return self->became_aware;
}

/**
 * scr_case_set_became_aware:
 * @self: a case
 * @date: (nullable): the date
 *
 * Sets the date the local authority became aware of the incident.
 */
void
scr_case_set_became_aware (ScrCase       *self,
                           const ScrDate *date)
{
  g_return_if_fail (SCR_IS_CASE (self));

  scr_field_set_date (&case_set, G_OBJECT (self), PROP_BECAME_AWARE, date);
}

/**
 * scr_case_get_area_transition_date:
 * @self: a case
 *
 * Gets the date the area moved from its LSCB to safeguarding partner
 * arrangements (England).
 *
 * Returns: (nullable) (transfer none): the date
 */
const ScrDate *
scr_case_get_area_transition_date (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return self->area_transition_date;
}

/**
 * scr_case_set_area_transition_date:
 * @self: a case
 * @date: (nullable): the date
 *
 * Sets the date the area moved from its LSCB to safeguarding partner
 * arrangements.
 */
void
scr_case_set_area_transition_date (ScrCase       *self,
                                   const ScrDate *date)
{
  g_return_if_fail (SCR_IS_CASE (self));

  scr_field_set_date (&case_set, G_OBJECT (self), PROP_AREA_TRANSITION_DATE, date);
}

/**
 * scr_case_get_agency_ids:
 * @self: a case
 *
 * Gets the identifiers of the agencies involved with the family.
 *
 * Returns: (transfer none) (array zero-terminated=1): the identifiers
 */
const char * const *
scr_case_get_agency_ids (ScrCase *self)
{
  g_return_val_if_fail (SCR_IS_CASE (self), NULL);

  return (const char * const *) self->agency_ids;
}

/**
 * scr_case_set_agency_ids:
 * @self: a case
 * @agency_ids: (nullable) (array zero-terminated=1): the identifiers
 *
 * Sets the identifiers of the agencies involved with the family.
 */
void
scr_case_set_agency_ids (ScrCase            *self,
                         const char * const *agency_ids)
{
  g_return_if_fail (SCR_IS_CASE (self));

  scr_field_set_strv (&case_set, G_OBJECT (self), PROP_AGENCY_IDS, agency_ids);
}

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

  scr_field_set_object (&case_set, G_OBJECT (self), PROP_SUBJECT, subject);
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

  scr_item_list_append (self->people, person);
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

  if (!scr_item_list_find (self->people, person, &position))
    return FALSE;
  scr_item_list_remove (self->people, position);
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
  set_fact (self, name, index, encoded, g_strdup (value));
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

  set_event (self, name, date != NULL ? scr_date_copy (date) : NULL);
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
