/* scr-action.c: an action of an action plan.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-action-private.h"

#include "scr-action-impact-private.h"
#include "scr-date-private.h"
#include "scr-enum-types.h"
#include "scr-fields-private.h"

/**
 * ScrAction:
 *
 * An action of a partnership's or an agency's action plan: what is to be
 * done, who owns and leads it, when it is due (often only a month), its
 * status and red/amber/green rating, how the partnership will know it
 * worked (the "how will we know" column) and the evidence of completion.
 *
 * In JSON an action is an item of the dataset's `actions` array:
 *
 * ```json
 * {"id": "child-l-a1", "review_id": "child-l-scr", "recommendation_id": null,
 *  "text": "Include working with resistant families in L2 and L3 workshops",
 *  "owner_agency_id": null, "owner": "Learning and Improvement Subgroup",
 *  "lead": null, "due": "2016-07", "status": "in-progress", "rag": "amber",
 *  "outcome_measure": "Staff survey question", "evidence": null,
 *  "completed": null}
 * ```
 *
 * An action may also have an `impact` object ([class@Scr.ActionImpact]),
 * the evidence that practice changed; it is written only when set.
 *
 * `id` and `text` are required; a `null` or absent `status` reads as
 * %SCR_ACTION_STATUS_UNKNOWN (written back as `null`) and an absent `rag`
 * as `none`. Members this version does not know are kept and written
 * back after the known ones.
 *
 * ## Threads
 *
 * An action is a plain mutable object that notifies its changes: use
 * it, and the dataset that holds it, from one thread at a time; the
 * items of a loaded dataset that no thread changes may be read from
 * several at once ([class@Scr.Dataset]).
 */
struct _ScrAction
{
  GObject     parent_instance;

  char       *id;
  char       *review_id;
  char       *recommendation_id;
  char       *text;
  char       *owner_agency_id;
  char       *owner;
  char       *lead;
  ScrDate    *due_date;
  int         status;
  int         rag;
  char       *outcome_measure;
  char       *evidence;
  ScrDate    *completed_date;
  ScrActionImpact *impact;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrAction, scr_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REVIEW_ID,
  PROP_RECOMMENDATION_ID,
  PROP_TEXT,
  PROP_OWNER_AGENCY_ID,
  PROP_OWNER,
  PROP_LEAD,
  PROP_DUE_DATE,
  PROP_STATUS,
  PROP_RAG,
  PROP_OUTCOME_MEASURE,
  PROP_EVIDENCE,
  PROP_COMPLETED_DATE,
  PROP_IMPACT,
};

static const ScrField action_fields[] = {
  [PROP_ID - 1] = SCR_FIELD_STRING_REQUIRED ("id", "id", ScrAction, id),
  [PROP_REVIEW_ID - 1] = SCR_FIELD_STRING ("review_id", "review-id", ScrAction, review_id),
  [PROP_RECOMMENDATION_ID - 1] = SCR_FIELD_STRING ("recommendation_id", "recommendation-id", ScrAction, recommendation_id),
  [PROP_TEXT - 1] = SCR_FIELD_STRING_REQUIRED ("text", "text", ScrAction, text),
  [PROP_OWNER_AGENCY_ID - 1] = SCR_FIELD_STRING ("owner_agency_id", "owner-agency-id", ScrAction, owner_agency_id),
  [PROP_OWNER - 1] = SCR_FIELD_STRING ("owner", "owner", ScrAction, owner),
  [PROP_LEAD - 1] = SCR_FIELD_STRING ("lead", "lead", ScrAction, lead),
  [PROP_DUE_DATE - 1] = SCR_FIELD_DATE ("due", "due-date", ScrAction, due_date),
  [PROP_STATUS - 1] = SCR_FIELD_ENUM_OR_NULL ("status", "status", ScrAction, status,
                                  scr_action_status_get_type, SCR_ACTION_STATUS_UNKNOWN),
  [PROP_RAG - 1] = SCR_FIELD_ENUM ("rag", "rag", ScrAction, rag,
                                  scr_rag_get_type, SCR_RAG_NONE),
  [PROP_OUTCOME_MEASURE - 1] = SCR_FIELD_STRING ("outcome_measure", "outcome-measure", ScrAction, outcome_measure),
  [PROP_EVIDENCE - 1] = SCR_FIELD_STRING ("evidence", "evidence", ScrAction, evidence),
  [PROP_COMPLETED_DATE - 1] = SCR_FIELD_DATE ("completed", "completed-date", ScrAction, completed_date),
  [PROP_IMPACT - 1] = SCR_FIELD_OBJECT_OMIT_UNSET ("impact", "impact", ScrAction, impact,
                                                   scr_action_impact_get_type,
                                                   scr_action_impact_load_json,
                                                   scr_action_impact_save_json),
};

