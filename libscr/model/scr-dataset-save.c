/* scr-dataset-save.c: writing a dataset as JSON text or to a file, in the
 * fixed member order, with the unknown members after the known ones.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-dataset-private.h"
#include "scr-json-private.h"
#include "scr-fields-private.h"

JsonNode *
scr_dataset_save_root (ScrDataset   *self,
           ScrSaveFlags  flags)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  scr_field_builder_set_restricted (builder, (flags & SCR_SAVE_FLAGS_INCLUDE_RESTRICTED) != 0);
  json_builder_begin_object (builder);
  scr_json_write_int (builder, "schema_version", SCR_DATASET_SCHEMA_VERSION);
  scr_json_write_string (builder, "title", self->title);
  for (guint c = 0; c < SCR_N_COLLECTIONS; c++)
    {
      GListModel *model = G_LIST_MODEL (self->stores[c]);
      guint n = g_list_model_get_n_items (model);

      json_builder_set_member_name (builder, scr_collections[c].member);
      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          scr_collections[c].save (item, builder);
        }
      json_builder_end_array (builder);
    }
  /* written only when not the default, so older files save as they were */
  if (self->rag_amber_working_days != SCR_DATASET_RAG_AMBER_WORKING_DAYS_DEFAULT)
    scr_json_write_int (builder, "rag_amber_working_days", self->rag_amber_working_days);
  scr_json_write_unknown (builder, self->unknown);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * scr_dataset_to_data:
 * @self: a dataset
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the dataset as JSON text: pretty-printed with an indent of two
 * spaces and a final newline, every member in a fixed order, absent values
 * as `null`, and the members the library does not know after the known
 * ones. Writing a dataset read from text this library wrote gives the same
 * text back. Restricted details ([property@Scr.Person:restricted]) are
 * left out; [method@Scr.Dataset.to_data_full] writes them when asked.
 *
 * Returns: (transfer full): the JSON text
 */
char *
scr_dataset_to_data (ScrDataset *self,
                     gsize      *length)
{
  g_return_val_if_fail (SCR_IS_DATASET (self), NULL);

  return scr_dataset_to_data_full (self, SCR_SAVE_FLAGS_NONE, length);
}

/**
 * scr_dataset_to_data_full:
 * @self: a dataset
 * @flags: what to write beyond the normal save
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the dataset as [method@Scr.Dataset.to_data] does; with
 * %SCR_SAVE_FLAGS_INCLUDE_RESTRICTED also every person's restricted
 * details, so that the text reads back to the same dataset.
 *
 * Returns: (transfer full): the JSON text
 */
char *
scr_dataset_to_data_full (ScrDataset   *self,
                          ScrSaveFlags  flags,
                          gsize        *length)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (SCR_IS_DATASET (self), NULL);

  root = scr_dataset_save_root (self, flags);
  return scr_json_to_pretty_data (root, length);
}

/**
 * scr_dataset_save_to_file:
 * @self: a dataset
 * @filename: (type filename): the file to write
 * @error: return location for a #GError
 *
 * Writes the dataset to a file as [method@Scr.Dataset.to_data] does. The
 * write is atomic: the text goes to a temporary file in the same
 * directory, which then replaces @filename, so a failure leaves the old
 * file whole. A process killed mid-save leaves @filename old or new, and
 * may leave the temporary file, `FILENAME.XXXXXX` (`doc/robustness.md`).
 * Restricted details are left out (see [method@Scr.Dataset.save_to_file_full]).
 *
 * Returns: %TRUE on success, %FALSE with @error set (a #GFileError)
 */
gboolean
scr_dataset_save_to_file (ScrDataset  *self,
                          const char  *filename,
                          GError     **error)
{
  return scr_dataset_save_to_file_full (self, filename, SCR_SAVE_FLAGS_NONE, error);
}

/**
 * scr_dataset_save_to_file_full:
 * @self: a dataset
 * @filename: (type filename): the file to write
 * @flags: what to write beyond the normal save
 * @error: return location for a #GError
 *
 * Writes the dataset to a file, atomically, as
 * [method@Scr.Dataset.save_to_file] does; with
 * %SCR_SAVE_FLAGS_INCLUDE_RESTRICTED also every person's restricted
 * details. A file with restricted details is created readable by its
 * owner only (mode 0600).
 *
 * Returns: %TRUE on success, %FALSE with @error set (a #GFileError)
 */
gboolean
scr_dataset_save_to_file_full (ScrDataset    *self,
                               const char    *filename,
                               ScrSaveFlags   flags,
                               GError       **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (SCR_IS_DATASET (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  root = scr_dataset_save_root (self, flags);
  return scr_json_write_file_mode (root, filename,
                                   (flags & SCR_SAVE_FLAGS_INCLUDE_RESTRICTED) ? 0600 : 0644,
                                   error);
}
