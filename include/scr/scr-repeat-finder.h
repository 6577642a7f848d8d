/* scr-repeat-finder.h: recommendations, findings and lessons that repeat
 * those of earlier reviews.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "scr-dataset.h"
#include "scr-version-macros.h"

G_BEGIN_DECLS

/**
 * SCR_REPEAT_FINDER_DEFAULT_THRESHOLD:
 *
 * The default [property@Scr.RepeatFinder:threshold]: the cosine at which
 * the labelled pairs of `tests/data/learning/similar-pairs.json` are best
 * told apart (doc/learning.md).
 */
#define SCR_REPEAT_FINDER_DEFAULT_THRESHOLD 0.25

#define SCR_TYPE_REPEAT_FINDER (scr_repeat_finder_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrRepeatFinder, scr_repeat_finder, SCR, REPEAT_FINDER, GObject)

SCR_AVAILABLE_IN_ALL
ScrRepeatFinder *scr_repeat_finder_new           (void);
SCR_AVAILABLE_IN_ALL
double           scr_repeat_finder_get_threshold (ScrRepeatFinder  *self);
SCR_AVAILABLE_IN_ALL
void             scr_repeat_finder_set_threshold (ScrRepeatFinder  *self,
                                                  double            threshold);
SCR_AVAILABLE_IN_ALL
GListModel      *scr_repeat_finder_find          (ScrRepeatFinder  *self,
                                                  ScrDataset       *dataset);
SCR_AVAILABLE_IN_ALL
double           scr_repeat_finder_similarity    (ScrRepeatFinder  *self,
                                                  const char       *a,
                                                  const char       *b,
                                                  char           ***shared);

G_END_DECLS
