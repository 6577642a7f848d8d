/* scr-span-private.h: a date known to lie within a span of days
 * (the form the evaluator holds dates in).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-date.h"

G_BEGIN_DECLS

/* A date known to lie in [first, last] (ordinals; equal for a complete
 * date). first == 0: absent. */
typedef struct
{
  gint32 first;
  gint32 last;
} ScrSpan;

ScrDate       *scr_span_to_date          (const ScrSpan *span);
void           scr_span_from_date        (ScrSpan       *span,
                                          const ScrDate *date);

G_END_DECLS
