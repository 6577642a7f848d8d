/* scr-review.c: a case review (SCR, LCSPR, child practice review...).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-item-list-private.h"
#include "scr-review-private.h"

#include "scr-enum-types.h"
#include "scr-fields-private.h"
#include "scr-milestone-private.h"

/**
 * ScrReview:
 *
 * A review of a case: a serious case review, a local child safeguarding
 * practice review, a rapid review, a Welsh child practice review, a
 * Scottish learning review, a Northern Irish case management review, or
 * a non-statutory learning review.
 *
 * A review records its terms of reference (the key lines of enquiry), the
 * period it looks at, who led it, how, and its dated
 * [class@Scr.Milestone]s. Its findings, lessons, recommendations and
 * actions are held by the [class@Scr.Dataset] and refer to the review by
 * its [property@Scr.Review:id].
 *
 * ## Threads
 *
 * A review is a plain mutable object that notifies its changes: use
 * it, and the dataset that holds it, from one thread at a time; the
 * items of a loaded dataset that no thread changes may be read from
 * several at once ([class@Scr.Dataset]).
 */
struct _ScrReview
{
  GObject parent_instance;

  char *id;
  char *case_id;
  int review_type;
  char *title;
  char *partnership;
  int status;
  int stage;
  char **terms_of_reference;
  ScrDate *timeframe_from;
  ScrDate *timeframe_to;
  char *lead_reviewer;
  char *panel_chair;
  char *methodology;
  char **agency_ids;
  char *steis_number;
  ScrDate *signed_off;
  char **dissemination;
  ScrItemList *milestones;
  JsonObject *unknown;
  JsonObject *timeframe_unknown;
};

G_DEFINE_FINAL_TYPE (ScrReview, scr_review, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_REVIEW_TYPE,
  PROP_TITLE,
  PROP_PARTNERSHIP,
  PROP_STATUS,
  PROP_STAGE,
  PROP_TERMS_OF_REFERENCE,
  PROP_TIMEFRAME,         /* the JSON object of the next two; no property */
  PROP_TIMEFRAME_FROM,
  PROP_TIMEFRAME_TO,
  PROP_LEAD_REVIEWER,
  PROP_PANEL_CHAIR,
  PROP_METHODOLOGY,
  PROP_AGENCY_IDS,
  PROP_STEIS_NUMBER,
  PROP_SIGNED_OFF,
  PROP_DISSEMINATION,
  PROP_MILESTONES,
};

static const guint timeframe_members[] = { PROP_TIMEFRAME_FROM, PROP_TIMEFRAME_TO, 0 };

static const ScrField review_fields[] = {
  [PROP_ID - 1] = SCR_FIELD_STRING_CONSTRUCT ("id", "id", ScrReview, id, TRUE),
  [PROP_CASE_ID - 1] = SCR_FIELD_STRING ("case_id", "case-id", ScrReview, case_id),
  [PROP_REVIEW_TYPE - 1] = SCR_FIELD_ENUM_REQUIRED ("type", "review-type", ScrReview, review_type,
                                                    scr_review_type_get_type,
                                                    SCR_REVIEW_TYPE_SCR),
  [PROP_TITLE - 1] = SCR_FIELD_STRING ("title", "title", ScrReview, title),
  [PROP_PARTNERSHIP - 1] = SCR_FIELD_STRING ("partnership", "partnership", ScrReview,
                                             partnership),
  [PROP_STATUS - 1] = SCR_FIELD_ENUM_REQUIRED ("status", "status", ScrReview, status,
                                               scr_review_status_get_type,
                                               SCR_REVIEW_STATUS_PROPOSED),
  [PROP_STAGE - 1] = SCR_FIELD_ENUM_REQUIRED ("stage", "stage", ScrReview, stage,
                                              scr_review_stage_get_type,
                                              SCR_REVIEW_STAGE_REFERRAL),
  [PROP_TERMS_OF_REFERENCE - 1] = SCR_FIELD_STRV ("terms_of_reference", "terms-of-reference",
                                                  ScrReview, terms_of_reference),
  [PROP_TIMEFRAME - 1] = SCR_FIELD_GROUP ("timeframe", ScrReview, timeframe_unknown,
                                          timeframe_members),
  [PROP_TIMEFRAME_FROM - 1] = SCR_FIELD_DATE ("from", "timeframe-from", ScrReview,
                                              timeframe_from),
  [PROP_TIMEFRAME_TO - 1] = SCR_FIELD_DATE ("to", "timeframe-to", ScrReview, timeframe_to),
  [PROP_LEAD_REVIEWER - 1] = SCR_FIELD_STRING ("lead_reviewer", "lead-reviewer", ScrReview,
                                               lead_reviewer),
  [PROP_PANEL_CHAIR - 1] = SCR_FIELD_STRING ("panel_chair", "panel-chair", ScrReview,
                                             panel_chair),
  [PROP_METHODOLOGY - 1] = SCR_FIELD_STRING ("methodology", "methodology", ScrReview,
                                             methodology),
  [PROP_AGENCY_IDS - 1] = SCR_FIELD_STRV ("agency_ids", "agency-ids", ScrReview, agency_ids),
  [PROP_STEIS_NUMBER - 1] = SCR_FIELD_STRING_OMIT_UNSET ("steis_number", "steis-number", ScrReview,
                                                         steis_number),
  [PROP_SIGNED_OFF - 1] = SCR_FIELD_DATE_OMIT_UNSET ("signed_off", "signed-off", ScrReview,
                                                     signed_off),
  [PROP_DISSEMINATION - 1] = SCR_FIELD_STRV_OMIT_UNSET ("dissemination", "dissemination",
                                                        ScrReview, dissemination),
  [PROP_MILESTONES - 1] = SCR_FIELD_LIST ("milestones", "milestones", ScrReview, milestones,
                                          scr_milestone_get_type, scr_milestone_load_json,
                                          scr_milestone_save_json),
};