static ScrFieldSet action_set = SCR_FIELD_SET (action_fields, ScrAction, unknown, NULL);

static void
scr_action_class_init (ScrActionClass *klass)
{
  /**
   * ScrAction:id:
   *
   * The id, unique among the dataset's actions.
   */
  /**
   * ScrAction:review-id:
   *
   * The id of the review the action belongs to, or %NULL.
   */
  /**
   * ScrAction:recommendation-id:
   *
   * The id of the recommendation the action carries out, or %NULL.
   */
  /**
   * ScrAction:text:
   *
   * What is to be done.
   */
  /**
   * ScrAction:owner-agency-id:
   *
   * The id of the agency that owns the action, or %NULL.
   */
  /**
   * ScrAction:owner:
   *
   * The owner as the plan names it, an agency or a subgroup such as "Case
   * Review Subgroup", or %NULL.
   */
  /**
   * ScrAction:lead:
   *
   * The named person leading the action, or %NULL.
   */
  /**
   * ScrAction:due-date:
   *
   * When the action is due; often only a month ("September 2016") or a year.
   * %NULL when no date was set.
   */
  /**
   * ScrAction:status:
   *
   * The recorded status; %SCR_ACTION_STATUS_UNKNOWN (JSON `null`) when none
   * was recorded.
   */
  /**
   * ScrAction:rag:
   *
   * The red/amber/green rating.
   */
  /**
   * ScrAction:outcome-measure:
   *
   * How the partnership will know the action worked ("how will we know"), or
   * %NULL.
   */
  /**
   * ScrAction:evidence:
   *
   * The evidence of completion, or %NULL.
   */
  /**
   * ScrAction:completed-date:
   *
   * When the action was completed, or %NULL.
   */
  /**
   * ScrAction:impact:
   *
   * The evidence that the action changed practice (an audit measure, a
   * date, a note), or %NULL. In JSON the optional member `impact`, written
   * only when set, so that plans recorded without it save as they were.
   */
  scr_field_set_install (&action_set, G_OBJECT_CLASS (klass));
}

static void
scr_action_init (ScrAction *self)
{
  scr_field_set_init_instance (&action_set, G_OBJECT (self));
}

/**
 * scr_action_new:
 * @id: the id
 * @text: the text
 *
 * Creates an action with no recorded status and no rating.
 *
 * Returns: (transfer full): a new action
 */
ScrAction *
scr_action_new (const char *id,
                const char *text)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return g_object_new (SCR_TYPE_ACTION,
                       "id", id,
                       "text", text,
                       NULL);
}

ScrAction *
scr_action_load_json (JsonObject  *object,
                      const char  *path,
                      GError     **error)
{
  return scr_field_set_load (&action_set, SCR_TYPE_ACTION, object, path, error);
}

void
scr_action_save_json (ScrAction   *self,
                      JsonBuilder *builder)
{
  scr_field_set_save (&action_set, G_OBJECT (self), builder);
}

/**
 * scr_action_new_from_json:
 * @node: a JSON object in the format of the dataset's `actions` items
 * @error: return location for a #GError
 *
 * Reads a action from JSON. Errors name the member, as in
 * `due: "2016-13" is not a date: ...`.
 *
 * Returns: (transfer full): a new action, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION)
 */
