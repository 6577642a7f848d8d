/* scr-quote-private.h: input text quoted for an error message.
 *
 * Error messages are one line and stay readable however hostile the input
 * they quote: a date field holding a newline or a megabyte of text must
 * not break the line or flood the terminal.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest quoted text, in characters, before it is cut with "…". */
#define SCR_QUOTE_MAX_CHARS 64

/* "TEXT" with its quotes: control characters, quotes and backslashes
 * escaped C-style, invalid UTF-8 bytes as \xNN, cut after
 * SCR_QUOTE_MAX_CHARS characters. */
char *scr_quote (const char *text);

/* @message with its control characters (newlines included) escaped as
 * \xNN and invalid UTF-8 bytes likewise: for messages that embed input,
 * such as a JSON member name in a path. */
char *scr_one_line (const char *message);

G_END_DECLS
