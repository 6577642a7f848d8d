/* scr-version-macros.h: symbol export and availability macros.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib.h>

#include "scr-version.h"

/* The library is built with hidden visibility; only declarations that
 * carry _SCR_EXTERN are exported. */
#ifndef _SCR_EXTERN
# if defined(_WIN32) && defined(SCR_COMPILATION)
#  define _SCR_EXTERN __declspec(dllexport) extern
# elif defined(_WIN32)
#  define _SCR_EXTERN __declspec(dllimport) extern
# elif defined(__GNUC__)
#  define _SCR_EXTERN __attribute__((visibility ("default"))) extern
# else
#  define _SCR_EXTERN extern
# endif
#endif

#define SCR_VERSION_1_0 (SCR_ENCODE_VERSION (1, 0, 0))

#define SCR_VERSION_CUR_STABLE \
  (SCR_ENCODE_VERSION (SCR_MAJOR_VERSION, SCR_MINOR_VERSION, 0))

#ifndef SCR_VERSION_MIN_REQUIRED
# define SCR_VERSION_MIN_REQUIRED SCR_VERSION_CUR_STABLE
#endif

#ifndef SCR_VERSION_MAX_ALLOWED
# define SCR_VERSION_MAX_ALLOWED SCR_VERSION_CUR_STABLE
#endif

#if SCR_VERSION_MAX_ALLOWED < SCR_VERSION_MIN_REQUIRED
# error "SCR_VERSION_MAX_ALLOWED must be >= SCR_VERSION_MIN_REQUIRED"
#endif

#define SCR_DEPRECATED _SCR_EXTERN G_DEPRECATED
#define SCR_DEPRECATED_FOR(f) _SCR_EXTERN G_DEPRECATED_FOR (f)
#define SCR_UNAVAILABLE(maj,min) G_UNAVAILABLE (maj, min) _SCR_EXTERN

/* Every public declaration in 1.0 carries SCR_AVAILABLE_IN_ALL. Later
 * releases add SCR_AVAILABLE_IN_1_2 and so on, guarded by
 * SCR_VERSION_MAX_ALLOWED like json-glib's macros. */
#define SCR_AVAILABLE_IN_ALL _SCR_EXTERN
#define SCR_AVAILABLE_IN_1_0 _SCR_EXTERN
