/* scr-csv.h: any collection of libscr objects as RFC 4180 CSV.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "scr-version-macros.h"

G_BEGIN_DECLS

SCR_AVAILABLE_IN_ALL
char            **scr_csv_list_columns         (GListModel     *model);

SCR_AVAILABLE_IN_ALL
gboolean          scr_csv_write_model          (GListModel     *model,
                                                GOutputStream  *stream,
                                                GCancellable   *cancellable,
                                                GError        **error);
SCR_AVAILABLE_IN_ALL
gboolean          scr_csv_write_model_to_file  (GListModel     *model,
                                                const char     *filename,
                                                GError        **error);
SCR_AVAILABLE_IN_ALL
char             *scr_csv_model_to_string      (GListModel     *model);

G_END_DECLS
