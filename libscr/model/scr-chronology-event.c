/* scr-chronology-event.c: one entry of a review's chronology.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-chronology-event-private.h"
#include "scr-json-private.h"
#include "scr-model-private.h"

/**
 * ScrChronologyEvent:
 *
 * One entry of the chronology a review builds of agencies' contact with a
 * family: a date, which is often partial ("In November 2011" is a
 * year-month, "2014" a year), the agency involved and what happened.
 *
 * An event belongs to a review ([property@Scr.ChronologyEvent:review-id]),
 * to a case ([property@Scr.ChronologyEvent:case-id]), or to both.
 */
struct _ScrChronologyEvent
{
  GObject parent_instance;

  char *id;
  char *review_id;
  char *case_id;
  ScrDate *date;
  char *agency_id;
  char *text;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrChronologyEvent, scr_chronology_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REVIEW_ID,
  PROP_CASE_ID,
  PROP_DATE,
  PROP_AGENCY_ID,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "id", "review_id", "case_id", "date", "agency_id", "text", NULL
};

static void
scr_chronology_event_finalize (GObject *object)
{
  ScrChronologyEvent *self = SCR_CHRONOLOGY_EVENT (object);

  g_free (self->id);
  g_free (self->review_id);
  g_free (self->case_id);
  g_clear_pointer (&self->date, scr_date_free);
  g_free (self->agency_id);
  g_free (self->text);
  g_clear_pointer (&self->unknown, json_object_unref);
  G_OBJECT_CLASS (scr_chronology_event_parent_class)->finalize (object);
}