ScrAction *
scr_action_new_from_json (JsonNode  *node,
                          GError   **error)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&action_set, SCR_TYPE_ACTION, node, error);
}

/**
 * scr_action_to_json:
 * @self: a action
 *
 * Writes @self as JSON: the known members in a fixed order, then the
 * unknown members it was read with.
 *
 * Returns: (transfer full): a new JSON object node
 */
JsonNode *
scr_action_to_json (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), NULL);

  return scr_field_set_to_json (&action_set, G_OBJECT (self));
}
/**
 * scr_action_get_id:
 * @self: an action
 *
 * Gets [property@Scr.Action:id].
 *
 * Returns: (nullable): the id
 */
const char *
scr_action_get_id (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), NULL);
  return self->id;
}

/**
 * scr_action_set_id:
 * @self: an action
 * @id: the new value
 *
 * Sets [property@Scr.Action:id].
 */
void
scr_action_set_id (ScrAction  *self,
                   const char *id)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  g_return_if_fail (id != NULL);
  scr_field_set_string (&action_set, G_OBJECT (self), PROP_ID, id);
}

/**
 * scr_action_get_review_id:
 * @self: an action
 *
 * Gets [property@Scr.Action:review-id].
 *
 * Returns: (nullable): the id of the review
 */
const char *
scr_action_get_review_id (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), NULL);
  return self->review_id;
}

/**
 * scr_action_set_review_id:
 * @self: an action
 * @review_id: (nullable): a review id
 *
 * Sets [property@Scr.Action:review-id].
 */
void
scr_action_set_review_id (ScrAction  *self,
                          const char *review_id)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  scr_field_set_string (&action_set, G_OBJECT (self), PROP_REVIEW_ID, review_id);
}

/**
 * scr_action_get_recommendation_id:
 * @self: an action
 *
 * Gets [property@Scr.Action:recommendation-id].
 *
 * Returns: (nullable): the id of the recommendation
 */
const char *
scr_action_get_recommendation_id (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), NULL);
  return self->recommendation_id;
}

/**
 * scr_action_set_recommendation_id:
 * @self: an action
 * @recommendation_id: (nullable): a recommendation id
 *
 * Sets [property@Scr.Action:recommendation-id].
 */
void
scr_action_set_recommendation_id (ScrAction  *self,
                                  const char *recommendation_id)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  scr_field_set_string (&action_set, G_OBJECT (self), PROP_RECOMMENDATION_ID, recommendation_id);
}

/**
 * scr_action_get_text:
 * @self: an action
 *
 * Gets [property@Scr.Action:text].
 *
 * Returns: (nullable): the text
 */
const char *
scr_action_get_text (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), NULL);
  return self->text;
}

/**
 * scr_action_set_text:
 * @self: an action
 * @text: the new value
 *
 * Sets [property@Scr.Action:text].
 */
void
scr_action_set_text (ScrAction  *self,
                     const char *text)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  g_return_if_fail (text != NULL);
  scr_field_set_string (&action_set, G_OBJECT (self), PROP_TEXT, text);
}

/**
 * scr_action_get_owner_agency_id:
 * @self: an action
 *
 * Gets [property@Scr.Action:owner-agency-id].
 *
 * Returns: (nullable): the id of the owning agency
 */
const char *
scr_action_get_owner_agency_id (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), NULL);
  return self->owner_agency_id;
}

/**
 * scr_action_set_owner_agency_id:
 * @self: an action
 * @owner_agency_id: (nullable): an agency id
 *
 * Sets [property@Scr.Action:owner-agency-id].
 */
void
scr_action_set_owner_agency_id (ScrAction  *self,
                                const char *owner_agency_id)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  scr_field_set_string (&action_set, G_OBJECT (self), PROP_OWNER_AGENCY_ID, owner_agency_id);
}

/**
 * scr_action_get_owner:
 * @self: an action
 *
 * Gets [property@Scr.Action:owner].
 *
 * Returns: (nullable): the owner
 */
