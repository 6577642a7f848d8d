/* scr-fields-private.h: table-driven properties and JSON members for the
 * model's simple entity types.
 *
 * An entity type describes its members once, in a table of ScrField in
 * JSON order. The table drives the GObject properties (property id = table
 * index + 1), get/set_property, finalize, the strict JSON reader and the
 * writer, and the set of known member names used to keep unknown members.
 *
 *   static const ScrField theme_fields[] = {
 *     [PROP_ID - 1] = SCR_FIELD_STRING_REQUIRED ("id", "id", ScrTheme, id),
 *     ...
 *   };
 *   static ScrFieldSet theme_set = SCR_FIELD_SET (theme_fields, ScrTheme, unknown, NULL);
 *
 *   class_init: scr_field_set_install (&theme_set, object_class);
 *   init:       scr_field_set_init_instance (&theme_set, G_OBJECT (self));
 *   getters:    read the struct member directly
 *   setters:    scr_field_set_string (&theme_set, G_OBJECT (self), PROP_TITLE, title)
 *   JSON:       scr_field_set_load / _save / _to_json / _new_from_json
 *
 * A string property set once, at construction (a case's id), is a
 * SCR_FIELD_STRING_CONSTRUCT entry. A GObject-typed member (a case's
 * subject) is a SCR_FIELD_OBJECT, a list of them (a case's people) a
 * SCR_FIELD_LIST, both read and written by their item type's own load
 * and save. A JSON object nested in the entity's (a case's incident) is a
 * SCR_FIELD_GROUP at its place in the JSON order, naming its members by
 * property id; those members are properties of the entity whose member
 * names are inside the group.
 *
 * A member the table cannot express (an audit's nested sample, a case's
 * facts) is a SCR_FIELD_CUSTOM entry with its own load and save hooks,
 * at its place in the JSON order.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "scr-item-list-private.h"
#include "scr-date.h"
#include "scr-error.h"

G_BEGIN_DECLS

typedef enum {
  SCR_FIELD_STRING,   /* char *, nullable */
  SCR_FIELD_STRV,     /* char **, never NULL (empty when unset) */
  SCR_FIELD_DATE,     /* ScrDate *, nullable, any precision */
  SCR_FIELD_ENUM,     /* int, a value of type, read and written by nick
                       * (or the default as null, see SCR_FIELD_ENUM_OR_NULL) */
  SCR_FIELD_INT,      /* int in min..max (or the default as null, see
                       * SCR_FIELD_INT_OR_NULL) */
  SCR_FIELD_OBJECT,   /* GObject * of type, nullable, JSON null when NULL */
  SCR_FIELD_LIST,     /* ScrItemList * of type, never NULL; a read-only
                       * GListModel property, changed through the type's
                       * own add and remove functions */
  SCR_FIELD_GROUP,    /* a nested JSON object; storage: the JsonObject *
                       * of its unknown members; no property */
  SCR_FIELD_CUSTOM,   /* the type's own load/save hooks; no generic property */
} ScrFieldKind;

typedef gboolean (*ScrFieldLoadFunc)  (GObject     *object,
                                       JsonObject  *json,
                                       const char  *path,
                                       GError     **error);
typedef void     (*ScrFieldSaveFunc)  (GObject     *object,
                                       JsonBuilder *builder);
typedef gboolean (*ScrFieldCheckFunc) (GObject     *object,
                                       const char  *path,
                                       GError     **error);
/* Reads one item of an OBJECT or LIST field (a type's _load_json). */
typedef gpointer (*ScrFieldItemLoadFunc) (JsonObject  *json,
                                          const char  *path,
                                          GError     **error);
/* Writes one item (a type's _save_json). */
typedef void     (*ScrFieldItemSaveFunc) (gpointer     item,
                                          JsonBuilder *builder);

typedef struct {
  ScrFieldKind          kind;
  const char           *member;         /* JSON member (within its group, if
                                         * any); NULL: property only */
  const char           *property;       /* property name; NULL: JSON only */
  gsize                 offset;         /* storage in the instance struct */
  gboolean              required;       /* JSON: missing/null (or "") is an error */
  gboolean              construct_only; /* STRING: set once, at construction */
  GType               (*type) (void);   /* ENUM: the enum; OBJECT, LIST: the item type */
  int                   min;            /* INT */
  int                   max;            /* INT */
  int                   default_value;  /* INT, ENUM */
  gboolean              null_default;   /* INT, ENUM: the default is JSON null */
  ScrFieldLoadFunc      load;           /* CUSTOM */
  ScrFieldSaveFunc      save;           /* CUSTOM */
  ScrFieldItemLoadFunc  item_load;      /* OBJECT, LIST */
  ScrFieldItemSaveFunc  item_save;      /* OBJECT, LIST */
  const guint          *members;        /* GROUP: property ids, 0 terminated,
                                         * in the order they are written; they
                                         * are read in table order */
  gboolean              restricted;     /* OBJECT: written only when the builder
                                         * asks for restricted members, and then
                                         * only when set (see below) */
  gboolean              omit_unset;     /* not written when unset: STRING and
                                         * DATE and OBJECT when NULL, STRV and LIST when empty; for
                                         * members added after 1.0, so that older
                                         * files' saves stay byte-identical */
} ScrField;

