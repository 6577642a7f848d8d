/* scr-cmd-register.c: the register commands: scr init, import, export,
 * case add|set, record, decide, action add|done, log [verify].
 *
 * Each change opens the register, reads it, changes one entity and saves
 * it with the version it read (ScrStore), so two officers changing one
 * case at once get a conflict, never a lost update. The register is
 * --register URI, or $SCR_REGISTER.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>

#include "scr-args.h"
#include "scr-tool.h"

/* The options every register command has. */
typedef struct
{
  char *uri;
  char *user;
  char *reason;
  gboolean json;
  gboolean update;
} RegisterOptions;

static void
register_options_clear (RegisterOptions *o)
{
  g_free (o->uri);
  g_free (o->user);
  g_free (o->reason);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RegisterOptions, register_options_clear)

#define REGISTER_ENTRY(o) SCR_TOOL_REGISTER_ENTRY (&(o)->uri)
#define USER_ENTRY(o) SCR_TOOL_USER_ENTRY (&(o)->user)
#define UPDATE_ENTRY(o) \
  { "update", 0, 0, G_OPTION_ARG_NONE, &(o)->update, \
    "Update an entity already in the register with other content (else refuse the file)", \
    NULL }
#define REASON_ENTRY(o) SCR_TOOL_REASON_ENTRY (&(o)->reason)

/* The register's URI from the options or the environment. */
static const char *
register_uri (RegisterOptions *o)
{
  return scr_tool_register_uri (o->uri);
}

const char *
scr_tool_register_uri (const char *given)
{
  return given != NULL ? given : g_getenv ("SCR_REGISTER");
}

const char *
scr_tool_user_name (const char *given)
{
  if (given != NULL && *given != '\0')
    return given;
  if (g_getenv ("USER") != NULL && *g_getenv ("USER") != '\0')
    return g_getenv ("USER");
  return g_get_user_name ();
}

ScrStore *
scr_tool_open_register (const char  *command,
                        const char  *uri,
                        int         *status)
{
  g_autoptr(GError) error = NULL;
  ScrStore *store;

  if (uri == NULL || *uri == '\0')
    {
      *status = scr_tool_fail ("%s: no register: give --register URI or set SCR_REGISTER "
                               "(create one with scr init PATH)", command);
      return NULL;
    }
  store = scr_store_open (uri, &error);
  if (store == NULL)
    *status = scr_tool_fail ("%s: %s", command, error->message);
  return store;
}

/* Opens the register and reads it whole. */
static ScrDataset *
open_and_load (const char       *command,
               RegisterOptions  *o,
               ScrStore        **store,
               int              *status)
{
  g_autoptr(GError) error = NULL;
  ScrDataset *dataset;

  *store = scr_tool_open_register (command, register_uri (o), status);
  if (*store == NULL)
    return NULL;
  dataset = scr_store_load (*store, &error);
  if (dataset == NULL)
    {
      *status = scr_tool_fail ("%s: %s", command, error->message);
      g_clear_object (store);
    }
  return dataset;
}

/* Saves @item as scr_tool_save_item() does, with the options' user and
 * reason. */
static int
save_item (const char      *command,
           ScrStore        *store,
           gpointer         item,
           RegisterOptions *o,
           const char      *what)
{
  return scr_tool_save_item (command, store, item, o->user, o->reason, FALSE, what, NULL);
}

int
scr_tool_save_item (const char *command,
                    ScrStore   *store,
                    gpointer    item,
                    const char *user,
                    const char *reason,
                    gboolean    new_entity,
                    const char *what,
                    guint64    *version_out)
{
  g_autoptr(GError) error = NULL;
  guint64 version = new_entity ? 0 : scr_store_get_version (store, item, &error);
  guint64 new_version = 0;

  if (error == NULL)
    scr_store_save (store, item, version, scr_tool_user_name (user), reason, &new_version,
                    &error);
  if (error != NULL)
    return scr_tool_fail ("%s: %s", command, error->message);
  if (version_out != NULL)
    *version_out = new_version;
  if (what == NULL)
    return 0;
  if (new_version == version)
    printf ("%s: no change\n", what);
  else
    printf ("%s: saved (version %" G_GUINT64_FORMAT ")\n", what, new_version);
  return 0;
}

/* Opens the register and reads case @id from it; NULL after printing why
 * not. */
