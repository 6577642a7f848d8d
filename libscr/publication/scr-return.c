/* scr-return.c: a national return filled from one case.
 *
 * returns.json (compiled in) maps each form field to a path in the
 * case's JSON; the case is written with or without its restricted
 * details and each path read from it, so a form is data, not code. What
 * the record lacks stays empty and the required ones are listed as
 * missing: nothing is made up.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-case-private.h"
#include "scr-recommendation-private.h"
#include "scr-review-private.h"
#include "scr-theme-private.h"
#include "scr-csv-private.h"
#include "scr-error.h"
#include "scr-fields-private.h"
#include "scr-json-private.h"
#include "scr-publication-resources.h"
#include "scr-resource-private.h"
#include "scr-return-field-private.h"
#include "scr-return.h"

#define RETURNS_RESOURCE "/org/scr/libscr/publication/returns.json"
#define SOURCE_PREFIX "cases[]."

/**
 * ScrReturn:
 *
 * A national return (a form a partnership files) filled from one case of
 * a dataset, field by field, through a documented mapping from libscr's
 * members to the form's fields (doc/returns.md).
 *
 * The kinds are `panel-notification`, the serious incident notification
 * to the Child Safeguarding Practice Review Panel (England), filled from a
 * case; and `case-review-tracker`, a record of NHS England's health
 * Safeguarding Case Review Tracker, filled from one review (with its case,
 * themes and recommendations): [ctor@Scr.Return.new_for_review] names the
 * review, and [ctor@Scr.Return.new] takes the case's one review.
 * What the record lacks is never invented: such a field has no value and,
 * when the form requires it, is listed by [method@Scr.Return.get_missing].
 */
struct _ScrReturn
{
  GObject parent_instance;

  char *kind;
  char *case_id;
  char *review_id;
  char *title;
  gboolean include_restricted;
  GListStore *fields;
  GListStore *missing;
  GPtrArray *withheld;  /* ids of restricted fields left empty */
};

