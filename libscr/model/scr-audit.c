/* scr-audit.c: an audit reported to the partnership.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-item-list-private.h"
#include "scr-audit-private.h"

#include "scr-audit-measure-private.h"
#include "scr-enum-types.h"
#include "scr-fields-private.h"
#include "scr-json-private.h"

/**
 * ScrAudit:
 *
 * An audit reported to the partnership: its kind, when it was reported,
 * how it was done, the sample, the figures as counts over a denominator
 * ([class@Scr.AuditMeasure], so 19 of 32 reads 59%), what it found and
 * the improvement activity that followed.
 *
 * In JSON an audit is an item of the dataset's `audits` array:
 *
 * ```json
 * {"id": "lscb-cse-audit", "title": "Multi-agency CSE audit",
 *  "type": "multi-agency", "date_reported": "2015-06",
 *  "methodology": "Case file audit by a multi-agency panel",
 *  "sample": {"size": 32, "description": "Open CSE cases"},
 *  "measures": [{"label": "Risk assessment on file", "numerator": 19,
 *                "denominator": 32}],
 *  "findings": ["..."], "improvement_activity": ["..."], "agency_ids": []}
 * ```
 *
 * `id` and `title` are required; `type` defaults to `other`; `sample` may
 * be `null`. Members this version does not know are kept and written back
 * after the known ones, in the audit, in `sample` and in each measure.
 *
 * ## Threads
 *
 * An audit is a plain mutable object that notifies its changes: use
 * it, and the dataset that holds it, from one thread at a time; the
 * items of a loaded dataset that no thread changes may be read from
 * several at once ([class@Scr.Dataset]).
 */
struct _ScrAudit
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  int         audit_type;
  ScrDate    *date_reported;
  char       *methodology;
  char      **findings;
  char      **improvement_activity;
  char      **agency_ids;
  int         sample_size;
  char       *sample_description;
  ScrItemList *measures;
  JsonObject *sample_unknown;
  JsonObject *unknown;
};

G_DEFINE_FINAL_TYPE (ScrAudit, scr_audit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_AUDIT_TYPE,
  PROP_DATE_REPORTED,
  PROP_METHODOLOGY,
  PROP_SAMPLE,
  PROP_MEASURES,
  PROP_FINDINGS,
  PROP_IMPROVEMENT_ACTIVITY,
  PROP_AGENCY_IDS,
  PROP_SAMPLE_SIZE,
  PROP_SAMPLE_DESCRIPTION,
};

static gboolean sample_load (GObject      *object,
                             JsonObject   *json,
                             const char   *path,
                             GError      **error);
static void     sample_save (GObject      *object,
                             JsonBuilder  *builder);

static const ScrField audit_fields[] = {
  [PROP_ID - 1] = SCR_FIELD_STRING_REQUIRED ("id", "id", ScrAudit, id),
  [PROP_TITLE - 1] = SCR_FIELD_STRING_REQUIRED ("title", "title", ScrAudit, title),
  [PROP_AUDIT_TYPE - 1] = SCR_FIELD_ENUM ("type", "audit-type", ScrAudit, audit_type,
                                  scr_audit_type_get_type, SCR_AUDIT_TYPE_OTHER),
  [PROP_DATE_REPORTED - 1] = SCR_FIELD_DATE ("date_reported", "date-reported", ScrAudit, date_reported),
  [PROP_METHODOLOGY - 1] = SCR_FIELD_STRING ("methodology", "methodology", ScrAudit, methodology),
  [PROP_SAMPLE - 1] = SCR_FIELD_CUSTOM ("sample", sample_load, sample_save),
  [PROP_MEASURES - 1] = SCR_FIELD_LIST ("measures", "measures", ScrAudit, measures,
                                        scr_audit_measure_get_type, scr_audit_measure_load_json,
                                        scr_audit_measure_save_json),
  [PROP_FINDINGS - 1] = SCR_FIELD_STRV ("findings", "findings", ScrAudit, findings),
  [PROP_IMPROVEMENT_ACTIVITY - 1] = SCR_FIELD_STRV ("improvement_activity", "improvement-activity", ScrAudit, improvement_activity),
  [PROP_AGENCY_IDS - 1] = SCR_FIELD_STRV ("agency_ids", "agency-ids", ScrAudit, agency_ids),
  [PROP_SAMPLE_SIZE - 1] = SCR_FIELD_INT (NULL, "sample-size", ScrAudit, sample_size, FALSE,
                                 -1, G_MAXINT, -1),
  [PROP_SAMPLE_DESCRIPTION - 1] = SCR_FIELD_STRING (NULL, "sample-description", ScrAudit, sample_description),
};