static ScrCase *
open_case (const char       *command,
           RegisterOptions  *o,
           const char       *id,
           ScrStore        **store,
           int              *status)
{
  g_autoptr(GError) error = NULL;
  GObject *c;

  *store = scr_tool_open_register (command, register_uri (o), status);
  if (*store == NULL)
    return NULL;
  /* the case alone: a change to one case need not read the register */
  c = scr_store_load_entity (*store, SCR_TYPE_CASE, id, &error);
  if (c == NULL)
    *status = scr_tool_fail ("%s: %s", command, error->message);
  return SCR_CASE (c);
}

/* Imports @filename into @store, printing what it added. */
static gboolean
import_file (ScrStore        *store,
             const char      *filename,
             RegisterOptions *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDataset) dataset = scr_dataset_new_from_file (filename, &error);

  if (dataset == NULL)
    {
      scr_tool_fail ("%s", error->message);
      return FALSE;
    }
  if (!scr_store_import_full (store, dataset,
                              o->update ? SCR_IMPORT_FLAGS_UPDATE : SCR_IMPORT_FLAGS_NONE,
                              scr_tool_user_name (o->user), o->reason, &error))
    {
      scr_tool_fail ("import: %s: %s", filename, error->message);
      return FALSE;
    }
  printf ("%s: imported %u cases, %u reviews, %u actions\n", filename,
          g_list_model_get_n_items (scr_dataset_get_cases (dataset)),
          g_list_model_get_n_items (scr_dataset_get_reviews (dataset)),
          g_list_model_get_n_items (scr_dataset_get_actions (dataset)));
  return TRUE;
}

/* scr init [--postgresql-roles] [--as NAME] [--reason TEXT] REGISTER [DATASET.json...] */
int
scr_cmd_init (int    argc,
              char **argv)
{
  g_auto(RegisterOptions) o = { 0 };
  gboolean roles = FALSE;
  GOptionEntry entries[] = {
    USER_ENTRY (&o), REASON_ENTRY (&o), UPDATE_ENTRY (&o),
    { "postgresql-roles", 0, 0, G_OPTION_ARG_NONE, &roles,
      "Also create the roles scr_reader and scr_writer (a register on PostgreSQL)", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrStore) store = NULL;

  if (!scr_tool_parse_options (entries, "REGISTER [DATASET.json...]",
                               "Create a register (an SQLite file), and import datasets into it.",
                               &argc, &argv))
    return 2;
  if (argc < 2)
    return scr_tool_fail ("init: give the new register's path (usage: scr init REGISTER "
                          "[DATASET.json...])");
  /* before anything is created */
  if (roles && !g_str_has_prefix (argv[1], "postgresql:")
      && !g_str_has_prefix (argv[1], "postgres:"))
    return scr_tool_fail ("init: --postgresql-roles: %s is not a postgresql:// URI (an SQLite "
                          "register has no roles)", argv[1]);
  store = scr_store_create (argv[1], &error);
  if (store == NULL)
    return scr_tool_fail ("init: %s", error->message);
  printf ("%s: created an empty register\n", argv[1]);
  if (roles && !scr_store_create_roles (store, NULL, NULL, &error))
    return scr_tool_fail ("init: %s", error->message);
  if (roles)
    printf ("%s: created the roles scr_reader and scr_writer\n", argv[1]);
  for (int i = 2; i < argc; i++)
    if (!import_file (store, argv[i], &o))
      return 2;
  return 0;
}

/* scr import [-R URI] [--as NAME] [--reason TEXT] DATASET.json... */
int
scr_cmd_import (int    argc,
                char **argv)
{
  g_auto(RegisterOptions) o = { 0 };
  GOptionEntry entries[] = {
    REGISTER_ENTRY (&o), USER_ENTRY (&o), REASON_ENTRY (&o), UPDATE_ENTRY (&o),
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrStore) store = NULL;
  int status = 0;

  if (!scr_tool_parse_options (entries, "DATASET.json...",
                               "Add every entity of dataset files to the register.", &argc,
                               &argv))
    return 2;
  if (argc < 2)
    return scr_tool_fail ("import: no file given (usage: scr import [-R URI] DATASET.json...)");
  store = scr_tool_open_register ("import", register_uri (&o), &status);
  if (store == NULL)
    return status;
  for (int i = 1; i < argc; i++)
    if (!import_file (store, argv[i], &o))
      return 2;
  return 0;
}

/* scr export [-R URI] [-o FILE] [--at TIME] [--include-restricted] */
int
scr_cmd_export (int    argc,
                char **argv)
{
  g_auto(RegisterOptions) o = { 0 };
  g_autofree char *output = NULL, *at = NULL;
  gboolean restricted = FALSE;
  GOptionEntry entries[] = {
    REGISTER_ENTRY (&o),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE (atomically)", "FILE" },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at,
      "The register as it stood at TIME (ISO 8601, e.g. 2026-12-01T09:00:00Z)", "TIME" },
    { "include-restricted", 0, 0, G_OPTION_ARG_NONE, &restricted,
      "Include the restricted details (names, addresses)", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrStore) store = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  ScrSaveFlags flags;
  int status = 0;

  if (!scr_tool_parse_options (entries, "", "Write the register as a dataset file.", &argc,
                               &argv))
    return 2;
  if (argc != 1)
    return scr_tool_fail ("export: unexpected argument \"%s\"", argv[1]);
  store = scr_tool_open_register ("export", register_uri (&o), &status);
  if (store == NULL)
    return status;
  if (at != NULL)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (at, utc);

      if (time == NULL)
        return scr_tool_fail ("export: --at: \"%s\" is not an ISO 8601 time "
                              "(YYYY-MM-DDTHH:MM:SS, Z or an offset)", at);
      dataset = scr_store_load_at (store, time, &error);
    }
  else
    dataset = scr_store_load (store, &error);
  if (dataset == NULL)
    return scr_tool_fail ("export: %s", error->message);
  flags = restricted ? SCR_SAVE_FLAGS_INCLUDE_RESTRICTED : SCR_SAVE_FLAGS_NONE;
  if (output != NULL)
    {
      if (!scr_dataset_save_to_file_full (dataset, output, flags, &error))
        return scr_tool_fail ("export: %s", error->message);
    }
  else
    {
      g_autofree char *text = scr_dataset_to_data_full (dataset, flags, NULL);

      fputs (text, stdout);
    }
  return 0;
}