static ScrFieldSet review_set = SCR_FIELD_SET (review_fields, ScrReview, unknown, NULL);

static void
scr_review_class_init (ScrReviewClass *klass)
{
  /**
   * ScrReview:id:
   *
   * The identifier of the review, unique among the reviews of a dataset.
   * Set once, when the review is made.
   */
  /**
   * ScrReview:case-id:
   *
   * The identifier of the case under review, or %NULL (a thematic review
   * may cover several cases).
   */
  /**
   * ScrReview:review-type:
   *
   * The type of review (`type` in JSON).
   */
  /**
   * ScrReview:title:
   *
   * The title of the review or its report, or %NULL.
   */
  /**
   * ScrReview:partnership:
   *
   * The board or partnership that holds the review, or %NULL.
   */
  /**
   * ScrReview:status:
   *
   * Where the review stands overall.
   */
  /**
   * ScrReview:stage:
   *
   * The stage the review has reached.
   */
  /**
   * ScrReview:terms-of-reference:
   *
   * The terms of reference: the key lines of enquiry, one per string.
   */
  /**
   * ScrReview:timeframe-from:
   *
   * The start of the period the review looks at, or %NULL.
   */
  /**
   * ScrReview:timeframe-to:
   *
   * The end of the period the review looks at, or %NULL.
   */
  /**
   * ScrReview:lead-reviewer:
   *
   * The lead reviewer or independent author, or %NULL.
   */
  /**
   * ScrReview:panel-chair:
   *
   * The chair of the review panel, or %NULL.
   */
  /**
   * ScrReview:methodology:
   *
   * How the review was done (such as "SCIE Learning Together"), or %NULL.
   */
  /**
   * ScrReview:agency-ids:
   *
   * The identifiers of the agencies taking part in the review.
   */
  /**
   * ScrReview:steis-number:
   *
   * The number of the serious incident on the NHS's Strategic Executive
   * Information System (StEIS), when one was reported there, or %NULL.
   * The health Safeguarding Case Review Tracker asks for it.
   */
  /**
   * ScrReview:signed-off:
   *
   * When the review's report was signed off (by the partnership or
   * board), or %NULL; a partial date (a year, a month) is allowed.
   */
  /**
   * ScrReview:dissemination:
   *
   * How the review's learning was disseminated, one activity per string
   * (such as "7-minute briefing" or "learning event").
   */
  /**
   * ScrReview:milestones:
   *
   * The dated steps of the review, a #GListModel of [class@Scr.Milestone].
   */
  scr_field_set_install (&review_set, G_OBJECT_CLASS (klass));
}

static void
scr_review_init (ScrReview *self)
{
  scr_field_set_init_instance (&review_set, G_OBJECT (self));
}

/**
 * scr_review_new:
 * @id: the identifier of the review
 * @type: the type of review
 *
 * Creates a review, proposed and at the referral stage.
 *
 * Returns: (transfer full): a new review
 */
ScrReview *
scr_review_new (const char    *id,
                ScrReviewType  type)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (SCR_TYPE_REVIEW, "id", id, "review-type", type, NULL);
}

ScrReview *
scr_review_load_json (JsonObject  *object,
                      const char  *path,
                      GError     **error)
{
  return scr_field_set_load (&review_set, SCR_TYPE_REVIEW, object, path, error);
}

