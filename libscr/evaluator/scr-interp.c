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

/* Nicks looked up once: the enum classes are static. */
/* Reasons are built from many short pieces (a few to a few dozen bytes):
 * copied a word at a time, as the compiler would otherwise expand each
 * copy into "rep movs", which is slow to start. */
static inline void
copy_short (char       *dst,
            const char *src,
            gsize       n)
{
  guint64 w;
  guint32 h;

  if (n >= 8)
    {
      gsize i;

      for (i = 0; i + 8 < n; i += 8)
        {
          memcpy (&w, src + i, 8);
          memcpy (dst + i, &w, 8);
        }
      /* The last 8 bytes, overlapping the previous word. */
      memcpy (&w, src + n - 8, 8);
      memcpy (dst + n - 8, &w, 8);
    }
  else if (n >= 4)
    {
      memcpy (&h, src, 4);
      memcpy (dst, &h, 4);
      memcpy (&h, src + n - 4, 4);
      memcpy (dst + n - 4, &h, 4);
    }
  else
    for (gsize i = 0; i < n; i++)
      dst[i] = src[i];
}

/* Appends without strlen() and without GString's general insert path. */
static inline void
put (GString    *out,
     const char *text,
     gsize       length)
{
  if (G_UNLIKELY (out->len + length + 1 > out->allocated_len))
    {
      gsize len = out->len;

      g_string_set_size (out, len + length);
      out->len = len;
    }
  copy_short (out->str + out->len, text, length);
  out->len += length;
  /* No terminating nul here: scr_rules_evaluate() ends the string. */
}

/* Per process; only the header is cleared when a process is first seen,
 * the per-rank parts when a rank first has an undecided rule. */
static inline void
puts_ (GString    *out,
       const char *text)
{
  put (out, text, strlen (text));
}

static inline void
putc_ (GString *out,
       char     c)
{
  put (out, &c, 1);
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
} FactText;

typedef struct
{
  char *blob;
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
        }
      made->blob = g_string_free (blob, FALSE);
      g_once_init_leave (&table, made);
    }
  return table;
}