/* NAME=VALUE: the two halves, or FALSE. */
static gboolean
split_assignment (const char  *text,
                  char       **name,
                  char       **value)
{
  const char *equals = strchr (text, '=');

  if (equals == NULL || equals == text)
    return FALSE;
  *name = g_strndup (text, equals - text);
  *value = g_strdup (equals + 1);
  return TRUE;
}

/* An event's name as the model spells it: became-aware is became_aware. */
static char *
event_name (const char *text)
{
  char *name = g_strdup (text);

  g_strdelimit (name, "-", '_');
  return name;
}

gboolean
scr_tool_set_facts (const char  *command,
                    ScrCase     *c,
                    char       **assignments)
{
  for (guint i = 0; assignments != NULL && assignments[i] != NULL; i++)
    {
      g_autofree char *name = NULL, *value = NULL;
      g_autoptr(GError) error = NULL;

      if (!split_assignment (assignments[i], &name, &value))
        {
          scr_tool_fail ("%s: \"%s\" is not FACT=VALUE", command, assignments[i]);
          return FALSE;
        }
      if (!scr_case_set_fact (c, name, value, &error))
        {
          scr_tool_fail ("%s: %s; nothing was written", command, error->message);
          return FALSE;
        }
    }
  return TRUE;
}

/* Sets event @name on @c to the day @text; FALSE after printing why not. */
static gboolean
set_event (const char *command,
           ScrCase    *c,
           const char *name_text,
           const char *text)
{
  g_autofree char *name = event_name (name_text);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScrDate) date = NULL;
  g_autoptr(ScrRuleSet) rules = scr_rule_set_new_builtin ();
  g_auto(GStrv) events = scr_rule_set_list_events (rules);

  if (!g_strv_contains ((const char *const *) events, name))
    {
      g_autofree char *list = g_strjoinv (", ", events);

      scr_tool_fail ("%s: no event \"%s\" (events: %s); nothing was written", command,
                     name_text, list);
      return FALSE;
    }
  date = scr_args_parse_date (text, name_text, &error);
  if (date == NULL)
    {
      scr_tool_fail ("%s: %s; nothing was written", command, error->message);
      return FALSE;
    }
  scr_case_set_event (c, name, date);
  return TRUE;
}

