/* scr-rule-private.h: compiled rules: the conditions, bounds and
 * reason templates of criteria and timescale rules, and the constructor
 * of their public faces (scr-rule.c).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "scr-facts-private.h"
#include "scr-rule.h"
#include "scr-span-private.h"

G_BEGIN_DECLS

#define SCR_MAX_EVENTS 64
#define SCR_N_PROCESSES (SCR_PROCESS_NI_CMR + 1)
#define SCR_N_JURISDICTIONS 4
#define SCR_MAX_TRIGGERS 4
#define SCR_MAX_DEFS 256

typedef enum
{
  SCR_BOUND_NONE,        /* open */
  SCR_BOUND_DATE,
  SCR_BOUND_TRANSITION,  /* the case's area transition date */
} ScrBoundKind;

typedef struct
{
  guint8 kind;
  ScrSpan span;
} ScrBound;

typedef enum
{
  SCR_NODE_TRUE,
  SCR_NODE_ALL,
  SCR_NODE_ANY,
  SCR_NODE_NOT,
  SCR_NODE_IN,     /* enum fact: value bit in mask (bit 0 = unknown) */
  SCR_NODE_LT,     /* integer fact compared with value */
  SCR_NODE_LE,
  SCR_NODE_GT,
  SCR_NODE_GE,
  SCR_NODE_EVENT,  /* the case records event number fact (never unknown) */
  SCR_NODE_REF,    /* definition slot arg, evaluated once per case */
} ScrNodeKind;

/* A single test (not a combination of conditions, nor a definition). */
static inline gboolean
scr_node_is_test (guint8 kind)
{
  return kind != SCR_NODE_ALL && kind != SCR_NODE_ANY && kind != SCR_NODE_NOT &&
         kind != SCR_NODE_REF;
}

typedef struct
{
  guint8 kind;
  guint8 fact;
  guint16 n_kids;
  guint32 arg;     /* IN: value mask; ALL/ANY/NOT: first index in kids */
  gint32 value;    /* comparisons */
} ScrNode;

/* Reason templates: literal text with {fact} and {date} fields. */
typedef struct
{
  gint16 fact;     /* -1: literal; -2: {date} */
  guint16 length;
  guint32 offset;  /* into the template's text */
} ScrSegment;

typedef struct
{
  char *text;                     /* followed by SCR_RENDER_PAD bytes */
  ScrSegment *segments;
  guint n_segments;
  guint max_len;                  /* the longest reason it can render */
} ScrTemplate;

/* Reasons are assembled from pieces copied 16 bytes at a time, which may
 * read up to 15 bytes past a piece and write up to 15 past its end: every
 * source of pieces is followed by this many readable bytes, and the output
 * is reserved with the same margin. */
#define SCR_RENDER_PAD 16

/* The decision-date chain: --on date, then the "decision" event, then
 * "became_aware". */
#define SCR_TRIGGER_DECISION (-1)

typedef struct
{
  ScrRule *object;                /* public face, owns the strings below */
  const char *id;
  gsize id_len;
  const char *citation;
  const char *edition;
  guint8 jurisdictions;           /* bit per ScrJurisdiction */
  ScrBound from;
  ScrBound until;
  gint8 triggers[SCR_MAX_TRIGGERS];
  guint8 n_triggers;
  gint32 root;                    /* node index; -1 = always */
  gboolean fallback;
  ScrProcess process;
  ScrVerdict outcome;
  ScrEvidence evidence;
  ScrTemplate reason;
  guint64 reads[2];               /* facts the condition tests */
  /* The rule's fixed reason pieces, padded: its id, then "Undecided: ID
   * would make the PROCESS VERDICT, but ", then " (ID gives VERDICT)". */
  char *kit;
  guint undecided_len;
  guint gives_len;
} ScrCRule;

typedef struct
{
  ScrRule *object;
  const char *id;
  const char *citation;
  const char *description;
  guint8 jurisdictions;
  ScrBound from;
  ScrBound until;
  gint32 root;
  gint8 anchors[SCR_MAX_TRIGGERS];
  guint8 n_anchors;
  gint8 dones[SCR_MAX_TRIGGERS];
  guint8 n_dones;
  int duration;
  ScrTimeUnit unit;
  gboolean minimum;
  gboolean track;
  ScrProcess process;
  ScrEvidence evidence;
} ScrCTimescale;

ScrRule       *scr_rule_new_internal     (ScrRuleKind  kind,
                                          const char  *id,
                                          const char  *source);
void           scr_rule_set_fields       (ScrRule            *self,
                                          const char * const *jurisdictions,
                                          const char         *edition,
                                          const char         *from,
                                          const char         *until,
                                          ScrProcess          process,
                                          ScrVerdict          outcome,
                                          ScrEvidence         evidence,
                                          const char         *citation,
                                          const char         *text,
                                          const char         *trigger,
                                          int                 duration,
                                          ScrTimeUnit         unit);

G_END_DECLS
