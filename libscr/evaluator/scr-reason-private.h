/* scr-reason-private.h: the English text of outcomes (scr-reason.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-interp-private.h"

G_BEGIN_DECLS

/* Fills in @rule's kit (after its id, process and outcome are set). */
void           scr_crule_build_kit       (ScrCRule      *rule);
/* Pads a parsed template's text for rendering and works out its longest
 * reason. */
void           scr_template_finish       (ScrTemplate   *t);

/* Where reasons are written: each reason followed by its nul, and a nul
 * after the last. The evaluator keeps one and reuses it. */
struct _ScrReasonBuffer
{
  char *data;
  gsize len;
  gsize allocated;
};

void           scr_reason_buffer_init    (ScrReasonBuffer *buffer,
                                          gsize            size);
void           scr_reason_buffer_clear   (ScrReasonBuffer *buffer);
/* Empties @buffer, keeping its room. */
void           scr_reason_buffer_reset   (ScrReasonBuffer *buffer);

/* The reason of one outcome record, appended to @reasons with its nul. */
/* Undecided: @rule would decide, once @missing (facts) and
 * @missing_events are known; @best (nullable) is the rule that holds. */
void           scr_reason_undecided      (ScrReasonBuffer      *reasons,
                                          const ScrRuleTables  *tables,
                                          const ScrCRule       *rule,
                                          const ScrCRule       *best,
                                          const guint64        *missing,
                                          guint64               missing_events);
/* @rule decided: its template on @v, after "[unverified rule] " if
 * @unverified. */
void           scr_reason_rule           (ScrReasonBuffer      *reasons,
                                          const ScrCRule       *rule,
                                          gboolean              unverified,
                                          const ScrFactVector  *v,
                                          const ScrSpan        *date);
/* No rule in force holds: @falses (the first few that did not apply) and
 * the known facts they read. */
void           scr_reason_not_applied    (ScrReasonBuffer      *reasons,
                                          const ScrCRule *const *falses,
                                          guint                 n_false,
                                          const ScrFactVector  *v);

/* Appends " @text" to the last reason of @reasons. */
void           scr_reason_append         (ScrReasonBuffer      *reasons,
                                          const char           *text);

const char    *scr_process_to_nick       (ScrProcess process);
const char    *scr_verdict_to_nick       (ScrVerdict verdict);

G_END_DECLS