ScrCase *
scr_tool_new_case (const char  *command,
                   const char  *id,
                   const char  *jurisdiction,
                   char       **facts,
                   char       **events)
{
  g_autoptr(ScrCase) c = NULL;
  int value;

  if (jurisdiction == NULL)
    {
      scr_tool_fail ("%s: give --jurisdiction (england, wales, scotland or northern-ireland)",
                     command);
      return NULL;
    }
  value = scr_tool_enum_value (SCR_TYPE_JURISDICTION, jurisdiction);
  if (value < 0)
    {
      scr_tool_fail ("%s: --jurisdiction: no jurisdiction \"%s\" (england, wales, scotland or "
                     "northern-ireland)", command, jurisdiction);
      return NULL;
    }
  c = scr_case_new (id, value);
  if (!scr_tool_set_facts (command, c, facts))
    return NULL;
  for (guint i = 0; events != NULL && events[i] != NULL; i++)
    {
      g_autofree char *name = NULL, *date = NULL;

      if (!split_assignment (events[i], &name, &date))
        {
          scr_tool_fail ("%s: --event \"%s\" is not NAME=DATE; nothing was written", command,
                         events[i]);
          return NULL;
        }
      if (!set_event (command, c, name, date))
        return NULL;
    }
  return g_steal_pointer (&c);
}

static int
case_add (int    argc,
          char **argv)
{
  g_auto(RegisterOptions) o = { 0 };
  g_autofree char *jurisdiction = NULL, *from = NULL;
  g_auto(GStrv) facts = NULL, events = NULL;
  GOptionEntry entries[] = {
    REGISTER_ENTRY (&o), USER_ENTRY (&o), REASON_ENTRY (&o),
    { "jurisdiction", 'j', 0, G_OPTION_ARG_STRING, &jurisdiction,
      "england, wales, scotland or northern-ireland", "NAME" },
    { "fact", 'f', 0, G_OPTION_ARG_STRING_ARRAY, &facts, "Set a fact (repeatable)", "NAME=VALUE" },
    { "event", 'e', 0, G_OPTION_ARG_STRING_ARRAY, &events, "Record an event (repeatable)",
      "NAME=DATE" },
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from, "Add the cases of a dataset FILE", "FILE" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrStore) store = NULL;
  g_autoptr(ScrCase) c = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!scr_tool_parse_options (entries, "add ID | add --from FILE",
                               "Add a case to the register.", &argc, &argv))
    return 2;
  store = scr_tool_open_register ("case add", register_uri (&o), &status);
  if (store == NULL)
    return status;
  if (from != NULL)
    {
      g_autoptr(ScrDataset) dataset = NULL;
      GListModel *cases;

      if (argc != 2)
        return scr_tool_fail ("case add: give --from FILE or an ID, not both");
      dataset = scr_dataset_new_from_file (from, &error);
      if (dataset == NULL)
        return scr_tool_fail ("%s", error->message);
      cases = scr_dataset_get_cases (dataset);
      for (guint i = 0; i < g_list_model_get_n_items (cases); i++)
        {
          g_autoptr(ScrCase) item = g_list_model_get_item (cases, i);
          g_autofree char *what = g_strdup_printf ("case %s", scr_case_get_id (item));

          if ((status = save_item ("case add", store, item, &o, what)) != 0)
            return status;
        }
      return 0;
    }
  if (argc != 3)
    return scr_tool_fail ("case add: give the new case's id (usage: scr case add ID "
                          "--jurisdiction NAME [--fact NAME=VALUE]... [--event NAME=DATE]...)");
  c = scr_tool_new_case ("case add", argv[2], jurisdiction, facts, events);
  if (c == NULL)
    return 2;
  {
    g_autofree char *what = g_strdup_printf ("case %s", argv[2]);

    return save_item ("case add", store, c, &o, what);
  }
}

static int
case_set (int    argc,
          char **argv)
{
  g_auto(RegisterOptions) o = { 0 };
  GOptionEntry entries[] = {
    REGISTER_ENTRY (&o), USER_ENTRY (&o), REASON_ENTRY (&o), G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrStore) store = NULL;
  g_autofree char *what = NULL;
  g_autoptr(ScrCase) c = NULL;
  int status = 0;

  if (!scr_tool_parse_options (entries, "set CASE FACT=VALUE...", "Set facts of a case.", &argc,
                               &argv))
    return 2;
  if (argc < 4)
    return scr_tool_fail ("case set: give a case and FACT=VALUE (usage: scr case set CASE "
                          "FACT=VALUE...)");
  c = open_case ("case set", &o, argv[2], &store, &status);
  if (c == NULL)
    return status;
  if (!scr_tool_set_facts ("case set", c, argv + 3))
    return 2;
  what = g_strdup_printf ("case %s", argv[2]);
  return save_item ("case set", store, c, &o, what);
}