G_DEFINE_FINAL_TYPE (ScrReturn, scr_return, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_CASE_ID,
  PROP_REVIEW_ID,
  PROP_INCLUDE_RESTRICTED,
  PROP_FIELDS,
  PROP_MISSING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_return_finalize (GObject *object)
{
  ScrReturn *self = SCR_RETURN (object);

  g_free (self->kind);
  g_free (self->case_id);
  g_free (self->review_id);
  g_free (self->title);
  g_clear_object (&self->fields);
  g_clear_object (&self->missing);
  g_clear_pointer (&self->withheld, g_ptr_array_unref);
  G_OBJECT_CLASS (scr_return_parent_class)->finalize (object);
}

static void
scr_return_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ScrReturn *self = SCR_RETURN (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_CASE_ID:
      g_value_set_string (value, self->case_id);
      break;
    case PROP_REVIEW_ID:
      g_value_set_string (value, self->review_id);
      break;
    case PROP_INCLUDE_RESTRICTED:
      g_value_set_boolean (value, self->include_restricted);
      break;
    case PROP_FIELDS:
      g_value_set_object (value, self->fields);
      break;
    case PROP_MISSING:
      g_value_set_object (value, self->missing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_return_class_init (ScrReturnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_return_finalize;
  object_class->get_property = scr_return_get_property;

  /**
   * ScrReturn:kind:
   *
   * The kind of return ([func@Scr.Return.list_kinds]): `panel-notification`
   * or `case-review-tracker`.
   */
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  /**
   * ScrReturn:case-id:
   *
   * The id of the case the return was filled from, or %NULL for a
   * review of no case (a thematic review).
   */
  properties[PROP_CASE_ID] = g_param_spec_string ("case-id", NULL, NULL, NULL, flags);
  /**
   * ScrReturn:review-id:
   *
   * The id of the review the return was filled from, for a kind filled
   * per review (`case-review-tracker`); %NULL for a kind filled per case.
   */
  properties[PROP_REVIEW_ID] = g_param_spec_string ("review-id", NULL, NULL, NULL, flags);
  /**
   * ScrReturn:include-restricted:
   *
   * Whether the fields filled from the child's restricted details
   * ([property@Scr.Person:restricted]: real names, date of birth,
   * addresses) hold them; when not, they are empty and listed as
   * `withheld` in [method@Scr.Return.to_json].
   */
  properties[PROP_INCLUDE_RESTRICTED] = g_param_spec_boolean ("include-restricted", NULL, NULL,
                                                              FALSE, flags);
  /**
   * ScrReturn:fields:
   *
   * Every field of the form, in its order: a [iface@Gio.ListModel] of
   * [class@Scr.ReturnField].
   */
  properties[PROP_FIELDS] = g_param_spec_object ("fields", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  /**
   * ScrReturn:missing:
   *
   * The required fields the record lacks: a [iface@Gio.ListModel] of
   * [class@Scr.ReturnField], each with the member that would fill it.
   */
  properties[PROP_MISSING] = g_param_spec_object ("missing", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_return_init (ScrReturn *self)
{
  self->fields = g_list_store_new (SCR_TYPE_RETURN_FIELD);
  self->missing = g_list_store_new (SCR_TYPE_RETURN_FIELD);
  self->withheld = g_ptr_array_new_with_free_func (g_free);
}

/* The parsed mapping (the shipped file is checked by tests/test-return.c). */
static JsonNode *
mapping_load (void)
{
  g_autoptr(GBytes) bytes = scr_resource_lookup (_scr_publication_get_resource,
                                                 RETURNS_RESOURCE, NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *root;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  root = scr_json_parse_data (data, size, &error);
  if (root == NULL)
    g_error ("returns.json: %s", error->message);
  return root;
}

static JsonArray *
mapping_returns (JsonNode *root)
{
  return json_object_get_array_member (json_node_get_object (root), "returns");
}

/**
 * scr_return_list_kinds:
 *
 * Lists the kinds of return libscr can fill.
 *
 * Returns: (transfer full) (array zero-terminated=1): the kinds
 */
char **
scr_return_list_kinds (void)
{
  g_autoptr(JsonNode) root = mapping_load ();
  JsonArray *returns = mapping_returns (root);
  g_autoptr(GStrvBuilder) kinds = g_strv_builder_new ();

  for (guint i = 0; i < json_array_get_length (returns); i++)
    g_strv_builder_add (kinds, json_object_get_string_member (json_array_get_object_element (returns, i),
                                                              "kind"));
  return g_strv_builder_end (kinds);
}

static JsonObject *
mapping_find (JsonNode   *root,
              const char *kind)
{
  JsonArray *returns = mapping_returns (root);

  for (guint i = 0; i < json_array_get_length (returns); i++)
    {
      JsonObject *r = json_array_get_object_element (returns, i);

      if (g_strcmp0 (json_object_get_string_member (r, "kind"), kind) == 0)
        return r;
    }
  return NULL;
}

/* Appends the text of @node (a string, number, boolean or an array of
 * them) to @values; null and "unknown" are what the record lacks. */
static void
collect_values (JsonNode  *node,
                GPtrArray *values)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_values (json_array_get_element (array, i), values);
      return;
    }
  if (!JSON_NODE_HOLDS_VALUE (node))
    return;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      if (g_strcmp0 (json_node_get_string (node), "unknown") != 0)
        g_ptr_array_add (values, g_strdup (json_node_get_string (node)));
      break;
    case G_TYPE_INT64:
      g_ptr_array_add (values, g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node)));
      break;
    case G_TYPE_BOOLEAN:
      g_ptr_array_add (values, g_strdup (json_node_get_boolean (node) ? "yes" : "no"));
      break;
    default:
      break;
    }
}

/* Whether the element @node of an array is selected by the bracket
 * @selector of a step: "" takes each, "N" the Nth (from 0) and
 * "key=value" those whose string member key is value. */
static gboolean
step_selects (const char *selector,
              guint       index,
              JsonNode   *node)
{
  const char *equals = strchr (selector, '=');

  if (selector[0] == '\0')
    return TRUE;
  if (equals != NULL)
    {
      g_autofree char *key = g_strndup (selector, equals - selector);
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return FALSE;
      object = json_node_get_object (node);
      return g_strcmp0 (json_object_get_string_member_with_default (object, key, NULL),
                        equals + 1) == 0;
    }
  return g_ascii_strtoull (selector, NULL, 10) == index;
}

/* Follows the dotted @path from @node; a step "name[...]" goes through
 * the elements of an array that step_selects(). */
static void
walk_path (JsonNode    *node,
           char       **steps,
           GPtrArray   *values)
{
  g_autofree char *name = NULL;
  g_autofree char *selector = NULL;
  const char *bracket;
  JsonObject *object;

  if (steps[0] == NULL)
    {
      collect_values (node, values);
      return;
    }
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;
  bracket = strchr (steps[0], '[');
  if (bracket != NULL && g_str_has_suffix (bracket, "]"))
    {
      name = g_strndup (steps[0], bracket - steps[0]);
      selector = g_strndup (bracket + 1, strlen (bracket) - 2);
    }
  else
    name = g_strdup (steps[0]);
  object = json_node_get_object (node);
  if (!json_object_has_member (object, name))
    return;
  node = json_object_get_member (object, name);
  if (selector != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (step_selects (selector, i, json_array_get_element (array, i)))
          walk_path (json_array_get_element (array, i), steps + 1, values);
    }
  else if (selector == NULL)
    walk_path (node, steps + 1, values);
}

/* The tracker's open or closed, from the review's status: closed once
 * published (or closed), or completed and signed off. */
static void
convert_open_closed (GPtrArray *values,
                     JsonNode  *root)
{
  g_auto(GStrv) steps = g_strsplit ("reviews[].signed_off", ".", -1);
  g_autoptr(GPtrArray) signed_off = g_ptr_array_new_with_free_func (g_free);
  const char *status = values->pdata[0];
  gboolean closed;

  walk_path (root, steps, signed_off);
  closed = g_str_equal (status, "published") || g_str_equal (status, "closed") ||
           (g_str_equal (status, "completed") && signed_off->len > 0);
  g_free (values->pdata[0]);
  values->pdata[0] = g_strdup (closed ? "closed" : "open");
}

/* The review's type as the tracker names it; a review of a case whose
 * rapid review came first is "converted" from it. */
static void
convert_review_type (GPtrArray  *values,
                     JsonNode   *root,
                     ScrDataset *dataset)
{
  static const struct { const char *nick; const char *label; } labels[] = {
    { "rapid-review", "Rapid review" },
    { "lcspr", "Child safeguarding practice review (local)" },
    { "national-cspr", "Child safeguarding practice review (national)" },
    { "scr", "Serious case review" },
    { "dhr", "Domestic homicide review" },
    { "sar", "Safeguarding adults review" },
  };
  g_auto(GStrv) steps = g_strsplit ("cases[].id", ".", -1);
  g_autoptr(GPtrArray) case_ids = g_ptr_array_new_with_free_func (g_free);
  const char *nick = values->pdata[0];
  const char *label = nick;
  gboolean converted = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].nick, nick))
      label = labels[i].label;
  walk_path (root, steps, case_ids);
  if (case_ids->len > 0 && !g_str_equal (nick, "rapid-review"))
    {
      g_autoptr(GListModel) reviews = scr_dataset_list_case_reviews (dataset, case_ids->pdata[0],
                                                                     NULL);

      for (guint i = 0; reviews != NULL && i < g_list_model_get_n_items (reviews); i++)
        {
          g_autoptr(ScrReview) other = g_list_model_get_item (reviews, i);

          if (scr_review_get_review_type (other) == SCR_REVIEW_TYPE_RAPID_REVIEW)
            converted = TRUE;
        }
    }
  /* label may be the nick itself (a type the tracker has no label for):
   * make the new value before freeing the old one */
  {
    char *value = converted ? g_strdup_printf ("%s (converted from a rapid review)", label)
                            : g_strdup (label);

    g_free (values->pdata[0]);
    values->pdata[0] = value;
  }
}

