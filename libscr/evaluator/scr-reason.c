/* scr-reason.c: the English text of outcomes.
 *
 * What an outcome says ("Undecided: ... must be known first", a rule's
 * template with the case's values, "No rule in force requires this: ...")
 * and the fixed pieces prepared for it when rules are loaded (a rule's
 * kit, padded templates). The interpreter (scr-interp.c) decides; this
 * file only writes, through a cursor that appends pieces 16 bytes at a
 * time (see SCR_RENDER_PAD) into room reserved once a reason.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-once-private.h"
#include "scr-enum-types.h"
#include "scr-json-private.h"
#include "scr-reason-private.h"

void
scr_reason_buffer_init (ScrReasonBuffer *buffer,
                        gsize            size)
{
  buffer->allocated = MAX (size, 64);
  buffer->data = g_malloc (buffer->allocated);
  buffer->len = 0;
  buffer->data[0] = '\0';
}

void
scr_reason_buffer_clear (ScrReasonBuffer *buffer)
{
  g_clear_pointer (&buffer->data, g_free);
  buffer->len = buffer->allocated = 0;
}

void
scr_reason_buffer_reset (ScrReasonBuffer *buffer)
{
  buffer->len = 0;
  buffer->data[0] = '\0';
}

/* Reasons are written through a cursor kept in registers: the buffer's
 * length is set once at the end. */
typedef struct
{
  char *p;
  char *end;                      /* data + allocated */
  ScrReasonBuffer *b;
} Out;

#define ALWAYS_INLINE inline __attribute__ ((always_inline))

/* Room for @length more bytes after @p and a nul; doubles, so that
 * growing is amortised. */
static __attribute__ ((noinline)) char *
out_grow (ScrReasonBuffer *b,
          char            *p,
          gsize            length)
{
  gsize used = (gsize) (p - b->data);

  b->allocated = MAX (used + length + 1, 2 * b->allocated);
  b->data = g_realloc (b->data, b->allocated);
  return b->data + used;
}

static ALWAYS_INLINE void
out_begin (Out             *out,
           ScrReasonBuffer *b)
{
  out->b = b;
  out->p = b->data + b->len;
  out->end = b->data + b->allocated;
}

static ALWAYS_INLINE void
out_end (Out *out)
{
  out->b->len = (gsize) (out->p - out->b->data);
  *out->p = '\0';
}