/* scr case add ... | scr case set ... */
int
scr_cmd_case (int    argc,
              char **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "add"))
    return case_add (argc, argv);
  if (argc >= 2 && g_str_equal (argv[1], "set"))
    return case_set (argc, argv);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      printf ("Usage:\n  scr case add ID --jurisdiction NAME [--fact NAME=VALUE]... "
              "[--event NAME=DATE]...\n  scr case add --from FILE\n"
              "  scr case set CASE FACT=VALUE...\n\n"
              "Add a case to the register, or set its facts. Run 'scr case add --help' for "
              "the options.\n");
      return 0;
    }
  return scr_tool_fail ("case: give add or set (usage: scr case add|set ...)");
}

/* scr record [-R URI] [--as NAME] [--reason TEXT] CASE EVENT DATE */
int
scr_cmd_record (int    argc,
                char **argv)
{
  g_auto(RegisterOptions) o = { 0 };
  GOptionEntry entries[] = {
    REGISTER_ENTRY (&o), USER_ENTRY (&o), REASON_ENTRY (&o), G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrStore) store = NULL;
  g_autofree char *what = NULL;
  g_autoptr(ScrCase) c = NULL;
  int status = 0;

  if (!scr_tool_parse_options (entries, "CASE EVENT DATE",
                               "Record that an event of a case happened on a date "
                               "(became-aware, notification-sent, rapid-review-completed, "
                               "decision, review-initiated, published...).", &argc, &argv))
    return 2;
  if (argc != 4)
    return scr_tool_fail ("record: give CASE EVENT DATE (usage: scr record CASE EVENT DATE)");
  c = open_case ("record", &o, argv[1], &store, &status);
  if (c == NULL)
    return status;
  if (!set_event ("record", c, argv[2], argv[3]))
    return 2;
  what = g_strdup_printf ("case %s", argv[1]);
  return save_item ("record", store, c, &o, what);
}

/* The day of @text, or today when it is NULL. */
static ScrDate *
day_or_today (const char  *text,
              GError     **error)
{
  return text != NULL ? scr_args_parse_day (text, error) : scr_date_new_today ();
}

/* The processes decided at the review decision in @jurisdiction: those
 * with a criteria rule triggered by the decision, by the rules' data. */
static GArray *
decided_processes (ScrRuleSet *rules,
                   const char *jurisdiction)
{
  GListModel *all = scr_rule_set_get_rules (rules);
  GArray *processes = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(ScrRule) rule = g_list_model_get_item (all, i);
      const char *const *places = scr_rule_get_jurisdictions (rule);
      int process = scr_rule_get_process (rule);
      gboolean seen = FALSE;

      if (scr_rule_get_kind (rule) != SCR_RULE_KIND_CRITERIA
          || g_strcmp0 (scr_rule_get_trigger (rule), "decision") != 0
          || places == NULL || !g_strv_contains (places, jurisdiction))
        continue;
      for (guint k = 0; k < processes->len && !seen; k++)
        seen = g_array_index (processes, int, k) == process;
      if (!seen)
        g_array_append_val (processes, process);
    }
  return processes;
}

/* FALSE (after saying which processes are) when @process is not decided
 * at the review decision of @c's jurisdiction. */
static gboolean
check_decided_process (ScrStore   *store,
                       ScrCase    *c,
                       const char *process_text)
{
  const char *jurisdiction = scr_tool_enum_nick (SCR_TYPE_JURISDICTION,
                                                 scr_case_get_jurisdiction (c));
  g_autoptr(GArray) processes = decided_processes (scr_store_get_rules (store), jurisdiction);
  g_autoptr(GString) list = g_string_new (NULL);
  int process = scr_tool_enum_value (SCR_TYPE_PROCESS, process_text);

  for (guint k = 0; k < processes->len; k++)
    {
      if (g_array_index (processes, int, k) == process)
        return TRUE;
      g_string_append_printf (list, "%s%s", k > 0 ? ", " : "",
                              scr_tool_enum_nick (SCR_TYPE_PROCESS,
                                                  g_array_index (processes, int, k)));
    }
  scr_tool_fail ("decide: \"%s\" is not a review decided for a case in %s (give one of: %s); "
                 "nothing was written", process_text, jurisdiction, list->str);
  return FALSE;
}

/* scr decide [-R URI] [--as NAME] --reason TEXT [--on DATE] CASE [PROCESS]
 * initiate|not-initiate */