static ScrFieldSet audit_set = SCR_FIELD_SET (audit_fields, ScrAudit, unknown, NULL);

static void
scr_audit_finalize (GObject *object)
{
  ScrAudit *self = SCR_AUDIT (object);

  g_clear_pointer (&self->sample_unknown, json_object_unref);
  scr_field_finalize (object);
}

static void
scr_audit_class_init (ScrAuditClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  /**
   * ScrAudit:id:
   *
   * The id, unique among the dataset's audits.
   */
  /**
   * ScrAudit:title:
   *
   * The audit's title.
   */
  /**
   * ScrAudit:audit-type:
   *
   * The kind of audit (the JSON member `type`).
   */
  /**
   * ScrAudit:date-reported:
   *
   * When the audit was reported, often only a month, or %NULL.
   */
  /**
   * ScrAudit:methodology:
   *
   * How the audit was done, or %NULL.
   */
  /**
   * ScrAudit:measures: (getter get_measures)
   *
   * The audit's figures, a list of [class@Scr.AuditMeasure] in order. Change
   * it with [method@Scr.Audit.add_measure] and
   * [method@Scr.Audit.remove_measure].
   */
  /**
   * ScrAudit:findings:
   *
   * What the audit found, one text per finding, in order.
   */
  /**
   * ScrAudit:improvement-activity:
   *
   * What was done or planned in response, in order.
   */
  /**
   * ScrAudit:agency-ids:
   *
   * The ids of the agencies the audit covered, in order.
   */
  /**
   * ScrAudit:sample-size:
   *
   * How many cases the sample held (the JSON member `sample.size`), or -1
   * when not recorded.
   */
  /**
   * ScrAudit:sample-description:
   *
   * How the sample was chosen (the JSON member `sample.description`), or
   * %NULL.
   */
  scr_field_set_install (&audit_set, object_class);

  /* the sample keeps unknown members of its own */
  object_class->finalize = scr_audit_finalize;
}

static void
scr_audit_init (ScrAudit *self)
{
  scr_field_set_init_instance (&audit_set, G_OBJECT (self));
}

/**
 * scr_audit_new:
 * @id: the id
 * @title: the title
 *
 * Creates an audit with no measures.
 *
 * Returns: (transfer full): a new audit
 */
ScrAudit *
scr_audit_new (const char *id,
               const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return g_object_new (SCR_TYPE_AUDIT,
                       "id", id,
                       "title", title,
                       NULL);
}

ScrAudit *
scr_audit_load_json (JsonObject  *object,
                     const char  *path,
                     GError     **error)
{
  return scr_field_set_load (&audit_set, SCR_TYPE_AUDIT, object, path, error);
}

void
scr_audit_save_json (ScrAudit    *self,
                     JsonBuilder *builder)
{
  scr_field_set_save (&audit_set, G_OBJECT (self), builder);
}

/**
 * scr_audit_new_from_json:
 * @node: a JSON object in the format of the dataset's `audits` items
 * @error: return location for a #GError
 *
 * Reads a audit from JSON. Errors name the member, as in
 * `measures[1].denominator: must be more than 0 (the number of cases looked at)`.
 *
 * Returns: (transfer full): a new audit, or %NULL with @error set
 *   (%SCR_ERROR_VALIDATION)
 */
