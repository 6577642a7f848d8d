/* scr-interp.c: the interpreter over compiled rule tables.
 *
 * Three-valued (Kleene) logic: a fact that is unknown makes a test
 * unknown, `all` is false if any part is false, `any` is true if any part
 * is true, and an unknown result carries the set of facts that would
 * decide it. Nothing is guessed.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-date-private.h"
#include "scr-enum-types.h"
#include "scr-json-private.h"
#include "scr-rules-private.h"

enum { NO = 0, YES = 1, UNKNOWN = 2 };

/* Reasons are written through a cursor kept in registers: the GString's
 * length is set once at the end. */
typedef struct
{
  char *p;
  char *end;                      /* str + allocated_len */
  GString *s;
} Out;

#define ALWAYS_INLINE inline __attribute__ ((always_inline))

/* Without -mpopcnt, __builtin_popcount is a library call; the sets counted
 * here have a few members. */
static inline guint
popcount64 (guint64 x)
{
  guint n = 0;

  for (; x != 0; x &= x - 1)
    n++;
  return n;
}

static __attribute__ ((noinline)) char *
out_grow (GString *s,
          char    *p,
          gsize    length)
{
  gsize len = (gsize) (p - s->str);

  g_string_set_size (s, len + length);
  s->len = len;
  return s->str + len;
}

static ALWAYS_INLINE void
out_begin (Out     *out,
           GString *s)
{
  out->s = s;
  out->p = s->str + s->len;
  out->end = s->str + s->allocated_len;
}

static ALWAYS_INLINE void
out_end (Out *out)
{
  out->s->len = (gsize) (out->p - out->s->str);
  *out->p = '\0';
}

/* Appends without strlen() and without GString's general insert path. */
static ALWAYS_INLINE void
put (Out        *out,
     const char *text,
     gsize       length)
{
  if (G_UNLIKELY (out->p + length + 1 > out->end))
    {
      out->p = out_grow (out->s, out->p, length);
      out->end = out->s->str + out->s->allocated_len;
    }
  memcpy (out->p, text, length);
  out->p += length;
  /* No terminating nul here: scr_rules_evaluate() ends the string. */
}

static ALWAYS_INLINE void
puts_ (Out        *out,
       const char *text)
{
  put (out, text, strlen (text));
}

/* Makes room for @length more bytes and the copying margin, so that the
 * pieces of one reason can be appended with put_padded() without a check
 * each. */
static ALWAYS_INLINE void
reserve (Out   *out,
         gsize  length)
{
  if (G_UNLIKELY (out->p + length + SCR_RENDER_PAD + 1 > out->end))
    {
      out->p = out_grow (out->s, out->p, length + SCR_RENDER_PAD);
      out->end = out->s->str + out->s->allocated_len;
    }
}

/* Appends a piece from a padded source into reserved room, 16 bytes at a
 * time (see SCR_RENDER_PAD). */
static ALWAYS_INLINE void
put_padded (Out        *out,
            const char *text,
            gsize       length)
{
  char *dst = out->p;
  char v[16];

  for (gsize i = 0; i < length; i += 16)
    {
      memcpy (v, text + i, 16);
      memcpy (dst + i, v, 16);
    }
  out->p += length;
}

/* Everything a reason shows of a fact, packed for rendering: one small
 * table and one string blob, built once. */
typedef struct
{
  guint32 label;                  /* "name: " */
  guint8 label_len;
  guint8 integer;
  guint8 display_len[SCR_MAX_FACT_VALUES + 1];
  guint32 display[SCR_MAX_FACT_VALUES + 1];
  /* "; name: display" for each value of an enum fact, in one piece. */
  guint16 pair_len[SCR_MAX_FACT_VALUES + 1];
  guint32 pair[SCR_MAX_FACT_VALUES + 1];
} FactText;

/* The fixed phrases of reasons, in the blob. */
typedef enum
{
  PHRASE_NONE_REQUIRES,           /* "No rule in force requires this: " */
  PHRASE_DOES_NOT_APPLY,
  PHRASE_DO_NOT_APPLY,
  PHRASE_MUST_BE_KNOWN,
  PHRASE_UNVERIFIED,
  PHRASE_COMMA,
  PHRASE_UNKNOWN,
  N_PHRASES
} Phrase;

static const char *const phrase_text[N_PHRASES] = {
  "No rule in force requires this: ",
  " does not apply",
  " do not apply",
  " must be known first",
  "[unverified rule] ",
  ", ",
  "unknown",
};

typedef struct
{
  char *blob;                     /* followed by SCR_RENDER_PAD bytes */
  guint32 phrase[N_PHRASES];
  guint8 phrase_len[N_PHRASES];
  guint max_value_len;            /* the longest value a field shows */
  guint max_label_len;
  guint max_known_len;            /* the longest "; name: value" */
  FactText facts[SCR_MAX_FACTS];
} TextTable;

static guint32
blob_add (GString    *blob,
          const char *text,
          gsize       length)
{
  guint32 offset = blob->len;

  g_string_append_len (blob, text, length);
  return offset;
}

