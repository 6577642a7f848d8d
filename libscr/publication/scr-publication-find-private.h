/* scr-publication-find-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-case.h"
#include "scr-gazetteer-private.h"

G_BEGIN_DECLS

/* The disclosures in @text (valid UTF-8) of @scr_case's people (may be
 * NULL) and of @gazetteer, as a new list model of ScrDisclosure. */
GListModel *scr_publication_find (ScrCase      *scr_case,
                                  ScrGazetteer *gazetteer,
                                  int           small_place_population,
                                  const char   *text);

G_END_DECLS
