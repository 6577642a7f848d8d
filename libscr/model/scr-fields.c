/* scr-fields.c: table-driven properties and JSON members for the model's
 * simple entity types (see scr-fields-private.h).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-once-private.h"
#include "scr-item-list-private.h"
#include "scr-fields-private.h"
#include "scr-json-private.h"
#include "scr-model-private.h"

#define FIELD_PTR(object, field) G_STRUCT_MEMBER_P ((object), (field)->offset)

static GQuark
field_set_quark (void)
{
  static gsize quark;

  /* not a plain "if (quark == 0)": get_property may run in several
   * threads at once (separate datasets) */
  if (SCR_ONCE_INIT_ENTER (&quark))
    SCR_ONCE_INIT_LEAVE (&quark, g_quark_from_static_string ("scr-field-set"));
  return (GQuark) quark;
}

static ScrFieldSet *
field_set_of (GObject *object)
{
  return g_type_get_qdata (G_OBJECT_TYPE (object), field_set_quark ());
}

static const ScrField *
field_for (ScrFieldSet *set,
           guint        prop_id)
{
  if (prop_id == 0 || prop_id > set->n_fields || set->pspecs[prop_id] == NULL)
    return NULL;
  return &set->fields[prop_id - 1];
}

static GParamSpec *
field_pspec (const ScrField *field)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (field->kind)
    {
    case SCR_FIELD_STRING:
      if (field->construct_only)
        flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
      return g_param_spec_string (field->property, NULL, NULL, NULL, flags);
    case SCR_FIELD_STRV:
      return g_param_spec_boxed (field->property, NULL, NULL, G_TYPE_STRV, flags);
    case SCR_FIELD_DATE:
      return g_param_spec_boxed (field->property, NULL, NULL, SCR_TYPE_DATE, flags);
    case SCR_FIELD_ENUM:
      return g_param_spec_enum (field->property, NULL, NULL, field->type (),
                                field->default_value, flags);
    case SCR_FIELD_INT:
      /* "not recorded" is a value of the property too */
      return g_param_spec_int (field->property, NULL, NULL,
                               field->null_default ? MIN (field->min, field->default_value)
                                                   : field->min,
                               field->max, field->default_value, flags);
    case SCR_FIELD_OBJECT:
      return g_param_spec_object (field->property, NULL, NULL, field->type (), flags);
    case SCR_FIELD_LIST:
      return g_param_spec_object (field->property, NULL, NULL, G_TYPE_LIST_MODEL,
                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
    case SCR_FIELD_GROUP:
    case SCR_FIELD_CUSTOM:
    default:
      return NULL;
    }
}

void
scr_field_set_install (ScrFieldSet  *set,
                       GObjectClass *klass)
{
  guint n_known = 0;

  g_assert (set->pspecs == NULL);

  klass->get_property = scr_field_get_property;
  klass->set_property = scr_field_set_property;
  klass->finalize = scr_field_finalize;

  set->pspecs = g_new0 (GParamSpec *, set->n_fields + 1);
  set->known = g_new0 (const char *, set->n_fields + 1);
  set->group_of = g_new0 (guint, set->n_fields);
  set->group_known = g_new0 (const char **, set->n_fields);
  for (guint i = 0; i < set->n_fields; i++)
    {
      const ScrField *field = &set->fields[i];
      guint n_members = 0;

      if (field->kind != SCR_FIELD_GROUP)
        continue;
      while (field->members[n_members] != 0)
        n_members++;
      set->group_known[i] = g_new0 (const char *, n_members + 1);
      for (guint j = 0; j < n_members; j++)
        {
          guint member = field->members[j] - 1;

          g_assert (member < set->n_fields && set->group_of[member] == 0);
          g_assert (set->fields[member].member != NULL);
          set->group_of[member] = i + 1;
          set->group_known[i][j] = set->fields[member].member;
        }
    }
  for (guint i = 0; i < set->n_fields; i++)
    {
      const ScrField *field = &set->fields[i];

      if (field->member != NULL && set->group_of[i] == 0)
        set->known[n_known++] = field->member;
      if (field->property != NULL)
        set->pspecs[i + 1] = field_pspec (field);
      if (set->pspecs[i + 1] != NULL)
        g_object_class_install_property (klass, i + 1, set->pspecs[i + 1]);
    }

  g_type_set_qdata (G_TYPE_FROM_CLASS (klass), field_set_quark (), set);
}