void
scr_review_save_json (ScrReview   *self,
                      JsonBuilder *builder)
{
  scr_field_set_save (&review_set, G_OBJECT (self), builder);
}

/**
 * scr_review_new_from_json:
 * @node: a JSON object in the format of `doc/json-format.md`
 * @error: return location for a #GError
 *
 * Reads a review from its JSON form. Members the library does not know,
 * also inside `timeframe` and each milestone, are kept and written back
 * by [method@Scr.Review.to_json].
 *
 * Returns: (transfer full): the review, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION) when @node is not a valid review
 */
ScrReview *
scr_review_new_from_json (JsonNode  *node,
                          GError   **error)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&review_set, SCR_TYPE_REVIEW, node, error);
}

/**
 * scr_review_to_json:
 * @self: a review
 *
 * Writes the review in its JSON form, unknown members last.
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
scr_review_to_json (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return scr_field_set_to_json (&review_set, G_OBJECT (self));
}

/**
 * scr_review_get_id:
 * @self: a review
 *
 * Gets the identifier of the review.
 *
 * Returns: the identifier
 */
const char *
scr_review_get_id (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return self->id;
}

/**
 * scr_review_get_case_id:
 * @self: a review
 *
 * Gets the identifier of the case under review.
 *
 * Returns: (nullable): the case identifier
 */
const char *
scr_review_get_case_id (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return self->case_id;
}

/**
 * scr_review_set_case_id:
 * @self: a review
 * @case_id: (nullable): the case identifier
 *
 * Sets the identifier of the case under review.
 */
void
scr_review_set_case_id (ScrReview  *self,
                        const char *case_id)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_string (&review_set, G_OBJECT (self), PROP_CASE_ID, case_id);
}

/**
 * scr_review_get_title:
 * @self: a review
 *
 * Gets the title of the review.
 *
 * Returns: (nullable): the title
 */
const char *
scr_review_get_title (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return self->title;
}

/**
 * scr_review_set_title:
 * @self: a review
 * @title: (nullable): the title
 *
 * Sets the title of the review.
 */
void
scr_review_set_title (ScrReview  *self,
                      const char *title)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_string (&review_set, G_OBJECT (self), PROP_TITLE, title);
}

/**
 * scr_review_get_partnership:
 * @self: a review
 *
 * Gets the board or partnership that holds the review.
 *
 * Returns: (nullable): the partnership
 */
const char *
scr_review_get_partnership (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return self->partnership;
}

/**
 * scr_review_set_partnership:
 * @self: a review
 * @partnership: (nullable): the partnership
 *
 * Sets the board or partnership that holds the review.
 */
void
scr_review_set_partnership (ScrReview  *self,
                            const char *partnership)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_string (&review_set, G_OBJECT (self), PROP_PARTNERSHIP, partnership);
}

/**
 * scr_review_get_lead_reviewer:
 * @self: a review
 *
 * Gets the lead reviewer or independent author.
 *
 * Returns: (nullable): the lead reviewer
 */
const char *
scr_review_get_lead_reviewer (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return self->lead_reviewer;
}

/**
 * scr_review_set_lead_reviewer:
 * @self: a review
 * @lead_reviewer: (nullable): the lead reviewer
 *
 * Sets the lead reviewer or independent author.
 */
void
scr_review_set_lead_reviewer (ScrReview  *self,
                              const char *lead_reviewer)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_string (&review_set, G_OBJECT (self), PROP_LEAD_REVIEWER, lead_reviewer);
}

/**
 * scr_review_get_panel_chair:
 * @self: a review
 *
 * Gets the chair of the review panel.
 *
 * Returns: (nullable): the panel chair
 */
const char *
scr_review_get_panel_chair (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return self->panel_chair;
}

/**
 * scr_review_set_panel_chair:
 * @self: a review
 * @panel_chair: (nullable): the panel chair
 *
 * Sets the chair of the review panel.
 */
void
scr_review_set_panel_chair (ScrReview  *self,
                            const char *panel_chair)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_string (&review_set, G_OBJECT (self), PROP_PANEL_CHAIR, panel_chair);
}

/**
 * scr_review_get_methodology:
 * @self: a review
 *
 * Gets how the review was done.
 *
 * Returns: (nullable): the methodology
 */
const char *
scr_review_get_methodology (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return self->methodology;
}

/**
 * scr_review_set_methodology:
 * @self: a review
 * @methodology: (nullable): the methodology
 *
 * Sets how the review was done.
 */
