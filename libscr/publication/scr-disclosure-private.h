/* scr-disclosure-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-disclosure.h"

G_BEGIN_DECLS

/* A disclosure before it becomes an object: the check collects these,
 * removes overlaps, then makes the objects. The strings are borrowed. */
typedef struct
{
  ScrDisclosureKind kind;
  ScrDisclosureSeverity severity;
  gsize start, end;
  guint page, line, column;   /* of start, see ScrTextCursor */
  const char *reason;
  const char *person_id;
  const char *suggestion;
} ScrDisclosureRec;

ScrDisclosure *scr_disclosure_new_internal (const ScrDisclosureRec *rec,
                                            const char             *text);

/* Counts pages (form feeds), lines and columns (characters) forwards
 * through a text, so that the positions of sorted offsets cost one pass. */
typedef struct
{
  const char *text;
  gsize offset;
  gsize line_start;
  guint page, line;
} ScrTextCursor;

void           scr_text_cursor_init        (ScrTextCursor *cursor,
                                            const char    *text);
/* Moves to @offset (not before the current one); 1-based results. */
void           scr_text_cursor_seek        (ScrTextCursor *cursor,
                                            gsize          offset,
                                            guint         *page,
                                            guint         *line,
                                            guint         *column);
char          *scr_text_context            (const char *text,
                                            gsize       start,
                                            gsize       end);

G_END_DECLS