static const TextTable *
text_table (void)
{
  static TextTable *table;

  if (g_once_init_enter (&table))
    {
      TextTable *made = g_new0 (TextTable, 1);
      GString *blob = g_string_new (NULL);

      for (guint f = 0; f < scr_facts_catalogue_size (); f++)
        {
          const ScrFactInfo *info = scr_facts_catalogue_get (f);
          FactText *t = &made->facts[f];

          t->label = blob_add (blob, info->label, info->label_len);
          t->label_len = info->label_len;
          t->integer = info->integer;
          for (guint v = 0; !info->integer && v < info->n_values; v++)
            {
              t->display[v] = blob_add (blob, info->display[v], info->display_len[v]);
              t->display_len[v] = info->display_len[v];
            }
          for (guint v = 0; !info->integer && v < info->n_values; v++)
            {
              t->pair[v] = blob_add (blob, "; ", 2);
              blob_add (blob, info->label, info->label_len);
              blob_add (blob, info->display[v], info->display_len[v]);
              t->pair_len[v] = (guint16) (2 + info->label_len + info->display_len[v]);
            }
        }
      for (guint i = 0; i < N_PHRASES; i++)
        {
          made->phrase[i] = blob_add (blob, phrase_text[i], strlen (phrase_text[i]));
          made->phrase_len[i] = (guint8) strlen (phrase_text[i]);
        }
      /* Integers show at most 11 characters; dates 15 ("an unknown date"). */
      made->max_value_len = 15;
      for (guint f = 0; f < scr_facts_catalogue_size (); f++)
        {
          const FactText *t = &made->facts[f];

          made->max_label_len = MAX (made->max_label_len, t->label_len);
          made->max_known_len = MAX (made->max_known_len, 2u + t->label_len + 11u);
          for (guint v = 0; !t->integer && v < scr_facts_catalogue_get (f)->n_values; v++)
            {
              made->max_value_len = MAX (made->max_value_len, t->display_len[v]);
              made->max_known_len = MAX (made->max_known_len, t->pair_len[v]);
            }
        }
      g_string_append_len (blob, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", SCR_RENDER_PAD);
      made->blob = g_string_free (blob, FALSE);
      g_once_init_leave (&table, made);
    }
  return table;
}

typedef struct
{
  const char *process[SCR_N_PROCESSES];
  const char *verdict[SCR_VERDICT_INDETERMINATE + 1];
} Nicks;

static const Nicks *
nicks (void)
{
  static Nicks *n;

  if (g_once_init_enter (&n))
    {
      Nicks *made = g_new0 (Nicks, 1);

      for (guint i = 0; i < SCR_N_PROCESSES; i++)
        {
          made->process[i] = scr_enum_to_nick (SCR_TYPE_PROCESS, i);
        }
      for (guint i = 0; i <= SCR_VERDICT_INDETERMINATE; i++)
        {
          made->verdict[i] = scr_enum_to_nick (SCR_TYPE_VERDICT, i);
        }
      g_once_init_leave (&n, made);
    }
  return n;
}

const char *
scr_process_to_nick (ScrProcess process)
{
  return nicks ()->process[process];
}

const char *
scr_verdict_to_nick (ScrVerdict verdict)
{
  return nicks ()->verdict[verdict];
}

void
scr_crule_build_kit (ScrCRule *rule)
{
  g_autoptr(GString) kit = g_string_new_len (rule->id, (gssize) rule->id_len);
  const Nicks *nick = nicks ();

  g_string_append_printf (kit, "Undecided: %s would make the %s %s, but ", rule->id,
                          nick->process[rule->process], nick->verdict[rule->outcome]);
  rule->undecided_len = (guint) (kit->len - rule->id_len);
  g_string_append_printf (kit, " (%s gives %s)", rule->id, nick->verdict[rule->outcome]);
  rule->gives_len = (guint) (kit->len - rule->id_len - rule->undecided_len);
  g_string_append_len (kit, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", SCR_RENDER_PAD);
  g_free (rule->kit);
  rule->kit = g_string_free (g_steal_pointer (&kit), FALSE);
}

void
scr_template_finish (ScrTemplate *t)
{
  gsize len = strlen (t->text);
  char *padded = g_malloc0 (len + 1 + SCR_RENDER_PAD);
  const TextTable *table = text_table ();

  memcpy (padded, t->text, len);
  g_free (t->text);
  t->text = padded;
  t->max_len = 0;
  for (guint i = 0; i < t->n_segments; i++)
    t->max_len += t->segments[i].fact == -1 ? t->segments[i].length : table->max_value_len;
}

void
scr_span_from_date (ScrSpan       *span,
                    const ScrDate *date)
{
  int y, m;

  if (date == NULL)
    {
      span->first = span->last = 0;
      return;
    }
  span->first = scr_date_get_ordinal (date);
  y = scr_date_get_year (date);
  m = scr_date_get_month (date);
  switch (scr_date_get_precision (date))
    {
    case SCR_DATE_PRECISION_YEAR:
      span->last = scr_ordinal_from_ymd (y, 12, 31);
      break;
    case SCR_DATE_PRECISION_MONTH:
      span->last = scr_ordinal_from_ymd (y, m, scr_days_in_month (y, m));
      break;
    case SCR_DATE_PRECISION_DAY:
    default:
      span->last = span->first;
      break;
    }
}

ScrDate *
scr_span_to_date (const ScrSpan *span)
{
  int y1, m1, d1, y2, m2, d2;

  if (span->first == 0)
    return NULL;
  if (span->first == span->last)
    return scr_date_new_from_ordinal_unchecked (span->first);
  scr_ordinal_to_ymd (span->first, &y1, &m1, &d1);
  scr_ordinal_to_ymd (span->last, &y2, &m2, &d2);
  if (y1 == y2 && m1 == m2 && d1 == 1 && d2 == scr_days_in_month (y2, m2))
    return scr_date_new_year_month (y1, m1, NULL);
  if (y1 == y2 && m1 == 1 && d1 == 1 && m2 == 12 && d2 == 31)
    return scr_date_new_year (y1, NULL);
  /* A range that is not a calendar period (the awareness bound) is not a
   * date. */
  return NULL;
}

static ScrFactVector *
make_blank_vector (void)
{
  ScrFactVector *vector = g_new0 (ScrFactVector, 1);
  guint n = scr_facts_catalogue_size ();

  for (guint i = 0; i < n; i++)
    if (scr_facts_catalogue_get (i)->integer)
      vector->values[i] = SCR_FACT_INT_UNKNOWN;
  /* Default transition date: the last day areas could move to the new
   * arrangements (29 September 2019). */
  vector->transition.first = vector->transition.last = scr_ordinal_from_ymd (2019, 9, 29);
  return vector;
}

void
scr_fact_vector_init (ScrFactVector *vector)
{
  static ScrFactVector *blank;

  if (g_once_init_enter (&blank))
    g_once_init_leave (&blank, make_blank_vector ());
  memcpy (vector, blank, sizeof *vector);
}

void
scr_fact_vector_bound (ScrFactVector *v)
{
  const ScrBuiltinEvents *builtin = scr_facts_builtin_events ();
  int ev_incident = builtin->incident;
  int ev_decision = builtin->decision;
  int ev_aware = builtin->became_aware;
  ScrSpan decision = v->decision.first != 0 ? v->decision : v->events[ev_decision];
  ScrSpan incident = v->events[ev_incident];

  v->aware_bound.first = v->aware_bound.last = 0;
  if (v->events[ev_aware].first != 0 || (incident.first == 0 && decision.first == 0))
    return;
  v->aware_bound.first = incident.first != 0 ? incident.first : SCR_ORDINAL_MIN;
  v->aware_bound.last = decision.first != 0 ? decision.last : SCR_ORDINAL_MAX;
  if (v->aware_bound.last < v->aware_bound.first)
    v->aware_bound.last = v->aware_bound.first;
}

static inline void
miss_add (guint64 *miss,
          guint    fact)
{
  miss[fact >> 6] |= G_GUINT64_CONSTANT (1) << (fact & 63);
}

void
scr_eval_cache_init (ScrEvalCache        *cache,
                     const ScrRuleTables *tables)
{
  memset (cache->result, -1, tables->def_roots->len);
}

/* What one case's condition evaluation reads, resolved once. */
typedef struct
{
  const ScrNode *nodes;
  const guint32 *kids;
  const gint32 *def_roots;
  const ScrFactVector *v;
  ScrEvalCache *cache;
} EvalCtx;

static inline void
eval_ctx_init (EvalCtx             *c,
               const ScrRuleTables *tables,
               const ScrFactVector *v,
               ScrEvalCache        *cache)
{
  c->nodes = (const ScrNode *) (gconstpointer) tables->nodes->data;
  c->kids = (const guint32 *) (gconstpointer) tables->kids->data;
  c->def_roots = (const gint32 *) (gconstpointer) tables->def_roots->data;
  c->v = v;
  c->cache = cache;
}

static int eval_inner (const EvalCtx *c,
                       const ScrNode *node,
                       guint64       *miss);

/* Leaves are tested in line; only ALL, ANY, NOT and REF make a call. */
static inline int
eval_node (const EvalCtx *c,
           guint32        index,
           guint64       *miss)
{
  const ScrNode *node = &c->nodes[index];
  gint32 value;

  switch ((ScrNodeKind) node->kind)
    {
    case SCR_NODE_IN:
      value = c->v->values[node->fact];
      if (node->arg & (1u << value))
        return YES;
      if (value == 0)
        {
          miss_add (miss, node->fact);
          return UNKNOWN;
        }
      return NO;

    case SCR_NODE_LT:
    case SCR_NODE_LE:
    case SCR_NODE_GT:
    case SCR_NODE_GE:
      value = c->v->values[node->fact];
      if (value == SCR_FACT_INT_UNKNOWN)
        {
          miss_add (miss, node->fact);
          return UNKNOWN;
        }
      switch ((ScrNodeKind) node->kind)
        {
        case SCR_NODE_LT: return value < node->value ? YES : NO;
        case SCR_NODE_LE: return value <= node->value ? YES : NO;
        case SCR_NODE_GT: return value > node->value ? YES : NO;
        case SCR_NODE_GE:
        case SCR_NODE_TRUE:
        case SCR_NODE_ALL:
        case SCR_NODE_ANY:
        case SCR_NODE_NOT:
        case SCR_NODE_IN:
        case SCR_NODE_EVENT:
        case SCR_NODE_REF:
        default: return value >= node->value ? YES : NO;
        }

    case SCR_NODE_EVENT:
      return c->v->events[node->fact].first != 0 ? YES : NO;

    case SCR_NODE_TRUE:
      return YES;

    case SCR_NODE_REF:
      {
        /* A definition already worked out for this case. */
        int r = c->cache->result[node->arg];

        if (r < 0)
          return eval_inner (c, node, miss);
        if (r == UNKNOWN)
          {
            miss[0] |= c->cache->missing[node->arg][0];
            miss[1] |= c->cache->missing[node->arg][1];
          }
        return r;
      }

    case SCR_NODE_ALL:
    case SCR_NODE_ANY:
    case SCR_NODE_NOT:
    default:
      return eval_inner (c, node, miss);
    }
}

static int
eval_inner (const EvalCtx *c,
            const ScrNode *node,
            guint64       *miss)
{
  const guint32 *kids = c->kids + node->arg;

  switch ((ScrNodeKind) node->kind)
    {
    case SCR_NODE_ALL:
    case SCR_NODE_ANY:
      {
        int stop = node->kind == SCR_NODE_ALL ? NO : YES;
        guint64 local[2] = { 0, 0 };
        gboolean unknown = FALSE;

        for (guint i = 0; i < node->n_kids; i++)
          {
            int r = eval_node (c, kids[i], local);

            if (r == stop)
              return r;
            if (r == UNKNOWN)
              unknown = TRUE;
          }
        if (!unknown)
          return stop == NO ? YES : NO;
        miss[0] |= local[0];
        miss[1] |= local[1];
        return UNKNOWN;
      }

    case SCR_NODE_REF:
      {
        ScrEvalCache *cache = c->cache;
        guint slot = node->arg;

        if (cache->result[slot] < 0)
          {
            cache->missing[slot][0] = cache->missing[slot][1] = 0;
            cache->result[slot] = eval_node (c, c->def_roots[slot], cache->missing[slot]);
          }
        if (cache->result[slot] == UNKNOWN)
          {
            miss[0] |= cache->missing[slot][0];
            miss[1] |= cache->missing[slot][1];
          }
        return cache->result[slot];
      }

    case SCR_NODE_NOT:
      {
        int r = eval_node (c, kids[0], miss);

        return r == UNKNOWN ? UNKNOWN : !r;
      }

    case SCR_NODE_IN:
    case SCR_NODE_LT:
    case SCR_NODE_LE:
    case SCR_NODE_GT:
    case SCR_NODE_GE:
    case SCR_NODE_EVENT:
    case SCR_NODE_TRUE:
    default:
      return eval_node (c, (guint32) (node - c->nodes), miss);
    }
}

/* Whether a rule in force from @from until @until (inclusive) is in force
 * on the date known to lie in @d. */
static int
in_force (const ScrBound      *from,
          const ScrBound      *until,
          const ScrFactVector *v,
          ScrSpan              d)
{
  int result = YES;

  if (from->kind == SCR_BOUND_NONE && until->kind == SCR_BOUND_NONE)
    return YES;
  if (d.first == 0)
    return UNKNOWN;
  if (from->kind != SCR_BOUND_NONE)
    {
      ScrSpan f = scr_bound_span (from, v, FALSE);

      if (d.last < f.first)
        return NO;
      if (d.first < f.last)
        result = UNKNOWN;
    }
  if (until->kind != SCR_BOUND_NONE)
    {
      ScrSpan u = scr_bound_span (until, v, TRUE);

      if (d.first > u.last)
        return NO;
      if (d.last > u.first)
        result = UNKNOWN;
    }
  return result;
}

/* The date that selects a rule: the first of its trigger events that the
 * case has; the decision chain is the override date, then the decision
 * event, then the date of awareness. *source gets the event reported as
 * missing when no date is known. */
static ScrSpan
trigger_date (const ScrFactVector *v,
              const gint8         *triggers,
              guint                n_triggers,
              int                 *source)
{
  const ScrBuiltinEvents *builtin = scr_facts_builtin_events ();
  int ev_decision = builtin->decision, ev_aware = builtin->became_aware;
  ScrSpan none = { 0, 0 };

  *source = -1;
  for (guint i = 0; i < n_triggers; i++)
    {
      int t = triggers[i];

      if (t == SCR_TRIGGER_DECISION)
        {
          if (v->decision.first != 0)
            {
              *source = ev_decision;
              return v->decision;
            }
          if (v->events[ev_decision].first != 0)
            {
              *source = ev_decision;
              return v->events[ev_decision];
            }
          t = ev_aware;
        }
      if (v->events[t].first != 0)
        {
          *source = t;
          return v->events[t];
        }
      if (*source < 0)
        *source = t;
      if (t == ev_aware && v->aware_bound.first != 0)
        return v->aware_bound;
    }
  return none;
}

#define MAX_FALSE 8

typedef struct
{
  int best_true_rank;
  guint n_false;
  guint unknown_ranks;            /* bit per rank with an undecided rule */
  const ScrCRule *best_true;
  const ScrCRule *fallback;
  ScrSpan date;
  const ScrCRule *unknown_by_rank[5];
  guint64 miss_by_rank[5][2];
  guint64 miss_ev_by_rank[5];
  const ScrCRule *falses[MAX_FALSE];
} ProcState;

/* Appends a fact's value for a reason: within reserved room (at most
 * max_value_len bytes). */
static ALWAYS_INLINE void
value_append (Out             *out,
              const TextTable *table,
              guint            fact,
              gint32           value)
{
  const FactText *t = &table->facts[fact];
  guint32 u;
  guint n = 1;

  if (!t->integer)
    {
      put_padded (out, table->blob + t->display[value], t->display_len[value]);
      return;
    }
  if (value == SCR_FACT_INT_UNKNOWN)
    {
      put_padded (out, table->blob + table->phrase[PHRASE_UNKNOWN], table->phrase_len[PHRASE_UNKNOWN]);
      return;
    }
  /* Digits written in place, last first (a buffer copied in one load
   * right after its bytes were stored would stall). */
  if (value < 0)
    *out->p++ = '-';
  u = value < 0 ? 0u - (guint32) value : (guint32) value;
  for (guint32 rest = u / 10; rest != 0; rest /= 10)
    n++;
  for (guint i = n; i-- > 0; u /= 10)
    out->p[i] = (char) ('0' + u % 10);
  out->p += n;
}

void
scr_fact_value_append (GString *out,
                       guint    fact,
                       gint32   value)
{
  const TextTable *table = text_table ();
  Out o;

  out_begin (&o, out);
  reserve (&o, table->max_value_len);
  value_append (&o, table, fact, value);
  out_end (&o);
}

/* A date field (rare: only rule files' templates use {date}); its at most
 * 15 bytes are within the template's reserved room. */
static __attribute__ ((noinline)) void
append_span (Out           *out,
             const ScrSpan *span)
{
  g_autoptr(ScrDate) date = scr_span_to_date (span);
  g_autofree char *iso = date != NULL ? scr_date_to_iso8601 (date) : NULL;

  puts_ (out, iso != NULL ? iso : "an unknown date");
}

/* Within room reserved for t->max_len bytes. */
static ALWAYS_INLINE void
render_template (Out                 *out,
                 const TextTable     *table,
                 const ScrTemplate   *t,
                 const ScrFactVector *v,
                 const ScrSpan       *date)
{
  for (guint i = 0; i < t->n_segments; i++)
    {
      const ScrSegment *seg = &t->segments[i];

      if (seg->fact == -1)
        put_padded (out, t->text + seg->offset, seg->length);
      else if (seg->fact == -2)
        append_span (out, date);
      else
        value_append (out, table, seg->fact, v->values[seg->fact]);
    }
}

/* The room the missing list takes (event names are the rule set's). */
static ALWAYS_INLINE gsize
missing_length (const TextTable     *table,
                const ScrRuleTables *tables,
                const guint64       *miss,
                guint64              miss_ev)
{
  gsize n = (gsize) (popcount64 (miss[0]) + popcount64 (miss[1])) *
            (table->max_label_len + 2);

  for (guint64 bits = miss_ev; bits != 0; bits &= bits - 1)
    {
      guint e = (guint) __builtin_ctzll (bits);

      if (e < tables->event_names->len)
        n += 14 + strlen (tables->event_names->pdata[e]);
    }
  return n;
}

/* Within room reserved for missing_length() bytes. */
static ALWAYS_INLINE void
append_missing (Out                 *out,
                const TextTable     *table,
                const ScrRuleTables *tables,
                const guint64       *miss,
                guint64              miss_ev)
{
  const char *comma = table->blob + table->phrase[PHRASE_COMMA];
  gboolean first = TRUE;

  for (guint w = 0; w < 2; w++)
    for (guint64 bits = miss[w]; bits != 0; bits &= bits - 1)
      {
        guint f = w * 64 + (guint) __builtin_ctzll (bits);
        const FactText *t = &table->facts[f];

        if (!first)
          put_padded (out, comma, 2);
        /* The label is "name: ". */
        put_padded (out, table->blob + t->label, t->label_len - 2);
        first = FALSE;
      }
  for (guint64 bits = miss_ev; bits != 0; bits &= bits - 1)
    {
      guint e = (guint) __builtin_ctzll (bits);

      if (e >= tables->event_names->len)
        break;
      if (!first)
        put_padded (out, comma, 2);
      put (out, "the date of ", 12);
      puts_ (out, tables->event_names->pdata[e]);
      first = FALSE;
    }
}

/* " (abuse_neglect: not suspected; died: no)": the known facts the rules
 * read, which made them not apply. Within room reserved for max_known_len
 * bytes a fact and 1 more. */
static ALWAYS_INLINE void
append_known_facts (Out                 *out,
                    const TextTable     *table,
                    const ScrFactVector *v,
                    const guint64       *reads)
{
  gboolean first = TRUE;

  for (guint w = 0; w < 2; w++)
    for (guint64 bits = reads[w] & v->known[w]; bits != 0; bits &= bits - 1)
      {
        guint f = w * 64 + (guint) __builtin_ctzll (bits);
        const FactText *t = &table->facts[f];
        char *start = out->p;
        gint32 value = v->values[f];

        if (!t->integer)
          /* "; name: display" in one piece. */
          put_padded (out, table->blob + t->pair[value], t->pair_len[value]);
        else
          {
            out->p[0] = ';';
            out->p[1] = ' ';
            out->p += 2;
            put_padded (out, table->blob + t->label, t->label_len);
            value_append (out, table, f, value);
          }
        /* The first opens with " (". */
        if (first)
          {
            start[0] = ' ';
            start[1] = '(';
          }
        first = FALSE;
      }
  if (!first)
    *out->p++ = ')';
}

/* What one case's pass over the rules keeps. */
typedef struct
{
  ProcState state[SCR_N_PROCESSES];
  guint32 touched;                /* bit per process with a rule in force */
  EvalCtx ctx;
  const ScrRuleTables *tables;
} Pass;

/* One rule whose status on @date is @force (YES or UNKNOWN). */
static ALWAYS_INLINE void
consider_rule (Pass             *pass,
               const ScrHotRule *h,
               int               force,
               ScrSpan           date,
               int               source)
{
  ProcState *ps = &pass->state[h->process];
  const ScrCRule *rule;
  guint64 miss[2] = { 0, 0 };
  guint64 miss_ev = 0;
  int cond, status, rank;

  if (!(pass->touched & (1u << h->process)))
    {
      pass->touched |= 1u << h->process;
      memset (ps, 0, G_STRUCT_OFFSET (ProcState, unknown_by_rank));
      ps->date = date;
    }
  rule = pass->tables->rules->pdata[h->index];
  if (h->fallback)
    {
      if (force == YES && ps->fallback == NULL)
        ps->fallback = rule;
      return;
    }
  /* A rule no stronger than one that already holds cannot change the
   * outcome, decided or not. */
  rank = h->rank;
  if (rank <= ps->best_true_rank)
    return;
  cond = h->root < 0 ? YES : eval_node (&pass->ctx, (guint32) h->root, miss);
  if (cond == NO)
    status = NO;
  else if (force == UNKNOWN)
    {
      status = UNKNOWN;
      if (source >= 0)
        miss_ev |= G_GUINT64_CONSTANT (1) << source;
    }
  else
    status = cond;

  if (status == YES)
    {
      ps->best_true_rank = rank;
      ps->best_true = rule;
    }
  else if (status == UNKNOWN)
    {
      if (!(ps->unknown_ranks & (1u << rank)))
        {
          ps->unknown_ranks |= 1u << rank;
          ps->unknown_by_rank[rank] = rule;
          ps->miss_by_rank[rank][0] = ps->miss_by_rank[rank][1] = 0;
          ps->miss_ev_by_rank[rank] = 0;
        }
      ps->miss_by_rank[rank][0] |= miss[0];
      ps->miss_by_rank[rank][1] |= miss[1];
      ps->miss_ev_by_rank[rank] |= miss_ev;
    }
  else if (ps->n_false < MAX_FALSE)
    ps->falses[ps->n_false++] = rule;
}

/* Every rule tested for being in force one by one: rule sets with more
 * than 64 rules in a jurisdiction. */
static void
pass_rule_by_rule (Pass                *pass,
                   const GArray        *hot,
                   const ScrFactVector *v)
{
  const ScrHotRule *hot_rules = (const ScrHotRule *) (gconstpointer) hot->data;
  ScrSpan memo_date[SCR_MAX_EVENTS + 1];
  int memo_source[SCR_MAX_EVENTS + 1];
  guint64 memo_set[2] = { 0, 0 };

  for (guint i = 0; i < hot->len; i++)
    {
      const ScrHotRule *h = &hot_rules[i];
      int source, force;
      ScrSpan date;

      /* Most rules have one trigger: its date is worked out once a case. */
      if (h->slot != SCR_NO_SLOT)
        {
          guint slot = h->slot;

          if (!(memo_set[slot >> 6] & (G_GUINT64_CONSTANT (1) << (slot & 63))))
            {
              memo_set[slot >> 6] |= G_GUINT64_CONSTANT (1) << (slot & 63);
              memo_date[slot] = trigger_date (v, h->triggers, 1, &memo_source[slot]);
            }
          date = memo_date[slot];
          source = memo_source[slot];
        }
      else
        date = trigger_date (v, h->triggers, h->n_triggers, &source);
      force = in_force (&h->from, &h->until, v, date);
      if (force != NO)
        consider_rule (pass, h, force, date, source);
    }
}

/* The date that selects rule @h: its trigger's, already worked out, or
 * (several triggers) the first of them the case has. */
static inline ScrSpan
rule_date (const ScrHotRule    *h,
           const ScrFactVector *v,
           const ScrSpan       *memo_date,
           const int           *memo_source,
           int                 *source)
{
  if (h->slot != SCR_NO_SLOT)
    {
      *source = memo_source[h->slot];
      return memo_date[h->slot];
    }
  return trigger_date (v, h->triggers, h->n_triggers, source);
}

/* The rules in force found from the index: per trigger, one search of its
 * periods; only the rules in force or undecided are visited, in order. */
static void
pass_indexed (Pass                *pass,
              const GArray        *hot,
              const ScrForceIndex *index,
              const ScrFactVector *v)
{
  const ScrHotRule *hot_rules = (const ScrHotRule *) (gconstpointer) hot->data;
  ScrSpan memo_date[SCR_MAX_EVENTS + 1];
  int memo_source[SCR_MAX_EVENTS + 1];
  guint64 yes = 0, unknown = 0, slow = index->multi;

  if (G_UNLIKELY (v->transition.first != index->default_transition.first ||
                  v->transition.last != index->default_transition.last))
    slow |= index->transition;
  for (guint k = 0; k < index->n_slots; k++)
    {
      const ScrSlotPeriods *s = &index->slots[k];
      guint8 trigger = s->slot == SCR_MAX_EVENTS ? (guint8) SCR_TRIGGER_DECISION : s->slot;
      ScrSpan date = trigger_date (v, (const gint8 *) &trigger, 1, &memo_source[s->slot]);
      guint p;

      memo_date[s->slot] = date;
      if (date.first == 0)
        {
          yes |= s->unbounded;
          unknown |= s->rules & ~s->unbounded;
        }
      else if ((p = scr_slot_period (s, date.first)) == scr_slot_period (s, date.last))
        {
          yes |= s->yes[p];
          unknown |= s->unknown[p];
        }
      else
        slow |= s->rules;
    }
  /* Rules the periods cannot answer for: tested one by one. */
  for (guint64 bits = slow; bits != 0; bits &= bits - 1)
    {
      guint i = (guint) __builtin_ctzll (bits);
      const ScrHotRule *h = &hot_rules[i];
      guint64 bit = G_GUINT64_CONSTANT (1) << i;
      int source;
      ScrSpan date = rule_date (h, v, memo_date, memo_source, &source);

      yes &= ~bit;
      unknown &= ~bit;
      switch (in_force (&h->from, &h->until, v, date))
        {
        case YES: yes |= bit; break;
        case UNKNOWN: unknown |= bit; break;
        default: break;
        }
    }
  for (guint64 bits = yes | unknown; bits != 0; bits &= bits - 1)
    {
      guint i = (guint) __builtin_ctzll (bits);
      const ScrHotRule *h = &hot_rules[i];
      int force = (yes >> i) & 1 ? YES : UNKNOWN;
      int source;
      ScrSpan date = rule_date (h, v, memo_date, memo_source, &source);

      consider_rule (pass, h, force, date, source);
    }
}

void
scr_rules_evaluate (ScrRuleTables       *tables,
                    const ScrFactVector *v,
                    gboolean             include_unverified,
                    GArray              *out,
                    GString             *reasons)
{
  Pass pass;
  ProcState *state = pass.state;
  const TextTable *table = text_table ();
  ScrEvalCache cache;
  Out o;
  guint32 touched;
  guint n_out;
  const GArray *hot = include_unverified ? tables->hot[v->jurisdiction]
                                         : tables->hot_verified[v->jurisdiction];
  const ScrForceIndex *index = include_unverified ? tables->force[v->jurisdiction]
                                                  : tables->force_verified[v->jurisdiction];

  scr_eval_cache_init (&cache, tables);
  eval_ctx_init (&pass.ctx, tables, v, &cache);
  pass.tables = tables;
  pass.touched = 0;
  if (index != NULL)
    pass_indexed (&pass, hot, index, v);
  else
    pass_rule_by_rule (&pass, hot, v);
  touched = pass.touched;

  /* The processes seen, in process order: one record each, in place. */
  n_out = out->len;
  g_array_set_size (out, n_out + popcount64 (touched));
  out_begin (&o, reasons);
  for (guint32 bits = touched; bits != 0; bits &= bits - 1)
    {
      guint p = (guint) __builtin_ctz (bits);
      ProcState *ps = &state[p];
      ScrOutcomeRec *rec = &g_array_index (out, ScrOutcomeRec, n_out++);
      guint64 reads[2] = { 0, 0 };
      guint above;
      int base, top = 0;

      memset (rec, 0, sizeof *rec);
      rec->process = p;
      rec->date = ps->date;
      rec->reason_offset = (guint) (o.p - reasons->str);
      base = MAX (ps->best_true_rank, 1);
      /* The undecided ranks above the best that holds (ranks are 1 to 4). */
      above = ps->unknown_ranks & 0x1eu & ~((2u << base) - 1);
      if (above != 0)
        top = 31 - __builtin_clz (above);
      for (; above != 0; above &= above - 1)
        {
          int r = __builtin_ctz (above);

          rec->missing[0] |= ps->miss_by_rank[r][0];
          rec->missing[1] |= ps->miss_by_rank[r][1];
          rec->missing_events |= ps->miss_ev_by_rank[r];
        }
      if (top > 0)
        {
          const ScrCRule *rule = ps->unknown_by_rank[top];
          const ScrCRule *best = ps->best_true;

          rec->verdict = SCR_VERDICT_INDETERMINATE;
          rec->rule = rule;
          reserve (&o, rule->undecided_len +
                       missing_length (table, tables, rec->missing, rec->missing_events) +
                       table->phrase_len[PHRASE_MUST_BE_KNOWN] +
                       (best != NULL ? best->gives_len : 0) + 2);
          /* "Undecided: ID would make the PROCESS VERDICT, but " */
          put_padded (&o, rule->kit + rule->id_len, rule->undecided_len);
          append_missing (&o, table, tables, rec->missing, rec->missing_events);
          put_padded (&o, table->blob + table->phrase[PHRASE_MUST_BE_KNOWN],
                      table->phrase_len[PHRASE_MUST_BE_KNOWN]);
          /* " (BEST gives VERDICT)" */
          if (best != NULL)
            put_padded (&o, best->kit + best->id_len + best->undecided_len, best->gives_len);
          *o.p++ = '.';
        }
      else if (ps->best_true != NULL || ps->fallback != NULL)
        {
          rec->rule = ps->best_true != NULL ? ps->best_true : ps->fallback;
          rec->verdict = ps->best_true != NULL ? rec->rule->outcome : SCR_VERDICT_NOT_REQUIRED;
          reserve (&o, table->phrase_len[PHRASE_UNVERIFIED] + rec->rule->reason.max_len + 1);
          if (rec->rule->evidence == SCR_EVIDENCE_RECALLED && ps->best_true != NULL)
            put_padded (&o, table->blob + table->phrase[PHRASE_UNVERIFIED],
                        table->phrase_len[PHRASE_UNVERIFIED]);
          render_template (&o, table, &rec->rule->reason, v, &rec->date);
        }
      else
        {
          gsize length = table->phrase_len[PHRASE_NONE_REQUIRES] + table->phrase_len[PHRASE_DOES_NOT_APPLY] + 4;
          guint n_known;

          rec->verdict = SCR_VERDICT_NOT_REQUIRED;
          rec->rule = ps->n_false > 0 ? ps->falses[0] : NULL;
          for (guint i = 0; i < ps->n_false; i++)
            {
              length += ps->falses[i]->id_len + 2;
              reads[0] |= ps->falses[i]->reads[0];
              reads[1] |= ps->falses[i]->reads[1];
            }
          n_known = popcount64 (reads[0] & v->known[0]) + popcount64 (reads[1] & v->known[1]);
          reserve (&o, length + n_known * table->max_known_len);
          put_padded (&o, table->blob + table->phrase[PHRASE_NONE_REQUIRES],
                      table->phrase_len[PHRASE_NONE_REQUIRES]);
          for (guint i = 0; i < ps->n_false; i++)
            {
              if (i > 0)
                put_padded (&o, table->blob + table->phrase[PHRASE_COMMA], 2);
              put_padded (&o, ps->falses[i]->kit, ps->falses[i]->id_len);
            }
          if (ps->n_false == 1)
            put_padded (&o, table->blob + table->phrase[PHRASE_DOES_NOT_APPLY],
                        table->phrase_len[PHRASE_DOES_NOT_APPLY]);
          else
            put_padded (&o, table->blob + table->phrase[PHRASE_DO_NOT_APPLY],
                        table->phrase_len[PHRASE_DO_NOT_APPLY]);
          append_known_facts (&o, table, v, reads);
          *o.p++ = '.';
        }
      *o.p++ = '\0';
    }
  out_end (&o);
}

int
scr_rules_in_force (const ScrBound      *from,
                    const ScrBound      *until,
                    const ScrFactVector *vector,
                    ScrSpan              date)
{
  return in_force (from, until, vector, date);
}

int
scr_rules_condition (ScrRuleTables       *tables,
                     const ScrFactVector *vector,
                     gint32               root,
                     guint64             *missing,
                     ScrEvalCache        *cache)
{
  EvalCtx ctx;

  if (root < 0)
    return YES;
  eval_ctx_init (&ctx, tables, vector, cache);
  return eval_node (&ctx, (guint32) root, missing);
}
