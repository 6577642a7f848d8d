/* scr-rule-parser-readers-private.h: what the files of the rule-file parser
 * (scr-rule-parser*.c) share: the state of one parse and the readers each
 * section file gives the others.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-rules-private.h"

G_BEGIN_DECLS

typedef struct
{
  ScrRuleTables *tables;
  GHashTable *ids;               /* the set's: id -> ScrRule* */
  const char *source;
  JsonObject *defs;
  GPtrArray *ref_stack;          /* names of defs being expanded */
  GHashTable *def_slots;         /* def name -> slot in tables.def_roots */
  GPtrArray *rules;              /* new ScrCRule* */
  GPtrArray *timescales;         /* new ScrCTimescale* */
  GPtrArray *objects;            /* new ScrRule* */
  GHashTable *new_ids;
} ScrRuleParser;

gboolean scr_rule_parser_parse_in_force (JsonObject *object,
                                         const char *path,
                                         ScrBound   *from,
                                         ScrBound   *until,
                                         char      **from_text,
                                         char      **until_text,
                                         GError    **error);
gboolean scr_rule_parser_parse_jurisdictions (JsonObject *object,
                                              const char *path,
                                              guint8     *mask,
                                              char     ***names,
                                              GError    **error);
gboolean scr_rule_parser_parse_enum_member (JsonObject *object,
                                            const char *path,
                                            const char *member,
                                            GType       type,
                                            int        *out,
                                            GError    **error);
gboolean scr_rule_parser_parse_events (ScrRuleParser *p,
                                       JsonObject    *object,
                                       const char    *path,
                                       const char    *member,
                                       gboolean       required,
                                       gboolean       allow_decision,
                                       gint8         *out,
                                       guint8        *n_out,
                                       char         **joined,
                                       GError       **error);
gboolean scr_rule_parser_claim_id (ScrRuleParser *p,
                                   const char    *id,
                                   const char    *path,
                                   GError       **error);
gboolean scr_rule_parser_parse_evidence (JsonObject  *object,
                                         const char  *path,
                                         ScrEvidence *out,
                                         GError     **error);

/* Conditions (scr-rule-parser-condition.c): the index of the root node,
 * or -1 with @error set. */
gint32 scr_rule_parser_parse_condition (ScrRuleParser *p,
                                        JsonNode      *json,
                                        const char    *path,
                                        guint          depth,
                                        GError       **error);
/* The facts a condition tests, following definitions. */
void scr_rule_parser_collect_reads (const ScrRuleTables *tables,
                                    gint32               index,
                                    guint64             *reads);

/* The sections (scr-rule-parser-rule.c, scr-rule-parser-timescale.c). */
gboolean scr_rule_parser_parse_rule (ScrRuleParser *p,
                                     JsonObject    *object,
                                     const char    *path,
                                     GError       **error);
gboolean scr_rule_parser_parse_timescale (ScrRuleParser *p,
                                          JsonObject    *object,
                                          const char    *path,
                                          GError       **error);

G_END_DECLS
