/* test-csv.c: scr_csv_* over a test object type and libscr's own types.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <string.h>

#include <glib/gstdio.h>
#include <scr/scr.h>

/* A small object with one property of each kind the CSV writer handles. */
#define TEST_TYPE_ITEM (test_item_get_type ())
G_DECLARE_FINAL_TYPE (TestItem, test_item, TEST, ITEM, GObject)

struct _TestItem
{
  GObject parent_instance;
  char *id;
  char *text;
  int age;
  gboolean flag;
  double ratio;
  ScrDatePrecision precision;
  GFileCreateFlags file_flags;
  char **tags;
  ScrDate *when;
  TestItem *parent;
  GListModel *children;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_AGE,
  PROP_FLAG,
  PROP_RATIO,
  PROP_PRECISION,
  PROP_FILE_FLAGS,
  PROP_TAGS,
  PROP_WHEN,
  PROP_PARENT,
  PROP_CHILDREN,
  PROP_SECRET,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (TestItem, test_item, G_TYPE_OBJECT)

static void
test_item_finalize (GObject *object)
{
  TestItem *self = TEST_ITEM (object);

  g_free (self->id);
  g_free (self->text);
  g_strfreev (self->tags);
  g_clear_pointer (&self->when, scr_date_free);
  g_clear_object (&self->parent);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (test_item_parent_class)->finalize (object);
}

static void
test_item_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TestItem *self = TEST_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_AGE: g_value_set_int (value, self->age); break;
    case PROP_FLAG: g_value_set_boolean (value, self->flag); break;
    case PROP_RATIO: g_value_set_double (value, self->ratio); break;
    case PROP_PRECISION: g_value_set_enum (value, self->precision); break;
    case PROP_FILE_FLAGS: g_value_set_flags (value, self->file_flags); break;
    case PROP_TAGS: g_value_set_boxed (value, self->tags); break;
    case PROP_WHEN: g_value_set_boxed (value, self->when); break;
    case PROP_PARENT: g_value_set_object (value, self->parent); break;
    case PROP_CHILDREN: g_value_set_object (value, self->children); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
test_item_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TestItem *self = TEST_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID: g_free (self->id); self->id = g_value_dup_string (value); break;
    case PROP_TEXT: g_free (self->text); self->text = g_value_dup_string (value); break;
    case PROP_AGE: self->age = g_value_get_int (value); break;
    case PROP_FLAG: self->flag = g_value_get_boolean (value); break;
    case PROP_RATIO: self->ratio = g_value_get_double (value); break;
    case PROP_PRECISION: self->precision = g_value_get_enum (value); break;
    case PROP_FILE_FLAGS: self->file_flags = g_value_get_flags (value); break;
    case PROP_TAGS: g_strfreev (self->tags); self->tags = g_value_dup_boxed (value); break;
    case PROP_WHEN:
      g_clear_pointer (&self->when, scr_date_free);
      self->when = g_value_dup_boxed (value);
      break;
    case PROP_PARENT: g_set_object (&self->parent, g_value_get_object (value)); break;
    case PROP_CHILDREN: g_set_object (&self->children, g_value_get_object (value)); break;
    case PROP_SECRET: break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
test_item_class_init (TestItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = test_item_finalize;
  object_class->get_property = test_item_get_property;
  object_class->set_property = test_item_set_property;

  g_object_class_install_property (object_class, PROP_ID,
    g_param_spec_string ("id", NULL, NULL, NULL, rw));
  g_object_class_install_property (object_class, PROP_TEXT,
    g_param_spec_string ("free-text", NULL, NULL, NULL, rw));
  g_object_class_install_property (object_class, PROP_AGE,
    g_param_spec_int ("age", NULL, NULL, -1, 200, -1, rw));
  g_object_class_install_property (object_class, PROP_FLAG,
    g_param_spec_boolean ("flag", NULL, NULL, FALSE, rw));
  g_object_class_install_property (object_class, PROP_RATIO,
    g_param_spec_double ("ratio", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw));
  g_object_class_install_property (object_class, PROP_PRECISION,
    g_param_spec_enum ("precision", NULL, NULL, SCR_TYPE_DATE_PRECISION,
                       SCR_DATE_PRECISION_DAY, rw));
  g_object_class_install_property (object_class, PROP_FILE_FLAGS,
    g_param_spec_flags ("file-flags", NULL, NULL, G_TYPE_FILE_CREATE_FLAGS, 0, rw));
  g_object_class_install_property (object_class, PROP_TAGS,
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, rw));
  g_object_class_install_property (object_class, PROP_WHEN,
    g_param_spec_boxed ("when", NULL, NULL, SCR_TYPE_DATE, rw));
  g_object_class_install_property (object_class, PROP_PARENT,
    g_param_spec_object ("parent", NULL, NULL, TEST_TYPE_ITEM, rw));
  g_object_class_install_property (object_class, PROP_CHILDREN,
    g_param_spec_object ("children", NULL, NULL, G_TYPE_LIST_MODEL, rw));
  g_object_class_install_property (object_class, PROP_SECRET,
    g_param_spec_string ("secret", NULL, NULL, NULL, G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS));
}

