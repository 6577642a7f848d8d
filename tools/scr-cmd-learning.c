/* scr-cmd-learning.c: scr learning THEMES|COUNTS: themes across the
 * reviews of one or more datasets, by year and by agency.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>

#include "scr-tool.h"

static void
add_unique (GPtrArray  *array,
            const char *text)
{
  if (!g_ptr_array_find_with_equal_func (array, text, g_str_equal, NULL))
    g_ptr_array_add (array, g_strdup (text));
}

/* The library's rows over every file, read as one register. */
static GListModel *
collect (int    argc,
         char **argv)
{
  g_autoptr(GListStore) datasets = g_list_store_new (SCR_TYPE_DATASET);

  for (int i = 0; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ScrDataset) dataset = scr_dataset_new_from_file (argv[i], &error);

      if (dataset == NULL)
        {
          scr_tool_fail ("%s", error->message);
          return NULL;
        }
      g_list_store_append (datasets, dataset);
    }
  return scr_count_themes (G_LIST_MODEL (datasets));
}

/* The casefolded theme of row @i, as the library groups them. */
static char *
row_key (GListModel *rows,
         guint       i)
{
  g_autoptr(ScrThemeCount) row = g_list_model_get_item (rows, i);

  return g_utf8_casefold (scr_theme_count_get_theme (row), -1);
}

static void
csv_field (GString    *out,
           const char *text)
{
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
join (GPtrArray  *array,
      const char *sep)
{
  g_ptr_array_add (array, NULL);
  {
    char *text = g_strjoinv (sep, (char **) array->pdata);

    g_ptr_array_remove_index (array, array->len - 1);
    return text;
  }
}

static char *
year_text (int year)
{
  return year > 0 ? g_strdup_printf ("%d", year) : g_strdup ("unknown");
}

typedef enum { FORMAT_TEXT, FORMAT_JSON, FORMAT_CSV } Format;

static void
print_json (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  scr_tool_print_json (root);
}

/* One entry a theme: the reviews and years it appears in. */
static void
print_themes (GListModel *rows,
              Format      format)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GString) csv = g_string_new ("theme,count,review_ids,years\r\n");

  json_builder_begin_array (builder);
  for (guint i = 0, n = g_list_model_get_n_items (rows); i < n;)
    {
      g_autoptr(ScrThemeCount) first = g_list_model_get_item (rows, i);
      g_autofree char *first_key = row_key (rows, i);
      const char *theme = scr_theme_count_get_theme (first);
      g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *review_text = NULL;
      g_autofree char *year_list = NULL;
      guint j;

      for (j = i; j < n; j++)
        {
          g_autoptr(ScrThemeCount) row = g_list_model_get_item (rows, j);
          g_autofree char *key = row_key (rows, j);
          g_autofree char *year = year_text (scr_theme_count_get_year (row));
          const char * const *ids = scr_theme_count_get_review_ids (row);

          if (strcmp (key, first_key) != 0)
            break;
          for (guint r = 0; ids[r] != NULL; r++)
            add_unique (reviews, ids[r]);
          add_unique (years, year);
        }
      i = j;
      switch (format)
        {
        case FORMAT_TEXT:
          review_text = join (reviews, ", ");
          year_list = join (years, ", ");
          printf ("%s: %u review%s (%s): %s\n", theme, reviews->len,
                  reviews->len == 1 ? "" : "s", year_list, review_text);
          break;
        case FORMAT_CSV:
          review_text = join (reviews, ";");
          year_list = join (years, ";");
          csv_field (csv, theme);
          g_string_append_printf (csv, ",%u,", reviews->len);
          csv_field (csv, review_text);
          g_string_append_c (csv, ',');
          csv_field (csv, year_list);
          g_string_append (csv, "\r\n");
          break;
        case FORMAT_JSON:
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "theme");
          json_builder_add_string_value (builder, theme);
          json_builder_set_member_name (builder, "count");
          json_builder_add_int_value (builder, reviews->len);
          json_builder_set_member_name (builder, "review_ids");
          json_builder_begin_array (builder);
          for (guint r = 0; r < reviews->len; r++)
            json_builder_add_string_value (builder, reviews->pdata[r]);
          json_builder_end_array (builder);
          json_builder_set_member_name (builder, "years");
          json_builder_begin_array (builder);
          for (guint y = 0; y < years->len; y++)
            {
              const char *year = years->pdata[y];

              if (strcmp (year, "unknown") == 0)
                json_builder_add_null_value (builder);
              else
                json_builder_add_int_value (builder, g_ascii_strtoll (year, NULL, 10));
            }
          json_builder_end_array (builder);
          json_builder_end_object (builder);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  json_builder_end_array (builder);
  if (format == FORMAT_JSON)
    print_json (builder);
  else if (format == FORMAT_CSV)
    fputs (csv->str, stdout);
}

