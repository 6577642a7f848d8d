/* scr-evaluator.h: applies a rule set to cases.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "scr-version-macros.h"
#include "scr-calendar.h"
#include "scr-case.h"
#include "scr-date.h"
#include "scr-evaluation.h"
#include "scr-rule-set.h"
#include "scr-timeline.h"

G_BEGIN_DECLS

#define SCR_TYPE_EVALUATOR (scr_evaluator_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrEvaluator, scr_evaluator, SCR, EVALUATOR, GObject)

SCR_AVAILABLE_IN_ALL
ScrEvaluator  *scr_evaluator_new                    (ScrRuleSet    *rules);
SCR_AVAILABLE_IN_ALL
ScrRuleSet    *scr_evaluator_get_rules              (ScrEvaluator  *self);
SCR_AVAILABLE_IN_ALL
gboolean       scr_evaluator_get_include_unverified (ScrEvaluator  *self);
SCR_AVAILABLE_IN_ALL
void           scr_evaluator_set_include_unverified (ScrEvaluator  *self,
                                                     gboolean       include_unverified);
SCR_AVAILABLE_IN_ALL
ScrCalendar   *scr_evaluator_get_calendar           (ScrEvaluator  *self);
SCR_AVAILABLE_IN_ALL
void           scr_evaluator_set_calendar           (ScrEvaluator  *self,
                                                     ScrCalendar   *calendar);
SCR_AVAILABLE_IN_ALL
ScrEvaluation *scr_evaluator_evaluate               (ScrEvaluator  *self,
                                                     ScrCase       *scr_case,
                                                     const ScrDate *decision_date);
SCR_AVAILABLE_IN_ALL
GListModel    *scr_evaluator_evaluate_all           (ScrEvaluator  *self,
                                                     GListModel    *cases,
                                                     const ScrDate *decision_date);
SCR_AVAILABLE_IN_ALL
ScrTimeline   *scr_evaluator_timeline               (ScrEvaluator  *self,
                                                     ScrCase       *scr_case,
                                                     const ScrDate *today,
                                                     GError       **error);
SCR_AVAILABLE_IN_ALL
GListModel    *scr_evaluator_timeline_all           (ScrEvaluator  *self,
                                                     GListModel    *cases,
                                                     const ScrDate *today,
                                                     GError       **error);

G_END_DECLS