ScrAudit *
scr_audit_new_from_json (JsonNode  *node,
                         GError   **error)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return scr_field_set_new_from_json (&audit_set, SCR_TYPE_AUDIT, node, error);
}

/**
 * scr_audit_to_json:
 * @self: a audit
 *
 * Writes @self as JSON: the known members in a fixed order, then the
 * unknown members it was read with.
 *
 * Returns: (transfer full): a new JSON object node
 */
JsonNode *
scr_audit_to_json (ScrAudit *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT (self), NULL);

  return scr_field_set_to_json (&audit_set, G_OBJECT (self));
}
/**
 * scr_audit_get_id:
 * @self: an audit
 *
 * Gets [property@Scr.Audit:id].
 *
 * Returns: (nullable): the id
 */
const char *
scr_audit_get_id (ScrAudit *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT (self), NULL);
  return self->id;
}

/**
 * scr_audit_set_id:
 * @self: an audit
 * @id: the new value
 *
 * Sets [property@Scr.Audit:id].
 */
void
scr_audit_set_id (ScrAudit   *self,
                  const char *id)
{
  g_return_if_fail (SCR_IS_AUDIT (self));
  g_return_if_fail (id != NULL);
  scr_field_set_string (&audit_set, G_OBJECT (self), PROP_ID, id);
}

/**
 * scr_audit_get_title:
 * @self: an audit
 *
 * Gets [property@Scr.Audit:title].
 *
 * Returns: (nullable): the title
 */
const char *
scr_audit_get_title (ScrAudit *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT (self), NULL);
  return self->title;
}

/**
 * scr_audit_set_title:
 * @self: an audit
 * @title: the new value
 *
 * Sets [property@Scr.Audit:title].
 */
void
scr_audit_set_title (ScrAudit   *self,
                     const char *title)
{
  g_return_if_fail (SCR_IS_AUDIT (self));
  g_return_if_fail (title != NULL);
  scr_field_set_string (&audit_set, G_OBJECT (self), PROP_TITLE, title);
}

/**
 * scr_audit_get_audit_type:
 * @self: an audit
 *
 * Gets [property@Scr.Audit:audit-type].
 *
 * Returns: the kind of audit
 */
ScrAuditType
scr_audit_get_audit_type (ScrAudit *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT (self), SCR_AUDIT_TYPE_OTHER);
  return self->audit_type;
}

/**
 * scr_audit_set_audit_type:
 * @self: an audit
 * @audit_type: the kind of audit
 *
 * Sets [property@Scr.Audit:audit-type].
 */
void
scr_audit_set_audit_type (ScrAudit     *self,
                          ScrAuditType audit_type)
{
  g_return_if_fail (SCR_IS_AUDIT (self));
  scr_field_set_int (&audit_set, G_OBJECT (self), PROP_AUDIT_TYPE, audit_type);
}

/**
 * scr_audit_get_date_reported:
 * @self: an audit
 *
 * Gets [property@Scr.Audit:date-reported].
 *
 * Returns: (nullable) (transfer none): the date reported
 */
const ScrDate *
scr_audit_get_date_reported (ScrAudit *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT (self), NULL);
  return self->date_reported;
}

/**
 * scr_audit_set_date_reported:
 * @self: an audit
 * @date_reported: (nullable): the new date, %NULL for none
 *
 * Sets [property@Scr.Audit:date-reported].
 */
void
scr_audit_set_date_reported (ScrAudit      *self,
                             const ScrDate *date_reported)
{
  g_return_if_fail (SCR_IS_AUDIT (self));
  scr_field_set_date (&audit_set, G_OBJECT (self), PROP_DATE_REPORTED, date_reported);
}

/**
 * scr_audit_get_methodology:
 * @self: an audit
 *
 * Gets [property@Scr.Audit:methodology].
 *
 * Returns: (nullable): the methodology
 */
