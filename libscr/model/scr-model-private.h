/* scr-model-private.h: helpers shared by the model types (setters that
 * notify only on change, JSON node <-> object glue).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "scr-date.h"
#include "scr-span-private.h"

G_BEGIN_DECLS

/* Each setter stores a copy of @value in *@field and notifies @pspec on
 * @object when the value changed; it returns whether it changed. */
gboolean  scr_model_set_string (GObject             *object,
                                char               **field,
                                const char          *value,
                                GParamSpec          *pspec);
gboolean  scr_model_set_date   (GObject             *object,
                                ScrDate            **field,
                                const ScrDate       *value,
                                GParamSpec          *pspec);
gboolean  scr_model_set_strv   (GObject             *object,
                                char              ***field,
                                const char * const  *value,
                                GParamSpec          *pspec);
gboolean  scr_model_set_int    (GObject             *object,
                                int                 *field,
                                int                  value,
                                GParamSpec          *pspec);
/* As scr_model_set_int for an enum property; a value that is not one of
 * the enum's is refused with a critical warning. */
gboolean  scr_model_set_enum   (GObject             *object,
                                int                 *field,
                                int                  value,
                                GParamSpec          *pspec);

/* Reads the required, non-empty string "id" of @object. */
gboolean  scr_model_read_id    (JsonObject          *object,
                                const char          *path,
                                char               **id,
                                GError             **error);

/* Two dates are the same when both are NULL or they are equal. */
gboolean  scr_model_date_equal (const ScrDate       *a,
                                const ScrDate       *b);

/* The save function of a model type: writes one whole object. */
typedef void (*ScrModelSaveFunc) (gpointer     self,
                                  JsonBuilder *builder);

/* Builds a JsonNode (transfer full) through @save. */
JsonNode   *scr_model_to_json         (gpointer           self,
                                       ScrModelSaveFunc   save);
/* The object of @node, or a SCR_ERROR_VALIDATION when @node is not an
 * object. */
JsonObject *scr_model_node_get_object (JsonNode          *node,
                                       GError           **error);

/* An open name -> value map in insertion order (a case's facts and
 * events), held by value in its owner. Each entry also keeps what the
 * owner's schema (the fact catalogue) makes of it, given when it is set:
 * the name's number and the value's code, so that readers of the whole map
 * never look names up or parse values again. Those are kept apart from the
 * names and values, in a small dense array of their own (schema_size
 * bytes an entry, a type the owner defines; entry i's at
 * schema + i * schema_size), which is all such a reader touches. The
 * first entries' schema lives in the map itself, so in its owner's
 * memory: a reader of the whole owner finds it in the lines next to the
 * owner's other fields rather than in another allocation, which a case
 * evaluated once would miss in cache (doc/benchmarks.md). */
typedef struct
{
  char *name;
  gpointer value;
} ScrModelMapEntry;

typedef struct
{
  ScrModelMapEntry *entries;
  gpointer schema;
  guint n_entries;
  guint n_allocated;
  gsize schema_size;
  GDestroyNotify value_free;
  guint64 inline_schema[16];  /* the schema while it fits (128 bytes) */
} ScrModelMap;

void         scr_model_map_init   (ScrModelMap    *map,
                                   gsize           schema_size,
                                   GDestroyNotify  value_free);
void         scr_model_map_clear  (ScrModelMap    *map);
gpointer     scr_model_map_lookup (ScrModelMap    *map,
                                   const char     *name);
/* Replaces or appends, taking @value and copying @schema_entry
 * (schema_size bytes); a NULL @value removes. */
void         scr_model_map_set    (ScrModelMap    *map,
                                   const char     *name,
                                   gconstpointer   schema_entry,
                                   gpointer        value);
char       **scr_model_map_names  (ScrModelMap    *map);

G_END_DECLS