/* Drops repeated values, keeping the first of each. */
static void
distinct_values (GPtrArray *values)
{
  for (guint i = 1; i < values->len;)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = g_str_equal (values->pdata[i], values->pdata[j]);
      if (seen)
        g_ptr_array_remove_index (values, i);
      else
        i++;
    }
}

/* The value at @member of the record's JSON @root, joined; %NULL if none. */
static char *
read_member (JsonNode   *root,
             const char *member,
             const char *lookup,
             gboolean    distinct,
             ScrDataset *dataset)
{
  g_auto(GStrv) steps = g_strsplit (member, ".", -1);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

  walk_path (root, steps, values);
  if (values->len == 0)
    return NULL;
  if (distinct)
    distinct_values (values);
  if (g_strcmp0 (lookup, "open-closed") == 0)
    convert_open_closed (values, root);
  else if (g_strcmp0 (lookup, "review-type") == 0)
    convert_review_type (values, root, dataset);
  if (g_strcmp0 (lookup, "agency-name") == 0)
    for (guint i = 0; i < values->len; i++)
      {
        ScrAgency *agency = scr_dataset_lookup_agency (dataset, values->pdata[i]);

        if (agency != NULL && scr_agency_get_name (agency) != NULL)
          {
            g_free (values->pdata[i]);
            values->pdata[i] = g_strdup (scr_agency_get_name (agency));
          }
      }
  g_ptr_array_add (values, NULL);
  return g_strjoinv ("; ", (char **) values->pdata);
}