void
scr_field_set_init_instance (ScrFieldSet *set,
                             GObject     *object)
{
  for (guint i = 0; i < set->n_fields; i++)
    {
      const ScrField *field = &set->fields[i];

      switch (field->kind)
        {
        case SCR_FIELD_STRV:
          *(char ***) FIELD_PTR (object, field) = g_new0 (char *, 1);
          break;
        case SCR_FIELD_ENUM:
        case SCR_FIELD_INT:
          *(int *) FIELD_PTR (object, field) = field->default_value;
          break;
        case SCR_FIELD_LIST:
          /* a list added after 1.0 is made when first asked for or read,
           * so that the objects of older files cost no more than before */
          if (!field->omit_unset)
            *(ScrItemList **) FIELD_PTR (object, field) = scr_item_list_new (field->type ());
          break;
        case SCR_FIELD_STRING:
        case SCR_FIELD_DATE:
        case SCR_FIELD_OBJECT:
        case SCR_FIELD_GROUP:
        case SCR_FIELD_CUSTOM:
        default:
          break;
        }
    }
}

/* The list of a LIST field, made on first use when it is made lazily. */
static ScrItemList *
field_list (const ScrField *field,
            GObject        *object)
{
  ScrItemList **slot = FIELD_PTR (object, field);

  if (*slot == NULL)
    *slot = scr_item_list_new (field->type ());
  return *slot;
}

void
scr_field_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  const ScrField *field = field_for (field_set_of (object), prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  switch (field->kind)
    {
    case SCR_FIELD_STRING:
      g_value_set_string (value, *(char **) FIELD_PTR (object, field));
      break;
    case SCR_FIELD_STRV:
    case SCR_FIELD_DATE:
      g_value_set_boxed (value, *(gpointer *) FIELD_PTR (object, field));
      break;
    case SCR_FIELD_ENUM:
      g_value_set_enum (value, *(int *) FIELD_PTR (object, field));
      break;
    case SCR_FIELD_INT:
      g_value_set_int (value, *(int *) FIELD_PTR (object, field));
      break;
    case SCR_FIELD_OBJECT:
      g_value_set_object (value, *(gpointer *) FIELD_PTR (object, field));
      break;
    case SCR_FIELD_LIST:
      g_value_set_object (value, field_list (field, object));
      break;
    case SCR_FIELD_GROUP:
    case SCR_FIELD_CUSTOM:
    default:
      g_assert_not_reached ();
    }
}

void
scr_field_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ScrFieldSet *set = field_set_of (object);
  const ScrField *field = field_for (set, prop_id);

  if (field == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  switch (field->kind)
    {
    case SCR_FIELD_STRING:
      if (field->construct_only)
        {
          /* once, before anyone can listen: nothing to compare or notify */
          char **slot = FIELD_PTR (object, field);

          g_free (*slot);
          *slot = g_value_dup_string (value);
        }
      else
        scr_field_set_string (set, object, prop_id, g_value_get_string (value));
      break;
    case SCR_FIELD_STRV:
      scr_field_set_strv (set, object, prop_id, g_value_get_boxed (value));
      break;
    case SCR_FIELD_DATE:
      scr_field_set_date (set, object, prop_id, g_value_get_boxed (value));
      break;
    case SCR_FIELD_ENUM:
      scr_field_set_int (set, object, prop_id, g_value_get_enum (value));
      break;
    case SCR_FIELD_INT:
      scr_field_set_int (set, object, prop_id, g_value_get_int (value));
      break;
    case SCR_FIELD_OBJECT:
      scr_field_set_object (set, object, prop_id, g_value_get_object (value));
      break;
    case SCR_FIELD_LIST:      /* read-only */
    case SCR_FIELD_GROUP:
    case SCR_FIELD_CUSTOM:
    default:
      g_assert_not_reached ();
    }
}

void
scr_field_finalize (GObject *object)
{
  ScrFieldSet *set = field_set_of (object);
  GObjectClass *parent_class = g_type_class_peek_parent (G_OBJECT_GET_CLASS (object));
  JsonObject **unknown = G_STRUCT_MEMBER_P (object, set->unknown_offset);

  for (guint i = 0; i < set->n_fields; i++)
    {
      const ScrField *field = &set->fields[i];

      switch (field->kind)
        {
        case SCR_FIELD_STRING:
          g_clear_pointer ((char **) FIELD_PTR (object, field), g_free);
          break;
        case SCR_FIELD_STRV:
          g_clear_pointer ((char ***) FIELD_PTR (object, field), g_strfreev);
          break;
        case SCR_FIELD_DATE:
          g_clear_pointer ((ScrDate **) FIELD_PTR (object, field), scr_date_free);
          break;
        case SCR_FIELD_OBJECT:
        case SCR_FIELD_LIST:
          g_clear_object ((GObject **) FIELD_PTR (object, field));
          break;
        case SCR_FIELD_GROUP:
          g_clear_pointer ((JsonObject **) FIELD_PTR (object, field), json_object_unref);
          break;
        case SCR_FIELD_ENUM:
        case SCR_FIELD_INT:
        case SCR_FIELD_CUSTOM:
        default:
          break;
        }
    }
  g_clear_pointer (unknown, json_object_unref);

  parent_class->finalize (object);
}

