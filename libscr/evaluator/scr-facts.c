/* scr-facts.c: STUB until the evaluator lands the catalogue. */
#include "config.h"

#include "scr-facts.h"

/**
 * scr_facts_check:
 * @name: a fact name
 * @value: a value
 * @error: return location for a #GError
 *
 * Checks @value against the catalogue (stub: accepts everything).
 *
 * Returns: %TRUE if the value is allowed
 */
gboolean
scr_facts_check (const char  *name,
                 const char  *value,
                 GError     **error)
{
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  return TRUE;
}
