/* scr-vocabulary.h: a controlled vocabulary of review themes, with the
 * crosswalks between its sources.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(SCR_INSIDE) && !defined(SCR_COMPILATION)
# error "Only <scr/scr.h> can be included directly."
#endif

#include <gio/gio.h>

#include "scr-version-macros.h"
#include "scr-concept.h"

G_BEGIN_DECLS

#define SCR_TYPE_VOCABULARY (scr_vocabulary_get_type ())

SCR_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (ScrVocabulary, scr_vocabulary, SCR, VOCABULARY, GObject)

SCR_AVAILABLE_IN_ALL
ScrVocabulary *scr_vocabulary_new                 (void);
SCR_AVAILABLE_IN_ALL
ScrVocabulary *scr_vocabulary_new_builtin         (void);
SCR_AVAILABLE_IN_ALL
gboolean       scr_vocabulary_load_file           (ScrVocabulary  *self,
                                                   const char     *filename,
                                                   GError        **error);
SCR_AVAILABLE_IN_ALL
ScrConcept    *scr_vocabulary_lookup              (ScrVocabulary  *self,
                                                   const char     *concept_id);
SCR_AVAILABLE_IN_ALL
ScrConcept    *scr_vocabulary_find_by_label       (ScrVocabulary  *self,
                                                   const char     *label);
SCR_AVAILABLE_IN_ALL
GListModel    *scr_vocabulary_get_concepts        (ScrVocabulary  *self);
SCR_AVAILABLE_IN_ALL
char         **scr_vocabulary_get_source_ids      (ScrVocabulary  *self);
SCR_AVAILABLE_IN_ALL
const char    *scr_vocabulary_get_source_title    (ScrVocabulary  *self,
                                                   const char     *source_id);
SCR_AVAILABLE_IN_ALL
const char    *scr_vocabulary_get_source_url      (ScrVocabulary  *self,
                                                   const char     *source_id);
SCR_AVAILABLE_IN_ALL
const char    *scr_vocabulary_get_source_citation (ScrVocabulary  *self,
                                                   const char     *source_id);
SCR_AVAILABLE_IN_ALL
char         **scr_vocabulary_crosswalk           (ScrVocabulary  *self,
                                                   const char     *concept_id,
                                                   const char     *target_source_id);

G_END_DECLS