/* Appends without strlen() and without a check of the rest. */
static ALWAYS_INLINE void
put (Out        *out,
     const char *text,
     gsize       length)
{
  if (G_UNLIKELY (out->p + length + 1 > out->end))
    {
      out->p = out_grow (out->b, out->p, length);
      out->end = out->b->data + out->b->allocated;
    }
  memcpy (out->p, text, length);
  out->p += length;
  /* No terminating nul here: out_end() ends the string. */
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
      out->p = out_grow (out->b, out->p, length + SCR_RENDER_PAD);
      out->end = out->b->data + out->b->allocated;
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

  if (SCR_ONCE_INIT_ENTER (&table))
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
      SCR_ONCE_INIT_LEAVE (&table, made);
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

  if (SCR_ONCE_INIT_ENTER (&n))
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
      SCR_ONCE_INIT_LEAVE (&n, made);
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
  gsize n = (gsize) (scr_popcount64 (miss[0]) + scr_popcount64 (miss[1])) *
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

/* Each reason ends with its nul; the string's own nul follows it. */
static ALWAYS_INLINE void
reason_end (Out *out)
{
  *out->p++ = '\0';
  out_end (out);
}

void
scr_reason_undecided (ScrReasonBuffer     *reasons,
                      const ScrRuleTables *tables,
                      const ScrCRule      *rule,
                      const ScrCRule      *best,
                      const guint64       *missing,
                      guint64              missing_events)
{
  const TextTable *table = text_table ();
  Out o;

  out_begin (&o, reasons);
  reserve (&o, rule->undecided_len +
               missing_length (table, tables, missing, missing_events) +
               table->phrase_len[PHRASE_MUST_BE_KNOWN] +
               (best != NULL ? best->gives_len : 0) + 2);
  /* "Undecided: ID would make the PROCESS VERDICT, but " */
  put_padded (&o, rule->kit + rule->id_len, rule->undecided_len);
  append_missing (&o, table, tables, missing, missing_events);
  put_padded (&o, table->blob + table->phrase[PHRASE_MUST_BE_KNOWN],
              table->phrase_len[PHRASE_MUST_BE_KNOWN]);
  /* " (BEST gives VERDICT)" */
  if (best != NULL)
    put_padded (&o, best->kit + best->id_len + best->undecided_len, best->gives_len);
  *o.p++ = '.';
  reason_end (&o);
}

void
scr_reason_append (ScrReasonBuffer *reasons,
                   const char      *text)
{
  gsize n = strlen (text);

  g_assert (reasons->len > 0 && reasons->data[reasons->len - 1] == '\0');
  if (reasons->len + n + 2 > reasons->allocated)
    {
      reasons->allocated = MAX (reasons->len + n + 2, 2 * reasons->allocated);
      reasons->data = g_realloc (reasons->data, reasons->allocated);
    }
  reasons->data[reasons->len - 1] = ' ';
  memcpy (reasons->data + reasons->len, text, n);
  reasons->len += n;
  reasons->data[reasons->len++] = '\0';
  reasons->data[reasons->len] = '\0';
}

void
scr_reason_rule (ScrReasonBuffer     *reasons,
                 const ScrCRule      *rule,
                 gboolean             unverified,
                 const ScrFactVector *v,
                 const ScrSpan       *date)
{
  const TextTable *table = text_table ();
  Out o;

  out_begin (&o, reasons);
  reserve (&o, table->phrase_len[PHRASE_UNVERIFIED] + rule->reason.max_len + 1);
  if (unverified)
    put_padded (&o, table->blob + table->phrase[PHRASE_UNVERIFIED],
                table->phrase_len[PHRASE_UNVERIFIED]);
  render_template (&o, table, &rule->reason, v, date);
  reason_end (&o);
}

void
scr_reason_not_applied (ScrReasonBuffer      *reasons,
                        const ScrCRule *const *falses,
                        guint                 n_false,
                        const ScrFactVector  *v)
{
  const TextTable *table = text_table ();
  gsize length = table->phrase_len[PHRASE_NONE_REQUIRES] + table->phrase_len[PHRASE_DOES_NOT_APPLY] + 4;
  guint64 reads[2] = { 0, 0 };
  guint n_known;
  Out o;

  for (guint i = 0; i < n_false; i++)
    {
      length += falses[i]->id_len + 2;
      reads[0] |= falses[i]->reads[0];
      reads[1] |= falses[i]->reads[1];
    }
  n_known = scr_popcount64 (reads[0] & v->known[0]) + scr_popcount64 (reads[1] & v->known[1]);
  out_begin (&o, reasons);
  reserve (&o, length + n_known * table->max_known_len);
  put_padded (&o, table->blob + table->phrase[PHRASE_NONE_REQUIRES],
              table->phrase_len[PHRASE_NONE_REQUIRES]);
  for (guint i = 0; i < n_false; i++)
    {
      if (i > 0)
        put_padded (&o, table->blob + table->phrase[PHRASE_COMMA], 2);
      put_padded (&o, falses[i]->kit, falses[i]->id_len);
    }
  if (n_false == 1)
    put_padded (&o, table->blob + table->phrase[PHRASE_DOES_NOT_APPLY],
                table->phrase_len[PHRASE_DOES_NOT_APPLY]);
  else
    put_padded (&o, table->blob + table->phrase[PHRASE_DO_NOT_APPLY],
                table->phrase_len[PHRASE_DO_NOT_APPLY]);
  append_known_facts (&o, table, v, reads);
  *o.p++ = '.';
  reason_end (&o);
}
