/* scr-case-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-case.h"
#include "scr-rules-private.h"

G_BEGIN_DECLS

/* A case's facts and events numbered as the fact catalogue numbers them,
 * kept up to date by every change to them (scr_case_set_fact(),
 * scr_case_set_event(), loading), so that the evaluator reads a case in
 * one step instead of listing and looking up names. */
typedef struct
{
  guint64 facts_recorded[2];    /* bit per catalogue fact recorded */
  guint64 facts_known[2];       /* bit per catalogue fact recorded, not as unknown */
  guint64 events_recorded;      /* bit per catalogue event recorded */
  guint n_other_facts;          /* recorded facts the catalogue does not know */
  guint n_other_events;         /* recorded events the catalogue does not know */
  gint16 *values;               /* per catalogue fact: encoded (unknown if not recorded) */
  ScrSpan *events;              /* per catalogue event: { 0, 0 } if not recorded */
} ScrCaseView;

/* Never NULL; valid until the case's facts or events change. */
const ScrCaseView *scr_case_get_view (ScrCase *self);

ScrCase *scr_case_load_json (JsonObject   *object,
                             const char   *path,
                             GError      **error);
void     scr_case_save_json (ScrCase      *self,
                             JsonBuilder  *builder);

G_END_DECLS