void
scr_review_set_methodology (ScrReview  *self,
                            const char *methodology)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_string (&review_set, G_OBJECT (self), PROP_METHODOLOGY, methodology);
}

/**
 * scr_review_get_review_type:
 * @self: a review
 *
 * Gets the type of review.
 *
 * Returns: the type
 */
ScrReviewType
scr_review_get_review_type (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), SCR_REVIEW_TYPE_SCR);

  return self->review_type;
}

/**
 * scr_review_set_review_type:
 * @self: a review
 * @review_type: the type
 *
 * Sets the type of review.
 */
void
scr_review_set_review_type (ScrReview     *self,
                            ScrReviewType  review_type)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_enum (&review_set, G_OBJECT (self), PROP_REVIEW_TYPE, review_type);
}

/**
 * scr_review_get_status:
 * @self: a review
 *
 * Gets where the review stands overall.
 *
 * Returns: the status
 */
ScrReviewStatus
scr_review_get_status (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), SCR_REVIEW_STATUS_PROPOSED);

  return self->status;
}

/**
 * scr_review_set_status:
 * @self: a review
 * @status: the status
 *
 * Sets where the review stands overall.
 */
void
scr_review_set_status (ScrReview       *self,
                       ScrReviewStatus  status)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_enum (&review_set, G_OBJECT (self), PROP_STATUS, status);
}

/**
 * scr_review_get_stage:
 * @self: a review
 *
 * Gets the stage the review has reached.
 *
 * Returns: the stage
 */
ScrReviewStage
scr_review_get_stage (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), SCR_REVIEW_STAGE_REFERRAL);

  return self->stage;
}

/**
 * scr_review_set_stage:
 * @self: a review
 * @stage: the stage
 *
 * Sets the stage the review has reached.
 */
void
scr_review_set_stage (ScrReview      *self,
                      ScrReviewStage  stage)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_enum (&review_set, G_OBJECT (self), PROP_STAGE, stage);
}

/**
 * scr_review_get_timeframe_from:
 * @self: a review
 *
 * Gets the start of the period the review looks at.
 *
 * Returns: (nullable) (transfer none): the date
 */
const ScrDate *
scr_review_get_timeframe_from (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return self->timeframe_from;
}

/**
 * scr_review_set_timeframe_from:
 * @self: a review
 * @from: (nullable): the date
 *
 * Sets the start of the period the review looks at.
 */
void
scr_review_set_timeframe_from (ScrReview     *self,
                               const ScrDate *from)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_date (&review_set, G_OBJECT (self), PROP_TIMEFRAME_FROM, from);
}

/**
 * scr_review_get_timeframe_to:
 * @self: a review
 *
 * Gets the end of the period the review looks at.
 *
 * Returns: (nullable) (transfer none): the date
 */
const ScrDate *
scr_review_get_timeframe_to (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return self->timeframe_to;
}

/**
 * scr_review_set_timeframe_to:
 * @self: a review
 * @to: (nullable): the date
 *
 * Sets the end of the period the review looks at.
 */
void
scr_review_set_timeframe_to (ScrReview     *self,
                             const ScrDate *to)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_date (&review_set, G_OBJECT (self), PROP_TIMEFRAME_TO, to);
}

/**
 * scr_review_get_terms_of_reference:
 * @self: a review
 *
 * Gets the terms of reference, the key lines of enquiry.
 *
 * Returns: (transfer none) (array zero-terminated=1): the terms
 */
const char * const *
scr_review_get_terms_of_reference (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return (const char * const *) self->terms_of_reference;
}

/**
 * scr_review_set_terms_of_reference:
 * @self: a review
 * @terms_of_reference: (nullable) (array zero-terminated=1): the terms
 *
 * Sets the terms of reference.
 */
void
scr_review_set_terms_of_reference (ScrReview          *self,
                                   const char * const *terms_of_reference)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_strv (&review_set, G_OBJECT (self), PROP_TERMS_OF_REFERENCE, terms_of_reference);
}

/**
 * scr_review_get_agency_ids:
 * @self: a review
 *
 * Gets the identifiers of the agencies taking part in the review.
 *
 * Returns: (transfer none) (array zero-terminated=1): the identifiers
 */
const char * const *
scr_review_get_agency_ids (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return (const char * const *) self->agency_ids;
}

/**
 * scr_review_set_agency_ids:
 * @self: a review
 * @agency_ids: (nullable) (array zero-terminated=1): the identifiers
 *
 * Sets the identifiers of the agencies taking part in the review.
 */
