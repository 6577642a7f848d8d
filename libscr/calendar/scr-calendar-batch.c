/* scr-calendar-batch.c: adding and counting working days for many days at
 * once, over arrays and packed buffers of day numbers.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-calendar-private.h"
#include "scr-error.h"

static gboolean
check_lengths (gsize        n,
               gsize        n_other,
               const char  *what,
               GError     **error)
{
  if (n_other == n || n_other == 1)
    return TRUE;
  g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
               "%s has %" G_GSIZE_FORMAT " values; expected %" G_GSIZE_FORMAT " or 1",
               what, n_other, n);
  return FALSE;
}

static gboolean
add_batch (ScrCalendar   *self,
           const gint32  *ordinals,
           const gint32  *offsets,
           gsize          n,
           gsize          n_offsets,
           ScrRoll        roll,
           gint32        *out,
           GError       **error)
{
  gsize step = n_offsets == 1 ? 0 : 1;
  gboolean failed = FALSE;

  for (gsize i = 0, j = 0; i < n; i++, j += step)
    {
      out[i] = scr_calendar_add_fast (self, ordinals[i], offsets[j], roll);
      failed |= out[i] == 0;
    }
  if (G_UNLIKELY (failed))
    for (gsize i = 0, j = 0; i < n; i++, j += step)
      if (out[i] == 0)
        {
          g_autofree char *what = g_strdup_printf ("ordinals[%" G_GSIZE_FORMAT "]", i);

          scr_calendar_set_add_error (self, ordinals[i], offsets[j], roll, what, error);
          return FALSE;
        }
  return TRUE;
}

static gboolean
count_batch (ScrCalendar   *self,
             const gint32  *from,
             const gint32  *to,
             gsize          n,
             gsize          n_to,
             gint32        *out,
             GError       **error)
{
  gsize step = n_to == 1 ? 0 : 1;

  for (gsize i = 0, j = 0; i < n; i++, j += step)
    {
      if (G_UNLIKELY (from[i] < self->lo || from[i] > self->hi ||
                      to[j] < self->lo || to[j] > self->hi))
        {
          g_autofree char *what_from = g_strdup_printf ("from[%" G_GSIZE_FORMAT "]", i);
          g_autofree char *what_to = g_strdup_printf ("to[%" G_GSIZE_FORMAT "]", j);

          if (scr_calendar_check_ordinal (self, from[i], what_from, error))
            scr_calendar_check_ordinal (self, to[j], what_to, error);
          return FALSE;
        }
      out[i] = scr_calendar_count_fast (self, from[i], to[j]);
    }
  return TRUE;
}

/* Runs a batch of adds (@count FALSE: @a day numbers, @b offsets) or
 * counts (@count TRUE: @a first days, @b last days) into a new array. */
static gint32 *
run_batch (ScrCalendar   *self,
           gboolean       count,
           const gint32  *a,
           gsize          n_a,
           const gint32  *b,
           gsize          n_b,
           ScrRoll        roll,
           GError       **error)
{
  g_autofree gint32 *out = NULL;
  gboolean ok;

  if (!check_lengths (n_a, n_b, count ? "to" : "offsets", error))
    return NULL;
  out = g_new (gint32, MAX (n_a, 1));
  ok = count ? count_batch (self, a, b, n_a, n_b, out, error)
             : add_batch (self, a, b, n_a, n_b, roll, out, error);
  return ok ? g_steal_pointer (&out) : NULL;
}

/**
 * scr_calendar_add_working_days_array:
 * @self: a calendar
 * @ordinals: (array length=n_ordinals): start days as day numbers
 * @n_ordinals: the number of start days
 * @offsets: (array length=n_offsets): working days to add to each start
 *   day, or one value for all
 * @n_offsets: @n_ordinals, or 1
 * @roll: what an offset of 0 does with a non-working day
 * @n_results: (out): return location for the number of results
 * @error: return location for a #GError
 *
 * Adds working days to many days at once, as
 * [method@Scr.Calendar.add_working_days_ordinal] would one by one. From
 * Python, pass lists or NumPy arrays of day numbers
 * (`datetime64[D]` values + 719163).
 *
 * Returns: (array length=n_results) (transfer full) (nullable): the
 *   answers, or %NULL with @error set naming the first failing index
 */