int
scr_cmd_decide (int    argc,
                char **argv)
{
  g_auto(RegisterOptions) o = { 0 };
  g_autofree char *on = NULL;
  GOptionEntry entries[] = {
    REGISTER_ENTRY (&o), USER_ENTRY (&o), REASON_ENTRY (&o),
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, "The day of the decision (default today)", "DATE" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrStore) store = NULL;
  g_autoptr(ScrDate) day = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL, *decision = NULL;
  const char *process = NULL, *verdict;
  g_autoptr(ScrCase) c = NULL;
  int status = 0;

  if (!scr_tool_parse_options (entries, "CASE [PROCESS] initiate|not-initiate",
                               "Record the decision whether to carry out a review (PROCESS: "
                               "lcspr, scr, wales-concise...), with its reason (the case's "
                               "review_decision fact and decision event).",
                               &argc, &argv))
    return 2;
  if (argc != 3 && argc != 4)
    return scr_tool_fail ("decide: give CASE, the review (optional) and initiate or "
                          "not-initiate (usage: scr decide CASE [PROCESS] "
                          "initiate|not-initiate --reason TEXT)");
  process = argc == 4 ? argv[2] : NULL;
  verdict = argv[argc - 1];
  if (!g_str_equal (verdict, "initiate") && !g_str_equal (verdict, "not-initiate"))
    return scr_tool_fail ("decide: \"%s\": give initiate or not-initiate", verdict);
  if (o.reason == NULL || *o.reason == '\0')
    return scr_tool_fail ("decide: a decision needs its reason: give --reason TEXT");
  day = day_or_today (on, &error);
  if (day == NULL)
    return scr_tool_fail ("decide: --on: %s", error->message);
  c = open_case ("decide", &o, argv[1], &store, &status);
  if (c == NULL)
    return status;
  if (process != NULL)
    {
      g_autofree char *reason = NULL;

      if (!check_decided_process (store, c, process))
        return 2;
      /* the model keeps one review decision per case: the log says which
       * review it was about */
      reason = g_strdup_printf ("%s: %s", process, o.reason);
      g_free (o.reason);
      o.reason = g_steal_pointer (&reason);
    }
  decision = event_name (verdict);
  if (!scr_case_set_fact (c, "review_decision", decision, &error))
    return scr_tool_fail ("decide: %s", error->message);
  scr_case_set_event (c, "decision", day);
  what = g_strdup_printf ("case %s", argv[1]);
  return save_item ("decide", store, c, &o, what);
}

static int
action_add (int    argc,
            char **argv)
{
  g_auto(RegisterOptions) o = { 0 };
  g_autofree char *review = NULL, *recommendation = NULL, *text = NULL, *agency = NULL;
  g_autofree char *owner = NULL, *due = NULL, *measure = NULL;
  GOptionEntry entries[] = {
    REGISTER_ENTRY (&o), USER_ENTRY (&o), REASON_ENTRY (&o),
    { "review", 0, 0, G_OPTION_ARG_STRING, &review, "The review whose action plan it is",
      "ID" },
    { "recommendation", 0, 0, G_OPTION_ARG_STRING, &recommendation,
      "The recommendation it answers", "ID" },
    { "text", 0, 0, G_OPTION_ARG_STRING, &text, "What is to be done", "TEXT" },
    { "agency", 0, 0, G_OPTION_ARG_STRING, &agency, "The agency that owns it", "ID" },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, "Who owns it (a role or a person)", "NAME" },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due, "When it is due (a date, or a month)", "DATE" },
    { "outcome-measure", 0, 0, G_OPTION_ARG_STRING, &measure,
      "How the partnership will know it made a difference", "TEXT" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrStore) store = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(ScrAction) action = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;
  int status = 0;

  if (!scr_tool_parse_options (entries, "add ID --review ID --text TEXT",
                               "Add an action to a review's action plan.", &argc, &argv))
    return 2;
  if (argc != 3 || review == NULL || text == NULL || *text == '\0')
    return scr_tool_fail ("action add: give the new action's id, --review and --text (usage: "
                          "scr action add ID --review ID --text TEXT [--recommendation ID] "
                          "[--agency ID] [--owner NAME] [--due DATE] [--outcome-measure "
                          "TEXT])");
  dataset = open_and_load ("action add", &o, &store, &status);
  if (dataset == NULL)
    return status;
  if (scr_dataset_lookup_action (dataset, argv[2]) != NULL)
    return scr_tool_fail ("action add: the register has an action \"%s\" already", argv[2]);
  if (scr_dataset_lookup_review (dataset, review) == NULL)
    return scr_tool_fail ("action add: --review: no review \"%s\" in the register", review);
  if (recommendation != NULL && scr_dataset_lookup_recommendation (dataset, recommendation) == NULL)
    return scr_tool_fail ("action add: --recommendation: no recommendation \"%s\" in the "
                          "register", recommendation);
  if (agency != NULL && scr_dataset_lookup_agency (dataset, agency) == NULL)
    return scr_tool_fail ("action add: --agency: no agency \"%s\" in the register", agency);
  action = scr_action_new (argv[2], text);
  scr_action_set_review_id (action, review);
  scr_action_set_recommendation_id (action, recommendation);
  scr_action_set_owner_agency_id (action, agency);
  scr_action_set_owner (action, owner);
  scr_action_set_outcome_measure (action, measure);
  scr_action_set_status (action, SCR_ACTION_STATUS_NOT_STARTED);
  if (due != NULL)
    {
      g_autoptr(ScrDate) date = scr_args_parse_date (due, "--due", &error);

      if (date == NULL)
        return scr_tool_fail ("action add: %s; nothing was written", error->message);
      scr_action_set_due_date (action, date);
    }
  what = g_strdup_printf ("action %s", argv[2]);
  return save_item ("action add", store, action, &o, what);
}

