/* scr-rules-private.h: every private header of the rule machinery, for
 * the files that use several of them. Each concept has its own header:
 *
 *   scr-span-private.h         dates as spans of days
 *   scr-rule-private.h         compiled rules, conditions, templates
 *   scr-rule-tables-private.h  a rule set's tables and in-force index
 *   scr-rule-parser-private.h  the rule-file parser
 *   scr-interp-private.h       fact vectors, the interpreter, outcome records
 *   scr-reason-private.h       the English text of outcomes
 *   scr-deadline-private.h     deadline records and their arithmetic
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-span-private.h"
#include "scr-rule-private.h"
#include "scr-rule-tables-private.h"
#include "scr-rule-parser-private.h"
#include "scr-interp-private.h"
#include "scr-reason-private.h"
#include "scr-deadline-private.h"
