/* scr.h: the one header of libscr.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib-object.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#define SCR_INSIDE

#include "scr-version.h"
#include "scr-version-macros.h"
#include "scr-error.h"
#include "scr-enum-types.h"
#include "scr-date.h"
#include "scr-csv.h"

/* calendar */
#include "scr-holiday.h"
#include "scr-skipped-day.h"
#include "scr-calendar.h"
#include "scr-calendar-builder.h"

/* model */
#include "scr-facts.h"
#include "scr-theme.h"
#include "scr-finding.h"
#include "scr-lesson.h"
#include "scr-recommendation.h"
#include "scr-action-impact.h"
#include "scr-action.h"
#include "scr-action-concern.h"
#include "scr-theme-count.h"
#include "scr-audit-measure.h"
#include "scr-audit.h"
#include "scr-agency.h"
#include "scr-restricted-details.h"
#include "scr-period.h"
#include "scr-person.h"
#include "scr-case.h"
#include "scr-milestone.h"
#include "scr-review.h"
#include "scr-chronology-event.h"
#include "scr-dataset.h"
#include "scr-concept.h"
#include "scr-vocabulary.h"

/* evaluator */
#include "scr-rule.h"
#include "scr-rule-set.h"
#include "scr-outcome.h"
#include "scr-question.h"
#include "scr-evaluation.h"
#include "scr-deadline.h"
#include "scr-timeline.h"
#include "scr-timeline-icalendar.h"
#include "scr-evaluator.h"
#include "scr-disclosure.h"
#include "scr-publication-check.h"
#include "scr-report.h"
#include "scr-return-field.h"
#include "scr-return.h"
#include "scr-repeat.h"
#include "scr-repeat-finder.h"
#include "scr-log-entry.h"
#include "scr-store.h"

#undef SCR_INSIDE
