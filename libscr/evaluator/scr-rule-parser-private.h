/* scr-rule-parser-private.h: the rule-file parser (scr-rule-parser.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "scr-rule-tables-private.h"

G_BEGIN_DECLS

/* Parses and checks the rule file @root (named @source in errors) and adds
 * its rules and timescales to @tables, rebuilding the index. Rule ids must
 * be new to @ids (the set's, id -> ScrRule*; not changed). Returns the new
 * entries' ScrRule objects in load order, for the set to list; NULL with
 * @error set, and @tables unchanged, when the file is not valid. */
GPtrArray     *scr_rule_parser_load      (ScrRuleTables *tables,
                                          GHashTable    *ids,
                                          JsonNode      *root,
                                          const char    *source,
                                          GError       **error);

G_END_DECLS