static int
action_done (int    argc,
             char **argv)
{
  g_auto(RegisterOptions) o = { 0 };
  g_autofree char *on = NULL, *evidence = NULL;
  GOptionEntry entries[] = {
    REGISTER_ENTRY (&o), USER_ENTRY (&o), REASON_ENTRY (&o),
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, "The day it was completed (default today)", "DATE" },
    { "evidence", 0, 0, G_OPTION_ARG_STRING, &evidence,
      "The evidence that it made a difference", "TEXT" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrStore) store = NULL;
  g_autoptr(ScrDataset) dataset = NULL;
  g_autoptr(ScrDate) day = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;
  ScrAction *action;
  int status = 0;

  if (!scr_tool_parse_options (entries, "done ID", "Record that an action was completed.",
                               &argc, &argv))
    return 2;
  if (argc != 3)
    return scr_tool_fail ("action done: give the action's id (usage: scr action done ID "
                          "[--on DATE] [--evidence TEXT])");
  day = day_or_today (on, &error);
  if (day == NULL)
    return scr_tool_fail ("action done: --on: %s", error->message);
  dataset = open_and_load ("action done", &o, &store, &status);
  if (dataset == NULL)
    return status;
  action = scr_dataset_lookup_action (dataset, argv[2]);
  if (action == NULL)
    return scr_tool_fail ("action done: no action \"%s\" in the register", argv[2]);
  scr_action_set_status (action, SCR_ACTION_STATUS_COMPLETED);
  scr_action_set_completed_date (action, day);
  if (evidence != NULL)
    scr_action_set_evidence (action, evidence);
  what = g_strdup_printf ("action %s", argv[2]);
  return save_item ("action done", store, action, &o, what);
}

/* scr action add ... | scr action done ... */
int
scr_cmd_action (int    argc,
                char **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "add"))
    return action_add (argc, argv);
  if (argc >= 2 && g_str_equal (argv[1], "done"))
    return action_done (argc, argv);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      printf ("Usage:\n  scr action add ID --review ID --text TEXT [--recommendation ID] "
              "[--agency ID] [--owner NAME] [--due DATE] [--outcome-measure TEXT]\n"
              "  scr action done ID [--on DATE] [--evidence TEXT]\n\n"
              "Add an action to a review's action plan, or record that one was completed. "
              "Run 'scr action add --help' for the options.\n");
      return 0;
    }
  return scr_tool_fail ("action: give add or done (usage: scr action add|done ...)");
}

static void
print_entry (ScrLogEntry *e)
{
  g_autofree char *time = g_date_time_format (scr_log_entry_get_time (e), "%Y-%m-%d %H:%M:%S");
  const char *member = scr_log_entry_get_member (e);

  printf ("%6" G_GUINT64_FORMAT "  %s UTC  %-10s %s %s", scr_log_entry_get_sequence (e), time,
          scr_log_entry_get_user (e), scr_log_entry_get_kind (e), scr_log_entry_get_entity_id (e));
  if (*member == '\0')
    printf (" added");
  else
    {
      const char *old = scr_log_entry_get_old_value (e), *new = scr_log_entry_get_new_value (e);

      printf (" %s: %s -> %s", member, old != NULL ? old : "(none)",
              new != NULL ? new : "(removed)");
    }
  if (*scr_log_entry_get_reason (e) != '\0')
    printf ("  (%s)", scr_log_entry_get_reason (e));
  printf ("\n");
}

