/* scr-theme-count.c: how often a theme recurs, by year and agency.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-theme-count-private.h"

#include "scr-json-private.h"
#include "scr-model-private.h"

/**
 * ScrThemeCount:
 *
 * One row of [method@Scr.Dataset.count_themes]: a theme (its title, the
 * titles grouped case-insensitively), a year and an agency, with the
 * reviews in which the theme appears for that year and agency.
 *
 * In JSON:
 *
 * ```json
 * {"theme": "Neglect", "year": 2015, "agency_id": "health", "count": 2,
 *  "review_ids": ["child-a-review", "child-c-review"]}
 * ```
 *
 * `year` is `null` when the review has no date, `agency_id` `null` when
 * no recommendation of the theme names an agency. A count is immutable
 * and may be shared between threads.
 */
struct _ScrThemeCount
{
  GObject  parent_instance;

  char    *theme;
  int      year;
  char    *agency_id;
  char   **review_ids;
};

G_DEFINE_FINAL_TYPE (ScrThemeCount, scr_theme_count, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_THEME,
  PROP_YEAR,
  PROP_AGENCY_ID,
  PROP_COUNT,
  PROP_REVIEW_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_theme_count_finalize (GObject *object)
{
  ScrThemeCount *self = SCR_THEME_COUNT (object);

  g_free (self->theme);
  g_free (self->agency_id);
  g_strfreev (self->review_ids);
  G_OBJECT_CLASS (scr_theme_count_parent_class)->finalize (object);
}

static void
scr_theme_count_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ScrThemeCount *self = SCR_THEME_COUNT (object);

  switch (prop_id)
    {
    case PROP_THEME:
      g_value_set_string (value, self->theme);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    case PROP_AGENCY_ID:
      g_value_set_string (value, self->agency_id);
      break;
    case PROP_COUNT:
      g_value_set_uint (value, g_strv_length (self->review_ids));
      break;
    case PROP_REVIEW_IDS:
      g_value_set_boxed (value, self->review_ids);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_theme_count_class_init (ScrThemeCountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scr_theme_count_finalize;
  object_class->get_property = scr_theme_count_get_property;

  /**
   * ScrThemeCount:theme:
   *
   * The theme's title, as the first theme of the group spells it.
   */
  properties[PROP_THEME] =
    g_param_spec_string ("theme", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * ScrThemeCount:year:
   *
   * The reviews' year (see [method@Scr.Dataset.count_themes]), or 0 when
   * unknown.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * ScrThemeCount:agency-id:
   *
   * The agency, or %NULL for none.
   */
  properties[PROP_AGENCY_ID] =
    g_param_spec_string ("agency-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * ScrThemeCount:count:
   *
   * How many reviews: the length of [property@Scr.ThemeCount:review-ids].
   */
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * ScrThemeCount:review-ids:
   *
   * The ids of the reviews, in file order.
   */
  properties[PROP_REVIEW_IDS] =
    g_param_spec_boxed ("review-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_theme_count_init (ScrThemeCount *self)
{
}

ScrThemeCount *
scr_theme_count_new (const char  *theme,
                     int          year,
                     const char  *agency_id,
                     char       **review_ids)
{
  ScrThemeCount *self = g_object_new (SCR_TYPE_THEME_COUNT, NULL);

  self->theme = g_strdup (theme);
  self->year = year;
  self->agency_id = g_strdup (agency_id);
  self->review_ids = review_ids;
  return self;
}

/**
 * scr_theme_count_get_theme:
 * @self: a theme count
 *
 * Gets [property@Scr.ThemeCount:theme].
 *
 * Returns: the theme's title
 */
const char *
scr_theme_count_get_theme (ScrThemeCount *self)
{
  g_return_val_if_fail (SCR_IS_THEME_COUNT (self), NULL);
  return self->theme;
}

/**
 * scr_theme_count_get_year:
 * @self: a theme count
 *
 * Gets [property@Scr.ThemeCount:year].
 *
 * Returns: the year, or 0 when unknown
 */
int
scr_theme_count_get_year (ScrThemeCount *self)
{
  g_return_val_if_fail (SCR_IS_THEME_COUNT (self), 0);
  return self->year;
}

/**
 * scr_theme_count_get_agency_id:
 * @self: a theme count
 *
 * Gets [property@Scr.ThemeCount:agency-id].
 *
 * Returns: (nullable): the agency's id
 */
const char *
scr_theme_count_get_agency_id (ScrThemeCount *self)
{
  g_return_val_if_fail (SCR_IS_THEME_COUNT (self), NULL);
  return self->agency_id;
}

/**
 * scr_theme_count_get_count:
 * @self: a theme count
 *
 * Gets [property@Scr.ThemeCount:count].
 *
 * Returns: the number of reviews
 */
guint
scr_theme_count_get_count (ScrThemeCount *self)
{
  g_return_val_if_fail (SCR_IS_THEME_COUNT (self), 0);
  return g_strv_length (self->review_ids);
}

/**
 * scr_theme_count_get_review_ids:
 * @self: a theme count
 *
 * Gets [property@Scr.ThemeCount:review-ids].
 *
 * Returns: (transfer none) (array zero-terminated=1): the review ids
 */
const char * const *
scr_theme_count_get_review_ids (ScrThemeCount *self)
{
  g_return_val_if_fail (SCR_IS_THEME_COUNT (self), NULL);
  return (const char * const *) self->review_ids;
}

static void
count_save (gpointer     object,
            JsonBuilder *builder)
{
  ScrThemeCount *self = object;

  json_builder_begin_object (builder);
  scr_json_write_string (builder, "theme", self->theme);
  json_builder_set_member_name (builder, "year");
  if (self->year > 0)
    json_builder_add_int_value (builder, self->year);
  else
    json_builder_add_null_value (builder);
  scr_json_write_string (builder, "agency_id", self->agency_id);
  scr_json_write_int (builder, "count", g_strv_length (self->review_ids));
  scr_json_write_strv (builder, "review_ids", (const char * const *) self->review_ids);
  json_builder_end_object (builder);
}

/**
 * scr_theme_count_to_json:
 * @self: a theme count
 *
 * Writes @self as a JSON object: `theme`, `year` (`null` when unknown),
 * `agency_id`, `count` and `review_ids`.
 *
 * Returns: (transfer full): a new JSON object node
 */
JsonNode *
scr_theme_count_to_json (ScrThemeCount *self)
{
  g_return_val_if_fail (SCR_IS_THEME_COUNT (self), NULL);
  return scr_model_to_json (self, count_save);
}
