/* scr-json-stream-private.h: a fast JSON reader for datasets.
 *
 * json-glib's JsonParser builds the whole tree through GScanner and emits
 * signals for every member; for an 80 MB register that costs more than the
 * model itself. This reader builds the same json-glib nodes directly from
 * the text and hands each element of the root object's arrays to a
 * callback as soon as it is read, so that the caller can load it and free
 * it while it is still in cache. It also catches the number literals
 * json-glib would read wrongly (integers beyond 64 bits, floats beyond
 * the double range) with their JSON path.
 *
 * Errors: SCR_ERROR_PARSE "line L column C: problem" for text that is not
 * JSON (RFC 8259: UTF-8, no comments, no trailing commas, one value);
 * SCR_ERROR_VALIDATION "PATH: LITERAL is too large ..." for numbers.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Called for each element of a root array member when it is streamed;
 * the element is freed after the call. Return FALSE (with @error set) to
 * stop reading. */
typedef gboolean (*ScrJsonElementFunc) (const char  *member,
                                        guint        index,
                                        JsonNode    *element,
                                        gpointer     user_data,
                                        GError     **error);
/* Called for each root member that is not streamed, once read; return
 * whether the arrays that follow may be streamed (the dataset says yes
 * once schema_version has been read and checked). Return FALSE with
 * @error set to stop reading. Members not streamed stay in the root. */
typedef gboolean (*ScrJsonMemberFunc)  (const char  *member,
                                        JsonNode    *value,
                                        gboolean    *stream,
                                        gpointer     user_data,
                                        GError     **error);

/* Reads @data. Root array members named in @stream_members are streamed
 * through @element_func when @member_func has allowed it; everything else
 * is returned in the root node (transfer full). */
JsonNode *scr_json_stream_read (const char          *data,
                                gsize                length,
                                const char * const  *stream_members,
                                ScrJsonMemberFunc    member_func,
                                ScrJsonElementFunc   element_func,
                                gpointer             user_data,
                                GError             **error);

G_END_DECLS
