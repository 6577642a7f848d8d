/* bench-random.h: the benchmarks' fixed-seed generator (xorshift64), so
 * that every run draws the same cases.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

static inline guint32
bench_random (guint64 *state)
{
  *state ^= *state << 13;
  *state ^= *state >> 7;
  *state ^= *state << 17;
  return (guint32) (*state >> 11);
}