JsonNode *
scr_tool_log_entry_to_json (ScrLogEntry *e)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *time = g_date_time_format_iso8601 (scr_log_entry_get_time (e));
  const char *names[] = { "user", "kind", "entity_id", "member", "old_value", "new_value",
                          "reason", "rules_version", "rules_digest", "previous_hash", "hash" };
  const char *values[] = {
    scr_log_entry_get_user (e), scr_log_entry_get_kind (e), scr_log_entry_get_entity_id (e),
    scr_log_entry_get_member (e), scr_log_entry_get_old_value (e),
    scr_log_entry_get_new_value (e), scr_log_entry_get_reason (e),
    scr_log_entry_get_rules_version (e), scr_log_entry_get_rules_digest (e),
    scr_log_entry_get_previous_hash (e), scr_log_entry_get_hash (e),
  };

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "sequence");
  json_builder_add_int_value (b, (gint64) scr_log_entry_get_sequence (e));
  json_builder_set_member_name (b, "time");
  json_builder_add_string_value (b, time);
  json_builder_set_member_name (b, "entity_version");
  json_builder_add_int_value (b, (gint64) scr_log_entry_get_entity_version (e));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      json_builder_set_member_name (b, names[i]);
      if (values[i] != NULL)
        json_builder_add_string_value (b, values[i]);
      else
        json_builder_add_null_value (b);
    }
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* scr log [-R URI] [--json] [ID] | scr log verify [-R URI] */
int
scr_cmd_log (int    argc,
             char **argv)
{
  g_auto(RegisterOptions) o = { 0 };
  GOptionEntry entries[] = {
    REGISTER_ENTRY (&o),
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, "Print JSON instead of text", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(ScrStore) store = NULL;
  g_autoptr(GListModel) log = NULL;
  g_autoptr(GError) error = NULL;
  const char *id;
  int status = 0;

  if (!scr_tool_parse_options (entries, "[ID] | verify",
                               "List the register's decision log (of one entity), or verify "
                               "its hash chain: exit 1 if it does not verify.", &argc, &argv))
    return 2;
  if (argc > 2)
    return scr_tool_fail ("log: give one id at most (usage: scr log [ID] | scr log verify)");
  store = scr_tool_open_register ("log", register_uri (&o), &status);
  if (store == NULL)
    return status;
  id = argc == 2 ? argv[1] : NULL;
  if (g_strcmp0 (id, "verify") == 0)
    {
      guint64 bad = 0;
      g_autoptr(GListModel) all = NULL;

      if (!scr_store_verify_log (store, &bad, &error))
        {
          fprintf (stderr, "scr: log verify: %s\n", error->message);
          if (bad > 0)
            fprintf (stderr, "scr: log verify: first bad entry: %" G_GUINT64_FORMAT "\n", bad);
          return error->domain == SCR_ERROR && error->code == SCR_ERROR_INTEGRITY ? 1 : 2;
        }
      all = scr_store_list_log (store, NULL, &error);
      if (all == NULL)
        return scr_tool_fail ("log: %s", error->message);
      printf ("%s: the decision log verifies: %u entries, chained, and every entity is what "
              "they make it\n", scr_store_get_uri (store), g_list_model_get_n_items (all));
      return 0;
    }
  log = scr_store_list_log (store, id, &error);
  if (log == NULL)
    return scr_tool_fail ("log: %s", error->message);
  if (id != NULL && g_list_model_get_n_items (log) == 0)
    return scr_tool_fail ("log: nothing in the register has the id \"%s\"", id);
  if (o.json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (log); i++)
        {
          g_autoptr(ScrLogEntry) e = g_list_model_get_item (log, i);

          json_array_add_element (array, scr_tool_log_entry_to_json (e));
        }
      json_node_take_array (root, array);
      scr_tool_print_json (root);
      return 0;
    }
  for (guint i = 0; i < g_list_model_get_n_items (log); i++)
    {
      g_autoptr(ScrLogEntry) e = g_list_model_get_item (log, i);

      print_entry (e);
    }
  return 0;
}
