/* scr-vocabulary-private.h: the state of a ScrVocabulary, and reading
 * vocabulary and crosswalk files into it (scr-vocabulary-load.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "scr-item-list-private.h"
#include "scr-vocabulary.h"

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *title;
  char *publisher;
  char *url;
  char *citation;
  char *evidence;
} Source;

typedef struct
{
  char *from;
  char *to;
  char *relation;
} Pair;

struct _ScrVocabulary
{
  GObject      parent_instance;

  ScrItemList *concepts;   /* ScrConcept */
  GHashTable  *by_id;      /* id (the concept's) -> ScrConcept, borrowed */
  GHashTable  *by_pref;    /* casefolded preferred label -> ScrConcept, borrowed */
  GHashTable  *by_alt;     /* casefolded alternative label -> ScrConcept */
  GPtrArray   *sources;    /* Source */
  GPtrArray   *pairs;      /* Pair */
};

Source       *scr_vocabulary_source_copy (const Source   *source);
void          scr_vocabulary_source_free (Source         *source);
Pair         *scr_vocabulary_pair_new    (const char     *from,
                                          const char     *to,
                                          const char     *relation);
void          scr_vocabulary_pair_free   (Pair           *pair);
/* Adds a reference to @concept, whose id is not yet in @self. */
void          scr_vocabulary_add_concept (ScrVocabulary  *self,
                                          ScrConcept     *concept);
const Source *scr_vocabulary_find_source (ScrVocabulary  *self,
                                          const char     *id);
/* Reads a parsed vocabulary or crosswalk file into @self, or leaves it
 * unchanged and sets @error (a JSON path, no file name). */
gboolean      scr_vocabulary_load_root   (ScrVocabulary  *self,
                                          JsonNode       *root,
                                          GError        **error);

G_END_DECLS
