/* scr-rule.h: one criteria or timescale rule of a rule set.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>

#include "scr-version-macros.h"
#include "scr-date.h"

G_BEGIN_DECLS

/**
 * ScrEvidence:
 * @SCR_EVIDENCE_FOUND: `[F]` found in a public source
 * @SCR_EVIDENCE_SEED: `[S]` stated in the seed documents
 * @SCR_EVIDENCE_RECALLED: `[R]` recalled but not located: unverified, used
 *   only when [property@Scr.Evaluator:include-unverified] is set
 * @SCR_EVIDENCE_INFERRED: `[I]` inferred: libscr policy, not law
 *
 * How well a rule is supported (the specification's evidence tags).
 */
typedef enum {
  SCR_EVIDENCE_FOUND,
  SCR_EVIDENCE_SEED,
  SCR_EVIDENCE_RECALLED,
  SCR_EVIDENCE_INFERRED,
} ScrEvidence;

/**
 * ScrProcess:
 * @SCR_PROCESS_NOTIFICATION: notification of a serious incident (to the
 *   Panel from 29 June 2018; to Ofsted and the LSCB before)
 * @SCR_PROCESS_LAC_DEATH_NOTIFICATION: notification of a looked-after
 *   child's death to the Secretary of State and Ofsted
 * @SCR_PROCESS_CARE_LEAVER_DEATH_NOTIFICATION: notification of a care
 *   leaver's death to the Secretary of State and Ofsted
 * @SCR_PROCESS_RAPID_REVIEW: rapid review
 * @SCR_PROCESS_SCR: serious case review (England, LSCB era)
 * @SCR_PROCESS_LEARNING_REVIEW: another (multi-agency) learning review
 * @SCR_PROCESS_LCSPR: local child safeguarding practice review
 * @SCR_PROCESS_NATIONAL_REVIEW: national child safeguarding practice review
 * @SCR_PROCESS_CHILD_DEATH_REVIEW: child death review
 * @SCR_PROCESS_JOINT_AGENCY_RESPONSE: joint agency response to a child death
 * @SCR_PROCESS_NCMD_NOTIFICATION: notification to the National Child
 *   Mortality Database
 * @SCR_PROCESS_DHR: domestic homicide review
 * @SCR_PROCESS_WALES_SCR: Wales serious case review (2006 regulations)
 * @SCR_PROCESS_WALES_CONCISE: Wales concise child practice review
 * @SCR_PROCESS_WALES_EXTENDED: Wales extended child practice review
 * @SCR_PROCESS_WALES_SUSR: Wales single unified safeguarding review
 * @SCR_PROCESS_SCOTLAND_SCR: Scotland initial and significant case review
 * @SCR_PROCESS_SCOTLAND_LEARNING_REVIEW: Scotland learning review
 * @SCR_PROCESS_CARE_INSPECTORATE_NOTIFICATION: Scotland: notification of
 *   the learning review decision to the Care Inspectorate
 * @SCR_PROCESS_NI_CMR: Northern Ireland case management review
 *
 * The statutory process a rule decides about. The nick is the spelling in
 * rule files and JSON output.
 */
typedef enum {
  SCR_PROCESS_NOTIFICATION,
  SCR_PROCESS_LAC_DEATH_NOTIFICATION,
  SCR_PROCESS_CARE_LEAVER_DEATH_NOTIFICATION,
  SCR_PROCESS_RAPID_REVIEW,
  SCR_PROCESS_SCR,
  SCR_PROCESS_LEARNING_REVIEW,
  SCR_PROCESS_LCSPR,
  SCR_PROCESS_NATIONAL_REVIEW,
  SCR_PROCESS_CHILD_DEATH_REVIEW,
  SCR_PROCESS_JOINT_AGENCY_RESPONSE,
  SCR_PROCESS_NCMD_NOTIFICATION,
  SCR_PROCESS_DHR,
  SCR_PROCESS_WALES_SCR,
  SCR_PROCESS_WALES_CONCISE,
  SCR_PROCESS_WALES_EXTENDED,
  SCR_PROCESS_WALES_SUSR,
  SCR_PROCESS_SCOTLAND_SCR,
  SCR_PROCESS_SCOTLAND_LEARNING_REVIEW,
  SCR_PROCESS_CARE_INSPECTORATE_NOTIFICATION,
  SCR_PROCESS_NI_CMR,
} ScrProcess;

/**
 * ScrVerdict:
 * @SCR_VERDICT_REQUIRED: statute, regulation or guidance says the body must
 * @SCR_VERDICT_EXPECTED: statutory guidance says it should always
 * @SCR_VERDICT_CONSIDER: the body must consider it or may decide
 * @SCR_VERDICT_NOT_REQUIRED: no duty arises from the rules in force
 * @SCR_VERDICT_INDETERMINATE: a fact (or date) the decision needs is unknown
 *
 * The outcome of the rules for one process.
 */
