/* scr-log-entry-private.h: log entries as the store reads and writes
 * them, and the hash that chains them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-log-entry.h"

G_BEGIN_DECLS

/* The columns of a log row, in the order of the table (scr-store.c). */
typedef enum {
  SCR_LOG_SEQUENCE,
  SCR_LOG_TIME,
  SCR_LOG_USER,
  SCR_LOG_KIND,
  SCR_LOG_ENTITY_ID,
  SCR_LOG_ENTITY_VERSION,
  SCR_LOG_MEMBER,
  SCR_LOG_OLD_VALUE,
  SCR_LOG_NEW_VALUE,
  SCR_LOG_REASON,
  SCR_LOG_RULES_VERSION,
  SCR_LOG_RULES_DIGEST,
  SCR_LOG_PREVIOUS_HASH,
  SCR_LOG_HASH,
  SCR_LOG_N_COLUMNS
} ScrLogColumn;

/* The hash of the first entry's predecessor. */
#define SCR_LOG_GENESIS_HASH \
  "0000000000000000000000000000000000000000000000000000000000000000"

/* The SHA-256, in hexadecimal, of a row's columns before SCR_LOG_HASH
 * (the previous hash included, which is what chains the log). */
char        *scr_log_hash_row      (const char *const *columns);

/* An entry from a full row (every column, the hash last), or NULL with
 * @error if the row's time or numbers do not read. */
ScrLogEntry *scr_log_entry_new_row (const char *const *columns,
                                    GError           **error);

G_END_DECLS
