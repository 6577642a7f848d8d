/* scr-chronology-event.c: one entry of a review's chronology.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-chronology-event-private.h"

#include "scr-fields-private.h"

/**
 * ScrChronologyEvent:
 *
 * One entry of the chronology a review builds of agencies' contact with a
 * family: a date, which is often partial ("In November 2011" is a
 * year-month, "2014" a year), the agency involved and what happened.
 *
 * An event belongs to a review ([property@Scr.ChronologyEvent:review-id]),
 * to a case ([property@Scr.ChronologyEvent:case-id]), or to both.
 *
 * ## Threads
 *
 * A chronology event is a plain mutable object that notifies its changes: use
 * it, and the dataset that holds it, from one thread at a time; the
 * items of a loaded dataset that no thread changes may be read from
 * several at once ([class@Scr.Dataset]).
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
};

static const ScrField event_fields[] = {
  [PROP_ID - 1] = SCR_FIELD_STRING_CONSTRUCT ("id", "id", ScrChronologyEvent, id, TRUE),
  [PROP_REVIEW_ID - 1] = SCR_FIELD_STRING ("review_id", "review-id", ScrChronologyEvent, review_id),
  [PROP_CASE_ID - 1] = SCR_FIELD_STRING ("case_id", "case-id", ScrChronologyEvent, case_id),
  [PROP_DATE - 1] = SCR_FIELD_DATE ("date", "date", ScrChronologyEvent, date),
  [PROP_AGENCY_ID - 1] = SCR_FIELD_STRING ("agency_id", "agency-id", ScrChronologyEvent, agency_id),
  [PROP_TEXT - 1] = SCR_FIELD_STRING ("text", "text", ScrChronologyEvent, text),
};

static ScrFieldSet event_set = SCR_FIELD_SET (event_fields, ScrChronologyEvent, unknown, NULL);

static void
scr_chronology_event_class_init (ScrChronologyEventClass *klass)
{
  /**
   * ScrChronologyEvent:id:
   *
   * The identifier of the event, unique in the chronology of a dataset.
   * Set once, when the event is made.
   */
  /**
   * ScrChronologyEvent:review-id:
   *
   * The identifier of the review whose chronology holds the event, or
   * %NULL.
   */
  /**
   * ScrChronologyEvent:case-id:
   *
   * The identifier of the case the event belongs to, or %NULL.
   */
  /**
   * ScrChronologyEvent:date:
   *
   * The date of the event, often partial, or %NULL.
   */
  /**
   * ScrChronologyEvent:agency-id:
   *
   * The identifier of the agency involved, or %NULL.
   */
  /**
   * ScrChronologyEvent:text:
   *
   * What happened.
   */
  scr_field_set_install (&event_set, G_OBJECT_CLASS (klass));
}

static void
scr_chronology_event_init (ScrChronologyEvent *self)
{
  scr_field_set_init_instance (&event_set, G_OBJECT (self));
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
  return scr_field_set_load (&event_set, SCR_TYPE_CHRONOLOGY_EVENT, object, path, error);
}

void
scr_chronology_event_save_json (ScrChronologyEvent *self,
                                JsonBuilder        *builder)
{
  scr_field_set_save (&event_set, G_OBJECT (self), builder);
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
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&event_set, SCR_TYPE_CHRONOLOGY_EVENT, node, error);
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

  return scr_field_set_to_json (&event_set, G_OBJECT (self));
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
const char *
scr_chronology_event_get_review_id (ScrChronologyEvent *self)
{
  g_return_val_if_fail (SCR_IS_CHRONOLOGY_EVENT (self), NULL);

  return self->review_id;
}

/**
 * scr_chronology_event_set_review_id:
 * @self: a chronology event
 * @review_id: (nullable): the review identifier
 *
 * Sets the identifier of the review whose chronology holds the event.
 */
void
scr_chronology_event_set_review_id (ScrChronologyEvent *self,
                                    const char         *review_id)
{
  g_return_if_fail (SCR_IS_CHRONOLOGY_EVENT (self));

  scr_field_set_string (&event_set, G_OBJECT (self), PROP_REVIEW_ID, review_id);
}

/**
 * scr_chronology_event_get_case_id:
 * @self: a chronology event
 *
 * Gets the identifier of the case the event belongs to.
 *
 * Returns: (nullable): the case identifier
 */
const char *
scr_chronology_event_get_case_id (ScrChronologyEvent *self)
{
  g_return_val_if_fail (SCR_IS_CHRONOLOGY_EVENT (self), NULL);

  return self->case_id;
}

/**
 * scr_chronology_event_set_case_id:
 * @self: a chronology event
 * @case_id: (nullable): the case identifier
 *
 * Sets the identifier of the case the event belongs to.
 */
void
scr_chronology_event_set_case_id (ScrChronologyEvent *self,
                                  const char         *case_id)
{
  g_return_if_fail (SCR_IS_CHRONOLOGY_EVENT (self));

  scr_field_set_string (&event_set, G_OBJECT (self), PROP_CASE_ID, case_id);
}

/**
 * scr_chronology_event_get_agency_id:
 * @self: a chronology event
 *
 * Gets the identifier of the agency involved.
 *
 * Returns: (nullable): the agency identifier
 */
const char *
scr_chronology_event_get_agency_id (ScrChronologyEvent *self)
{
  g_return_val_if_fail (SCR_IS_CHRONOLOGY_EVENT (self), NULL);

  return self->agency_id;
}

/**
 * scr_chronology_event_set_agency_id:
 * @self: a chronology event
 * @agency_id: (nullable): the agency identifier
 *
 * Sets the identifier of the agency involved.
 */
void
scr_chronology_event_set_agency_id (ScrChronologyEvent *self,
                                    const char         *agency_id)
{
  g_return_if_fail (SCR_IS_CHRONOLOGY_EVENT (self));

  scr_field_set_string (&event_set, G_OBJECT (self), PROP_AGENCY_ID, agency_id);
}

/**
 * scr_chronology_event_get_text:
 * @self: a chronology event
 *
 * Gets what happened.
 *
 * Returns: (nullable): the text
 */
const char *
scr_chronology_event_get_text (ScrChronologyEvent *self)
{
  g_return_val_if_fail (SCR_IS_CHRONOLOGY_EVENT (self), NULL);

  return self->text;
}

/**
 * scr_chronology_event_set_text:
 * @self: a chronology event
 * @text: (nullable): the text
 *
 * Sets what happened.
 */
void
scr_chronology_event_set_text (ScrChronologyEvent *self,
                               const char         *text)
{
  g_return_if_fail (SCR_IS_CHRONOLOGY_EVENT (self));

  scr_field_set_string (&event_set, G_OBJECT (self), PROP_TEXT, text);
}

/**
 * scr_chronology_event_get_date:
 * @self: a chronology event
 *
 * Gets the date of the event, which may be partial.
 *
 * Returns: (nullable) (transfer none): the date
 */
const ScrDate *
scr_chronology_event_get_date (ScrChronologyEvent *self)
{
  g_return_val_if_fail (SCR_IS_CHRONOLOGY_EVENT (self), NULL);

  return self->date;
}

/**
 * scr_chronology_event_set_date:
 * @self: a chronology event
 * @date: (nullable): the date
 *
 * Sets the date of the event.
 */
void
scr_chronology_event_set_date (ScrChronologyEvent *self,
                               const ScrDate      *date)
{
  g_return_if_fail (SCR_IS_CHRONOLOGY_EVENT (self));

  scr_field_set_date (&event_set, G_OBJECT (self), PROP_DATE, date);
}
