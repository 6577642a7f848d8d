/* scr-repeat-private.h: making a ScrRepeat.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-repeat.h"

G_BEGIN_DECLS

/* Takes @shared_words; @summary is made from the rest. */
ScrRepeat *scr_repeat_new_internal (ScrRepeatKind  kind,
                                    const char    *item_id,
                                    const char    *review_id,
                                    const char    *earlier_item_id,
                                    const char    *earlier_review_id,
                                    double         score,
                                    char         **shared_words,
                                    char          *summary);

G_END_DECLS
