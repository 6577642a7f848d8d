/* scr-json-private.h: strict JSON readers and writers shared by every type.
 *
 * Readers check the node type before reading (json-glib's plain getters
 * emit CRITICALs on a missing member and its _with_default getters hide a
 * wrong type) and report problems as SCR_ERROR with a JSON path:
 *   cases[3].incident.date: "2014-02-30" is not a date: February 2014 has no day 30
 * Writers emit every member in a fixed order, null for absent values, so
 * a save of a load is byte-identical.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "scr-date.h"
#include "scr-error.h"

G_BEGIN_DECLS

/* Paths: "cases[3].incident". A NULL or empty parent means the root. */
char       *scr_json_path_member     (const char   *parent,
                                      const char   *member);
char       *scr_json_path_index      (const char   *parent,
                                      guint         index);

/* Sets SCR_ERROR code with "PATH: message". */
void        scr_json_set_error       (GError      **error,
                                      ScrError      code,
                                      const char   *parent,
                                      const char   *member,
                                      const char   *format,
                                      ...) G_GNUC_PRINTF (5, 6);

/* Readers. @required: a missing member is an error; otherwise *out keeps
 * its default (NULL / FALSE / 0) and the function returns TRUE. A member
 * whose value is JSON null counts as absent. */
gboolean    scr_json_read_string     (JsonObject   *object,
                                      const char   *parent,
                                      const char   *member,
                                      gboolean      required,
                                      char        **out,
                                      GError      **error);
gboolean    scr_json_read_date       (JsonObject   *object,
                                      const char   *parent,
                                      const char   *member,
                                      gboolean      required,
                                      ScrDate     **out,
                                      GError      **error);
gboolean    scr_json_read_int        (JsonObject   *object,
                                      const char   *parent,
                                      const char   *member,
                                      gboolean      required,
                                      gint64        min,
                                      gint64        max,
                                      gint64       *out,
                                      gboolean     *present,
                                      GError      **error);
gboolean    scr_json_read_double     (JsonObject   *object,
                                      const char   *parent,
                                      const char   *member,
                                      gboolean      required,
                                      double       *out,
                                      gboolean     *present,
                                      GError      **error);
gboolean    scr_json_read_bool       (JsonObject   *object,
                                      const char   *parent,
                                      const char   *member,
                                      gboolean      required,
                                      gboolean     *out,
                                      gboolean     *present,
                                      GError      **error);
/* Reads an enum by its nick (the JSON spelling). */
gboolean    scr_json_read_enum       (JsonObject   *object,
                                      const char   *parent,
                                      const char   *member,
                                      gboolean      required,
                                      GType         enum_type,
                                      int          *out,
                                      GError      **error);
/* Array of strings into a NULL-terminated vector (NULL when absent). */
gboolean    scr_json_read_strv       (JsonObject   *object,
                                      const char   *parent,
                                      const char   *member,
                                      gboolean      required,
                                      char       ***out,
                                      GError      **error);
/* Borrowed containers; *out is NULL when absent. */
gboolean    scr_json_read_array      (JsonObject   *object,
                                      const char   *parent,
                                      const char   *member,
                                      gboolean      required,
                                      JsonArray   **out,
                                      GError      **error);
gboolean    scr_json_read_object     (JsonObject   *object,
                                      const char   *parent,
                                      const char   *member,
                                      gboolean      required,
                                      JsonObject  **out,
                                      GError      **error);
/* An array element must be an object. */
JsonObject *scr_json_array_get_object (JsonArray   *array,
                                       guint        index,
                                       const char  *path,
                                       GError     **error);

/* Unknown members: everything in @object not named in @known (NULL
 * terminated), in document order, as a new object; NULL when there are
 * none. Writers append them after the known members. */
JsonObject *scr_json_collect_unknown (JsonObject          *object,
                                      const char * const  *known);
void        scr_json_write_unknown   (JsonBuilder         *builder,
                                      JsonObject          *unknown);

/* Writers: each adds "member": value, with null for NULL. */
void        scr_json_write_string    (JsonBuilder   *builder,
                                      const char    *member,
                                      const char    *value);
void        scr_json_write_date      (JsonBuilder   *builder,
                                      const char    *member,
                                      const ScrDate *value);
void        scr_json_write_int       (JsonBuilder   *builder,
                                      const char    *member,
                                      gint64         value);
void        scr_json_write_bool      (JsonBuilder   *builder,
                                      const char    *member,
                                      gboolean       value);
void        scr_json_write_enum      (JsonBuilder   *builder,
                                      const char    *member,
                                      GType          enum_type,
                                      int            value);
void        scr_json_write_strv      (JsonBuilder   *builder,
                                      const char    *member,
                                      const char * const *value);

/* Nick <-> value for mkenums enums. */
const char *scr_enum_to_nick         (GType          enum_type,
                                      int            value);
gboolean    scr_enum_from_nick       (GType          enum_type,
                                      const char    *nick,
                                      int           *value);

/* For formats that keep no unknown members (rule, vocabulary, gazetteer
 * files): a member not in @known (NULL terminated) is an error at
 * PATH.member, so that a misspelling is not silently ignored. */
gboolean    scr_json_check_members   (JsonObject         *object,
                                      const char         *path,
                                      const char * const *known,
                                      GError            **error);

/* Files: parse with a GError naming the file (and line:column on syntax
 * errors); write pretty-printed (2 spaces, trailing newline) atomically
 * through a temporary file and rename. */
JsonNode   *scr_json_parse_file      (const char   *filename,
                                      GError      **error);
JsonNode   *scr_json_parse_data      (const char   *data,
                                      gssize        length,
                                      GError      **error);
char       *scr_json_to_pretty_data  (JsonNode     *root,
                                      gsize        *length);
gboolean    scr_json_write_file      (JsonNode     *root,
                                      const char   *filename,
                                      GError      **error);
/* As scr_json_write_file with the new file's permissions (0600 for a file
 * with restricted details). */
gboolean    scr_json_write_file_mode (JsonNode     *root,
                                      const char   *filename,
                                      int           mode,
                                      GError      **error);

G_END_DECLS