static void
scr_chronology_event_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ScrChronologyEvent *self = SCR_CHRONOLOGY_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_REVIEW_ID:
      g_value_set_string (value, self->review_id);
      break;
    case PROP_CASE_ID:
      g_value_set_string (value, self->case_id);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_AGENCY_ID:
      g_value_set_string (value, self->agency_id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_chronology_event_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ScrChronologyEvent *self = SCR_CHRONOLOGY_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_REVIEW_ID:
      scr_chronology_event_set_review_id (self, g_value_get_string (value));
      break;
    case PROP_CASE_ID:
      scr_chronology_event_set_case_id (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      scr_chronology_event_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_AGENCY_ID:
      scr_chronology_event_set_agency_id (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      scr_chronology_event_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
scr_chronology_event_class_init (ScrChronologyEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scr_chronology_event_finalize;
  object_class->get_property = scr_chronology_event_get_property;
  object_class->set_property = scr_chronology_event_set_property;

  /**
   * ScrChronologyEvent:id:
   *
   * The identifier of the event, unique in the chronology of a dataset.
   * Set once, when the event is made.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * ScrChronologyEvent:review-id:
   *
   * The identifier of the review whose chronology holds the event, or
   * %NULL.
   */
  properties[PROP_REVIEW_ID] = g_param_spec_string ("review-id", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrChronologyEvent:case-id:
   *
   * The identifier of the case the event belongs to, or %NULL.
   */
  properties[PROP_CASE_ID] = g_param_spec_string ("case-id", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrChronologyEvent:date:
   *
   * The date of the event, often partial, or %NULL.
   */
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, SCR_TYPE_DATE, RW_FLAGS);
  /**
   * ScrChronologyEvent:agency-id:
   *
   * The identifier of the agency involved, or %NULL.
   */
  properties[PROP_AGENCY_ID] = g_param_spec_string ("agency-id", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrChronologyEvent:text:
   *
   * What happened.
   */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, RW_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_chronology_event_init (ScrChronologyEvent *self)
{
}

/**
 * scr_chronology_event_new:
 * @id: the identifier of the event
 * @date: (nullable): the date, possibly partial
 * @text: (nullable): what happened
 *
 * Creates a chronology event.
 *
 * Returns: (transfer full): a new event
 */
ScrChronologyEvent *
scr_chronology_event_new (const char    *id,
                          const ScrDate *date,
                          const char    *text)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (SCR_TYPE_CHRONOLOGY_EVENT, "id", id, "date", date, "text", text, NULL);
}

ScrChronologyEvent *
scr_chronology_event_load_json (JsonObject  *object,
                                const char  *path,
                                GError     **error)
{
  g_autoptr(ScrChronologyEvent) self = NULL;
  g_autofree char *id = NULL;

  if (!scr_model_read_id (object, path, &id, error))
    return NULL;
  self = g_object_new (SCR_TYPE_CHRONOLOGY_EVENT, "id", id, NULL);
  if (!scr_json_read_string (object, path, "review_id", FALSE, &self->review_id, error) ||
      !scr_json_read_string (object, path, "case_id", FALSE, &self->case_id, error) ||
      !scr_json_read_date (object, path, "date", FALSE, &self->date, error) ||
      !scr_json_read_string (object, path, "agency_id", FALSE, &self->agency_id, error) ||
      !scr_json_read_string (object, path, "text", FALSE, &self->text, error))
    return NULL;
  self->unknown = scr_json_collect_unknown (object, known_members);
  return g_steal_pointer (&self);
}

void
scr_chronology_event_save_json (ScrChronologyEvent *self,
                                JsonBuilder        *builder)
{
  json_builder_begin_object (builder);
  scr_json_write_string (builder, "id", self->id);
  scr_json_write_string (builder, "review_id", self->review_id);
  scr_json_write_string (builder, "case_id", self->case_id);
  scr_json_write_date (builder, "date", self->date);
  scr_json_write_string (builder, "agency_id", self->agency_id);
  scr_json_write_string (builder, "text", self->text);
  scr_json_write_unknown (builder, self->unknown);
  json_builder_end_object (builder);
}

/**
 * scr_chronology_event_new_from_json:
 * @node: a JSON object in the format of `doc/json-format.md`
 * @error: return location for a #GError
 *
 * Reads a chronology event from its JSON form, keeping unknown members.
 *
 * Returns: (transfer full): the event, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION) when @node is not a valid event
 */
ScrChronologyEvent *
scr_chronology_event_new_from_json (JsonNode  *node,
                                    GError   **error)
{
  JsonObject *object;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  object = scr_model_node_get_object (node, error);
  return object != NULL ? scr_chronology_event_load_json (object, NULL, error) : NULL;
}

/**
 * scr_chronology_event_to_json:
 * @self: a chronology event
 *
 * Writes the event in its JSON form, unknown members last.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
scr_chronology_event_to_json (ScrChronologyEvent *self)
{
  g_return_val_if_fail (SCR_IS_CHRONOLOGY_EVENT (self), NULL);

  return scr_model_to_json (self, (ScrModelSaveFunc) scr_chronology_event_save_json);
}

/**
 * scr_chronology_event_get_id:
 * @self: a chronology event
 *
 * Gets the identifier of the event.
 *
 * Returns: the identifier
 */
const char *
scr_chronology_event_get_id (ScrChronologyEvent *self)
{
  g_return_val_if_fail (SCR_IS_CHRONOLOGY_EVENT (self), NULL);

  return self->id;
}

/**
 * scr_chronology_event_get_review_id:
 * @self: a chronology event
 *
 * Gets the identifier of the review whose chronology holds the event.
 *
 * Returns: (nullable): the review identifier
 */
/**
 * scr_chronology_event_set_review_id:
 * @self: a chronology event
 * @review_id: (nullable): the review identifier
 *
 * Sets the identifier of the review whose chronology holds the event.
 */
SCR_MODEL_DEFINE_STRING (ScrChronologyEvent, scr_chronology_event, SCR_IS_CHRONOLOGY_EVENT,
                         review_id, PROP_REVIEW_ID)

/**
 * scr_chronology_event_get_case_id:
 * @self: a chronology event
 *
 * Gets the identifier of the case the event belongs to.
 *
 * Returns: (nullable): the case identifier
 */
/**
 * scr_chronology_event_set_case_id:
 * @self: a chronology event
 * @case_id: (nullable): the case identifier
 *
 * Sets the identifier of the case the event belongs to.
 */
SCR_MODEL_DEFINE_STRING (ScrChronologyEvent, scr_chronology_event, SCR_IS_CHRONOLOGY_EVENT,
                         case_id, PROP_CASE_ID)

/**
 * scr_chronology_event_get_agency_id:
 * @self: a chronology event
 *
 * Gets the identifier of the agency involved.
 *
 * Returns: (nullable): the agency identifier
 */
/**
 * scr_chronology_event_set_agency_id:
 * @self: a chronology event
 * @agency_id: (nullable): the agency identifier
 *
 * Sets the identifier of the agency involved.
 */
SCR_MODEL_DEFINE_STRING (ScrChronologyEvent, scr_chronology_event, SCR_IS_CHRONOLOGY_EVENT,
                         agency_id, PROP_AGENCY_ID)

/**
 * scr_chronology_event_get_text:
 * @self: a chronology event
 *
 * Gets what happened.
 *
 * Returns: (nullable): the text
 */
/**
 * scr_chronology_event_set_text:
 * @self: a chronology event
 * @text: (nullable): the text
 *
 * Sets what happened.
 */
SCR_MODEL_DEFINE_STRING (ScrChronologyEvent, scr_chronology_event, SCR_IS_CHRONOLOGY_EVENT,
                         text, PROP_TEXT)

/**
 * scr_chronology_event_get_date:
 * @self: a chronology event
 *
 * Gets the date of the event, which may be partial.
 *
 * Returns: (nullable) (transfer none): the date
 */
/**
 * scr_chronology_event_set_date:
 * @self: a chronology event
 * @date: (nullable): the date
 *
 * Sets the date of the event.
 */
SCR_MODEL_DEFINE_DATE (ScrChronologyEvent, scr_chronology_event, SCR_IS_CHRONOLOGY_EVENT,
                       date, PROP_DATE)