gint32 *
scr_calendar_add_working_days_array (ScrCalendar   *self,
                                     const gint32  *ordinals,
                                     gsize          n_ordinals,
                                     const gint32  *offsets,
                                     gsize          n_offsets,
                                     ScrRoll        roll,
                                     gsize         *n_results,
                                     GError       **error)
{
  gint32 *out;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (ordinals != NULL || n_ordinals == 0, NULL);
  g_return_val_if_fail (offsets != NULL || n_offsets == 0, NULL);
  g_return_val_if_fail (n_results != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  out = run_batch (self, FALSE, ordinals, n_ordinals, offsets, n_offsets, roll, error);
  *n_results = out != NULL ? n_ordinals : 0;
  return out;
}

/**
 * scr_calendar_count_working_days_array:
 * @self: a calendar
 * @from: (array length=n_from): first days as day numbers
 * @n_from: the number of first days
 * @to: (array length=n_to): last days, or one value for all
 * @n_to: @n_from, or 1
 * @n_results: (out): return location for the number of results
 * @error: return location for a #GError
 *
 * Counts working days for many pairs at once, as
 * [method@Scr.Calendar.count_working_days_ordinal] would one by one.
 *
 * Returns: (array length=n_results) (transfer full) (nullable): the
 *   counts, or %NULL with @error set naming the first failing index
 */
gint32 *
scr_calendar_count_working_days_array (ScrCalendar   *self,
                                       const gint32  *from,
                                       gsize          n_from,
                                       const gint32  *to,
                                       gsize          n_to,
                                       gsize         *n_results,
                                       GError       **error)
{
  gint32 *out;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (from != NULL || n_from == 0, NULL);
  g_return_val_if_fail (to != NULL || n_to == 0, NULL);
  g_return_val_if_fail (n_results != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  out = run_batch (self, TRUE, from, n_from, to, n_to, SCR_ROLL_ERROR, error);
  *n_results = out != NULL ? n_from : 0;
  return out;
}

static const gint32 *
bytes_as_int32 (GBytes      *bytes,
                const char  *what,
                gsize       *n,
                GError     **error)
{
  static const gint32 empty[1] = { 0 };
  gsize size;
  const gint32 *data = g_bytes_get_data (bytes, &size);

  if (size == 0)
    {
      *n = 0;
      return empty;
    }
  if (size % sizeof (gint32) != 0 || ((guintptr) data % G_ALIGNOF (gint32)) != 0)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "%s: %" G_GSIZE_FORMAT " bytes are not an aligned array of 32-bit integers",
                   what, size);
      return NULL;
    }
  *n = size / sizeof (gint32);
  return data;
}

/**
 * scr_calendar_add_working_days_bytes:
 * @self: a calendar
 * @ordinals: start days: native-endian 32-bit day numbers
 * @offsets: working days to add: native-endian 32-bit integers, as many
 *   as @ordinals or one for all
 * @roll: what an offset of 0 does with a non-working day
 * @error: return location for a #GError
 *
 * As [method@Scr.Calendar.add_working_days_array] over packed buffers,
 * which bindings pass without converting each element. From Python:
 * `GLib.Bytes.new(array.astype(numpy.int32).tobytes())` in, and
 * `numpy.frombuffer(result.get_data(), numpy.int32)` out.
 *
 * Returns: (transfer full): the answers as native-endian 32-bit day
 *   numbers, or %NULL with @error set
 */
GBytes *
scr_calendar_add_working_days_bytes (ScrCalendar   *self,
                                     GBytes        *ordinals,
                                     GBytes        *offsets,
                                     ScrRoll        roll,
                                     GError       **error)
{
  const gint32 *in, *off;
  gsize n, n_offsets;
  gint32 *out;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (ordinals != NULL, NULL);
  g_return_val_if_fail (offsets != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((in = bytes_as_int32 (ordinals, "ordinals", &n, error)) == NULL ||
      (off = bytes_as_int32 (offsets, "offsets", &n_offsets, error)) == NULL ||
      (out = run_batch (self, FALSE, in, n, off, n_offsets, roll, error)) == NULL)
    return NULL;
  return g_bytes_new_take (out, n * sizeof (gint32));
}

/**
 * scr_calendar_count_working_days_bytes:
 * @self: a calendar
 * @from: first days: native-endian 32-bit day numbers
 * @to: last days: as many as @from, or one for all
 * @error: return location for a #GError
 *
 * As [method@Scr.Calendar.count_working_days_array] over packed buffers.
 *
 * Returns: (transfer full): the counts as native-endian 32-bit integers,
 *   or %NULL with @error set
 */
GBytes *
scr_calendar_count_working_days_bytes (ScrCalendar  *self,
                                       GBytes       *from,
                                       GBytes       *to,
                                       GError      **error)
{
  const gint32 *a, *b;
  gsize n, n_to;
  gint32 *out;

  g_return_val_if_fail (SCR_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((a = bytes_as_int32 (from, "from", &n, error)) == NULL ||
      (b = bytes_as_int32 (to, "to", &n_to, error)) == NULL ||
      (out = run_batch (self, TRUE, a, n, b, n_to, SCR_ROLL_ERROR, error)) == NULL)
    return NULL;
  return g_bytes_new_take (out, n * sizeof (gint32));
}