static void
test_item_init (TestItem *self)
{
  self->age = -1;
}

static GListModel *
make_model (void)
{
  GListStore *store = g_list_store_new (TEST_TYPE_ITEM);
  g_autoptr(TestItem) first = NULL;
  g_autoptr(TestItem) second = NULL;
  g_autoptr(TestItem) third = NULL;
  g_autoptr(ScrDate) day = scr_date_new (2014, 8, 27, NULL);
  g_autoptr(ScrDate) month = scr_date_new_year_month (2011, 11, NULL);
  const char *tags[] = { "neglect", "school", NULL };
  g_autoptr(GListStore) children = g_list_store_new (TEST_TYPE_ITEM);

  first = g_object_new (TEST_TYPE_ITEM, "id", "a", "free-text", "plain", "age", 9,
                        "flag", TRUE, "ratio", 0.1, "precision", SCR_DATE_PRECISION_MONTH,
                        "file-flags", G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                        "tags", tags, "when", day, "children", children, NULL);
  second = g_object_new (TEST_TYPE_ITEM, "id", "b",
                         "free-text", "Said \"no\", twice\r\nthen left", "ratio", 1e300,
                         "when", month, "parent", first, NULL);
  third = g_object_new (TEST_TYPE_ITEM, NULL);
  g_list_store_append (store, first);
  g_list_store_append (store, second);
  g_list_store_append (store, third);
  return G_LIST_MODEL (store);
}

static const char expected_csv[] =
  "id,free_text,age,flag,ratio,precision,file_flags,tags,when,parent\r\n"
  "a,plain,9,true,0.1,month,private; replace-destination,neglect; school,2014-08-27,\r\n"
  "b,\"Said \"\"no\"\", twice\r\nthen left\",,false,1e+300,day,,,2011-11,a\r\n"
  ",,,false,0,day,,,,\r\n";

static void
test_columns (void)
{
  g_autoptr(GListModel) model = make_model ();
  g_auto(GStrv) columns = scr_csv_list_columns (model);
  const char *expected[] = { "id", "free_text", "age", "flag", "ratio", "precision",
                             "file_flags", "tags", "when", "parent", NULL };

  /* The list model and the write-only property are not columns. */
  g_assert_cmpstrv (columns, expected);
}

static void
test_to_string (void)
{
  g_autoptr(GListModel) model = make_model ();
  g_autofree char *csv = scr_csv_model_to_string (model);

  g_assert_cmpstr (csv, ==, expected_csv);
}

static void
test_empty (void)
{
  g_autoptr(GListStore) typed = g_list_store_new (TEST_TYPE_ITEM);
  g_autoptr(GListStore) untyped = g_list_store_new (G_TYPE_OBJECT);
  g_autofree char *header_only = scr_csv_model_to_string (G_LIST_MODEL (typed));
  g_autofree char *nothing = scr_csv_model_to_string (G_LIST_MODEL (untyped));
  g_auto(GStrv) no_columns = scr_csv_list_columns (G_LIST_MODEL (untyped));

  g_assert_true (g_str_has_prefix (header_only, "id,free_text,"));
  g_assert_true (g_str_has_suffix (header_only, ",parent\r\n"));
  g_assert_cmpstr (nothing, ==, "");
  g_assert_cmpuint (g_strv_length (no_columns), ==, 0);
}

static void
test_untyped_store_uses_first_item (void)
{
  g_autoptr(GListModel) typed = make_model ();
  g_autoptr(GListStore) untyped = g_list_store_new (G_TYPE_OBJECT);
  g_autofree char *csv = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (typed); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (typed, i);

      g_list_store_append (untyped, item);
    }
  csv = scr_csv_model_to_string (G_LIST_MODEL (untyped));
  g_assert_cmpstr (csv, ==, expected_csv);
}

static void
test_mixed_items (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(TestItem) item = g_object_new (TEST_TYPE_ITEM, "id", "x", "age", 3, NULL);
  g_autoptr(GSimpleAction) other = g_simple_action_new ("id", NULL);
  g_autofree char *csv = NULL;

  g_list_store_append (store, item);
  /* A GSimpleAction has none of TestItem's properties: an empty row. */
  g_list_store_append (store, other);
  csv = scr_csv_model_to_string (G_LIST_MODEL (store));
  g_assert_true (g_str_has_suffix (csv, "\r\nx,,3,false,0,day,,,,\r\n,,,,,,,,,\r\n"));
}