typedef struct
{
  const char *process[SCR_N_PROCESSES];
  const char *verdict[SCR_VERDICT_INDETERMINATE + 1];
  guint8 process_len[SCR_N_PROCESSES];
  guint8 verdict_len[SCR_VERDICT_INDETERMINATE + 1];
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
          made->process_len[i] = (guint8) strlen (made->process[i]);
        }
      for (guint i = 0; i <= SCR_VERDICT_INDETERMINATE; i++)
        {
          made->verdict[i] = scr_enum_to_nick (SCR_TYPE_VERDICT, i);
          made->verdict_len[i] = (guint8) strlen (made->verdict[i]);
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

static int
eval_node (const ScrRuleTables *tables,
           const ScrFactVector *v,
           guint32              index,
           guint64             *miss,
           ScrEvalCache        *cache)
{
  const ScrNode *node = &g_array_index (tables->nodes, ScrNode, index);
  const guint32 *kids = (const guint32 *) tables->kids->data + node->arg;
  gint32 value;

  switch ((ScrNodeKind) node->kind)
    {
    case SCR_NODE_IN:
      value = v->values[node->fact];
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
      value = v->values[node->fact];
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

    case SCR_NODE_ALL:
    case SCR_NODE_ANY:
      {
        gboolean is_all = node->kind == SCR_NODE_ALL;
        guint64 local[2] = { 0, 0 };
        gboolean unknown = FALSE;

        for (guint i = 0; i < node->n_kids; i++)
          {
            int r = eval_node (tables, v, kids[i], local, cache);

            if (r == (is_all ? NO : YES))
              return r;
            if (r == UNKNOWN)
              unknown = TRUE;
          }
        if (!unknown)
          return is_all ? YES : NO;
        miss[0] |= local[0];
        miss[1] |= local[1];
        return UNKNOWN;
      }

    case SCR_NODE_EVENT:
      return v->events[node->fact].first != 0 ? YES : NO;

    case SCR_NODE_REF:
      {
        guint slot = node->arg;

        if (cache->result[slot] < 0)
          {
            cache->missing[slot][0] = cache->missing[slot][1] = 0;
            cache->result[slot] = eval_node (tables, v, g_array_index (tables->def_roots, gint32, slot),
                                             cache->missing[slot], cache);
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
        int r = eval_node (tables, v, kids[0], miss, cache);

        return r == UNKNOWN ? UNKNOWN : !r;
      }

    case SCR_NODE_TRUE:
    default:
      return YES;
    }
}

static ScrSpan
bound_span (const ScrBound      *bound,
            const ScrFactVector *v,
            gboolean             until)
{
  ScrSpan span = bound->span;

  if (bound->kind == SCR_BOUND_TRANSITION)
    {
      span = v->transition;
      if (until)
        {
          span.first--;
          span.last--;
        }
    }
  return span;
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
      ScrSpan f = bound_span (from, v, FALSE);

      if (d.last < f.first)
        return NO;
      if (d.first < f.last)
        result = UNKNOWN;
    }
  if (until->kind != SCR_BOUND_NONE)
    {
      ScrSpan u = bound_span (until, v, TRUE);

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

static inline void
value_append (GString         *out,
              const TextTable *table,
              guint            fact,
              gint32           value)
{
  const FactText *t = &table->facts[fact];
  char digits[16];
  int i = sizeof digits;
  guint32 u;

  if (!t->integer)
    {
      put (out, table->blob + t->display[value], t->display_len[value]);
      return;
    }
  if (value == SCR_FACT_INT_UNKNOWN)
    {
      put (out, "unknown", 7);
      return;
    }
  u = value < 0 ? 0u - (guint32) value : (guint32) value;
  do
    digits[--i] = '0' + u % 10;
  while ((u /= 10) != 0);
  if (value < 0)
    digits[--i] = '-';
  put (out, digits + i, sizeof digits - i);
}

void
scr_fact_value_append (GString *out,
                       guint    fact,
                       gint32   value)
{
  value_append (out, text_table (), fact, value);
  out->str[out->len] = '\0';
}

static void
append_span (GString       *out,
             const ScrSpan *span)
{
  g_autoptr(ScrDate) date = scr_span_to_date (span);
  g_autofree char *iso = date != NULL ? scr_date_to_iso8601 (date) : NULL;

  g_string_append (out, iso != NULL ? iso : "an unknown date");
}

static void
render_template (GString             *out,
                 const ScrTemplate   *t,
                 const ScrFactVector *v,
                 const ScrSpan       *date)
{
  const TextTable *table = text_table ();

  for (guint i = 0; i < t->n_segments; i++)
    {
      const ScrSegment *seg = &t->segments[i];

      if (seg->fact == -1)
        put (out, t->text + seg->offset, seg->length);
      else if (seg->fact == -2)
        append_span (out, date);
      else
        value_append (out, table, seg->fact, v->values[seg->fact]);
    }
}

static void
append_missing (GString             *out,
                const ScrRuleTables *tables,
                const guint64       *miss,
                guint64              miss_ev)
{
  const TextTable *table = text_table ();
  gboolean first = TRUE;

  for (guint w = 0; w < 2; w++)
    for (guint64 bits = miss[w]; bits != 0; bits &= bits - 1)
      {
        guint f = w * 64 + (guint) __builtin_ctzll (bits);
        const FactText *t = &table->facts[f];

        if (!first)
          put (out, ", ", 2);
        /* The label is "name: ". */
        put (out, table->blob + t->label, t->label_len - 2);
        first = FALSE;
      }
  for (guint e = 0; e < tables->event_names->len; e++)
    if (miss_ev & (G_GUINT64_CONSTANT (1) << e))
      {
        if (!first)
          put (out, ", ", 2);
        put (out, "the date of ", 12);
        puts_ (out, tables->event_names->pdata[e]);
        first = FALSE;
      }
}

/* " (abuse_neglect: not suspected; died: no)": the known facts the rules
 * read, which made them not apply. */
static void
append_known_facts (GString             *out,
                    const ScrFactVector *v,
                    const guint64       *reads)
{
  const TextTable *table = text_table ();
  gboolean first = TRUE;

  for (guint w = 0; w < 2; w++)
    for (guint64 bits = reads[w] & v->known[w]; bits != 0; bits &= bits - 1)
      {
        guint f = w * 64 + (guint) __builtin_ctzll (bits);
        const FactText *t = &table->facts[f];
        gint32 value = v->values[f];

        put (out, first ? " (" : "; ", 2);
        put (out, table->blob + t->label, t->label_len);
        value_append (out, table, f, value);
        first = FALSE;
      }
  if (!first)
    putc_ (out, ')');
}

void
scr_rules_evaluate (ScrRuleTables       *tables,
                    const ScrFactVector *v,
                    gboolean             include_unverified,
                    GArray              *out,
                    GString             *reasons)
{
  ProcState state[SCR_N_PROCESSES];
  const Nicks *nick = nicks ();
  ScrEvalCache cache;
  guint32 touched = 0;
  guint n_out;
  const GArray *hot = tables->hot[v->jurisdiction];
  const ScrHotRule *hot_rules = (const ScrHotRule *) hot->data;
  ScrSpan memo_date[SCR_MAX_EVENTS + 1];
  int memo_source[SCR_MAX_EVENTS + 1];
  guint64 memo_set[2] = { 0, 0 };

  scr_eval_cache_init (&cache, tables);

  for (guint i = 0; i < hot->len; i++)
    {
      const ScrHotRule *h = &hot_rules[i];
      const ScrCRule *rule;
      ProcState *ps = &state[h->process];
      guint64 miss[2] = { 0, 0 };
      guint64 miss_ev = 0;
      int source, force, cond, status, rank;
      ScrSpan date;

      if (!include_unverified && h->recalled)
        continue;
      /* Most rules have one trigger: its date is worked out once a case. */
      if (h->n_triggers == 1)
        {
          int slot = h->triggers[0] == SCR_TRIGGER_DECISION ? SCR_MAX_EVENTS : h->triggers[0];

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
      if (force == NO)
        continue;
      if (!(touched & (1u << h->process)))
        {
          touched |= 1u << h->process;
          memset (ps, 0, G_STRUCT_OFFSET (ProcState, unknown_by_rank));
          ps->date = date;
        }
      rule = tables->rules->pdata[h->index];
      if (h->fallback)
        {
          if (force == YES && ps->fallback == NULL)
            ps->fallback = rule;
          continue;
        }
      /* A rule no stronger than one that already holds cannot change the
       * outcome, decided or not. */
      rank = h->rank;
      if (rank <= ps->best_true_rank)
        continue;
      cond = h->root < 0 ? YES : eval_node (tables, v, h->root, miss, &cache);
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
          if (rank > ps->best_true_rank)
            {
              ps->best_true_rank = rank;
              ps->best_true = rule;
            }
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

  /* The processes seen, in process order: one record each, in place. */
  n_out = out->len;
  g_array_set_size (out, n_out + (guint) __builtin_popcount (touched));
  for (guint32 bits = touched; bits != 0; bits &= bits - 1)
    {
      guint p = (guint) __builtin_ctz (bits);
      ProcState *ps = &state[p];
      ScrOutcomeRec rec = { 0 };
      guint64 reads[2] = { 0, 0 };
      int base, top = 0;

      rec.process = p;
      rec.date = ps->date;
      rec.reason_offset = reasons->len;
      base = MAX (ps->best_true_rank, 1);
      for (int r = 4; r > base; r--)
        if (ps->unknown_ranks & (1u << r))
          {
            if (top == 0)
              top = r;
            rec.missing[0] |= ps->miss_by_rank[r][0];
            rec.missing[1] |= ps->miss_by_rank[r][1];
            rec.missing_events |= ps->miss_ev_by_rank[r];
          }
      if (top > 0)
        {
          const ScrCRule *rule = ps->unknown_by_rank[top];

          rec.verdict = SCR_VERDICT_INDETERMINATE;
          rec.rule = rule;
          put (reasons, "Undecided: ", sizeof "Undecided: " - 1);
          put (reasons, rule->id, rule->id_len);
          put (reasons, " would make the ", sizeof " would make the " - 1);
          put (reasons, nick->process[p], nick->process_len[p]);
          putc_ (reasons, ' ');
          put (reasons, nick->verdict[rule->outcome], nick->verdict_len[rule->outcome]);
          put (reasons, ", but ", sizeof ", but " - 1);
          append_missing (reasons, tables, rec.missing, rec.missing_events);
          put (reasons, " must be known first", sizeof " must be known first" - 1);
          if (ps->best_true != NULL)
            {
              put (reasons, " (", sizeof " (" - 1);
              put (reasons, ps->best_true->id, ps->best_true->id_len);
              put (reasons, " gives ", sizeof " gives " - 1);
              put (reasons, nick->verdict[ps->best_true->outcome],
                   nick->verdict_len[ps->best_true->outcome]);
              putc_ (reasons, ')');
            }
          putc_ (reasons, '.');
        }
      else if (ps->best_true != NULL)
        {
          rec.verdict = ps->best_true->outcome;
          rec.rule = ps->best_true;
          if (rec.rule->evidence == SCR_EVIDENCE_RECALLED)
            put (reasons, "[unverified rule] ", sizeof "[unverified rule] " - 1);
          render_template (reasons, &rec.rule->reason, v, &rec.date);
        }
      else if (ps->fallback != NULL)
        {
          rec.verdict = SCR_VERDICT_NOT_REQUIRED;
          rec.rule = ps->fallback;
          render_template (reasons, &rec.rule->reason, v, &rec.date);
        }
      else
        {
          rec.verdict = SCR_VERDICT_NOT_REQUIRED;
          rec.rule = ps->n_false > 0 ? ps->falses[0] : NULL;
          put (reasons, "No rule in force requires this: ", sizeof "No rule in force requires this: " - 1);
          for (guint i = 0; i < ps->n_false; i++)
            {
              if (i > 0)
                put (reasons, ", ", 2);
              put (reasons, ps->falses[i]->id, ps->falses[i]->id_len);
              reads[0] |= ps->falses[i]->reads[0];
              reads[1] |= ps->falses[i]->reads[1];
            }
          if (ps->n_false == 1)
            put (reasons, " does not apply", sizeof " does not apply" - 1);
          else
            put (reasons, " do not apply", sizeof " do not apply" - 1);
          append_known_facts (reasons, v, reads);
          putc_ (reasons, '.');
        }
      putc_ (reasons, '\0');
      g_array_index (out, ScrOutcomeRec, n_out++) = rec;
    }
  reasons->str[reasons->len] = '\0';
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
  return root < 0 ? YES : eval_node (tables, vector, root, missing, cache);
}
