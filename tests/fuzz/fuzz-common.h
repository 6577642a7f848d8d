/* fuzz-common.h: what every libscr fuzz harness shares.
 *
 * Each harness defines LLVMFuzzerTestOneInput and nothing else; the same
 * file links against libFuzzer (-Dfuzzing=true with clang), AFL++'s driver
 * (CC=afl-clang-fast) or fuzz-replay.c, the plain driver that replays the
 * corpus in the ordinary test suite.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <scr/scr.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Prints a message, and aborts on a fatal one: GLib would stop with a
 * breakpoint trap, which libFuzzer does not catch, so the input that
 * caused it would be lost; on SIGABRT it saves the input (run-fuzzer.sh
 * prints it). */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_default (log_level, fields, n_fields, user_data);

  if (log_level & G_LOG_FLAG_FATAL)
    abort ();
  return output;
}

/* A g_return_if_fail or a warning inside libscr on any input is a bug,
 * so the harnesses turn them into crashes the fuzzer reports. */
static inline void
fuzz_init (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_FATAL_MASK);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

/* The input as a NUL-terminated string (inputs may hold NULs of their own). */
static inline char *
fuzz_strndup (const uint8_t *data,
              size_t         size)
{
  char *text = g_malloc (size + 1);

  memcpy (text, data, size);
  text[size] = '\0';
  return text;
}

/* Every error a loader returns must be one line: the CLI prints it as one,
 * and the docs promise it. */
static inline void
fuzz_check_error (const GError *error)
{
  if (error == NULL)
    return;
  if (error->message == NULL || error->message[0] == '\0' || strchr (error->message, '\n') != NULL)
    {
      g_printerr ("bad error message: \"%s\"\n", error->message ? error->message : "(null)");
      abort ();
    }
}

#define fuzz_assert(expr) \
  G_STMT_START { if (!(expr)) { g_printerr ("%s:%d: assertion failed: %s\n", __FILE__, __LINE__, #expr); abort (); } } G_STMT_END
