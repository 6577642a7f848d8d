/* scr-log-entry.h: one change in a register's decision log.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib-object.h>

#include "scr-version-macros.h"

G_BEGIN_DECLS

#define SCR_TYPE_LOG_ENTRY (scr_log_entry_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrLogEntry, scr_log_entry, SCR, LOG_ENTRY, GObject)

SCR_AVAILABLE_IN_ALL
guint64     scr_log_entry_get_sequence       (ScrLogEntry *self);
SCR_AVAILABLE_IN_ALL
GDateTime  *scr_log_entry_get_time           (ScrLogEntry *self);
SCR_AVAILABLE_IN_ALL
const char *scr_log_entry_get_user           (ScrLogEntry *self);
SCR_AVAILABLE_IN_ALL
const char *scr_log_entry_get_kind           (ScrLogEntry *self);
SCR_AVAILABLE_IN_ALL
const char *scr_log_entry_get_entity_id      (ScrLogEntry *self);
SCR_AVAILABLE_IN_ALL
guint64     scr_log_entry_get_entity_version (ScrLogEntry *self);
SCR_AVAILABLE_IN_ALL
const char *scr_log_entry_get_member         (ScrLogEntry *self);
SCR_AVAILABLE_IN_ALL
const char *scr_log_entry_get_old_value      (ScrLogEntry *self);
SCR_AVAILABLE_IN_ALL
const char *scr_log_entry_get_new_value      (ScrLogEntry *self);
SCR_AVAILABLE_IN_ALL
const char *scr_log_entry_get_reason         (ScrLogEntry *self);
SCR_AVAILABLE_IN_ALL
const char *scr_log_entry_get_rules_version  (ScrLogEntry *self);
SCR_AVAILABLE_IN_ALL
const char *scr_log_entry_get_rules_digest   (ScrLogEntry *self);
SCR_AVAILABLE_IN_ALL
const char *scr_log_entry_get_hash           (ScrLogEntry *self);
SCR_AVAILABLE_IN_ALL
const char *scr_log_entry_get_previous_hash  (ScrLogEntry *self);

G_END_DECLS
