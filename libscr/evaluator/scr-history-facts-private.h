/* scr-history-facts-private.h: facts derived from the subject's
 * legal-status periods, as the rule files declare them ("derived").
 *
 * A rule file may say that a tri-state fact follows from a list of
 * periods (cp_register_periods or looked_after_periods) over a window
 * before a reference event:
 *
 *   "derived": [
 *     {"fact": "cp_register_6m", "periods": "cp_register_periods",
 *      "reference": ["impairment_identified", "incident"],
 *      "window": {"months_before": 6, "ends_days_before": 1}}
 *   ]
 *
 * The reference date is the first of the events with a date. The window
 * runs from the reference date minus months_before months (absent: from
 * the beginning of time, "is or has been") to the reference date minus
 * ends_days_before days, both included. The fact is yes when a period
 * certainly overlaps the window, no when every period certainly misses it
 * (unless "values" is ["yes"]: a fact about siblings too), and stays
 * unknown, so that the rules ask for it, when a partial date straddles an
 * edge. A subject with no period of the list derives nothing; a fact
 * recorded on the case, or derived from its other fields, wins.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "scr-interp-private.h"
#include "scr-reason-private.h"
#include "scr-rule-tables-private.h"

G_BEGIN_DECLS

typedef enum
{
  SCR_HISTORY_CP_REGISTER,
  SCR_HISTORY_LOOKED_AFTER,
} ScrHistoryList;

typedef struct
{
  int fact;                       /* catalogue number */
  ScrHistoryList periods;
  guint n_reference;
  int reference[SCR_MAX_TRIGGERS];  /* event numbers, first known wins */
  int months_before;              /* -1: no start */
  int ends_days_before;
  gboolean yes_only;
  gint32 yes, no;                 /* the fact's codes */
} ScrHistoryFact;

/* Parses the "derived" member of a rule file's @root into @derived (an
 * array of ScrHistoryFact); FALSE with @error naming the path. */
gboolean scr_history_facts_parse (ScrRuleTables *tables,
                                  GArray        *derived,
                                  JsonObject    *root,
                                  GError       **error);

/* Sets the facts of @derived that are neither recorded nor known in @v
 * from the periods (NULL: none) of the subject. */
void     scr_history_facts_apply (const GArray  *derived,
                                  ScrFactVector *v,
                                  GListModel    *cp_register_periods,
                                  GListModel    *looked_after_periods);

/* Appends to the last reason of @reasons a sentence for each fact of
 * @reads (a rule's) that @v derived from periods or recorded instead. */
void     scr_history_facts_explain (const GArray        *derived,
                                    const ScrFactVector *v,
                                    const guint64       *reads,
                                    ScrReasonBuffer     *reasons);

G_END_DECLS
