/* scr-review.c: a case review (SCR, LCSPR, child practice review...).
 *
 * Over 800 lines as one concept, the ScrReview class: its properties with
 * their documentation, JSON and milestones.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-enum-types.h"
#include "scr-json-private.h"
#include "scr-milestone-private.h"
#include "scr-model-private.h"
#include "scr-review-private.h"

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
 */
struct _ScrReview
{
  GObject parent_instance;

  char *id;
  char *case_id;
  ScrReviewType review_type;
  char *title;
  char *partnership;
  ScrReviewStatus status;
  ScrReviewStage stage;
  char **terms_of_reference;
  ScrDate *timeframe_from;
  ScrDate *timeframe_to;
  char *lead_reviewer;
  char *panel_chair;
  char *methodology;
  char **agency_ids;
  GListStore *milestones;
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
  PROP_TIMEFRAME_FROM,
  PROP_TIMEFRAME_TO,
  PROP_LEAD_REVIEWER,
  PROP_PANEL_CHAIR,
  PROP_METHODOLOGY,
  PROP_AGENCY_IDS,
  PROP_MILESTONES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_members[] = {
  "id", "case_id", "type", "title", "partnership", "status", "stage", "terms_of_reference",
  "timeframe", "lead_reviewer", "panel_chair", "methodology", "agency_ids", "milestones", NULL
};
static const char * const timeframe_members[] = { "from", "to", NULL };

static void
scr_review_finalize (GObject *object)
{
  ScrReview *self = SCR_REVIEW (object);

  g_free (self->id);
  g_free (self->case_id);
  g_free (self->title);
  g_free (self->partnership);
  g_strfreev (self->terms_of_reference);
  g_clear_pointer (&self->timeframe_from, scr_date_free);
  g_clear_pointer (&self->timeframe_to, scr_date_free);
  g_free (self->lead_reviewer);
  g_free (self->panel_chair);
  g_free (self->methodology);
  g_strfreev (self->agency_ids);
  g_clear_object (&self->milestones);
  g_clear_pointer (&self->unknown, json_object_unref);
  g_clear_pointer (&self->timeframe_unknown, json_object_unref);
  G_OBJECT_CLASS (scr_review_parent_class)->finalize (object);
}

static void
scr_review_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ScrReview *self = SCR_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_CASE_ID:
      g_value_set_string (value, self->case_id);
      break;
    case PROP_REVIEW_TYPE:
      g_value_set_enum (value, self->review_type);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_PARTNERSHIP:
      g_value_set_string (value, self->partnership);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_STAGE:
      g_value_set_enum (value, self->stage);
      break;
    case PROP_TERMS_OF_REFERENCE:
      g_value_set_boxed (value, scr_review_get_terms_of_reference (self));
      break;
    case PROP_TIMEFRAME_FROM:
      g_value_set_boxed (value, self->timeframe_from);
      break;
    case PROP_TIMEFRAME_TO:
      g_value_set_boxed (value, self->timeframe_to);
      break;
    case PROP_LEAD_REVIEWER:
      g_value_set_string (value, self->lead_reviewer);
      break;
    case PROP_PANEL_CHAIR:
      g_value_set_string (value, self->panel_chair);
      break;
    case PROP_METHODOLOGY:
      g_value_set_string (value, self->methodology);
      break;
    case PROP_AGENCY_IDS:
      g_value_set_boxed (value, scr_review_get_agency_ids (self));
      break;
    case PROP_MILESTONES:
      g_value_set_object (value, self->milestones);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_review_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ScrReview *self = SCR_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_CASE_ID:
      scr_review_set_case_id (self, g_value_get_string (value));
      break;
    case PROP_REVIEW_TYPE:
      scr_review_set_review_type (self, g_value_get_enum (value));
      break;
    case PROP_TITLE:
      scr_review_set_title (self, g_value_get_string (value));
      break;
    case PROP_PARTNERSHIP:
      scr_review_set_partnership (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      scr_review_set_status (self, g_value_get_enum (value));
      break;
    case PROP_STAGE:
      scr_review_set_stage (self, g_value_get_enum (value));
      break;
    case PROP_TERMS_OF_REFERENCE:
      scr_review_set_terms_of_reference (self, g_value_get_boxed (value));
      break;
    case PROP_TIMEFRAME_FROM:
      scr_review_set_timeframe_from (self, g_value_get_boxed (value));
      break;
    case PROP_TIMEFRAME_TO:
      scr_review_set_timeframe_to (self, g_value_get_boxed (value));
      break;
    case PROP_LEAD_REVIEWER:
      scr_review_set_lead_reviewer (self, g_value_get_string (value));
      break;
    case PROP_PANEL_CHAIR:
      scr_review_set_panel_chair (self, g_value_get_string (value));
      break;
    case PROP_METHODOLOGY:
      scr_review_set_methodology (self, g_value_get_string (value));
      break;
    case PROP_AGENCY_IDS:
      scr_review_set_agency_ids (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
scr_review_class_init (ScrReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scr_review_finalize;
  object_class->get_property = scr_review_get_property;
  object_class->set_property = scr_review_set_property;

  /**
   * ScrReview:id:
   *
   * The identifier of the review, unique among the reviews of a dataset.
   * Set once, when the review is made.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * ScrReview:case-id:
   *
   * The identifier of the case under review, or %NULL (a thematic review
   * may cover several cases).
   */
  properties[PROP_CASE_ID] = g_param_spec_string ("case-id", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrReview:review-type:
   *
   * The type of review (`type` in JSON).
   */
  properties[PROP_REVIEW_TYPE] =
    g_param_spec_enum ("review-type", NULL, NULL, SCR_TYPE_REVIEW_TYPE, SCR_REVIEW_TYPE_SCR,
                       RW_FLAGS);
  /**
   * ScrReview:title:
   *
   * The title of the review or its report, or %NULL.
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrReview:partnership:
   *
   * The board or partnership that holds the review, or %NULL.
   */
  properties[PROP_PARTNERSHIP] = g_param_spec_string ("partnership", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrReview:status:
   *
   * Where the review stands overall.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, SCR_TYPE_REVIEW_STATUS, SCR_REVIEW_STATUS_PROPOSED,
                       RW_FLAGS);
  /**
   * ScrReview:stage:
   *
   * The stage the review has reached.
   */
  properties[PROP_STAGE] =
    g_param_spec_enum ("stage", NULL, NULL, SCR_TYPE_REVIEW_STAGE, SCR_REVIEW_STAGE_REFERRAL,
                       RW_FLAGS);
  /**
   * ScrReview:terms-of-reference:
   *
   * The terms of reference: the key lines of enquiry, one per string.
   */
  properties[PROP_TERMS_OF_REFERENCE] =
    g_param_spec_boxed ("terms-of-reference", NULL, NULL, G_TYPE_STRV, RW_FLAGS);
  /**
   * ScrReview:timeframe-from:
   *
   * The start of the period the review looks at, or %NULL.
   */
  properties[PROP_TIMEFRAME_FROM] =
    g_param_spec_boxed ("timeframe-from", NULL, NULL, SCR_TYPE_DATE, RW_FLAGS);
  /**
   * ScrReview:timeframe-to:
   *
   * The end of the period the review looks at, or %NULL.
   */
  properties[PROP_TIMEFRAME_TO] =
    g_param_spec_boxed ("timeframe-to", NULL, NULL, SCR_TYPE_DATE, RW_FLAGS);
  /**
   * ScrReview:lead-reviewer:
   *
   * The lead reviewer or independent author, or %NULL.
   */
  properties[PROP_LEAD_REVIEWER] =
    g_param_spec_string ("lead-reviewer", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrReview:panel-chair:
   *
   * The chair of the review panel, or %NULL.
   */
  properties[PROP_PANEL_CHAIR] = g_param_spec_string ("panel-chair", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrReview:methodology:
   *
   * How the review was done (such as "SCIE Learning Together"), or %NULL.
   */
  properties[PROP_METHODOLOGY] = g_param_spec_string ("methodology", NULL, NULL, NULL, RW_FLAGS);
  /**
   * ScrReview:agency-ids:
   *
   * The identifiers of the agencies taking part in the review.
   */
  properties[PROP_AGENCY_IDS] =
    g_param_spec_boxed ("agency-ids", NULL, NULL, G_TYPE_STRV, RW_FLAGS);
  /**
   * ScrReview:milestones:
   *
   * The dated steps of the review, a #GListModel of [class@Scr.Milestone].
   */
  properties[PROP_MILESTONES] =
    g_param_spec_object ("milestones", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_review_init (ScrReview *self)
{
  self->milestones = g_list_store_new (SCR_TYPE_MILESTONE);
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

static gboolean
load_timeframe (ScrReview   *self,
                JsonObject  *object,
                const char  *path,
                GError     **error)
{
  g_autofree char *timeframe_path = scr_json_path_member (path, "timeframe");
  JsonObject *timeframe;

  if (!scr_json_read_object (object, path, "timeframe", FALSE, &timeframe, error))
    return FALSE;
  if (timeframe == NULL)
    return TRUE;
  if (!scr_json_read_date (timeframe, timeframe_path, "from", FALSE, &self->timeframe_from, error) ||
      !scr_json_read_date (timeframe, timeframe_path, "to", FALSE, &self->timeframe_to, error))
    return FALSE;
  self->timeframe_unknown = scr_json_collect_unknown (timeframe, timeframe_members);
  return TRUE;
}

static gboolean
load_milestones (ScrReview   *self,
                 JsonObject  *object,
                 const char  *path,
                 GError     **error)
{
  g_autofree char *array_path = scr_json_path_member (path, "milestones");
  JsonArray *array;

  if (!scr_json_read_array (object, path, "milestones", FALSE, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = scr_json_path_index (array_path, i);
      JsonObject *item = scr_json_array_get_object (array, i, array_path, error);
      g_autoptr(ScrMilestone) milestone = NULL;

      if (item == NULL)
        return FALSE;
      milestone = scr_milestone_load_json (item, item_path, error);
      if (milestone == NULL)
        return FALSE;
      g_list_store_append (self->milestones, milestone);
    }
  return TRUE;
}

ScrReview *
scr_review_load_json (JsonObject  *object,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(ScrReview) self = NULL;
  g_autofree char *id = NULL;
  int type = SCR_REVIEW_TYPE_SCR;
  int status = SCR_REVIEW_STATUS_PROPOSED;
  int stage = SCR_REVIEW_STAGE_REFERRAL;

  if (!scr_model_read_id (object, path, &id, error))
    return NULL;
  self = g_object_new (SCR_TYPE_REVIEW, "id", id, NULL);
  if (!scr_json_read_string (object, path, "case_id", FALSE, &self->case_id, error) ||
      !scr_json_read_enum (object, path, "type", TRUE, SCR_TYPE_REVIEW_TYPE, &type, error) ||
      !scr_json_read_string (object, path, "title", FALSE, &self->title, error) ||
      !scr_json_read_string (object, path, "partnership", FALSE, &self->partnership, error) ||
      !scr_json_read_enum (object, path, "status", TRUE, SCR_TYPE_REVIEW_STATUS, &status, error) ||
      !scr_json_read_enum (object, path, "stage", TRUE, SCR_TYPE_REVIEW_STAGE, &stage, error) ||
      !scr_json_read_strv (object, path, "terms_of_reference", FALSE, &self->terms_of_reference,
                           error) ||
      !load_timeframe (self, object, path, error) ||
      !scr_json_read_string (object, path, "lead_reviewer", FALSE, &self->lead_reviewer, error) ||
      !scr_json_read_string (object, path, "panel_chair", FALSE, &self->panel_chair, error) ||
      !scr_json_read_string (object, path, "methodology", FALSE, &self->methodology, error) ||
      !scr_json_read_strv (object, path, "agency_ids", FALSE, &self->agency_ids, error) ||
      !load_milestones (self, object, path, error))
    return NULL;
  self->review_type = type;
  self->status = status;
  self->stage = stage;
  self->unknown = scr_json_collect_unknown (object, known_members);
  return g_steal_pointer (&self);
}

void
scr_review_save_json (ScrReview   *self,
                      JsonBuilder *builder)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->milestones));

  json_builder_begin_object (builder);
  scr_json_write_string (builder, "id", self->id);
  scr_json_write_string (builder, "case_id", self->case_id);
  scr_json_write_enum (builder, "type", SCR_TYPE_REVIEW_TYPE, self->review_type);
  scr_json_write_string (builder, "title", self->title);
  scr_json_write_string (builder, "partnership", self->partnership);
  scr_json_write_enum (builder, "status", SCR_TYPE_REVIEW_STATUS, self->status);
  scr_json_write_enum (builder, "stage", SCR_TYPE_REVIEW_STAGE, self->stage);
  scr_json_write_strv (builder, "terms_of_reference",
                       (const char * const *) self->terms_of_reference);
  json_builder_set_member_name (builder, "timeframe");
  json_builder_begin_object (builder);
  scr_json_write_date (builder, "from", self->timeframe_from);
  scr_json_write_date (builder, "to", self->timeframe_to);
  scr_json_write_unknown (builder, self->timeframe_unknown);
  json_builder_end_object (builder);
  scr_json_write_string (builder, "lead_reviewer", self->lead_reviewer);
  scr_json_write_string (builder, "panel_chair", self->panel_chair);
  scr_json_write_string (builder, "methodology", self->methodology);
  scr_json_write_strv (builder, "agency_ids", (const char * const *) self->agency_ids);
  json_builder_set_member_name (builder, "milestones");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrMilestone) milestone = g_list_model_get_item (G_LIST_MODEL (self->milestones), i);

      scr_milestone_save_json (milestone, builder);
    }
  json_builder_end_array (builder);
  scr_json_write_unknown (builder, self->unknown);
  json_builder_end_object (builder);
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
  JsonObject *object;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  object = scr_model_node_get_object (node, error);
  return object != NULL ? scr_review_load_json (object, NULL, error) : NULL;
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

  return scr_model_to_json (self, (ScrModelSaveFunc) scr_review_save_json);
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
/**
 * scr_review_set_case_id:
 * @self: a review
 * @case_id: (nullable): the case identifier
 *
 * Sets the identifier of the case under review.
 */
SCR_MODEL_DEFINE_STRING (ScrReview, scr_review, SCR_IS_REVIEW, case_id, PROP_CASE_ID)

/**
 * scr_review_get_title:
 * @self: a review
 *
 * Gets the title of the review.
 *
 * Returns: (nullable): the title
 */
/**
 * scr_review_set_title:
 * @self: a review
 * @title: (nullable): the title
 *
 * Sets the title of the review.
 */
SCR_MODEL_DEFINE_STRING (ScrReview, scr_review, SCR_IS_REVIEW, title, PROP_TITLE)

/**
 * scr_review_get_partnership:
 * @self: a review
 *
 * Gets the board or partnership that holds the review.
 *
 * Returns: (nullable): the partnership
 */
/**
 * scr_review_set_partnership:
 * @self: a review
 * @partnership: (nullable): the partnership
 *
 * Sets the board or partnership that holds the review.
 */
SCR_MODEL_DEFINE_STRING (ScrReview, scr_review, SCR_IS_REVIEW, partnership, PROP_PARTNERSHIP)

/**
 * scr_review_get_lead_reviewer:
 * @self: a review
 *
 * Gets the lead reviewer or independent author.
 *
 * Returns: (nullable): the lead reviewer
 */
/**
 * scr_review_set_lead_reviewer:
 * @self: a review
 * @lead_reviewer: (nullable): the lead reviewer
 *
 * Sets the lead reviewer or independent author.
 */
SCR_MODEL_DEFINE_STRING (ScrReview, scr_review, SCR_IS_REVIEW, lead_reviewer, PROP_LEAD_REVIEWER)

/**
 * scr_review_get_panel_chair:
 * @self: a review
 *
 * Gets the chair of the review panel.
 *
 * Returns: (nullable): the panel chair
 */
/**
 * scr_review_set_panel_chair:
 * @self: a review
 * @panel_chair: (nullable): the panel chair
 *
 * Sets the chair of the review panel.
 */
SCR_MODEL_DEFINE_STRING (ScrReview, scr_review, SCR_IS_REVIEW, panel_chair, PROP_PANEL_CHAIR)

/**
 * scr_review_get_methodology:
 * @self: a review
 *
 * Gets how the review was done.
 *
 * Returns: (nullable): the methodology
 */
/**
 * scr_review_set_methodology:
 * @self: a review
 * @methodology: (nullable): the methodology
 *
 * Sets how the review was done.
 */
SCR_MODEL_DEFINE_STRING (ScrReview, scr_review, SCR_IS_REVIEW, methodology, PROP_METHODOLOGY)

/**
 * scr_review_get_review_type:
 * @self: a review
 *
 * Gets the type of review.
 *
 * Returns: the type
 */
/**
 * scr_review_set_review_type:
 * @self: a review
 * @review_type: the type
 *
 * Sets the type of review.
 */
SCR_MODEL_DEFINE_ENUM (ScrReview, scr_review, SCR_IS_REVIEW, ScrReviewType, review_type,
                       PROP_REVIEW_TYPE, SCR_REVIEW_TYPE_SCR)

/**
 * scr_review_get_status:
 * @self: a review
 *
 * Gets where the review stands overall.
 *
 * Returns: the status
 */
/**
 * scr_review_set_status:
 * @self: a review
 * @status: the status
 *
 * Sets where the review stands overall.
 */
SCR_MODEL_DEFINE_ENUM (ScrReview, scr_review, SCR_IS_REVIEW, ScrReviewStatus, status,
                       PROP_STATUS, SCR_REVIEW_STATUS_PROPOSED)

/**
 * scr_review_get_stage:
 * @self: a review
 *
 * Gets the stage the review has reached.
 *
 * Returns: the stage
 */
/**
 * scr_review_set_stage:
 * @self: a review
 * @stage: the stage
 *
 * Sets the stage the review has reached.
 */
SCR_MODEL_DEFINE_ENUM (ScrReview, scr_review, SCR_IS_REVIEW, ScrReviewStage, stage,
                       PROP_STAGE, SCR_REVIEW_STAGE_REFERRAL)

/**
 * scr_review_get_timeframe_from:
 * @self: a review
 *
 * Gets the start of the period the review looks at.
 *
 * Returns: (nullable) (transfer none): the date
 */
/**
 * scr_review_set_timeframe_from:
 * @self: a review
 * @from: (nullable): the date
 *
 * Sets the start of the period the review looks at.
 */
SCR_MODEL_DEFINE_DATE (ScrReview, scr_review, SCR_IS_REVIEW, timeframe_from, PROP_TIMEFRAME_FROM)

/**
 * scr_review_get_timeframe_to:
 * @self: a review
 *
 * Gets the end of the period the review looks at.
 *
 * Returns: (nullable) (transfer none): the date
 */
/**
 * scr_review_set_timeframe_to:
 * @self: a review
 * @to: (nullable): the date
 *
 * Sets the end of the period the review looks at.
 */
SCR_MODEL_DEFINE_DATE (ScrReview, scr_review, SCR_IS_REVIEW, timeframe_to, PROP_TIMEFRAME_TO)

/**
 * scr_review_get_terms_of_reference:
 * @self: a review
 *
 * Gets the terms of reference, the key lines of enquiry.
 *
 * Returns: (transfer none) (array zero-terminated=1): the terms
 */
/**
 * scr_review_set_terms_of_reference:
 * @self: a review
 * @terms_of_reference: (nullable) (array zero-terminated=1): the terms
 *
 * Sets the terms of reference.
 */
SCR_MODEL_DEFINE_STRV (ScrReview, scr_review, SCR_IS_REVIEW, terms_of_reference,
                       PROP_TERMS_OF_REFERENCE)

/**
 * scr_review_get_agency_ids:
 * @self: a review
 *
 * Gets the identifiers of the agencies taking part in the review.
 *
 * Returns: (transfer none) (array zero-terminated=1): the identifiers
 */
/**
 * scr_review_set_agency_ids:
 * @self: a review
 * @agency_ids: (nullable) (array zero-terminated=1): the identifiers
 *
 * Sets the identifiers of the agencies taking part in the review.
 */
SCR_MODEL_DEFINE_STRV (ScrReview, scr_review, SCR_IS_REVIEW, agency_ids, PROP_AGENCY_IDS)

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

  g_list_store_append (self->milestones, milestone);
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

  if (!g_list_store_find (self->milestones, milestone, &position))
    return FALSE;
  g_list_store_remove (self->milestones, position);
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