static void
test_stream (void)
{
  g_autoptr(GListModel) model = make_model ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GOutputStream) cancelled_stream = g_memory_output_stream_new_resizable ();

  g_assert_true (scr_csv_write_model (model, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected_csv, sizeof expected_csv - 1);

  g_cancellable_cancel (cancellable);
  g_assert_false (scr_csv_write_model (model, cancelled_stream, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_large_model_streams_in_blocks (void)
{
  g_autoptr(GListStore) store = g_list_store_new (TEST_TYPE_ITEM);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize size;

  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *id = g_strdup_printf ("item-%u", i);
      g_autoptr(TestItem) item = g_object_new (TEST_TYPE_ITEM, "id", id, "age", (int) (i % 100),
                                               NULL);

      g_list_store_append (store, item);
    }
  g_assert_true (scr_csv_write_model (G_LIST_MODEL (store), stream, NULL, &error));
  g_assert_no_error (error);
  text = scr_csv_model_to_string (G_LIST_MODEL (store));
  size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_cmpmem (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)), size,
                   text, strlen (text));
  g_assert_true (g_str_has_suffix (text, "\r\nitem-4999,,99,false,0,day,,,,\r\n"));
}

static void
test_file (void)
{
  g_autoptr(GListModel) model = make_model ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("scr-csv-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "items.csv", NULL);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (scr_csv_write_model_to_file (model, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, expected_csv);

  missing = g_build_filename (dir, "no-such-dir", "items.csv", NULL);
  g_assert_false (scr_csv_write_model_to_file (model, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* libscr's own collections: the columns are their JSON members. */
static void
test_dataset_collections (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "data",
                                                 "child-l-cumbria.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = scr_dataset_new_from_file (path, &error);
  g_autofree char *agencies = NULL;
  g_autofree char *cases = NULL;
  g_autofree char *actions = NULL;
  g_auto(GStrv) action_columns = NULL;
  g_autoptr(ScrAction) action = NULL;
  g_autoptr(GListStore) store = g_list_store_new (SCR_TYPE_ACTION);
  g_autoptr(ScrDate) due = scr_date_new_year_month (2016, 9, NULL);
  g_autofree char *one = NULL;

  g_assert_no_error (error);
  agencies = scr_csv_model_to_string (scr_dataset_get_agencies (dataset));
  g_assert_true (g_str_has_prefix (agencies, "id,name,sector\r\n"));
  g_assert_nonnull (strstr (agencies, "\r\ncumbria-police,Cumbria Police,police\r\n"));

  cases = scr_csv_model_to_string (scr_dataset_get_cases (dataset));
  g_assert_true (g_str_has_prefix (cases, "id,"));
  /* The subject is a ScrPerson: written as its id. Enums by nick, a
   * year-only date as the year. */
  g_assert_nonnull (strstr (cases, "\r\nchild-l,"));
  g_assert_nonnull (strstr (cases, ",england,"));
  g_assert_nonnull (strstr (cases, ",child-l-subject,2011,death,"));

  action_columns = scr_csv_list_columns (scr_dataset_get_actions (dataset));
  g_assert_true (g_strv_contains ((const char * const *) action_columns, "due_date"));
  g_assert_true (g_strv_contains ((const char * const *) action_columns, "owner_agency_id"));
  actions = scr_csv_model_to_string (scr_dataset_get_actions (dataset));
  g_assert_cmpuint (g_strv_length (action_columns), >, 5);

  /* A text with a comma, quotes and a line break round-trips quoted. */
  action = scr_action_new ("a1", "Audit \"history\", then\nreport");
  scr_action_set_due_date (action, due);
  g_list_store_append (store, action);
  one = scr_csv_model_to_string (G_LIST_MODEL (store));
  g_assert_nonnull (strstr (one, "\r\na1,,,\"Audit \"\"history\"\", then\nreport\","));
  g_assert_nonnull (strstr (one, ",2016-09,"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/core/csv/columns", test_columns);
  g_test_add_func ("/scr/core/csv/to-string", test_to_string);
  g_test_add_func ("/scr/core/csv/empty", test_empty);
  g_test_add_func ("/scr/core/csv/untyped-store", test_untyped_store_uses_first_item);
  g_test_add_func ("/scr/core/csv/mixed-items", test_mixed_items);
  g_test_add_func ("/scr/core/csv/stream", test_stream);
  g_test_add_func ("/scr/core/csv/large", test_large_model_streams_in_blocks);
  g_test_add_func ("/scr/core/csv/file", test_file);
  g_test_add_func ("/scr/core/csv/dataset", test_dataset_collections);
  return g_test_run ();
}
