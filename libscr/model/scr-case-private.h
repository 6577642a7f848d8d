/* scr-case-private.h: a case as the library's other areas read it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-case.h"
#include "scr-facts-private.h"
#include "scr-model-private.h"

G_BEGIN_DECLS

/* The recorded facts (values char *, with their codes in the catalogue)
 * and events (values ScrDate *, with the spans of days they cover) in
 * order, each with its catalogue number (-1 for a name the catalogue does
 * not know); valid until the case's facts or events change. For readers
 * of every fact at once (the evaluator). */
const ScrModelMapEntry *scr_case_get_fact_entries  (ScrCase  *self,
                                                    guint    *n_entries);
const ScrModelMapEntry *scr_case_get_event_entries (ScrCase  *self,
                                                    guint    *n_entries);
/* What the catalogue made of them: entry i's number and code. */
const ScrSchemaEntry   *scr_case_get_fact_schema   (ScrCase  *self,
                                                    guint    *n_entries);
const ScrSchemaEntry   *scr_case_get_event_schema  (ScrCase  *self,
                                                    guint    *n_entries);

ScrCase *scr_case_load_json (JsonObject   *object,
                             const char   *path,
                             GError      **error);
void     scr_case_save_json (ScrCase      *self,
                             JsonBuilder  *builder);

G_END_DECLS