static const ScrField *
field_checked (ScrFieldSet *set,
               guint        prop_id,
               ScrFieldKind kind)
{
  g_assert (prop_id >= 1 && prop_id <= set->n_fields);
  g_assert (set->fields[prop_id - 1].kind == kind ||
            (kind == SCR_FIELD_INT && set->fields[prop_id - 1].kind == SCR_FIELD_ENUM));
  return &set->fields[prop_id - 1];
}

ScrItemList *
scr_field_set_list (ScrFieldSet *set,
                    GObject     *object,
                    guint        prop_id)
{
  return field_list (field_checked (set, prop_id, SCR_FIELD_LIST), object);
}

void
scr_field_set_string (ScrFieldSet *set,
                      GObject     *object,
                      guint        prop_id,
                      const char  *value)
{
  const ScrField *field = field_checked (set, prop_id, SCR_FIELD_STRING);

  scr_model_set_string (object, FIELD_PTR (object, field), value, set->pspecs[prop_id]);
}

void
scr_field_set_strv (ScrFieldSet        *set,
                    GObject            *object,
                    guint               prop_id,
                    const char * const *value)
{
  static const char * const empty[] = { NULL };
  const ScrField *field = field_checked (set, prop_id, SCR_FIELD_STRV);

  /* never store NULL: the getters return an empty vector for "none" */
  scr_model_set_strv (object, FIELD_PTR (object, field), value != NULL ? value : empty,
                      set->pspecs[prop_id]);
}

void
scr_field_set_date (ScrFieldSet   *set,
                    GObject       *object,
                    guint          prop_id,
                    const ScrDate *value)
{
  const ScrField *field = field_checked (set, prop_id, SCR_FIELD_DATE);

  scr_model_set_date (object, FIELD_PTR (object, field), value, set->pspecs[prop_id]);
}

void
scr_field_set_int (ScrFieldSet *set,
                   GObject     *object,
                   guint        prop_id,
                   int          value)
{
  const ScrField *field = field_checked (set, prop_id, SCR_FIELD_INT);

  scr_model_set_int (object, FIELD_PTR (object, field), value, set->pspecs[prop_id]);
}

void
scr_field_set_enum (ScrFieldSet *set,
                    GObject     *object,
                    guint        prop_id,
                    int          value)
{
  const ScrField *field = field_checked (set, prop_id, SCR_FIELD_ENUM);

  scr_model_set_enum (object, FIELD_PTR (object, field), value, set->pspecs[prop_id]);
}

void
scr_field_set_object (ScrFieldSet *set,
                      GObject     *object,
                      guint        prop_id,
                      gpointer     value)
{
  const ScrField *field = field_checked (set, prop_id, SCR_FIELD_OBJECT);

  if (g_set_object ((GObject **) FIELD_PTR (object, field), value))
    g_object_notify_by_pspec (object, set->pspecs[prop_id]);
}

static gboolean field_load (ScrFieldSet  *set,
                            guint         index,
                            GObject      *object,
                            JsonObject   *json,
                            const char   *path,
                            GError      **error);

static gboolean
field_load_object (const ScrField  *field,
                   GObject         *object,
                   JsonObject      *json,
                   const char      *path,
                   GError         **error)
{
  GObject **slot = FIELD_PTR (object, field);
  g_autofree char *item_path = NULL;
  JsonObject *item = NULL;

  if (!scr_json_read_object (json, path, field->member, field->required, &item, error))
    return FALSE;
  if (item == NULL)
    return TRUE;
  item_path = scr_json_path_member (path, field->member);
  g_clear_object (slot);
  *slot = field->item_load (item, item_path, error);
  return *slot != NULL;
}

