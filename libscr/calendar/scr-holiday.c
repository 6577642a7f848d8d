/* scr-holiday.c: one UK bank holiday or local closure day.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-holiday-private.h"
#include "scr-date-private.h"
#include "scr-enum-types.h"
#include "scr-error.h"
#include "scr-quote-private.h"

/**
 * ScrHoliday:
 *
 * One non-working day of a [class@Scr.Calendar]: a bank holiday of a
 * division, or a local closure day.
 *
 * A holiday is immutable: its properties are set when the calendar is
 * built and never change, so holidays may be shared between threads.
 *
 * The name is GOV.UK's current label ("Spring bank holiday",
 * "Bank Holiday for the State Funeral of Queen Elizabeth II"). A substitute
 * day keeps the name of the holiday it stands in for and says which date
 * that was in [property@Scr.Holiday:substitute-for]; a moved day gives
 * the date the rules would have given.
 */
struct _ScrHoliday
{
  GObject parent_instance;

  ScrDate *date;
  char *name;
  ScrDivision division;
  ScrHolidayKind kind;
  ScrDate *substitute_for;
  ScrHolidayProvenance provenance;
  char *source;
  gboolean provisional;
};

G_DEFINE_FINAL_TYPE (ScrHoliday, scr_holiday, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_NAME,
  PROP_DIVISION,
  PROP_KIND,
  PROP_SUBSTITUTE_FOR,
  PROP_PROVENANCE,
  PROP_SOURCE,
  PROP_PROVISIONAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const division_labels[] = {
  "England and Wales", "Scotland", "Northern Ireland",
};

/**
 * scr_division_to_string:
 * @division: a division
 *
 * Returns the GOV.UK slug of @division: `england-and-wales`, `scotland` or
 * `northern-ireland`.
 *
 * Returns: (transfer none): the slug
 */
const char *
scr_division_to_string (ScrDivision division)
{
  GEnumClass *klass = g_type_class_ref (SCR_TYPE_DIVISION);
  GEnumValue *value = g_enum_get_value (klass, division);

  g_type_class_unref (klass);
  g_return_val_if_fail (value != NULL, NULL);
  return value->value_nick;
}

/**
 * scr_division_get_label:
 * @division: a division
 *
 * Returns the English name of @division, such as "England and Wales".
 *
 * Returns: (transfer none): the label
 */
const char *
scr_division_get_label (ScrDivision division)
{
  g_return_val_if_fail ((guint) division < G_N_ELEMENTS (division_labels), NULL);
  return division_labels[division];
}

/**
 * scr_division_from_string:
 * @name: a division slug (`england-and-wales`, `scotland`,
 *   `northern-ireland`) or one of GOV.UK's Welsh slugs (`cymru-a-lloegr`,
 *   `yr-alban`, `gogledd-iwerddon`)
 * @division: (out): return location for the division
 * @error: return location for a #GError
 *
 * Parses a division name. An unknown name gives
 * %SCR_ERROR_INVALID_ARGUMENT listing the known ones. Bindings return the
 * division (and raise the error).
 *
 * Returns: (skip): %TRUE on success
 */
gboolean
scr_division_from_string (const char   *name,
                          ScrDivision  *division,
                          GError      **error)
{
  static const struct { const char *slug; ScrDivision division; } welsh[] = {
    { "cymru-a-lloegr", SCR_DIVISION_ENGLAND_AND_WALES },
    { "yr-alban", SCR_DIVISION_SCOTLAND },
    { "gogledd-iwerddon", SCR_DIVISION_NORTHERN_IRELAND },
  };
  GEnumClass *klass;
  GEnumValue *value;
  g_autofree char *quoted = NULL;

  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (division != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  klass = g_type_class_ref (SCR_TYPE_DIVISION);
  value = g_enum_get_value_by_nick (klass, name);
  g_type_class_unref (klass);
  if (value != NULL)
    {
      *division = value->value;
      return TRUE;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (welsh); i++)
    if (g_str_equal (name, welsh[i].slug))
      {
        *division = welsh[i].division;
        return TRUE;
      }
  quoted = scr_quote (name);
  g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
               "unknown division %s (expected england-and-wales, scotland or northern-ireland)",
               quoted);
  return FALSE;
}

const char *
scr_weekday_abbrev (gint32 ordinal)
{
  static const char *const names[] = { NULL, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

  return names[scr_ordinal_weekday (ordinal)];
}

static void
scr_holiday_finalize (GObject *object)
{
  ScrHoliday *self = SCR_HOLIDAY (object);

  g_clear_pointer (&self->date, scr_date_free);
  g_clear_pointer (&self->substitute_for, scr_date_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->source, g_free);
  G_OBJECT_CLASS (scr_holiday_parent_class)->finalize (object);
}

static void
scr_holiday_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ScrHoliday *self = SCR_HOLIDAY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DIVISION:
      g_value_set_enum (value, self->division);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_SUBSTITUTE_FOR:
      g_value_set_boxed (value, self->substitute_for);
      break;
    case PROP_PROVENANCE:
      g_value_set_enum (value, self->provenance);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_PROVISIONAL:
      g_value_set_boolean (value, self->provisional);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_holiday_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ScrHoliday *self = SCR_HOLIDAY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_clear_pointer (&self->date, scr_date_free);
      self->date = g_value_dup_boxed (value);
      break;
    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      break;
    case PROP_DIVISION:
      self->division = g_value_get_enum (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_SUBSTITUTE_FOR:
      g_clear_pointer (&self->substitute_for, scr_date_free);
      self->substitute_for = g_value_dup_boxed (value);
      break;
    case PROP_PROVENANCE:
      self->provenance = g_value_get_enum (value);
      break;
    case PROP_SOURCE:
      g_free (self->source);
      self->source = g_value_dup_string (value);
      break;
    case PROP_PROVISIONAL:
      self->provisional = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_holiday_class_init (ScrHolidayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                      G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_holiday_finalize;
  object_class->get_property = scr_holiday_get_property;
  object_class->set_property = scr_holiday_set_property;

  /**
   * ScrHoliday:date: (getter get_date)
   *
   * The day off (for a substitute, the substitute date).
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, SCR_TYPE_DATE, flags);
  /**
   * ScrHoliday:name: (getter get_name)
   *
   * GOV.UK's label, such as "Early May bank holiday", or the name given to
   * a closure.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  /**
   * ScrHoliday:division: (getter get_division)
   *
   * The division whose calendar holds the day.
   */
  properties[PROP_DIVISION] =
    g_param_spec_enum ("division", NULL, NULL, SCR_TYPE_DIVISION,
                       SCR_DIVISION_ENGLAND_AND_WALES, flags);
  /**
   * ScrHoliday:kind: (getter get_kind)
   *
   * Regular, substitute, moved, extra or closure.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SCR_TYPE_HOLIDAY_KIND,
                       SCR_HOLIDAY_KIND_REGULAR, flags);
  /**
   * ScrHoliday:substitute-for: (getter get_substitute_for)
   *
   * For a substitute day, the date of the holiday it stands in for (a
   * weekend day); for a moved day, the date the rules would have given.
   * %NULL otherwise.
   */
  properties[PROP_SUBSTITUTE_FOR] =
    g_param_spec_boxed ("substitute-for", NULL, NULL, SCR_TYPE_DATE, flags);
  /**
   * ScrHoliday:provenance: (getter get_provenance)
   *
   * Where the day comes from: statute, proclamation, GOV.UK...
   */
  properties[PROP_PROVENANCE] =
    g_param_spec_enum ("provenance", NULL, NULL, SCR_TYPE_HOLIDAY_PROVENANCE,
                       SCR_HOLIDAY_PROVENANCE_STATUTE, flags);
  /**
   * ScrHoliday:source: (getter get_source)
   *
   * A citation for a one-off or observed day (Hansard, a proclamation,
   * GOV.UK), or %NULL.
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, flags);
  /**
   * ScrHoliday:provisional: (getter get_provisional)
   *
   * %TRUE for a day after the confirmed horizon (see
   * [method@Scr.Calendar.get_confirmed_through]): generated by the rules,
   * not yet published, and open to change by proclamation.
   */
  properties[PROP_PROVISIONAL] =
    g_param_spec_boolean ("provisional", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_holiday_init (ScrHoliday *self)
{
}

ScrHoliday *
scr_holiday_new_internal (gint32               ordinal,
                          const char          *name,
                          ScrDivision          division,
                          ScrHolidayKind       kind,
                          ScrHolidayProvenance provenance,
                          gint32               substitute_for,
                          const char          *source,
                          gboolean             provisional)
{
  ScrHoliday *self = g_object_new (SCR_TYPE_HOLIDAY, NULL);

  /* Filled in directly: the construct-only properties exist for bindings
   * and introspection; inside libscr this is the fast path. */
  self->date = scr_date_new_from_ordinal_unchecked (ordinal);
  self->name = g_strdup (name);
  self->division = division;
  self->kind = kind;
  self->provenance = provenance;
  self->substitute_for = substitute_for > 0 ? scr_date_new_from_ordinal_unchecked (substitute_for) : NULL;
  self->source = g_strdup (source);
  self->provisional = provisional;
  return self;
}

ScrHoliday *
scr_holiday_copy_as (ScrHoliday          *self,
                     const char          *name,
                     ScrHolidayProvenance provenance,
                     const char          *source)
{
  return scr_holiday_new_internal (scr_date_get_ordinal (self->date),
                                   name != NULL ? name : self->name,
                                   self->division, self->kind, provenance,
                                   self->substitute_for ? scr_date_get_ordinal (self->substitute_for) : 0,
                                   source != NULL ? source : self->source,
                                   self->provisional);
}

/* For g_ptr_array_sort(): by date; on one day bank holidays before
 * closures, then by division. */
int
scr_holiday_compare_by_date (gconstpointer a,
                             gconstpointer b)
{
  ScrHoliday *ha = *(ScrHoliday **) a;
  ScrHoliday *hb = *(ScrHoliday **) b;
  gint32 da = scr_date_get_ordinal (ha->date);
  gint32 db = scr_date_get_ordinal (hb->date);
  int ca = ha->kind == SCR_HOLIDAY_KIND_CLOSURE;
  int cb = hb->kind == SCR_HOLIDAY_KIND_CLOSURE;

  if (da != db)
    return da < db ? -1 : 1;
  if (ca != cb)
    return ca - cb;
  return (int) ha->division - (int) hb->division;
}

/* Index of the first holiday on or after @ordinal in an array sorted by
 * date (binary search). */
guint
scr_holiday_lower_bound (GPtrArray *sorted,
                         gint32     ordinal)
{
  guint lo = 0, hi = sorted->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      ScrHoliday *holiday = g_ptr_array_index (sorted, mid);

      if (scr_date_get_ordinal (holiday->date) < ordinal)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

gint32
scr_holiday_get_ordinal (ScrHoliday *self)
{
  return scr_date_get_ordinal (self->date);
}

/**
 * scr_holiday_get_date:
 * @self: a holiday
 *
 * Returns the date of the day off.
 *
 * Returns: (transfer none): the date of the day off
 */
const ScrDate *
scr_holiday_get_date (ScrHoliday *self)
{
  g_return_val_if_fail (SCR_IS_HOLIDAY (self), NULL);
  return self->date;
}

/**
 * scr_holiday_get_name:
 * @self: a holiday
 *
 * Returns the name of the day.
 *
 * Returns: (transfer none): the name, GOV.UK's label for a bank holiday
 */
const char *
scr_holiday_get_name (ScrHoliday *self)
{
  g_return_val_if_fail (SCR_IS_HOLIDAY (self), NULL);
  return self->name;
}

/**
 * scr_holiday_get_division:
 * @self: a holiday
 *
 * Returns the division whose calendar holds the day.
 *
 * Returns: the division whose calendar holds the day
 */
ScrDivision
scr_holiday_get_division (ScrHoliday *self)
{
  g_return_val_if_fail (SCR_IS_HOLIDAY (self), SCR_DIVISION_ENGLAND_AND_WALES);
  return self->division;
}

/**
 * scr_holiday_get_kind:
 * @self: a holiday
 *
 * Returns what kind of day it is.
 *
 * Returns: regular, substitute, moved, extra or closure
 */
ScrHolidayKind
scr_holiday_get_kind (ScrHoliday *self)
{
  g_return_val_if_fail (SCR_IS_HOLIDAY (self), SCR_HOLIDAY_KIND_REGULAR);
  return self->kind;
}

/**
 * scr_holiday_get_substitute_for:
 * @self: a holiday
 *
 * Returns the date this day stands in for: the weekend date of a
 * substituted holiday, or the usual date of a moved one.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL for a day on
 *   its own date
 */
const ScrDate *
scr_holiday_get_substitute_for (ScrHoliday *self)
{
  g_return_val_if_fail (SCR_IS_HOLIDAY (self), NULL);
  return self->substitute_for;
}

/**
 * scr_holiday_get_provenance:
 * @self: a holiday
 *
 * Returns where the day comes from.
 *
 * Returns: where the day comes from
 */
ScrHolidayProvenance
scr_holiday_get_provenance (ScrHoliday *self)
{
  g_return_val_if_fail (SCR_IS_HOLIDAY (self), SCR_HOLIDAY_PROVENANCE_STATUTE);
  return self->provenance;
}

/**
 * scr_holiday_get_source:
 * @self: a holiday
 *
 * Returns a citation for the day.
 *
 * Returns: (transfer none) (nullable): a citation for the day, or %NULL
 */
const char *
scr_holiday_get_source (ScrHoliday *self)
{
  g_return_val_if_fail (SCR_IS_HOLIDAY (self), NULL);
  return self->source;
}

/**
 * scr_holiday_get_provisional:
 * @self: a holiday
 *
 * Returns whether the day is provisional.
 *
 * Returns: %TRUE when the day lies past the confirmed horizon and was
 *   generated by the rules only
 */
gboolean
scr_holiday_get_provisional (ScrHoliday *self)
{
  g_return_val_if_fail (SCR_IS_HOLIDAY (self), FALSE);
  return self->provisional;
}

/**
 * scr_holiday_describe:
 * @self: a holiday
 *
 * Describes the day in one line, as explanations show it:
 * "Christmas Day (substitute day), England and Wales",
 * "Spring bank holiday (moved from Mon 2022-05-30), Scotland",
 * "Christmas closure (local closure)". Provisional days end in
 * " (provisional)".
 *
 * Returns: (transfer full): the description
 */
char *
scr_holiday_describe (ScrHoliday *self)
{
  GString *text;

  g_return_val_if_fail (SCR_IS_HOLIDAY (self), NULL);

  text = g_string_new (self->name);
  switch (self->kind)
    {
    case SCR_HOLIDAY_KIND_SUBSTITUTE:
      g_string_append (text, " (substitute day)");
      break;
    case SCR_HOLIDAY_KIND_MOVED:
      if (self->substitute_for != NULL)
        {
          gint32 from = scr_date_get_ordinal (self->substitute_for);
          int y, m, d;

          scr_ordinal_to_ymd (from, &y, &m, &d);
          g_string_append_printf (text, " (moved from %s %04d-%02d-%02d)",
                                  scr_weekday_abbrev (from), y, m, d);
        }
      break;
    case SCR_HOLIDAY_KIND_CLOSURE:
      g_string_append (text, " (local closure)");
      break;
    case SCR_HOLIDAY_KIND_REGULAR:
    case SCR_HOLIDAY_KIND_EXTRA:
    default:
      break;
    }
  if (self->kind != SCR_HOLIDAY_KIND_CLOSURE)
    g_string_append_printf (text, ", %s", division_labels[self->division]);
  if (self->provisional)
    g_string_append (text, " (provisional)");
  return g_string_free (text, FALSE);
}
