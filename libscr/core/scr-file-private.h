/* scr-file-private.h: reading a whole file that may not be what it says.
 *
 * Every loader (datasets, rule files, calendars) reads its file through
 * this, so that a FIFO, a device or a huge file gives one clear error
 * instead of a hang or an exhausted memory.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The largest file a loader reads: 1 GiB. Ten times the largest register
 * benchmarked (doc/benchmarks.md); a dataset this size needs about 3 GiB
 * to load (doc/robustness.md), which is as much as a caller should be
 * made to spend on one file without asking. */
#define SCR_FILE_MAX_SIZE ((gsize) 1 << 30)

/* Reads @filename, a regular file of at most @max_size bytes, into a new
 * nul-terminated buffer. Refuses anything else before reading a byte, and
 * stops at @max_size + 1 bytes whatever the file claims its size is (a
 * file that grows, /proc). Errors are G_FILE_ERROR, one line, starting
 * with "FILENAME: ". */
char *scr_file_read (const char  *filename,
                     gsize        max_size,
                     gsize       *length,
                     GError     **error);

G_END_DECLS
