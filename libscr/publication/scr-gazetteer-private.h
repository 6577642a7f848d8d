/* scr-gazetteer-private.h: the local names a report should not give.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-disclosure.h"

G_BEGIN_DECLS

typedef struct
{
  ScrDisclosureKind kind;   /* SCHOOL, STREET or PLACE */
  char *name;
  int population;           /* PLACE: -1 when not given */
} ScrGazetteerEntry;

typedef struct
{
  GArray *entries;          /* of ScrGazetteerEntry */
  GPtrArray *rare_attributes;
} ScrGazetteer;

void     scr_gazetteer_init  (ScrGazetteer *gazetteer);
void     scr_gazetteer_clear (ScrGazetteer *gazetteer);
void     scr_gazetteer_add   (ScrGazetteer      *gazetteer,
                              ScrDisclosureKind  kind,
                              const char        *name,
                              int                population);
/* Adds the entries of a gazetteer file (doc/publication-check.md);
 * errors name the file and the JSON path. Nothing is added on error. */
gboolean scr_gazetteer_load  (ScrGazetteer  *gazetteer,
                              const char    *filename,
                              GError       **error);

/* The same from JSON text (the fuzz harness); errors without a file name. */
gboolean scr_gazetteer_load_data (ScrGazetteer  *gazetteer,
                                  const char    *data,
                                  gssize         length,
                                  GError       **error);

G_END_DECLS