typedef struct {
  const ScrField    *fields;
  guint              n_fields;
  gsize              unknown_offset;  /* JsonObject * of unknown members */
  ScrFieldCheckFunc  check;           /* optional, after a load */
  /* set by scr_field_set_install */
  GParamSpec       **pspecs;          /* by property id; NULL without a property */
  const char       **known;           /* top-level member names, NULL terminated */
  guint             *group_of;        /* by table index: 1 + the index of the
                                       * GROUP holding the field, or 0 */
  const char      ***group_known;     /* by table index of a GROUP: its names */
} ScrFieldSet;

#define SCR_FIELD_STRING(name, prop, T, field) \
  { .kind = SCR_FIELD_STRING, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field) }
#define SCR_FIELD_STRING_REQUIRED(name, prop, T, field) \
  { .kind = SCR_FIELD_STRING, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .required = TRUE }
/* A string property set once, at construction (the "id" of a case). */
#define SCR_FIELD_STRING_CONSTRUCT(name, prop, T, field, req) \
  { .kind = SCR_FIELD_STRING, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .required = req, .construct_only = TRUE }
#define SCR_FIELD_STRV(name, prop, T, field) \
  { .kind = SCR_FIELD_STRV, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field) }
/* A list of strings added after a format's first version: absent from
 * JSON while empty, so files written before it save back unchanged. */
#define SCR_FIELD_STRV_OMIT_UNSET(name, prop, T, field) \
  { .kind = SCR_FIELD_STRV, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .omit_unset = TRUE }
#define SCR_FIELD_DATE(name, prop, T, field) \
  { .kind = SCR_FIELD_DATE, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field) }
/* A date added after a format's first version: absent from JSON while
 * unset, so files written before it save back unchanged. */
#define SCR_FIELD_DATE_OMIT_UNSET(name, prop, T, field) \
  { .kind = SCR_FIELD_DATE, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .omit_unset = TRUE }
#define SCR_FIELD_DATE_REQUIRED(name, prop, T, field) \
  { .kind = SCR_FIELD_DATE, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .required = TRUE }
#define SCR_FIELD_ENUM(name, prop, T, field, get_type, def) \
  { .kind = SCR_FIELD_ENUM, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .type = get_type, .default_value = def }
#define SCR_FIELD_ENUM_REQUIRED(name, prop, T, field, get_type, def) \
  { .kind = SCR_FIELD_ENUM, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .required = TRUE, .type = get_type, \
    .default_value = def }
/* An enum whose default means "not recorded": read from null or absence,
 * written as null. */
#define SCR_FIELD_ENUM_OR_NULL(name, prop, T, field, get_type, def) \
  { .kind = SCR_FIELD_ENUM, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .type = get_type, .default_value = def, \
    .null_default = TRUE }
#define SCR_FIELD_INT(name, prop, T, field, req, lo, hi, def) \
  { .kind = SCR_FIELD_INT, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .required = req, .min = lo, .max = hi, \
    .default_value = def }
/* An int in lo..hi, or @def (outside lo..hi) for "not recorded": read
 * from null or absence, written as null. The property takes def too. */
#define SCR_FIELD_INT_OR_NULL(name, prop, T, field, lo, hi, def) \
  { .kind = SCR_FIELD_INT, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .min = lo, .max = hi, .default_value = def, \
    .null_default = TRUE }
/* @load and @save: the item type's _load_json and _save_json. */
#define SCR_FIELD_OBJECT(name, prop, T, field, get_type, load_func, save_func) \
  { .kind = SCR_FIELD_OBJECT, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .type = get_type, \
    .item_load = (ScrFieldItemLoadFunc) load_func, \
    .item_save = (ScrFieldItemSaveFunc) save_func }
#define SCR_FIELD_LIST(name, prop, T, field, get_type, load_func, save_func) \
  { .kind = SCR_FIELD_LIST, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .type = get_type, \
    .item_load = (ScrFieldItemLoadFunc) load_func, \
    .item_save = (ScrFieldItemSaveFunc) save_func }
/* A list added after a format's first version: absent from JSON while
 * empty, so files written before it save back unchanged. */
/* Its list is made on first use (scr_field_set_list). */
#define SCR_FIELD_LIST_OMIT_UNSET(name, prop, T, field, get_type, load_func, save_func) \
  { .kind = SCR_FIELD_LIST, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .type = get_type, \
    .item_load = (ScrFieldItemLoadFunc) load_func, \
    .item_save = (ScrFieldItemSaveFunc) save_func, .omit_unset = TRUE }
