/* scr-rule-set.h: the criteria and timescale rules, built in and loaded.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "scr-version-macros.h"
#include "scr-rule.h"

G_BEGIN_DECLS

#define SCR_TYPE_RULE_SET (scr_rule_set_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrRuleSet, scr_rule_set, SCR, RULE_SET, GObject)

SCR_AVAILABLE_IN_ALL
ScrRuleSet  *scr_rule_set_new              (void);
SCR_AVAILABLE_IN_ALL
ScrRuleSet  *scr_rule_set_new_builtin      (void);
SCR_AVAILABLE_IN_ALL
gboolean     scr_rule_set_load_file        (ScrRuleSet  *self,
                                            const char  *filename,
                                            GError     **error);
SCR_AVAILABLE_IN_ALL
gboolean     scr_rule_set_load_data        (ScrRuleSet  *self,
                                            const char  *data,
                                            gssize       length,
                                            const char  *source,
                                            GError     **error);
SCR_AVAILABLE_IN_ALL
GListModel  *scr_rule_set_get_rules        (ScrRuleSet  *self);
SCR_AVAILABLE_IN_ALL
const char  *scr_rule_set_get_digest       (ScrRuleSet  *self);
SCR_AVAILABLE_IN_ALL
ScrRule     *scr_rule_set_lookup           (ScrRuleSet  *self,
                                            const char  *id);
SCR_AVAILABLE_IN_ALL
char       **scr_rule_set_list_sources     (ScrRuleSet  *self);
SCR_AVAILABLE_IN_ALL
char       **scr_rule_set_list_events      (ScrRuleSet  *self);
SCR_AVAILABLE_IN_ALL
char        *scr_rule_set_to_markdown      (ScrRuleSet  *self);

G_END_DECLS
