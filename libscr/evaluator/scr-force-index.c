/* scr-force-index.c: which rules are in force on a date, by period.
 *
 * A rule's status on a single day (in force, not in force, or unknown
 * because a bound is a partial date) changes only at its bounds. Cutting
 * the calendar at every bound of the rules that share a trigger gives
 * periods in which no rule of that trigger changes status, so one search
 * and two masks replace a test per rule. The masks are computed with
 * scr_rules_in_force() itself, on the first day of each period, so the
 * index cannot disagree with it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "scr-date-private.h"
#include "scr-rules-private.h"

static int
compare_ordinals (const void *a,
                  const void *b)
{
  gint32 x = *(const gint32 *) a, y = *(const gint32 *) b;

  return (x > y) - (x < y);
}

/* The days on which a rule's status can change: from its from-bound on,
 * and from the day after its until-bound. */
static void
add_breaks (GArray              *breaks,
            const ScrBound      *bound,
            const ScrFactVector *v,
            gboolean             until)
{
  ScrSpan span;
  gint32 day;

  if (bound->kind == SCR_BOUND_NONE)
    return;
  span = scr_bound_span (bound, v, until);
  day = until ? span.first + 1 : span.first;
  g_array_append_val (breaks, day);
  day = until ? span.last + 1 : span.last;
  g_array_append_val (breaks, day);
}

static void
build_slot (ScrSlotPeriods      *s,
            const ScrHotRule    *rules,
            guint                n_rules,
            const ScrFactVector *v)
{
  g_autoptr(GArray) breaks = g_array_new (FALSE, FALSE, sizeof (gint32));
  guint n = 0;

  for (guint i = 0; i < n_rules; i++)
    {
      if (rules[i].slot != s->slot)
        continue;
      s->rules |= G_GUINT64_CONSTANT (1) << i;
      if (rules[i].from.kind == SCR_BOUND_NONE && rules[i].until.kind == SCR_BOUND_NONE)
        s->unbounded |= G_GUINT64_CONSTANT (1) << i;
      add_breaks (breaks, &rules[i].from, v, FALSE);
      add_breaks (breaks, &rules[i].until, v, TRUE);
    }
  qsort (breaks->data, breaks->len, sizeof (gint32), compare_ordinals);
  for (guint i = 0; i < breaks->len; i++)
    if (n == 0 || g_array_index (breaks, gint32, i) != g_array_index (breaks, gint32, n - 1))
      g_array_index (breaks, gint32, n++) = g_array_index (breaks, gint32, i);

  s->n_breaks = n;
  s->breaks = g_memdup2 (breaks->data, n * sizeof (gint32));
  s->yes = g_new0 (guint64, n + 1);
  s->unknown = g_new0 (guint64, n + 1);
  for (guint p = 0; p <= n; p++)
    {
      /* The first day of the period (the day before the first break for
       * the period before it). */
      gint32 day = p == 0 ? (n > 0 ? s->breaks[0] - 1 : SCR_ORDINAL_MIN) : s->breaks[p - 1];
      ScrSpan d = { day, day };

      for (guint i = 0; i < n_rules; i++)
        {
          if (!(s->rules & (G_GUINT64_CONSTANT (1) << i)))
            continue;
          switch (scr_rules_in_force (&rules[i].from, &rules[i].until, v, d))
            {
            case 1:
              s->yes[p] |= G_GUINT64_CONSTANT (1) << i;
              break;
            case 2:
              s->unknown[p] |= G_GUINT64_CONSTANT (1) << i;
              break;
            default:
              break;
            }
        }
    }
}

ScrForceIndex *
scr_force_index_new (const ScrHotRule *rules,
                     guint             n_rules)
{
  ScrForceIndex *index;
  ScrFactVector v;
  guint64 seen[(SCR_MAX_EVENTS + 1 + 63) / 64] = { 0 };

  if (n_rules > 64)
    return NULL;
  /* The periods assume the default transition date. */
  scr_fact_vector_init (&v);
  index = g_new0 (ScrForceIndex, 1);
  index->default_transition = v.transition;
  index->slots = g_new0 (ScrSlotPeriods, n_rules);
  for (guint i = 0; i < n_rules; i++)
    {
      const ScrHotRule *h = &rules[i];

      if (h->from.kind == SCR_BOUND_TRANSITION || h->until.kind == SCR_BOUND_TRANSITION)
        index->transition |= G_GUINT64_CONSTANT (1) << i;
      if (h->slot == SCR_NO_SLOT)
        {
          index->multi |= G_GUINT64_CONSTANT (1) << i;
          continue;
        }
      if (seen[h->slot >> 6] & (G_GUINT64_CONSTANT (1) << (h->slot & 63)))
        continue;
      seen[h->slot >> 6] |= G_GUINT64_CONSTANT (1) << (h->slot & 63);
      index->slots[index->n_slots].slot = h->slot;
      build_slot (&index->slots[index->n_slots++], rules, n_rules, &v);
    }
  return index;
}

void
scr_force_index_free (ScrForceIndex *index)
{
  if (index == NULL)
    return;
  for (guint i = 0; i < index->n_slots; i++)
    {
      g_free (index->slots[i].breaks);
      g_free (index->slots[i].yes);
      g_free (index->slots[i].unknown);
    }
  g_free (index->slots);
  g_free (index);
}
