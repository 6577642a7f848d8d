/* scr-error.h: the libscr error domain.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <glib.h>

#include "scr-version-macros.h"

G_BEGIN_DECLS

/**
 * SCR_ERROR:
 *
 * The error domain of libscr. Errors in this domain come from the
 * [enum@Scr.Error] enumeration.
 */
#define SCR_ERROR (scr_error_quark ())

/**
 * ScrError:
 * @SCR_ERROR_FAILED: a failure with no more specific code
 * @SCR_ERROR_INVALID_ARGUMENT: a value given to a function is not valid
 *   (a date that does not exist, an unknown division name)
 * @SCR_ERROR_PARSE: a document is not well-formed (JSON syntax, a rule
 *   condition that cannot be parsed)
 * @SCR_ERROR_VALIDATION: a document is well-formed but breaks a rule of
 *   the format (a wrong type, a value out of range, a duplicate id)
 * @SCR_ERROR_NOT_FOUND: an id refers to nothing (a dangling reference)
 * @SCR_ERROR_UNSUPPORTED_VERSION: the document's `schema_version` is not
 *   one this library reads
 * @SCR_ERROR_OUT_OF_RANGE: a date lies outside the range the data covers
 *   (for example a working-day calculation before 1971)
 * @SCR_ERROR_EVALUATION: a rule could not be evaluated
 * @SCR_ERROR_CONFLICT: a register entity was changed by someone else since
 *   it was read (its version moved); nothing was written
 * @SCR_ERROR_INTEGRITY: a register's decision log does not verify: an entry
 *   was edited, removed or inserted, or a register's data is damaged
 * @SCR_ERROR_STORAGE: the database behind a register failed (it could not
 *   be opened, is locked for too long, or a statement failed)
 *
 * Error codes in the %SCR_ERROR domain. Messages name the place of the
 * problem as a JSON path where there is one, for example
 * `cases[3].incident.date: "2014-02-30" is not a date`.
 */
typedef enum {
  SCR_ERROR_FAILED,
  SCR_ERROR_INVALID_ARGUMENT,
  SCR_ERROR_PARSE,
  SCR_ERROR_VALIDATION,
  SCR_ERROR_NOT_FOUND,
  SCR_ERROR_UNSUPPORTED_VERSION,
  SCR_ERROR_OUT_OF_RANGE,
  SCR_ERROR_EVALUATION,
  SCR_ERROR_CONFLICT,
  SCR_ERROR_INTEGRITY,
  SCR_ERROR_STORAGE,
} ScrError;

SCR_AVAILABLE_IN_ALL
GQuark scr_error_quark (void);

G_END_DECLS
