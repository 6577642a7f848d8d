/* scr-facts-private.h: the fact catalogue as compact tables: numbered
 * facts and events, their values and their encoding.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* At most this many facts (bit masks of missing facts are two guint64). */
#define SCR_MAX_FACTS 128
/* Enum facts: value 0 is "unknown", 1..n the catalogue's other values. */
#define SCR_MAX_FACT_VALUES 31
/* Integer facts: this value means unknown; values fit in 16 bits. */
#define SCR_FACT_INT_UNKNOWN G_MININT16

typedef struct
{
  char *name;
  char *description;
  char *question;         /* as an officer asks the referrer */
  gboolean integer;
  int min;
  int max;
  /* Enum facts: values[0] = "unknown", NULL-terminated. Integer: NULL. */
  char **values;
  /* The catalogue's spelling order (for messages): "unknown" where it was. */
  char **listed_values;
  guint n_values;
  /* Enum facts: the values as reasons show them ("not suspected"). */
  char **display;
  guint8 *display_len;
  /* "name: " for reasons. */
  char *label;
  guint label_len;
} ScrFactInfo;

typedef struct
{
  char *name;
  char *description;
} ScrEventInfo;

guint               scr_facts_catalogue_size     (void);
/* The catalogue as an array (index = fact number), for the interpreter. */
const ScrFactInfo * const *scr_facts_catalogue_array (void);
const ScrFactInfo  *scr_facts_catalogue_get      (guint        index);
int                 scr_facts_catalogue_lookup   (const char  *name);
/* Catalogue event numbers the interpreter needs (fixed at load). */
typedef struct
{
  int incident;
  int became_aware;
  int decision;
} ScrBuiltinEvents;

const ScrBuiltinEvents *scr_facts_builtin_events (void);
guint               scr_facts_events_size        (void);
const ScrEventInfo *scr_facts_events_get         (guint        index);
int                 scr_facts_events_lookup      (const char  *name);

/* Encodes @value of fact @info: enum index (0 = unknown) or the integer.
 * Returns FALSE when the value is not allowed. */
gboolean            scr_fact_encode              (const ScrFactInfo *info,
                                                  const char        *value,
                                                  gint32            *out);

/* scr_facts_check() that also gives the catalogue number of a known fact
 * (*index = -1 for a name the catalogue does not know) and its encoded
 * value. */
gboolean            scr_facts_check_encode       (const char        *name,
                                                  const char        *value,
                                                  int               *index,
                                                  gint32            *encoded,
                                                  GError           **error);
/* The encoded values of a case with no facts, by catalogue number. */
const gint16       *scr_facts_blank_values       (void);

G_END_DECLS