/* One row a theme, year and agency. */
static void
print_counts (GListModel *rows,
              Format      format)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  if (format == FORMAT_CSV)
    fputs ("theme,year,agency_id,count,review_ids\r\n", stdout);
  else if (format == FORMAT_TEXT)
    printf ("Themes by year and agency (%u rows):\n", g_list_model_get_n_items (rows));
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(ScrThemeCount) row = g_list_model_get_item (rows, i);
      const char *theme = scr_theme_count_get_theme (row);
      const char *agency_id = scr_theme_count_get_agency_id (row);
      int year_number = scr_theme_count_get_year (row);
      const char * const *ids = scr_theme_count_get_review_ids (row);
      guint n_ids = g_strv_length ((char **) ids);
      g_autofree char *year = year_text (year_number);
      g_autofree char *reviews = NULL;
      g_autoptr(GString) csv = NULL;

      switch (format)
        {
        case FORMAT_TEXT:
          reviews = g_strjoinv (", ", (char **) ids);
          printf ("  %s  %s  %s  %u: %s\n", theme, year,
                  agency_id ? agency_id : "-", n_ids, reviews);
          break;
        case FORMAT_CSV:
          reviews = g_strjoinv (";", (char **) ids);
          csv = g_string_new (NULL);
          csv_field (csv, theme);
          g_string_append_c (csv, ',');
          if (year_number > 0)
            g_string_append (csv, year);
          g_string_append_c (csv, ',');
          csv_field (csv, agency_id);
          g_string_append_printf (csv, ",%u,", n_ids);
          csv_field (csv, reviews);
          printf ("%s\r\n", csv->str);
          break;
        case FORMAT_JSON:
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "theme");
          json_builder_add_string_value (builder, theme);
          json_builder_set_member_name (builder, "year");
          if (year_number > 0)
            json_builder_add_int_value (builder, year_number);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "agency_id");
          if (agency_id != NULL)
            json_builder_add_string_value (builder, agency_id);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "count");
          json_builder_add_int_value (builder, n_ids);
          json_builder_set_member_name (builder, "review_ids");
          json_builder_begin_array (builder);
          for (guint r = 0; r < n_ids; r++)
            json_builder_add_string_value (builder, ids[r]);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  json_builder_end_array (builder);
  if (format == FORMAT_JSON)
    print_json (builder);
}

/* scr learning [--json|--csv] THEMES|COUNTS FILE... */
int
scr_cmd_learning (int    argc,
                  char **argv)
{
  gboolean json = FALSE, csv = FALSE;
  g_autoptr(GListModel) rows = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Write JSON", NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, "Write CSV (RFC 4180)", NULL },
    G_OPTION_ENTRY_NULL
  };
  Format format;
  gboolean themes;

  if (!scr_tool_parse_options (entries, "THEMES|COUNTS FILE...",
                               "Themes across the reviews of datasets: THEMES lists each "
                               "theme with its reviews and years, COUNTS counts them by "
                               "year and agency.",
                               &argc, &argv))
    return 2;
  if (argc < 3)
    return scr_tool_fail ("learning: usage: scr learning [--json|--csv] THEMES|COUNTS FILE...");
  if (json && csv)
    return scr_tool_fail ("learning: --json and --csv cannot be combined");
  if (g_ascii_strcasecmp (argv[1], "themes") == 0)
    themes = TRUE;
  else if (g_ascii_strcasecmp (argv[1], "counts") == 0)
    themes = FALSE;
  else
    return scr_tool_fail ("learning: unknown report '%s' (THEMES or COUNTS)", argv[1]);
  format = json ? FORMAT_JSON : csv ? FORMAT_CSV : FORMAT_TEXT;
  rows = collect (argc - 2, argv + 2);
  if (rows == NULL)
    return 2;
  if (themes)
    print_themes (rows, format);
  else
    print_counts (rows, format);
  return 0;
}