static void
fill_field (ScrReturn  *self,
            JsonObject *spec,
            JsonNode   *case_root,
            const char *prefix,
            ScrDataset *dataset)
{
  const char *id = json_object_get_string_member (spec, "id");
  const char *member = json_object_get_string_member (spec, "member");
  const char *fallback = json_object_get_string_member_with_default (spec, "fallback", NULL);
  const char *lookup = json_object_get_string_member_with_default (spec, "lookup", NULL);
  gboolean required = json_object_get_boolean_member_with_default (spec, "required", FALSE);
  gboolean restricted = json_object_get_boolean_member_with_default (spec, "restricted", FALSE);
  gboolean distinct = json_object_get_boolean_member_with_default (spec, "distinct", FALSE);
  g_autofree char *value = NULL;
  g_autofree char *source = NULL;
  g_autoptr(ScrReturnField) field = NULL;

  if (!restricted || self->include_restricted)
    value = read_member (case_root, member, lookup, distinct, dataset);
  if (value == NULL && fallback != NULL)
    {
      value = read_member (case_root, fallback, lookup, distinct, dataset);
      if (value != NULL)
        member = fallback;
    }
  source = g_strconcat (prefix, member, NULL);
  field = scr_return_field_new (id, json_object_get_string_member (spec, "label"), value, source,
                                required, json_object_get_string_member (spec, "evidence"));
  g_list_store_append (self->fields, field);
  if (value != NULL)
    return;
  if (restricted && !self->include_restricted)
    g_ptr_array_add (self->withheld, g_strdup (id));
  else if (required)
    g_list_store_append (self->missing, field);
}

/* The review a return of a kind filled per review is filled from, given
 * a case: the case's one review. */
static ScrReview *
case_review (ScrDataset  *dataset,
             const char  *case_id,
             GError     **error)
{
  g_autoptr(GListModel) reviews = scr_dataset_list_case_reviews (dataset, case_id, error);
  g_autoptr(GStrvBuilder) ids = NULL;
  g_auto(GStrv) list = NULL;
  g_autofree char *joined = NULL;
  guint n;

  if (reviews == NULL)
    return NULL;
  n = g_list_model_get_n_items (reviews);
  if (n == 1)
    {
      g_autoptr(ScrReview) review = g_list_model_get_item (reviews, 0);

      /* the dataset holds it */
      return review;
    }
  if (n == 0)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND, "case \"%s\" has no review", case_id);
      return NULL;
    }
  ids = g_strv_builder_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrReview) review = g_list_model_get_item (reviews, i);

      g_strv_builder_add (ids, scr_review_get_id (review));
    }
  list = g_strv_builder_end (ids);
  joined = g_strjoinv (", ", list);
  g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
               "case \"%s\" has %u reviews (%s): name the review", case_id, n, joined);
  return NULL;
}

/* The JSON a return per review reads, shaped like a dataset's: the
 * review's case, the review, and its themes and recommendations. */
