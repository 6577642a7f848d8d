/* scr-case-reader.c: reads a case into the interpreter's fact vector.
 *
 * The fact vector is the evaluator's compact view of a case: every
 * catalogue fact's code and every event's span at its catalogue number,
 * with the facts the case's other fields imply when they are not recorded
 * (see "Reading a case" in scr-evaluator.c). It is built here, from the
 * case's public fields and its recorded facts and events (which carry
 * their catalogue numbers), on every evaluation; the model keeps nothing
 * for the evaluator.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-once-private.h"
#include "scr-case-private.h"
#include "scr-person-private.h"
#include "scr-date-private.h"
#include "scr-evaluator-private.h"
#include "scr-history-facts-private.h"

/* The facts derived from the case's other fields when not recorded,
 * numbered and encoded once. */
typedef enum
{
  DERIVED_DIED,
  DERIVED_SERIOUS_HARM,
  DERIVED_LOOKED_AFTER,
  DERIVED_CUSTODY,
  DERIVED_MHA,
  DERIVED_DOL,
  DERIVED_CARE_LEAVER_AGE,
  DERIVED_CARE_LEAVER,
  DERIVED_AGE,
  N_DERIVED
} Derived;

typedef struct
{
  int index;            /* catalogue number; -1: not in the catalogue */
  gboolean has_yes, has_no;
  gint32 yes, no;       /* encoded "yes" and "no" */
} DerivedFact;

static const DerivedFact *
derived_facts (void)
{
  static DerivedFact *table;

  if (SCR_ONCE_INIT_ENTER (&table))
    {
      static const char *const names[N_DERIVED] = {
        [DERIVED_DIED] = "died",
        [DERIVED_SERIOUS_HARM] = "serious_harm",
        [DERIVED_LOOKED_AFTER] = "looked_after_at_death",
        [DERIVED_CUSTODY] = "custody_setting",
        [DERIVED_MHA] = "mha_1983_detained",
        [DERIVED_DOL] = "dol_order_16_17",
        [DERIVED_CARE_LEAVER_AGE] = "care_leaver_age",
        [DERIVED_CARE_LEAVER] = "care_leaver",
        [DERIVED_AGE] = "age",
      };
      DerivedFact *made = g_new0 (DerivedFact, N_DERIVED);

      for (guint i = 0; i < N_DERIVED; i++)
        {
          made[i].index = scr_facts_catalogue_lookup (names[i]);
          if (made[i].index < 0)
            continue;
          made[i].has_yes = scr_fact_encode (scr_facts_catalogue_get (made[i].index), "yes",
                                             &made[i].yes);
          made[i].has_no = scr_fact_encode (scr_facts_catalogue_get (made[i].index), "no",
                                            &made[i].no);
        }
      SCR_ONCE_INIT_LEAVE (&table, made);
    }
  return table;
}

static inline gboolean
is_recorded (const guint64 *recorded,
             int            index)
{
  return (recorded[index >> 6] >> (index & 63)) & 1;
}

static inline void
set_default_tristate (ScrFactVector     *v,
                      const guint64     *recorded,
                      const DerivedFact *d,
                      ScrTristate        value)
{

  if (d->index < 0 || is_recorded (recorded, d->index) || value == SCR_TRISTATE_UNKNOWN)
    return;
  if (value == SCR_TRISTATE_YES ? d->has_yes : d->has_no)
    {
      v->values[d->index] = value == SCR_TRISTATE_YES ? d->yes : d->no;
      v->known[d->index >> 6] |= G_GUINT64_CONSTANT (1) << (d->index & 63);
    }
}

static inline void
set_default_int (ScrFactVector     *v,
                 const guint64     *recorded,
                 const DerivedFact *d,
                 int                value)
{
  int index = d->index;

  if (index >= 0 && !is_recorded (recorded, index) && value >= 0)
    {
      v->values[index] = value;
      if (v->values[index] != SCR_FACT_INT_UNKNOWN)
        v->known[index >> 6] |= G_GUINT64_CONSTANT (1) << (index & 63);
    }
}

/* Age in whole years if the birth and incident dates (possibly partial)
 * decide it; -1 otherwise. */
