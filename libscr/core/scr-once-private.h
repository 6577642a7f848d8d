/* scr-once-private.h: one-time initialisation that ThreadSanitizer can
 * follow.
 *
 * GLib's g_once_init_enter()/g_once_init_leave() and g_once() synchronise
 * through GLib's own atomics, futex-based GMutex and GCond. A GLib that is
 * not built with -fsanitize=thread (Debian's is not) hides that from
 * ThreadSanitizer, which then reports every read of data made once as a
 * race with the thread that made it. In a ThreadSanitizer build these
 * macros publish the same edge GLib provides, keyed on the once location:
 * a release by the thread that made the value, before it is published,
 * and an acquire by every thread that finds it made. In other builds they
 * are g_once_init_enter() and g_once_init_leave(). (doc/threads.md)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#if defined(__SANITIZE_THREAD__)
#define SCR_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define SCR_TSAN 1
#endif
#endif

#ifdef SCR_TSAN
#include <sanitizer/tsan_interface.h>
#define SCR_TSAN_RELEASE(location) __tsan_release ((void *) (location))
#define SCR_TSAN_ACQUIRE(location) __tsan_acquire ((void *) (location))
#else
#define SCR_TSAN_RELEASE(location) ((void) 0)
#define SCR_TSAN_ACQUIRE(location) ((void) 0)
#endif

/* As g_once_init_enter (): TRUE for the one thread that is to make the
 * value; the others return when it is made. */
#define SCR_ONCE_INIT_ENTER(location) \
  (g_once_init_enter (location) ? TRUE : (SCR_TSAN_ACQUIRE (location), FALSE))
/* As g_once_init_leave (); @result is computed before the release. */
#define SCR_ONCE_INIT_LEAVE(location, result) \
  G_STMT_START { \
    __typeof__ (*(location)) scr_once_made_ = (result); \
    SCR_TSAN_RELEASE (location); \
    g_once_init_leave ((location), scr_once_made_); \
  } G_STMT_END
/* For g_once (): the function that makes the value ends with
 * SCR_ONCE_MADE (once); every caller follows g_once () with
 * SCR_ONCE_FOUND (once). */
#define SCR_ONCE_MADE(once) SCR_TSAN_RELEASE (once)
#define SCR_ONCE_FOUND(once) SCR_TSAN_ACQUIRE (once)

G_END_DECLS
