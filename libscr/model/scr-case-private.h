/* scr-case-private.h: a case as the library's other areas read it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-case.h"
#include "scr-facts-private.h"
#include "scr-model-private.h"

G_BEGIN_DECLS

/* What the catalogue makes of a recorded fact and event (the case's
 * schema entries, see ScrModelMap): the name's number (-1 for a name the
 * catalogue does not know) and the value's code, or the days the date
 * covers. A fact's entry is four bytes (catalogue numbers are below
 * SCR_MAX_FACTS, codes are 16 bits) so that a case's facts take a cache
 * line or two. */
typedef struct
{
  gint16 index;
  gint16 code;
} ScrFactSchema;

typedef struct
{
  gint32 index;
  ScrSpan span;
} ScrEventSchema;

/* The recorded facts (values char *, with their codes in the catalogue)
 * and events (values ScrDate *, with the spans of days they cover) in
 * order, each with its catalogue number (-1 for a name the catalogue does
 * not know); valid until the case's facts or events change. For readers
 * of every fact at once (the evaluator). */
const ScrModelMapEntry *scr_case_get_fact_entries  (ScrCase  *self,
                                                    guint    *n_entries);
const ScrModelMapEntry *scr_case_get_event_entries (ScrCase  *self,
                                                    guint    *n_entries);
/* The fields a reader of the whole case takes at once (the evaluator,
 * once an evaluation), filled in one call without the public getters'
 * checks: borrowed, valid until the case changes. The schema arrays are
 * what the catalogue made of the recorded facts and events (entry i's
 * number and code). Nothing is kept for the reader: each call reads the
 * case's own fields. */
typedef struct
{
  const char *id;
  ScrJurisdiction jurisdiction;
  ScrIncidentNature incident_nature;
  ScrPerson *subject;
  const ScrDate *incident_date;
  const ScrDate *became_aware;
  const ScrDate *area_transition_date;
  const ScrFactSchema *fact_schema;
  const ScrEventSchema *event_schema;
  guint n_facts;
  guint n_events;
} ScrCaseFields;

void                    scr_case_peek_fields       (ScrCase        *self,
                                                    ScrCaseFields  *fields);

ScrCase *scr_case_load_json (JsonObject   *object,
                             const char   *path,
                             GError      **error);
void     scr_case_save_json (ScrCase      *self,
                             JsonBuilder  *builder);

G_END_DECLS