static JsonNode *
review_record (ScrDataset *dataset,
               ScrCase    *c,
               ScrReview  *review,
               gboolean    include_restricted)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  const char *review_id = scr_review_get_id (review);
  GListModel *themes = scr_dataset_get_themes (dataset);
  GListModel *recommendations = scr_dataset_get_recommendations (dataset);

  scr_field_builder_set_restricted (builder, include_restricted);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "cases");
  json_builder_begin_array (builder);
  if (c != NULL)
    scr_case_save_json (c, builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "reviews");
  json_builder_begin_array (builder);
  scr_review_save_json (review, builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "themes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(ScrTheme) theme = g_list_model_get_item (themes, i);

      if (g_strcmp0 (scr_theme_get_review_id (theme), review_id) == 0)
        scr_theme_save_json (theme, builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "recommendations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(ScrRecommendation) recommendation = g_list_model_get_item (recommendations, i);

      if (g_strcmp0 (scr_recommendation_get_review_id (recommendation), review_id) == 0)
        scr_recommendation_save_json (recommendation, builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* Fills the return from a case (@case_id) or a review (@review_id), one
 * of them given; @include_restricted -1 takes the kind's default. */
static ScrReturn *
return_fill (const char  *kind,
             ScrDataset  *dataset,
             const char  *case_id,
             const char  *review_id,
             int          include_restricted,
             GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) record = NULL;
  g_autoptr(ScrReturn) self = NULL;
  JsonObject *spec;
  JsonArray *fields;
  ScrCase *c = NULL;
  ScrReview *review = NULL;
  gboolean per_review;
  const char *prefix = SOURCE_PREFIX;

  root = mapping_load ();
  spec = mapping_find (root, kind);
  if (spec == NULL)
    {
      g_auto(GStrv) kinds = scr_return_list_kinds ();
      g_autofree char *list = g_strjoinv (", ", kinds);

      g_set_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND,
                   "no return \"%s\" (the kinds are: %s)", kind, list);
      return NULL;
    }
  per_review = g_strcmp0 (json_object_get_string_member_with_default (spec, "record", "case"),
                          "review") == 0;
  if (review_id != NULL)
    {
      review = scr_dataset_lookup_review (dataset, review_id);
      if (review == NULL)
        {
          g_set_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND, "no review \"%s\"", review_id);
          return NULL;
        }
      case_id = scr_review_get_case_id (review);
      if (case_id == NULL && !per_review)
        {
          g_set_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND,
                       "review \"%s\" is of no case, and a return \"%s\" is filled from a case",
                       review_id, kind);
          return NULL;
        }
    }
  if (case_id != NULL)
    {
      c = scr_dataset_lookup_case (dataset, case_id);
      if (c == NULL)
        {
          g_set_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND, "no case \"%s\"", case_id);
          return NULL;
        }
    }
  if (per_review && review == NULL)
    {
      review = case_review (dataset, case_id, error);
      if (review == NULL)
        return NULL;
    }

  self = g_object_new (SCR_TYPE_RETURN, NULL);
  self->kind = g_strdup (kind);
  self->case_id = g_strdup (case_id);
  self->review_id = per_review ? g_strdup (scr_review_get_id (review)) : NULL;
  self->title = g_strdup (json_object_get_string_member (spec, "title"));
  if (include_restricted < 0)
    include_restricted = json_object_get_boolean_member_with_default (spec, "include_restricted",
                                                                      FALSE);
  self->include_restricted = include_restricted != 0;

  if (per_review)
    {
      record = review_record (dataset, c, review, self->include_restricted);
      prefix = "";
    }
  else
    {
      g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

      scr_field_builder_set_restricted (builder, self->include_restricted);
      scr_case_save_json (c, builder);
      record = json_builder_get_root (builder);
    }

  fields = json_object_get_array_member (spec, "fields");
  for (guint i = 0; i < json_array_get_length (fields); i++)
    fill_field (self, json_array_get_object_element (fields, i), record, prefix, dataset);
  return g_steal_pointer (&self);
}

/**
 * scr_return_new:
 * @kind: the kind of return ([func@Scr.Return.list_kinds])
 * @dataset: the dataset holding the case
 * @case_id: the case's id
 * @error: return location for a #GError
 *
 * Fills a return of @kind from the case @case_id, with the child's
 * restricted details when the form needs them (the mapping says so for
 * each kind; `panel-notification` does, since the Panel is told who the
 * child is). [ctor@Scr.Return.new_full] decides that explicitly.
 *
 * A kind filled per review (`case-review-tracker`) is filled from the
 * case's review when it has exactly one; with several,
 * [ctor@Scr.Return.new_for_review] names the one.
 *
 * Returns: (transfer full): the return, or %NULL with %SCR_ERROR_NOT_FOUND
 *   for an unknown kind (the message lists the kinds) or case, or a case
 *   with no review for a kind filled per review, or
 *   %SCR_ERROR_INVALID_ARGUMENT for a case with several
 */