static gboolean
field_load_list (const ScrField  *field,
                 GObject         *object,
                 JsonObject      *json,
                 const char      *path,
                 GError         **error)
{
  ScrItemList *store = NULL;
  g_autofree char *array_path = scr_json_path_member (path, field->member);
  JsonArray *array = NULL;

  if (!scr_json_read_array (json, path, field->member, field->required, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = scr_json_path_index (array_path, i);
      JsonObject *item = scr_json_array_get_object (array, i, array_path, error);
      g_autoptr(GObject) value = NULL;

      if (item == NULL)
        return FALSE;
      value = field->item_load (item, item_path, error);
      if (value == NULL)
        return FALSE;
      if (store == NULL)
        store = field_list (field, object);
      scr_item_list_append (store, value);
    }
  return TRUE;
}

/* The group's members are read in table order, as the top level is. */
static gboolean
field_load_group (ScrFieldSet  *set,
                  guint         index,
                  GObject      *object,
                  JsonObject   *json,
                  const char   *path,
                  GError      **error)
{
  const ScrField *group = &set->fields[index];
  g_autofree char *group_path = NULL;
  JsonObject *members = NULL;

  if (!scr_json_read_object (json, path, group->member, group->required, &members, error))
    return FALSE;
  if (members == NULL)
    return TRUE;
  group_path = scr_json_path_member (path, group->member);
  for (guint i = 0; i < set->n_fields; i++)
    {
      if (set->group_of[i] == index + 1 &&
          !field_load (set, i, object, members, group_path, error))
        return FALSE;
    }
  *(JsonObject **) FIELD_PTR (object, group) =
    scr_json_collect_unknown (members, set->group_known[index]);
  return TRUE;
}

static gboolean
field_load (ScrFieldSet  *set,
            guint         index,
            GObject      *object,
            JsonObject   *json,
            const char   *path,
            GError      **error)
{
  const ScrField *field = &set->fields[index];

  switch (field->kind)
    {
    case SCR_FIELD_STRING:
      {
        char **slot = FIELD_PTR (object, field);

        if (!scr_json_read_string (json, path, field->member, field->required, slot, error))
          return FALSE;
        if (field->required && (*slot)[0] == '\0')
          {
            scr_json_set_error (error, SCR_ERROR_VALIDATION, path, field->member,
                                "must not be empty");
            return FALSE;
          }
        return TRUE;
      }
    case SCR_FIELD_STRV:
      {
        char ***slot = FIELD_PTR (object, field);
        char **value = NULL;

        if (!scr_json_read_strv (json, path, field->member, field->required, &value, error))
          return FALSE;
        if (value != NULL)
          {
            g_strfreev (*slot);
            *slot = value;
          }
        return TRUE;
      }
    case SCR_FIELD_DATE:
      return scr_json_read_date (json, path, field->member, field->required,
                                 FIELD_PTR (object, field), error);
    case SCR_FIELD_ENUM:
      return scr_json_read_enum (json, path, field->member, field->required,
                                 field->type (), FIELD_PTR (object, field), error);
    case SCR_FIELD_INT:
      {
        /* absent or null: the default, which null_default writes as null */
        gint64 value = field->default_value;

        if (!scr_json_read_int (json, path, field->member, field->required,
                                field->min, field->max, &value, NULL, error))
          return FALSE;
        *(int *) FIELD_PTR (object, field) = (int) value;
        return TRUE;
      }
    case SCR_FIELD_OBJECT:
      return field_load_object (field, object, json, path, error);
    case SCR_FIELD_LIST:
      return field_load_list (field, object, json, path, error);
    case SCR_FIELD_GROUP:
      return field_load_group (set, index, object, json, path, error);
    case SCR_FIELD_CUSTOM:
      return field->load (object, json, path, error);
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

gpointer
scr_field_set_load (ScrFieldSet  *set,
                    GType         type,
                    JsonObject   *json,
                    const char   *path,
                    GError      **error)
{
  g_autoptr(GObject) object = NULL;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  object = g_object_new (type, NULL);
  for (guint i = 0; i < set->n_fields; i++)
    {
      if (set->fields[i].member != NULL && set->group_of[i] == 0 &&
          !field_load (set, i, object, json, path, error))
        return NULL;
    }
  *(JsonObject **) G_STRUCT_MEMBER_P (object, set->unknown_offset) =
    scr_json_collect_unknown (json, set->known);
  if (set->check != NULL && !set->check (object, path, error))
    return NULL;
  return g_steal_pointer (&object);
}

static void
field_save_list (const ScrField *field,
                 GObject        *object,
                 JsonBuilder    *builder)
{
  GListModel *list = *(GListModel **) FIELD_PTR (object, field);
  guint n = g_list_model_get_n_items (list);

  json_builder_set_member_name (builder, field->member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      field->item_save (item, builder);
    }
  json_builder_end_array (builder);
}

static void field_save (ScrFieldSet *set,
                        guint        index,
                        GObject     *object,
                        JsonBuilder *builder);

/* The group's members are written in the order of its list. */
static void
field_save_group (ScrFieldSet *set,
                  guint        index,
                  GObject     *object,
                  JsonBuilder *builder)
{
  const ScrField *group = &set->fields[index];

  json_builder_set_member_name (builder, group->member);
  json_builder_begin_object (builder);
  for (guint i = 0; group->members[i] != 0; i++)
    field_save (set, group->members[i] - 1, object, builder);
  scr_json_write_unknown (builder, *(JsonObject **) FIELD_PTR (object, group));
  json_builder_end_object (builder);
}

static void
field_save (ScrFieldSet *set,
            guint        index,
            GObject     *object,
            JsonBuilder *builder)
{
  const ScrField *field = &set->fields[index];

  switch (field->kind)
    {
    case SCR_FIELD_STRING:
      if (field->omit_unset && *(char **) FIELD_PTR (object, field) == NULL)
        break;
      scr_json_write_string (builder, field->member, *(char **) FIELD_PTR (object, field));
      break;
    case SCR_FIELD_STRV:
      {
        const char * const *value = *(const char * const **) FIELD_PTR (object, field);

        if (!field->omit_unset || value[0] != NULL)
          scr_json_write_strv (builder, field->member, value);
        break;
      }
    case SCR_FIELD_DATE:
      if (field->omit_unset && *(ScrDate **) FIELD_PTR (object, field) == NULL)
        break;
      scr_json_write_date (builder, field->member, *(ScrDate **) FIELD_PTR (object, field));
      break;
    case SCR_FIELD_ENUM:
      if (field->null_default && *(int *) FIELD_PTR (object, field) == field->default_value)
        scr_json_write_string (builder, field->member, NULL);
      else
        scr_json_write_enum (builder, field->member, field->type (),
                             *(int *) FIELD_PTR (object, field));
      break;
    case SCR_FIELD_INT:
      if (field->null_default && *(int *) FIELD_PTR (object, field) == field->default_value)
        scr_json_write_string (builder, field->member, NULL);
      else
        scr_json_write_int (builder, field->member, *(int *) FIELD_PTR (object, field));
      break;
    case SCR_FIELD_OBJECT:
      {
        gpointer item = *(gpointer *) FIELD_PTR (object, field);

        if (field->restricted && (item == NULL || !scr_field_builder_get_restricted (builder)))
          break;
        if (field->omit_unset && item == NULL)
          break;
        json_builder_set_member_name (builder, field->member);
        if (item != NULL)
          field->item_save (item, builder);
        else
          json_builder_add_null_value (builder);
        break;
      }
    case SCR_FIELD_LIST:
      if (field->omit_unset && (*(GListModel **) FIELD_PTR (object, field) == NULL ||
                                g_list_model_get_n_items (*(GListModel **)
                                                          FIELD_PTR (object, field)) == 0))
        break;
      field_save_list (field, object, builder);
      break;
    case SCR_FIELD_GROUP:
      field_save_group (set, index, object, builder);
      break;
    case SCR_FIELD_CUSTOM:
      field->save (object, builder);
      break;
    default:
      g_assert_not_reached ();
    }
}

static GQuark
restricted_quark (void)
{
  return g_quark_from_static_string ("scr-field-save-restricted");
}

void
scr_field_builder_set_restricted (JsonBuilder *builder,
                                  gboolean     include)
{
  g_object_set_qdata (G_OBJECT (builder), restricted_quark (), GINT_TO_POINTER (include != FALSE));
}

gboolean
scr_field_builder_get_restricted (JsonBuilder *builder)
{
  return GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (builder), restricted_quark ()));
}

void
scr_field_set_save (ScrFieldSet *set,
                    GObject     *object,
                    JsonBuilder *builder)
{
  json_builder_begin_object (builder);
  for (guint i = 0; i < set->n_fields; i++)
    {
      if (set->fields[i].member != NULL && set->group_of[i] == 0)
        field_save (set, i, object, builder);
    }
  scr_json_write_unknown (builder,
                          *(JsonObject **) G_STRUCT_MEMBER_P (object, set->unknown_offset));
  json_builder_end_object (builder);
}

static void
field_set_save_object (gpointer     object,
                       JsonBuilder *builder)
{
  scr_field_set_save (field_set_of (object), object, builder);
}

JsonNode *
scr_field_set_to_json (ScrFieldSet *set,
                       GObject     *object)
{
  g_assert (field_set_of (object) == set);
  return scr_model_to_json (object, field_set_save_object);
}

gpointer
scr_field_set_new_from_json (ScrFieldSet  *set,
                             GType         type,
                             JsonNode     *node,
                             GError      **error)
{
  JsonObject *object = scr_model_node_get_object (node, error);

  if (object == NULL)
    return NULL;
  return scr_field_set_load (set, type, object, NULL, error);
}
