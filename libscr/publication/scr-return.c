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
 * The one kind so far is `panel-notification`: the serious incident
 * notification to the Child Safeguarding Practice Review Panel (England).
 * What the record lacks is never invented: such a field has no value and,
 * when the form requires it, is listed by [method@Scr.Return.get_missing].
 */
struct _ScrReturn
{
  GObject parent_instance;

  char *kind;
  char *case_id;
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
   * The kind of return ([func@Scr.Return.list_kinds]): `panel-notification`.
   */
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  /**
   * ScrReturn:case-id:
   *
   * The id of the case the return was filled from.
   */
  properties[PROP_CASE_ID] = g_param_spec_string ("case-id", NULL, NULL, NULL, flags);
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

/* Follows the dotted @path from @node; a step ending in "[]" goes through
 * each element of an array. */
static void
walk_path (JsonNode    *node,
           char       **steps,
           GPtrArray   *values)
{
  g_autofree char *name = NULL;
  gboolean each;
  JsonObject *object;

  if (steps[0] == NULL)
    {
      collect_values (node, values);
      return;
    }
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;
  each = g_str_has_suffix (steps[0], "[]");
  name = each ? g_strndup (steps[0], strlen (steps[0]) - 2) : g_strdup (steps[0]);
  object = json_node_get_object (node);
  if (!json_object_has_member (object, name))
    return;
  node = json_object_get_member (object, name);
  if (each && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        walk_path (json_array_get_element (array, i), steps + 1, values);
    }
  else if (!each)
    walk_path (node, steps + 1, values);
}

/* The value at @member of the case's JSON @root, joined; %NULL if none. */
static char *
read_member (JsonNode   *root,
             const char *member,
             const char *lookup,
             ScrDataset *dataset)
{
  g_auto(GStrv) steps = g_strsplit (member, ".", -1);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

  walk_path (root, steps, values);
  if (values->len == 0)
    return NULL;
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
            ScrDataset *dataset)
{
  const char *id = json_object_get_string_member (spec, "id");
  const char *member = json_object_get_string_member (spec, "member");
  const char *fallback = json_object_get_string_member_with_default (spec, "fallback", NULL);
  const char *lookup = json_object_get_string_member_with_default (spec, "lookup", NULL);
  gboolean required = json_object_get_boolean_member_with_default (spec, "required", FALSE);
  gboolean restricted = json_object_get_boolean_member_with_default (spec, "restricted", FALSE);
  g_autofree char *value = NULL;
  g_autofree char *source = NULL;
  g_autoptr(ScrReturnField) field = NULL;

  if (!restricted || self->include_restricted)
    value = read_member (case_root, member, lookup, dataset);
  if (value == NULL && fallback != NULL)
    {
      value = read_member (case_root, fallback, lookup, dataset);
      if (value != NULL)
        member = fallback;
    }
  source = g_strconcat (SOURCE_PREFIX, member, NULL);
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

/* Fills the return; @include_restricted -1 takes the kind's default. */
static ScrReturn *
return_fill (const char  *kind,
             ScrDataset  *dataset,
             const char  *case_id,
             int          include_restricted,
             GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) case_root = NULL;
  g_autoptr(ScrReturn) self = NULL;
  JsonObject *spec;
  JsonArray *fields;
  ScrCase *c;

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
  c = scr_dataset_lookup_case (dataset, case_id);
  if (c == NULL)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND, "no case \"%s\"", case_id);
      return NULL;
    }

  self = g_object_new (SCR_TYPE_RETURN, NULL);
  self->kind = g_strdup (kind);
  self->case_id = g_strdup (case_id);
  self->title = g_strdup (json_object_get_string_member (spec, "title"));
  if (include_restricted < 0)
    include_restricted = json_object_get_boolean_member_with_default (spec, "include_restricted",
                                                                      FALSE);
  self->include_restricted = include_restricted != 0;

  builder = json_builder_new_immutable ();
  scr_field_builder_set_restricted (builder, self->include_restricted);
  scr_case_save_json (c, builder);
  case_root = json_builder_get_root (builder);

  fields = json_object_get_array_member (spec, "fields");
  for (guint i = 0; i < json_array_get_length (fields); i++)
    fill_field (self, json_array_get_object_element (fields, i), case_root, dataset);
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
 * Returns: (transfer full): the return, or %NULL with %SCR_ERROR_NOT_FOUND
 *   for an unknown kind (the message lists the kinds) or case
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

  return return_fill (kind, dataset, case_id, -1, error);
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
 * Fills a return of @kind from the case @case_id. Without
 * @include_restricted, the fields that come from restricted details are
 * left empty and listed as withheld rather than missing.
 *
 * Returns: (transfer full): the return, or %NULL with %SCR_ERROR_NOT_FOUND
 *   for an unknown kind (the message lists the kinds) or case
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

  return return_fill (kind, dataset, case_id, include_restricted ? 1 : 0, error);
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
 * Returns: the case's id
 */
const char *
scr_return_get_case_id (ScrReturn *self)
{
  g_return_val_if_fail (SCR_IS_RETURN (self), NULL);
  return self->case_id;
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
 * Writes the return as JSON: `kind`, `case_id`, `title`,
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
