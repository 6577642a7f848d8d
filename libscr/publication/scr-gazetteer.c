/* scr-gazetteer.c: the local names a report should not give.
 *
 * A gazetteer is the partnership's own list of schools, streets and
 * places (with populations, so that the check knows a small place), and
 * of attributes rare enough locally to narrow a description to a family.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-gazetteer-private.h"
#include "scr-enum-types.h"
#include "scr-json-private.h"

#define GAZETTEER_VERSION 1

static void
entry_clear (gpointer p)
{
  g_free (((ScrGazetteerEntry *) p)->name);
}

void
scr_gazetteer_init (ScrGazetteer *gazetteer)
{
  gazetteer->entries = g_array_new (FALSE, FALSE, sizeof (ScrGazetteerEntry));
  g_array_set_clear_func (gazetteer->entries, entry_clear);
  gazetteer->rare_attributes = g_ptr_array_new_with_free_func (g_free);
}

void
scr_gazetteer_clear (ScrGazetteer *gazetteer)
{
  g_clear_pointer (&gazetteer->entries, g_array_unref);
  g_clear_pointer (&gazetteer->rare_attributes, g_ptr_array_unref);
}

void
scr_gazetteer_add (ScrGazetteer      *gazetteer,
                   ScrDisclosureKind  kind,
                   const char        *name,
                   int                population)
{
  ScrGazetteerEntry entry = { kind, g_strdup (name), population };

  g_array_append_val (gazetteer->entries, entry);
}

static gboolean
load_root (ScrGazetteer  *into,
           JsonObject    *root,
           GError       **error)
{
  static const char *const known[] = { "gazetteer_version", "entries", "rare_attributes", NULL };
  JsonArray *entries = NULL;
  g_auto(GStrv) rare = NULL;
  gint64 version = 0;

  /* a misspelt member would silently drop a whole list of names */
  if (!scr_json_check_members (root, NULL, known, error))
    return FALSE;
  if (!scr_json_read_int (root, NULL, "gazetteer_version", TRUE, 1, G_MAXINT, &version, NULL,
                          error))
    return FALSE;
  if (version != GAZETTEER_VERSION)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_UNSUPPORTED_VERSION,
                   "gazetteer_version: %" G_GINT64_FORMAT " is not supported (this libscr reads %d)",
                   version, GAZETTEER_VERSION);
      return FALSE;
    }
  if (!scr_json_read_array (root, NULL, "entries", FALSE, &entries, error) ||
      !scr_json_read_strv (root, NULL, "rare_attributes", FALSE, &rare, error))
    return FALSE;
  for (guint i = 0; entries != NULL && i < json_array_get_length (entries); i++)
    {
      g_autofree char *path = scr_json_path_index ("entries", i);
      JsonObject *object = scr_json_array_get_object (entries, i, path, error);
      g_autofree char *name = NULL;
      gint64 population = -1;
      int kind = SCR_DISCLOSURE_KIND_PLACE;
      gboolean has_population = FALSE;

      if (object == NULL ||
          !scr_json_read_enum (object, path, "kind", TRUE, SCR_TYPE_DISCLOSURE_KIND, &kind, error) ||
          !scr_json_read_string (object, path, "name", TRUE, &name, error) ||
          !scr_json_read_int (object, path, "population", FALSE, 0, G_MAXINT, &population,
                              &has_population, error))
        return FALSE;
      if (kind != SCR_DISCLOSURE_KIND_SCHOOL && kind != SCR_DISCLOSURE_KIND_STREET &&
          kind != SCR_DISCLOSURE_KIND_PLACE)
        {
          scr_json_set_error (error, SCR_ERROR_VALIDATION, path, "kind",
                              "a gazetteer entry is a \"school\", a \"street\" or a \"place\"");
          return FALSE;
        }
      if (!has_population)
        population = -1;
      scr_gazetteer_add (into, kind, name, (int) population);
    }
  for (guint i = 0; rare != NULL && rare[i] != NULL; i++)
    g_ptr_array_add (into->rare_attributes, g_strdup (rare[i]));
  return TRUE;
}

/* Adds what @root holds, or nothing on error (errors without a file). */
static gboolean
load_node (ScrGazetteer  *gazetteer,
           JsonNode      *root,
           GError       **error)
{
  ScrGazetteer loaded;
  gboolean ok;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, SCR_ERROR, SCR_ERROR_VALIDATION, "a gazetteer is a JSON object");
      return FALSE;
    }
  scr_gazetteer_init (&loaded);
  ok = load_root (&loaded, json_node_get_object (root), error);
  if (ok)
    {
      for (guint i = 0; i < loaded.entries->len; i++)
        {
          ScrGazetteerEntry *e = &g_array_index (loaded.entries, ScrGazetteerEntry, i);

          scr_gazetteer_add (gazetteer, e->kind, e->name, e->population);
        }
      for (guint i = 0; i < loaded.rare_attributes->len; i++)
        g_ptr_array_add (gazetteer->rare_attributes,
                         g_strdup (g_ptr_array_index (loaded.rare_attributes, i)));
    }
  scr_gazetteer_clear (&loaded);
  return ok;
}

gboolean
scr_gazetteer_load (ScrGazetteer  *gazetteer,
                    const char    *filename,
                    GError       **error)
{
  g_autoptr(JsonNode) root = scr_json_parse_file (filename, error);

  if (root == NULL)
    return FALSE;
  if (!load_node (gazetteer, root, error))
    {
      g_prefix_error (error, "%s: ", filename);
      return FALSE;
    }
  return TRUE;
}

gboolean
scr_gazetteer_load_data (ScrGazetteer  *gazetteer,
                         const char    *data,
                         gssize         length,
                         GError       **error)
{
  g_autoptr(JsonNode) root = scr_json_parse_data (data, length, error);

  return root != NULL && load_node (gazetteer, root, error);
}