ScrReturn *
scr_return_new (const char  *kind,
                ScrDataset  *dataset,
                const char  *case_id,
                GError     **error)
{
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (SCR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (case_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return return_fill (kind, dataset, case_id, NULL, -1, error);
}

/**
 * scr_return_new_full:
 * @kind: the kind of return ([func@Scr.Return.list_kinds])
 * @dataset: the dataset holding the case
 * @case_id: the case's id
 * @include_restricted: whether to fill fields from the child's
 *   restricted details ([property@Scr.Person:restricted])
 * @error: return location for a #GError
 *
 * Fills a return of @kind from the case @case_id (for a kind filled per
 * review, from the case's one review, as [ctor@Scr.Return.new]). Without
 * @include_restricted, the fields that come from restricted details are
 * left empty and listed as withheld rather than missing.
 *
 * Returns: (transfer full): the return, or %NULL with @error set as by
 *   [ctor@Scr.Return.new]
 */
ScrReturn *
scr_return_new_full (const char  *kind,
                     ScrDataset  *dataset,
                     const char  *case_id,
                     gboolean     include_restricted,
                     GError     **error)
{
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (SCR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (case_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return return_fill (kind, dataset, case_id, NULL, include_restricted ? 1 : 0, error);
}

/**
 * scr_return_new_for_review:
 * @kind: the kind of return ([func@Scr.Return.list_kinds])
 * @dataset: the dataset holding the review
 * @review_id: the review's id
 * @error: return location for a #GError
 *
 * Fills a return of @kind from the review @review_id: a kind filled per
 * review (`case-review-tracker`) from that review, its case, themes and
 * recommendations; a kind filled per case (`panel-notification`) from the
 * review's case. Restricted details are filled as the kind's mapping
 * says, as by [ctor@Scr.Return.new].
 *
 * Returns: (transfer full): the return, or %NULL with %SCR_ERROR_NOT_FOUND
 *   for an unknown kind or review, or a review of no case for a kind
 *   filled per case
 */
ScrReturn *
scr_return_new_for_review (const char  *kind,
                           ScrDataset  *dataset,
                           const char  *review_id,
                           GError     **error)
{
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (SCR_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (review_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return return_fill (kind, dataset, NULL, review_id, -1, error);
}

/**
 * scr_return_get_kind:
 * @self: a return
 *
 * Gets [property@Scr.Return:kind].
 *
 * Returns: the kind of return
 */
const char *
scr_return_get_kind (ScrReturn *self)
{
  g_return_val_if_fail (SCR_IS_RETURN (self), NULL);
  return self->kind;
}

/**
 * scr_return_get_case_id:
 * @self: a return
 *
 * Gets [property@Scr.Return:case-id].
 *
 * Returns: (nullable): the case's id
 */
const char *
scr_return_get_case_id (ScrReturn *self)
{
  g_return_val_if_fail (SCR_IS_RETURN (self), NULL);
  return self->case_id;
}

/**
 * scr_return_get_review_id:
 * @self: a return
 *
 * Gets [property@Scr.Return:review-id].
 *
 * Returns: (nullable): the review's id, for a kind filled per review
 */
const char *
scr_return_get_review_id (ScrReturn *self)
{
  g_return_val_if_fail (SCR_IS_RETURN (self), NULL);
  return self->review_id;
}

/**
 * scr_return_get_include_restricted:
 * @self: a return
 *
 * Gets [property@Scr.Return:include-restricted].
 *
 * Returns: whether restricted details fill their fields
 */
gboolean
scr_return_get_include_restricted (ScrReturn *self)
{
  g_return_val_if_fail (SCR_IS_RETURN (self), FALSE);
  return self->include_restricted;
}

/**
 * scr_return_get_fields:
 * @self: a return
 *
 * Gets [property@Scr.Return:fields].
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@Scr.ReturnField]
 */
GListModel *
scr_return_get_fields (ScrReturn *self)
{
  g_return_val_if_fail (SCR_IS_RETURN (self), NULL);
  return G_LIST_MODEL (self->fields);
}

/**
 * scr_return_get_missing:
 * @self: a return
 *
 * Gets [property@Scr.Return:missing]: the required fields the record
 * lacks. An empty list means the return can be filed as it is.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@Scr.ReturnField]
 */
GListModel *
scr_return_get_missing (ScrReturn *self)
{
  g_return_val_if_fail (SCR_IS_RETURN (self), NULL);
  return G_LIST_MODEL (self->missing);
}

static void
write_field_ref (JsonBuilder    *builder,
                 ScrReturnField *field)
{
  json_builder_begin_object (builder);
  scr_json_write_string (builder, "id", scr_return_field_get_id (field));
  scr_json_write_string (builder, "label", scr_return_field_get_label (field));
  scr_json_write_string (builder, "source", scr_return_field_get_source (field));
  json_builder_end_object (builder);
}

/**
 * scr_return_to_json:
 * @self: a return
 *
 * Writes the return as JSON: `kind`, `case_id`, `review_id` (for a kind
 * filled per review), `title`,
 * `include_restricted`; `fields`, the fields with a value (id, label,
 * value, source); `missing`, the required fields the record lacks (id,
 * label, source); `empty`, the ids of the optional fields it lacks; and
 * `withheld`, the ids of the restricted fields left out.
 *
 * Returns: (transfer full): the JSON
 */
JsonNode *
scr_return_to_json (ScrReturn *self)
{
  g_autoptr(JsonBuilder) builder = NULL;
  GListModel *fields;

  g_return_val_if_fail (SCR_IS_RETURN (self), NULL);

  builder = json_builder_new_immutable ();
  fields = G_LIST_MODEL (self->fields);
  json_builder_begin_object (builder);
  scr_json_write_string (builder, "kind", self->kind);
  scr_json_write_string (builder, "case_id", self->case_id);
  if (self->review_id != NULL)
    scr_json_write_string (builder, "review_id", self->review_id);
  scr_json_write_string (builder, "title", self->title);
  json_builder_set_member_name (builder, "include_restricted");
  json_builder_add_boolean_value (builder, self->include_restricted);
  json_builder_set_member_name (builder, "fields");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(ScrReturnField) field = g_list_model_get_item (fields, i);

      if (scr_return_field_get_value (field) == NULL)
        continue;
      json_builder_begin_object (builder);
      scr_json_write_string (builder, "id", scr_return_field_get_id (field));
      scr_json_write_string (builder, "label", scr_return_field_get_label (field));
      scr_json_write_string (builder, "value", scr_return_field_get_value (field));
      scr_json_write_string (builder, "source", scr_return_field_get_source (field));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "missing");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->missing)); i++)
    {
      g_autoptr(ScrReturnField) field = g_list_model_get_item (G_LIST_MODEL (self->missing), i);

      write_field_ref (builder, field);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "empty");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(ScrReturnField) field = g_list_model_get_item (fields, i);
      const char *id = scr_return_field_get_id (field);

      if (scr_return_field_get_value (field) == NULL && !scr_return_field_get_required (field) &&
          !g_ptr_array_find_with_equal_func (self->withheld, id, g_str_equal, NULL))
        json_builder_add_string_value (builder, id);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "withheld");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->withheld->len; i++)
    json_builder_add_string_value (builder, self->withheld->pdata[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
csv_row (GString    *out,
         const char *a,
         const char *b,
         const char *c,
         const char *d)
{
  const char *cells[] = { a, b, c, d };

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      if (cells[i] != NULL)
        scr_csv_append_field (out, cells[i], strlen (cells[i]));
    }
  g_string_append (out, "\r\n");
}

/**
 * scr_return_to_csv:
 * @self: a return
 *
 * Writes the return as CSV (RFC 4180): a header row, then one row per
 * field with its id, label, value (empty when the record lacks it) and
 * source member.
 *
 * Returns: (transfer full): the CSV text
 */
char *
scr_return_to_csv (ScrReturn *self)
{
  GString *out;
  GListModel *fields;

  g_return_val_if_fail (SCR_IS_RETURN (self), NULL);

  out = g_string_new (NULL);
  fields = G_LIST_MODEL (self->fields);
  csv_row (out, "field", "label", "value", "source");
  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(ScrReturnField) field = g_list_model_get_item (fields, i);

      csv_row (out, scr_return_field_get_id (field), scr_return_field_get_label (field),
               scr_return_field_get_value (field), scr_return_field_get_source (field));
    }
  return g_string_free (out, FALSE);
}
