/* scr-args.h: the value parsers behind the scr tool's arguments.
 *
 * Kept apart from the subcommands so the fuzz harness
 * (tests/fuzz/fuzz-cli-args.c) runs exactly the code the tool runs. Each
 * parser returns FALSE (or NULL) with a one-line SCR_ERROR_INVALID_ARGUMENT
 * that quotes the text it was given.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <scr/scr.h>

G_BEGIN_DECLS

/* A complete YYYY-MM-DD date (working-day arithmetic needs a day). */
ScrDate  *scr_args_parse_day      (const char  *text,
                                   GError     **error);

/* YYYY-MM-DD, YYYY-MM or YYYY (--date, --today): @what names the option. */
ScrDate  *scr_args_parse_date     (const char  *text,
                                   const char  *what,
                                   GError     **error);

/* A decimal integer in [@min, @max]; @what names the argument. */
gboolean  scr_args_parse_int      (const char  *text,
                                   gint64       min,
                                   gint64       max,
                                   const char  *what,
                                   gint64      *out,
                                   GError     **error);

/* A roll nick (error, following, ...); NULL means SCR_ROLL_ERROR. */
gboolean  scr_args_parse_roll     (const char  *text,
                                   ScrRoll     *roll,
                                   GError     **error);

/* GOptionContext takes "-7" for an option. Hides arguments that look like
 * negative numbers behind a leading \x01 before parsing (the copies go
 * into @keep, which must outlive @argv), and restores them after. */
void      scr_args_hide_negative_numbers    (int          argc,
                                             char       **argv,
                                             GPtrArray   *keep);
void      scr_args_restore_negative_numbers (int          argc,
                                             char       **argv,
                                             GPtrArray   *keep);
/* An option that takes a value ("--roll -7") got the hidden copy as its
 * value: gives it back its own text. */
void      scr_args_restore_option_value     (char       **value,
                                             GPtrArray   *keep);

G_END_DECLS
