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
 * A member the table cannot express (an audit's nested sample, its list
 * of measures) is a SCR_FIELD_CUSTOM entry with its own load and save
 * hooks, at its place in the JSON order.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "scr-date.h"
#include "scr-error.h"

G_BEGIN_DECLS

typedef enum {
  SCR_FIELD_STRING,   /* char *, nullable */
  SCR_FIELD_STRV,     /* char **, never NULL (empty when unset) */
  SCR_FIELD_DATE,     /* ScrDate *, nullable, any precision */
  SCR_FIELD_ENUM,     /* int, a value of enum_type, read and written by nick
                       * (or the default as null, see SCR_FIELD_ENUM_OR_NULL) */
  SCR_FIELD_INT,      /* int in min..max */
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

typedef struct {
  ScrFieldKind      kind;
  const char       *member;         /* JSON member; NULL: property only */
  const char       *property;       /* property name; NULL: JSON only */
  gsize             offset;         /* storage in the instance struct */
  gboolean          required;       /* JSON: missing/null (or "") is an error */
  GType           (*enum_type) (void);
  int               min;            /* INT */
  int               max;            /* INT */
  int               default_value;  /* INT, ENUM */
  gboolean          null_default;   /* ENUM: the default is JSON null */
  ScrFieldLoadFunc  load;           /* CUSTOM */
  ScrFieldSaveFunc  save;           /* CUSTOM */
} ScrField;

typedef struct {
  const ScrField    *fields;
  guint              n_fields;
  gsize              unknown_offset;  /* JsonObject * of unknown members */
  ScrFieldCheckFunc  check;           /* optional, after a load */
  /* set by scr_field_set_install */
  GParamSpec       **pspecs;          /* by property id; NULL for CUSTOM */
  const char       **known;           /* member names, NULL terminated */
} ScrFieldSet;

#define SCR_FIELD_STRING(member, prop, T, field) \
  { SCR_FIELD_STRING, member, prop, G_STRUCT_OFFSET (T, field), FALSE, NULL, 0, 0, 0, FALSE, NULL, NULL }
#define SCR_FIELD_STRING_REQUIRED(member, prop, T, field) \
  { SCR_FIELD_STRING, member, prop, G_STRUCT_OFFSET (T, field), TRUE, NULL, 0, 0, 0, FALSE, NULL, NULL }
#define SCR_FIELD_STRV(member, prop, T, field) \
  { SCR_FIELD_STRV, member, prop, G_STRUCT_OFFSET (T, field), FALSE, NULL, 0, 0, 0, FALSE, NULL, NULL }
#define SCR_FIELD_DATE(member, prop, T, field) \
  { SCR_FIELD_DATE, member, prop, G_STRUCT_OFFSET (T, field), FALSE, NULL, 0, 0, 0, FALSE, NULL, NULL }
#define SCR_FIELD_ENUM(member, prop, T, field, get_type, def) \
  { SCR_FIELD_ENUM, member, prop, G_STRUCT_OFFSET (T, field), FALSE, get_type, 0, 0, def, FALSE, NULL, NULL }
/* An enum whose default means "not recorded": read from null or absence,
 * written as null. */
#define SCR_FIELD_ENUM_OR_NULL(member, prop, T, field, get_type, def) \
  { SCR_FIELD_ENUM, member, prop, G_STRUCT_OFFSET (T, field), FALSE, get_type, 0, 0, def, TRUE, NULL, NULL }
#define SCR_FIELD_INT(member, prop, T, field, required, lo, hi, def) \
  { SCR_FIELD_INT, member, prop, G_STRUCT_OFFSET (T, field), required, NULL, lo, hi, def, FALSE, NULL, NULL }
#define SCR_FIELD_CUSTOM(member, load, save) \
  { SCR_FIELD_CUSTOM, member, NULL, 0, FALSE, NULL, 0, 0, 0, FALSE, load, save }

#define SCR_FIELD_SET(fields, T, unknown_field, check) \
  { fields, G_N_ELEMENTS (fields), G_STRUCT_OFFSET (T, unknown_field), check, NULL, NULL }

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
/* The public to_json / new_from_json on top of load and save. */
JsonNode *scr_field_set_to_json         (ScrFieldSet  *set,
                                         GObject      *object);
gpointer  scr_field_set_new_from_json   (ScrFieldSet  *set,
                                         GType         type,
                                         JsonNode     *node,
                                         GError      **error);

G_END_DECLS