typedef enum {
  SCR_VERDICT_REQUIRED,
  SCR_VERDICT_EXPECTED,
  SCR_VERDICT_CONSIDER,
  SCR_VERDICT_NOT_REQUIRED,
  SCR_VERDICT_INDETERMINATE,
} ScrVerdict;

/**
 * ScrRuleKind:
 * @SCR_RULE_KIND_CRITERIA: a criteria rule: a condition over facts gives
 *   an outcome for a process
 * @SCR_RULE_KIND_TIMESCALE: a timescale rule: a deadline counted from an
 *   anchor event
 * @SCR_RULE_KIND_NOTE: an informational entry (definitions, invariants)
 *
 * What a [class@Scr.Rule] is.
 */
typedef enum {
  SCR_RULE_KIND_CRITERIA,
  SCR_RULE_KIND_TIMESCALE,
  SCR_RULE_KIND_NOTE,
} ScrRuleKind;

/**
 * ScrTimeUnit:
 * @SCR_TIME_UNIT_NONE: no duration (criteria rules, notes)
 * @SCR_TIME_UNIT_WORKING_DAYS: within N working days: the anchor day is
 *   day 0; the deadline is the N-th working day after it
 * @SCR_TIME_UNIT_CALENDAR_DAYS: within N days: calendar days, no roll
 *   forward to a working day
 * @SCR_TIME_UNIT_MONTHS: within N months: the same day N months later,
 *   clamped to the end of a shorter month
 * @SCR_TIME_UNIT_WORKING_DAYS_BEFORE: no later than N working days before
 *   the anchor (the anchor itself not counted)
 * @SCR_TIME_UNIT_CALENDAR_DAYS_BEFORE: no later than N days before the anchor
 * @SCR_TIME_UNIT_PROCESS_DAYS: local "Day N" plans: Day 1 is the first
 *   working day on or after the anchor, Day N the (N-1)-th working day after
 *   Day 1
 * @SCR_TIME_UNIT_HOURS: within N hours, counted as whole calendar days
 * @SCR_TIME_UNIT_AS_SOON_AS: "as soon as": no fixed due date
 *
 * How a timescale rule counts.
 */
typedef enum {
  SCR_TIME_UNIT_NONE,
  SCR_TIME_UNIT_WORKING_DAYS,
  SCR_TIME_UNIT_CALENDAR_DAYS,
  SCR_TIME_UNIT_MONTHS,
  SCR_TIME_UNIT_WORKING_DAYS_BEFORE,
  SCR_TIME_UNIT_CALENDAR_DAYS_BEFORE,
  SCR_TIME_UNIT_PROCESS_DAYS,
  SCR_TIME_UNIT_HOURS,
  SCR_TIME_UNIT_AS_SOON_AS,
} ScrTimeUnit;

#define SCR_TYPE_RULE (scr_rule_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrRule, scr_rule, SCR, RULE, GObject)

SCR_AVAILABLE_IN_ALL
const char         *scr_rule_get_id             (ScrRule *self);
SCR_AVAILABLE_IN_ALL
ScrRuleKind         scr_rule_get_kind           (ScrRule *self);
SCR_AVAILABLE_IN_ALL
const char * const *scr_rule_get_jurisdictions  (ScrRule *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_rule_get_edition        (ScrRule *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_rule_get_in_force_from  (ScrRule *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_rule_get_in_force_until (ScrRule *self);
SCR_AVAILABLE_IN_ALL
ScrProcess          scr_rule_get_process        (ScrRule *self);
SCR_AVAILABLE_IN_ALL
ScrVerdict          scr_rule_get_outcome        (ScrRule *self);
SCR_AVAILABLE_IN_ALL
ScrEvidence         scr_rule_get_evidence       (ScrRule *self);
SCR_AVAILABLE_IN_ALL
gboolean            scr_rule_get_unverified     (ScrRule *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_rule_get_citation       (ScrRule *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_rule_get_text           (ScrRule *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_rule_get_trigger        (ScrRule *self);
SCR_AVAILABLE_IN_ALL
int                 scr_rule_get_duration       (ScrRule *self);
SCR_AVAILABLE_IN_ALL
ScrTimeUnit         scr_rule_get_unit           (ScrRule *self);
SCR_AVAILABLE_IN_ALL
const char         *scr_rule_get_source         (ScrRule *self);

SCR_AVAILABLE_IN_ALL
const char         *scr_evidence_to_tag         (ScrEvidence evidence);

G_END_DECLS