const char *
scr_audit_get_methodology (ScrAudit *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT (self), NULL);
  return self->methodology;
}

/**
 * scr_audit_set_methodology:
 * @self: an audit
 * @methodology: (nullable): a methodology
 *
 * Sets [property@Scr.Audit:methodology].
 */
void
scr_audit_set_methodology (ScrAudit   *self,
                           const char *methodology)
{
  g_return_if_fail (SCR_IS_AUDIT (self));
  scr_field_set_string (&audit_set, G_OBJECT (self), PROP_METHODOLOGY, methodology);
}

/**
 * scr_audit_get_findings:
 * @self: an audit
 *
 * Gets [property@Scr.Audit:findings].
 *
 * Returns: (transfer none) (array zero-terminated=1): what the audit found, one text per finding, in order
 */
const char * const *
scr_audit_get_findings (ScrAudit *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT (self), NULL);
  return (const char * const *) self->findings;
}

/**
 * scr_audit_set_findings:
 * @self: an audit
 * @findings: (nullable) (array zero-terminated=1): the new list, %NULL for none
 *
 * Sets [property@Scr.Audit:findings].
 */
void
scr_audit_set_findings (ScrAudit           *self,
                        const char * const *findings)
{
  g_return_if_fail (SCR_IS_AUDIT (self));
  scr_field_set_strv (&audit_set, G_OBJECT (self), PROP_FINDINGS, findings);
}

/**
 * scr_audit_get_improvement_activity:
 * @self: an audit
 *
 * Gets [property@Scr.Audit:improvement-activity].
 *
 * Returns: (transfer none) (array zero-terminated=1): what was done or planned in response, in order
 */
const char * const *
scr_audit_get_improvement_activity (ScrAudit *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT (self), NULL);
  return (const char * const *) self->improvement_activity;
}

/**
 * scr_audit_set_improvement_activity:
 * @self: an audit
 * @improvement_activity: (nullable) (array zero-terminated=1): the new list, %NULL for none
 *
 * Sets [property@Scr.Audit:improvement-activity].
 */
void
scr_audit_set_improvement_activity (ScrAudit           *self,
                                    const char * const *improvement_activity)
{
  g_return_if_fail (SCR_IS_AUDIT (self));
  scr_field_set_strv (&audit_set, G_OBJECT (self), PROP_IMPROVEMENT_ACTIVITY, improvement_activity);
}

/**
 * scr_audit_get_agency_ids:
 * @self: an audit
 *
 * Gets [property@Scr.Audit:agency-ids].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the agencies the audit covered, in order
 */
const char * const *
scr_audit_get_agency_ids (ScrAudit *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT (self), NULL);
  return (const char * const *) self->agency_ids;
}

/**
 * scr_audit_set_agency_ids:
 * @self: an audit
 * @agency_ids: (nullable) (array zero-terminated=1): the new list, %NULL for none
 *
 * Sets [property@Scr.Audit:agency-ids].
 */
void
scr_audit_set_agency_ids (ScrAudit           *self,
                          const char * const *agency_ids)
{
  g_return_if_fail (SCR_IS_AUDIT (self));
  scr_field_set_strv (&audit_set, G_OBJECT (self), PROP_AGENCY_IDS, agency_ids);
}

/**
 * scr_audit_get_sample_size:
 * @self: an audit
 *
 * Gets [property@Scr.Audit:sample-size].
 *
 * Returns: the sample size, or -1 when not recorded
 */
int
scr_audit_get_sample_size (ScrAudit *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT (self), -1);
  return self->sample_size;
}

/**
 * scr_audit_set_sample_size:
 * @self: an audit
 * @sample_size: the sample size, or -1 for not recorded
 *
 * Sets [property@Scr.Audit:sample-size].
 */
void
scr_audit_set_sample_size (ScrAudit  *self,
                           int       sample_size)
{
  g_return_if_fail (SCR_IS_AUDIT (self));
  g_return_if_fail (sample_size >= -1);
  scr_field_set_int (&audit_set, G_OBJECT (self), PROP_SAMPLE_SIZE, sample_size);
}