void
scr_review_set_agency_ids (ScrReview          *self,
                           const char * const *agency_ids)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_strv (&review_set, G_OBJECT (self), PROP_AGENCY_IDS, agency_ids);
}

/**
 * scr_review_get_steis_number:
 * @self: a review
 *
 * Gets [property@Scr.Review:steis-number], the serious incident's StEIS
 * number.
 *
 * Returns: (nullable): the StEIS number
 */
const char *
scr_review_get_steis_number (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return self->steis_number;
}

/**
 * scr_review_set_steis_number:
 * @self: a review
 * @steis_number: (nullable): the StEIS number
 *
 * Sets [property@Scr.Review:steis-number].
 */
void
scr_review_set_steis_number (ScrReview  *self,
                             const char *steis_number)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_string (&review_set, G_OBJECT (self), PROP_STEIS_NUMBER, steis_number);
}

/**
 * scr_review_get_signed_off:
 * @self: a review
 *
 * Gets [property@Scr.Review:signed-off], when the report was signed off.
 *
 * Returns: (nullable) (transfer none): the date
 */
const ScrDate *
scr_review_get_signed_off (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return self->signed_off;
}

/**
 * scr_review_set_signed_off:
 * @self: a review
 * @signed_off: (nullable): the date, of any precision
 *
 * Sets [property@Scr.Review:signed-off].
 */
void
scr_review_set_signed_off (ScrReview     *self,
                           const ScrDate *signed_off)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_date (&review_set, G_OBJECT (self), PROP_SIGNED_OFF, signed_off);
}

/**
 * scr_review_get_dissemination:
 * @self: a review
 *
 * Gets [property@Scr.Review:dissemination], how the learning was
 * disseminated.
 *
 * Returns: (transfer none) (array zero-terminated=1): the activities
 */
const char * const *
scr_review_get_dissemination (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return (const char * const *) self->dissemination;
}

/**
 * scr_review_set_dissemination:
 * @self: a review
 * @dissemination: (nullable) (array zero-terminated=1): the activities
 *
 * Sets [property@Scr.Review:dissemination].
 */
void
scr_review_set_dissemination (ScrReview          *self,
                              const char * const *dissemination)
{
  g_return_if_fail (SCR_IS_REVIEW (self));

  scr_field_set_strv (&review_set, G_OBJECT (self), PROP_DISSEMINATION, dissemination);
}

/**
 * scr_review_get_milestones:
 * @self: a review
 *
 * Gets the dated steps of the review, in the order they were added.
 *
 * Returns: (transfer none): a #GListModel of [class@Scr.Milestone]
 */
GListModel *
scr_review_get_milestones (ScrReview *self)
{
  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  return G_LIST_MODEL (self->milestones);
}

/**
 * scr_review_add_milestone:
 * @self: a review
 * @milestone: a milestone
 *
 * Appends a milestone to the review.
 */
void
scr_review_add_milestone (ScrReview    *self,
                          ScrMilestone *milestone)
{
  g_return_if_fail (SCR_IS_REVIEW (self));
  g_return_if_fail (SCR_IS_MILESTONE (milestone));

  scr_item_list_append (self->milestones, milestone);
}

/**
 * scr_review_remove_milestone:
 * @self: a review
 * @milestone: a milestone of the review
 *
 * Removes a milestone from the review.
 *
 * Returns: %TRUE if @milestone was one of the review's and is removed
 */
gboolean
scr_review_remove_milestone (ScrReview    *self,
                             ScrMilestone *milestone)
{
  guint position;

  g_return_val_if_fail (SCR_IS_REVIEW (self), FALSE);
  g_return_val_if_fail (SCR_IS_MILESTONE (milestone), FALSE);

  if (!scr_item_list_find (self->milestones, milestone, &position))
    return FALSE;
  scr_item_list_remove (self->milestones, position);
  return TRUE;
}

/**
 * scr_review_lookup_milestone:
 * @self: a review
 * @kind: a kind of milestone
 *
 * Finds the first milestone of @kind.
 *
 * Returns: (nullable) (transfer none): the milestone, or %NULL if the
 *   review has none of that kind
 */
ScrMilestone *
scr_review_lookup_milestone (ScrReview        *self,
                             ScrMilestoneKind  kind)
{
  guint n;

  g_return_val_if_fail (SCR_IS_REVIEW (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->milestones));
  for (guint i = 0; i < n; i++)
    {
      ScrMilestone *milestone = g_list_model_get_item (G_LIST_MODEL (self->milestones), i);

      /* the store keeps its own reference */
      g_object_unref (milestone);
      if (scr_milestone_get_kind (milestone) == kind)
        return milestone;
    }
  return NULL;
}
