/* scr-action-concern-private.h: making concerns, for the dataset's query.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-action-concern.h"

G_BEGIN_DECLS

ScrActionConcern *scr_action_concern_new (const char           *action_id,
                                          ScrActionConcernKind  kind,
                                          const char           *reason);

G_END_DECLS