const char *
scr_action_get_owner (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), NULL);
  return self->owner;
}

/**
 * scr_action_set_owner:
 * @self: an action
 * @owner: (nullable): an owner
 *
 * Sets [property@Scr.Action:owner].
 */
void
scr_action_set_owner (ScrAction  *self,
                      const char *owner)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  scr_field_set_string (&action_set, G_OBJECT (self), PROP_OWNER, owner);
}

/**
 * scr_action_get_lead:
 * @self: an action
 *
 * Gets [property@Scr.Action:lead].
 *
 * Returns: (nullable): the lead
 */
const char *
scr_action_get_lead (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), NULL);
  return self->lead;
}

/**
 * scr_action_set_lead:
 * @self: an action
 * @lead: (nullable): a named person
 *
 * Sets [property@Scr.Action:lead].
 */
void
scr_action_set_lead (ScrAction  *self,
                     const char *lead)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  scr_field_set_string (&action_set, G_OBJECT (self), PROP_LEAD, lead);
}

/**
 * scr_action_get_due_date:
 * @self: an action
 *
 * Gets [property@Scr.Action:due-date].
 *
 * Returns: (nullable) (transfer none): the due date
 */
const ScrDate *
scr_action_get_due_date (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), NULL);
  return self->due_date;
}

/**
 * scr_action_set_due_date:
 * @self: an action
 * @due_date: (nullable): the new date, %NULL for none
 *
 * Sets [property@Scr.Action:due-date].
 */
void
scr_action_set_due_date (ScrAction     *self,
                         const ScrDate *due_date)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  scr_field_set_date (&action_set, G_OBJECT (self), PROP_DUE_DATE, due_date);
}

/**
 * scr_action_get_status:
 * @self: an action
 *
 * Gets [property@Scr.Action:status].
 *
 * Returns: the recorded status
 */
ScrActionStatus
scr_action_get_status (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), SCR_ACTION_STATUS_UNKNOWN);
  return self->status;
}

/**
 * scr_action_set_status:
 * @self: an action
 * @status: the new status
 *
 * Sets [property@Scr.Action:status].
 */
void
scr_action_set_status (ScrAction       *self,
                       ScrActionStatus status)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  scr_field_set_int (&action_set, G_OBJECT (self), PROP_STATUS, status);
}

/**
 * scr_action_get_rag:
 * @self: an action
 *
 * Gets [property@Scr.Action:rag].
 *
 * Returns: the rating
 */
ScrRag
scr_action_get_rag (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), SCR_RAG_NONE);
  return self->rag;
}

/**
 * scr_action_set_rag:
 * @self: an action
 * @rag: the new rating
 *
 * Sets [property@Scr.Action:rag].
 */
void
scr_action_set_rag (ScrAction  *self,
                    ScrRag     rag)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  scr_field_set_int (&action_set, G_OBJECT (self), PROP_RAG, rag);
}

/**
 * scr_action_get_outcome_measure:
 * @self: an action
 *
 * Gets [property@Scr.Action:outcome-measure].
 *
 * Returns: (nullable): the outcome measure
 */
const char *
scr_action_get_outcome_measure (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), NULL);
  return self->outcome_measure;
}

/**
 * scr_action_set_outcome_measure:
 * @self: an action
 * @outcome_measure: (nullable): an outcome measure
 *
 * Sets [property@Scr.Action:outcome-measure].
 */
void
scr_action_set_outcome_measure (ScrAction  *self,
                                const char *outcome_measure)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  scr_field_set_string (&action_set, G_OBJECT (self), PROP_OUTCOME_MEASURE, outcome_measure);
}

/**
 * scr_action_get_evidence:
 * @self: an action
 *
 * Gets [property@Scr.Action:evidence].
 *
 * Returns: (nullable): the evidence
 */
const char *
scr_action_get_evidence (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), NULL);
  return self->evidence;
}

/**
 * scr_action_set_evidence:
 * @self: an action
 * @evidence: (nullable): the evidence
 *
 * Sets [property@Scr.Action:evidence].
 */