static int
age_from_dates (const ScrDate *birth,
                const ScrDate *at)
{
  ScrSpan b, a;
  int by1, bm1, bd1, by2, bm2, bd2, ay1, am1, ad1, ay2, am2, ad2, lo, hi;

  if (birth == NULL || at == NULL)
    return -1;
  scr_span_from_date (&b, birth);
  scr_span_from_date (&a, at);
  scr_ordinal_to_ymd (b.first, &by1, &bm1, &bd1);
  scr_ordinal_to_ymd (b.last, &by2, &bm2, &bd2);
  scr_ordinal_to_ymd (a.first, &ay1, &am1, &ad1);
  scr_ordinal_to_ymd (a.last, &ay2, &am2, &ad2);
  /* Youngest: latest birth, earliest incident; oldest: the reverse. */
  lo = ay1 - by2 - ((am1 < bm2 || (am1 == bm2 && ad1 < bd2)) ? 1 : 0);
  hi = ay2 - by1 - ((am2 < bm1 || (am2 == bm1 && ad2 < bd1)) ? 1 : 0);
  if (lo < 0)
    lo = 0;
  return lo == hi ? lo : -1;
}

/* The names of the facts a case records that the catalogue does not know,
 * in the case's order (rare: a case written by a newer libscr). */
static char **
list_ignored (ScrCase             *scr_case,
              const ScrFactSchema *schema)
{
  GPtrArray *ignored = g_ptr_array_new ();
  const ScrModelMapEntry *facts;
  guint n_facts;

  facts = scr_case_get_fact_entries (scr_case, &n_facts);
  for (guint i = 0; i < n_facts; i++)
    if (schema[i].index < 0)
      g_ptr_array_add (ignored, g_strdup (facts[i].name));
  g_ptr_array_add (ignored, NULL);
  return (char **) g_ptr_array_free (ignored, FALSE);
}

/* The recorded facts at their numbers; returns how many the catalogue
 * does not know. The masks are kept in locals: the stores to the vector
 * could alias them. */
static guint
read_facts (ScrFactVector       *v,
            guint64             *recorded,
            const ScrFactSchema *facts,
            guint                n_facts)
{
  const gint16 *blank = scr_facts_blank_values ();
  guint64 recorded_mask[2] = { 0, 0 }, known_mask[2] = { 0, 0 };
  guint n_other = 0;

  for (guint i = 0; i < n_facts; i++)
    {
      int index = facts[i].index;
      gint16 code = facts[i].code;
      guint64 bit = G_GUINT64_CONSTANT (1) << (index & 63);

      if (G_UNLIKELY (index < 0))
        {
          n_other++;
          continue;
        }
      v->values[index] = code;
      recorded_mask[index >> 6] |= bit;
      if (code != blank[index])
        known_mask[index >> 6] |= bit;
    }
  recorded[0] = recorded_mask[0];
  recorded[1] = recorded_mask[1];
  v->known[0] |= known_mask[0];
  v->known[1] |= known_mask[1];
  return n_other;
}

/* The recorded events at their numbers: the catalogue's, then those the
 * rule set declares beyond it (rare), by name. */
static void
read_events (ScrFactVector        *v,
             ScrRuleTables        *tables,
             ScrCase              *scr_case,
             const ScrEventSchema *events,
             guint                 n_events)
{
  guint n_catalogue_events = scr_facts_events_size ();
  const ScrModelMapEntry *named;
  gboolean others = FALSE;
  int ev;

  for (guint i = 0; i < n_events; i++)
    {
      if (events[i].index >= 0)
        v->events[events[i].index] = events[i].span;
      else
        others = TRUE;
    }
  if (!others || tables->event_names->len <= n_catalogue_events)
    return;
  named = scr_case_get_event_entries (scr_case, &n_events);
  for (guint i = 0; i < n_events; i++)
    if (events[i].index < 0 &&
        (ev = scr_rule_tables_event (tables, named[i].name)) >= (int) n_catalogue_events)
      v->events[ev] = events[i].span;
}

/* A case evaluated once is usually not in cache: the first two lines of
 * its facts and of its events (16 facts, 5 events or more) are asked for
 * while the vector is set up (a prefetch never faults, so there is no
 * bound to test). */
