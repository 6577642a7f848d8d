/* scr-store-due-private.h: the register's due index (scr-store-due.c),
 * for scr-store.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "scr-date.h"
#include "scr-evaluator.h"
#include "scr-store-backend-private.h"

G_BEGIN_DECLS

/* The statements that add the due index's tables (schema version 3). */
extern const char *const scr_store_due_schema[];

/* Whether the due index was made with @rules and this libscr (when not,
 * saves leave it and the next list of what is due remakes it). */
gboolean    scr_store_due_is_current   (ScrStoreBackend  *backend,
                                        ScrRuleSet       *rules,
                                        gboolean         *current,
                                        GError          **error);
/* Records, inside a write, that the index was made with @rules (that of
 * an empty register is). */
gboolean    scr_store_due_mark_current (ScrStoreBackend  *backend,
                                        ScrRuleSet       *rules,
                                        GError          **error);
/* Replaces the index's rows of @scr_case (as saved) with its own, inside
 * a write; @evaluator (over @rules) is made on first use and kept by the
 * caller. @uri names the register in errors. */
gboolean    scr_store_due_index_case   (ScrStoreBackend  *backend,
                                        const char       *uri,
                                        ScrRuleSet       *rules,
                                        ScrEvaluator    **evaluator,
                                        ScrCase          *scr_case,
                                        GError          **error);
/* scr_store_list_due(): remakes the index first if it is not current. */
GListModel *scr_store_due_list         (ScrStoreBackend  *backend,
                                        const char       *uri,
                                        ScrRuleSet       *rules,
                                        const ScrDate    *today,
                                        const char       *agency_id,
                                        GError          **error);

G_END_DECLS