void
scr_action_set_evidence (ScrAction  *self,
                         const char *evidence)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  scr_field_set_string (&action_set, G_OBJECT (self), PROP_EVIDENCE, evidence);
}

/**
 * scr_action_get_completed_date:
 * @self: an action
 *
 * Gets [property@Scr.Action:completed-date].
 *
 * Returns: (nullable) (transfer none): the completion date
 */
const ScrDate *
scr_action_get_completed_date (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), NULL);
  return self->completed_date;
}

/**
 * scr_action_set_completed_date:
 * @self: an action
 * @completed_date: (nullable): the new date, %NULL for none
 *
 * Sets [property@Scr.Action:completed-date].
 */
void
scr_action_set_completed_date (ScrAction     *self,
                               const ScrDate *completed_date)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  scr_field_set_date (&action_set, G_OBJECT (self), PROP_COMPLETED_DATE, completed_date);
}

/**
 * scr_action_get_impact:
 * @self: an action
 *
 * Gets [property@Scr.Action:impact].
 *
 * Returns: (nullable) (transfer none): the evidence of impact, or %NULL
 */
ScrActionImpact *
scr_action_get_impact (ScrAction *self)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), NULL);
  return self->impact;
}

/**
 * scr_action_set_impact:
 * @self: an action
 * @impact: (nullable): the evidence of impact, or %NULL for none
 *
 * Sets [property@Scr.Action:impact]; the action keeps a reference.
 */
void
scr_action_set_impact (ScrAction       *self,
                       ScrActionImpact *impact)
{
  g_return_if_fail (SCR_IS_ACTION (self));
  g_return_if_fail (impact == NULL || SCR_IS_ACTION_IMPACT (impact));
  scr_field_set_object (&action_set, G_OBJECT (self), PROP_IMPACT, impact);
}

gint32
scr_action_due_period_end (const ScrDate *due)
{
  int year = scr_date_get_year (due);

  switch (scr_date_get_precision (due))
    {
    case SCR_DATE_PRECISION_YEAR:
      return scr_ordinal_from_ymd (year, 12, 31);
    case SCR_DATE_PRECISION_MONTH:
      return scr_ordinal_from_ymd (year, scr_date_get_month (due),
                                   scr_days_in_month (year, scr_date_get_month (due)));
    case SCR_DATE_PRECISION_DAY:
    default:
      return scr_date_get_ordinal (due);
    }
}

/**
 * scr_action_is_overdue:
 * @self: an action
 * @on: the date to judge on
 *
 * Tells whether @self is overdue on @on: it is not done (its status is
 * neither %SCR_ACTION_STATUS_COMPLETED nor %SCR_ACTION_STATUS_SUPERSEDED),
 * it has a due date, and @on is after the last day the due date allows.
 * An action with no recorded status (%SCR_ACTION_STATUS_UNKNOWN) is not
 * known to be done, so it can be overdue.
 *
 * A due date known only to the month means the end of that month: an
 * action due `2016-09` is not overdue on 30 September 2016 and is on
 * 1 October 2016. A due date known only to the year means 31 December of
 * that year. A partial @on counts as its first day, so an action is
 * overdue "in" a month only when it was overdue on the first of it.
 *
 * The recorded status %SCR_ACTION_STATUS_OVERDUE does not decide the
 * answer: the dates do.
 *
 * Returns: %TRUE when @self is overdue on @on
 */
gboolean
scr_action_is_overdue (ScrAction     *self,
                       const ScrDate *on)
{
  g_return_val_if_fail (SCR_IS_ACTION (self), FALSE);
  g_return_val_if_fail (on != NULL, FALSE);

  if (self->status == SCR_ACTION_STATUS_COMPLETED ||
      self->status == SCR_ACTION_STATUS_SUPERSEDED ||
      self->due_date == NULL)
    return FALSE;
  return scr_date_get_ordinal (on) > scr_action_due_period_end (self->due_date);
}