static inline void
prefetch_schema (const ScrCaseFields *f)
{
  __builtin_prefetch (f->fact_schema);
  __builtin_prefetch ((const char *) f->fact_schema + 64);
  __builtin_prefetch (f->event_schema);
  __builtin_prefetch ((const char *) f->event_schema + 64);
}

static void
read_subject (ScrFactVector       *v,
              const guint64       *recorded,
              const DerivedFact   *derived,
              const ScrCaseFields *f)
{
  ScrPersonFields p;
  int age;

  scr_person_peek_fields (f->subject, &p);
  set_default_tristate (v, recorded, &derived[DERIVED_LOOKED_AFTER], p.looked_after);
  set_default_tristate (v, recorded, &derived[DERIVED_CUSTODY], p.custody_setting);
  set_default_tristate (v, recorded, &derived[DERIVED_MHA], p.mha_detained);
  set_default_tristate (v, recorded, &derived[DERIVED_DOL], p.dol_order);
  if (p.care_leaver_age >= 0)
    {
      set_default_int (v, recorded, &derived[DERIVED_CARE_LEAVER_AGE], p.care_leaver_age);
      set_default_tristate (v, recorded, &derived[DERIVED_CARE_LEAVER], SCR_TRISTATE_YES);
    }
  age = p.age;
  if (age < 0)
    age = age_from_dates (p.date_of_birth, f->incident_date);
  set_default_int (v, recorded, &derived[DERIVED_AGE], age);
}

void
scr_case_read (ScrCase        *scr_case,
               ScrRuleTables  *tables,
               ScrFactVector  *v,
               const char    **case_id,
               gsize          *case_id_len,
               char         ***ignored)
{
  const ScrBuiltinEvents *builtin = scr_facts_builtin_events ();
  const DerivedFact *derived = derived_facts ();
  guint n_other_facts;
  guint64 recorded[2] = { 0, 0 };
  ScrCaseFields f;
  int ev;

  scr_case_peek_fields (scr_case, &f);
  prefetch_schema (&f);
  /* measured now, so that the id's line is loaded with the case's
   * others, not alone when the result copies it (a prefetch of it was
   * measured to change nothing) */
  if (case_id_len != NULL)
    *case_id_len = strlen (f.id);
  scr_fact_vector_init (v);
  v->jurisdiction = f.jurisdiction;
  n_other_facts = read_facts (v, recorded, f.fact_schema, f.n_facts);
  read_events (v, tables, scr_case, f.event_schema, f.n_events);

  switch (f.incident_nature)
    {
    case SCR_INCIDENT_NATURE_DEATH:
      set_default_tristate (v, recorded, &derived[DERIVED_DIED], SCR_TRISTATE_YES);
      break;
    case SCR_INCIDENT_NATURE_SERIOUS_HARM:
      set_default_tristate (v, recorded, &derived[DERIVED_DIED], SCR_TRISTATE_NO);
      set_default_tristate (v, recorded, &derived[DERIVED_SERIOUS_HARM], SCR_TRISTATE_YES);
      break;
    case SCR_INCIDENT_NATURE_OTHER:
      set_default_tristate (v, recorded, &derived[DERIVED_DIED], SCR_TRISTATE_NO);
      break;
    case SCR_INCIDENT_NATURE_UNKNOWN:
    default:
      break;
    }
  if (f.subject != NULL)
    read_subject (v, recorded, derived, &f);

  if ((ev = builtin->incident) >= 0 && v->events[ev].first == 0 && f.incident_date != NULL)
    scr_span_from_date (&v->events[ev], f.incident_date);
  if ((ev = builtin->became_aware) >= 0 && v->events[ev].first == 0 && f.became_aware != NULL)
    scr_span_from_date (&v->events[ev], f.became_aware);
  if (f.area_transition_date != NULL)
    scr_span_from_date (&v->transition, f.area_transition_date);
  /* after the events, whose dates the windows are measured from */
  if (f.subject != NULL && tables->derived->len > 0)
    {
      ScrPersonFields p;

      scr_person_peek_fields (f.subject, &p);
      scr_history_facts_apply (tables->derived, v, p.cp_register_periods,
                               p.looked_after_periods);
    }

  if (case_id != NULL)
    *case_id = f.id;
  if (ignored != NULL)
    *ignored = n_other_facts > 0 ? list_ignored (scr_case, f.fact_schema) : NULL;
}