/* An object holding restricted details (a person's real names): absent
 * from JSON unless the save asks for them (scr_field_builder_set_restricted). */
#define SCR_FIELD_OBJECT_RESTRICTED(name, prop, T, field, get_type, load_func, save_func) \
  { .kind = SCR_FIELD_OBJECT, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .type = get_type, \
    .item_load = (ScrFieldItemLoadFunc) load_func, \
    .item_save = (ScrFieldItemSaveFunc) save_func, .restricted = TRUE }
/* A string or an object written only when set: absent (not null) when
 * NULL, so that files without it save as they did before it existed. */
#define SCR_FIELD_STRING_OMIT_UNSET(name, prop, T, field) \
  { .kind = SCR_FIELD_STRING, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .omit_unset = TRUE }
#define SCR_FIELD_OBJECT_OMIT_UNSET(name, prop, T, field, get_type, load_func, save_func) \
  { .kind = SCR_FIELD_OBJECT, .member = name, .property = prop, \
    .offset = G_STRUCT_OFFSET (T, field), .type = get_type, \
    .item_load = (ScrFieldItemLoadFunc) load_func, \
    .item_save = (ScrFieldItemSaveFunc) save_func, .omit_unset = TRUE }
/* @props: a 0-terminated array of the property ids of its members. */
#define SCR_FIELD_GROUP(name, T, unknown_field, props) \
  { .kind = SCR_FIELD_GROUP, .member = name, \
    .offset = G_STRUCT_OFFSET (T, unknown_field), .members = props }
#define SCR_FIELD_CUSTOM(name, load_func, save_func) \
  { .kind = SCR_FIELD_CUSTOM, .member = name, .load = load_func, .save = save_func }

#define SCR_FIELD_SET(fields, T, unknown_field, check) \
  { fields, G_N_ELEMENTS (fields), G_STRUCT_OFFSET (T, unknown_field), check, NULL, NULL, \
    NULL, NULL }

/* Class and instance set-up. Install sets get_property, set_property and
 * finalize of @klass to the generic ones below; a type with more state
 * overrides them after and chains to these. */
void      scr_field_set_install         (ScrFieldSet  *set,
                                         GObjectClass *klass);
void      scr_field_set_init_instance   (ScrFieldSet  *set,
                                         GObject      *object);
void      scr_field_get_property        (GObject      *object,
                                         guint         prop_id,
                                         GValue       *value,
                                         GParamSpec   *pspec);
void      scr_field_set_property        (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec);
void      scr_field_finalize            (GObject      *object);

/* Setters for the public API: store a copy and notify only on change. */
void      scr_field_set_string          (ScrFieldSet        *set,
                                         GObject            *object,
                                         guint               prop_id,
                                         const char         *value);
void      scr_field_set_strv            (ScrFieldSet        *set,
                                         GObject            *object,
                                         guint               prop_id,
                                         const char * const *value);
void      scr_field_set_date            (ScrFieldSet        *set,
                                         GObject            *object,
                                         guint               prop_id,
                                         const ScrDate      *value);
void      scr_field_set_int             (ScrFieldSet        *set,
                                         GObject            *object,
                                         guint               prop_id,
                                         int                 value);
/* As scr_field_set_int for an ENUM field; a value that is not one of the
 * enum's is refused with a critical warning. */
void      scr_field_set_enum            (ScrFieldSet        *set,
                                         GObject            *object,
                                         guint               prop_id,
                                         int                 value);
void      scr_field_set_object          (ScrFieldSet        *set,
                                         GObject            *object,
                                         guint               prop_id,
                                         gpointer            value);

/* The list of a LIST field; one added after 1.0 (_OMIT_UNSET) is made
 * here on first use, so getters go through this. */
ScrItemList *scr_field_set_list         (ScrFieldSet        *set,
                                         GObject            *object,
                                         guint               prop_id);

/* JSON. Load creates a @type and reads every member of the table (errors
 * as "PATH.member: message"), keeps the unknown members and runs the
 * check; save begins and ends the object. */
gpointer  scr_field_set_load            (ScrFieldSet  *set,
                                         GType         type,
                                         JsonObject   *json,
                                         const char   *path,
                                         GError      **error);
void      scr_field_set_save            (ScrFieldSet  *set,
                                         GObject      *object,
                                         JsonBuilder  *builder);
/* Whether saves through @builder write restricted members; a builder
 * made by json_builder_new*() does not until told to. */
void      scr_field_builder_set_restricted (JsonBuilder *builder,
                                            gboolean     include);
gboolean  scr_field_builder_get_restricted (JsonBuilder *builder);

/* The public to_json / new_from_json on top of load and save. */
JsonNode *scr_field_set_to_json         (ScrFieldSet  *set,
                                         GObject      *object);
gpointer  scr_field_set_new_from_json   (ScrFieldSet  *set,
                                         GType         type,
                                         JsonNode     *node,
                                         GError      **error);

G_END_DECLS