/**
 * scr_audit_get_sample_description:
 * @self: an audit
 *
 * Gets [property@Scr.Audit:sample-description].
 *
 * Returns: (nullable): the description of the sample
 */
const char *
scr_audit_get_sample_description (ScrAudit *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT (self), NULL);
  return self->sample_description;
}

/**
 * scr_audit_set_sample_description:
 * @self: an audit
 * @sample_description: (nullable): a description of the sample
 *
 * Sets [property@Scr.Audit:sample-description].
 */
void
scr_audit_set_sample_description (ScrAudit   *self,
                                  const char *sample_description)
{
  g_return_if_fail (SCR_IS_AUDIT (self));
  scr_field_set_string (&audit_set, G_OBJECT (self), PROP_SAMPLE_DESCRIPTION, sample_description);
}

static gboolean
sample_load (GObject     *object,
             JsonObject  *json,
             const char  *path,
             GError     **error)
{
  static const char * const known[] = { "size", "description", NULL };
  ScrAudit *self = SCR_AUDIT (object);
  g_autofree char *sample_path = scr_json_path_member (path, "sample");
  JsonObject *sample = NULL;
  gint64 size = -1;

  if (!scr_json_read_object (json, path, "sample", FALSE, &sample, error))
    return FALSE;
  if (sample == NULL)
    return TRUE;
  if (!scr_json_read_int (sample, sample_path, "size", FALSE, 0, G_MAXINT, &size, NULL, error) ||
      !scr_json_read_string (sample, sample_path, "description", FALSE,
                             &self->sample_description, error))
    return FALSE;
  self->sample_size = (int) size;
  self->sample_unknown = scr_json_collect_unknown (sample, known);
  return TRUE;
}

static void
sample_save (GObject     *object,
             JsonBuilder *builder)
{
  ScrAudit *self = SCR_AUDIT (object);

  json_builder_set_member_name (builder, "sample");
  if (self->sample_size < 0 && self->sample_description == NULL && self->sample_unknown == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "size");
  if (self->sample_size >= 0)
    json_builder_add_int_value (builder, self->sample_size);
  else
    json_builder_add_null_value (builder);
  scr_json_write_string (builder, "description", self->sample_description);
  scr_json_write_unknown (builder, self->sample_unknown);
  json_builder_end_object (builder);
}

/**
 * scr_audit_get_measures:
 * @self: an audit
 *
 * Returns the audit's figures. The list is live: it changes as measures
 * are added and removed.
 *
 * Returns: (transfer none): a list of [class@Scr.AuditMeasure]
 */
GListModel *
scr_audit_get_measures (ScrAudit *self)
{
  g_return_val_if_fail (SCR_IS_AUDIT (self), NULL);
  return G_LIST_MODEL (self->measures);
}

/**
 * scr_audit_add_measure:
 * @self: an audit
 * @measure: a measure
 *
 * Appends @measure to the audit's figures.
 */
void
scr_audit_add_measure (ScrAudit        *self,
                       ScrAuditMeasure *measure)
{
  g_return_if_fail (SCR_IS_AUDIT (self));
  g_return_if_fail (SCR_IS_AUDIT_MEASURE (measure));

  scr_item_list_append (self->measures, measure);
}

/**
 * scr_audit_remove_measure:
 * @self: an audit
 * @position: the index of the measure to remove
 *
 * Removes the measure at @position from the audit's figures.
 *
 * Returns: %TRUE if a measure was removed, %FALSE when @position is past
 *   the end of the list
 */
gboolean
scr_audit_remove_measure (ScrAudit *self,
                          guint     position)
{
  g_return_val_if_fail (SCR_IS_AUDIT (self), FALSE);

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->measures)))
    return FALSE;
  scr_item_list_remove (self->measures, position);
  return TRUE;
}
