/* scr-store-due.c: the register's due index, so that the daily list of
 * what is due reads a few rows instead of every case.
 *
 * For each case, the steps that are anchored, have a due date and are
 * not done (scr-open-deadlines.c): rule, anchor event, the days it could
 * be, and the case's jurisdiction and agencies. It is derived data: a
 * save of a case rewrites the case's rows in the same transaction, and
 * the index is remade whole when the rules or the libscr that made it
 * differ from the reader's (the key in scr_meta), so it can never answer
 * with other rules than a full evaluation would.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-dataset-private.h"
#include "scr-enum-types.h"
#include "scr-error.h"
#include "scr-evaluator-private.h"
#include "scr-json-private.h"
#include "scr-store-due-private.h"

#define DUE_KEY "due_index"

const char *const scr_store_due_schema[] = {
  "CREATE TABLE scr_due_case (case_id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL,"
  " missing_facts TEXT NOT NULL, missing_events TEXT NOT NULL)",
  "CREATE TABLE scr_due (case_id TEXT NOT NULL, position BIGINT NOT NULL,"
  " rule_id TEXT NOT NULL, anchor TEXT NOT NULL, from_first TEXT NOT NULL,"
  " from_last TEXT NOT NULL, PRIMARY KEY (case_id, position))",
  "CREATE TABLE scr_due_agency (case_id TEXT NOT NULL, agency_id TEXT NOT NULL,"
  " PRIMARY KEY (case_id, agency_id))",
  "CREATE INDEX scr_due_agency_agency ON scr_due_agency (agency_id)",
  NULL
};

/* What the index must have been made with to be used. */
static char *
due_key (ScrRuleSet *rules)
{
  return g_strconcat (PACKAGE_VERSION, " ", scr_rule_set_get_digest (rules), NULL);
}

gboolean
scr_store_due_is_current (ScrStoreBackend  *backend,
                          ScrRuleSet       *rules,
                          gboolean         *current,
                          GError          **error)
{
  const char *params[] = { DUE_KEY };
  g_autoptr(GPtrArray) rows = scr_store_backend_query (backend,
                                                       "SELECT value FROM scr_meta WHERE key = $1",
                                                       params, 1, error);
  g_autofree char *key = NULL;

  if (rows == NULL)
    return FALSE;
  key = due_key (rules);
  *current = rows->len == 1 && g_strcmp0 (SCR_STORE_CELL (rows, 0, 0), key) == 0;
  return TRUE;
}

gboolean
scr_store_due_mark_current (ScrStoreBackend  *backend,
                            ScrRuleSet       *rules,
                            GError          **error)
{
  g_autofree char *key = due_key (rules);
  const char *params[] = { DUE_KEY, key };

  return scr_store_backend_exec (backend, "DELETE FROM scr_meta WHERE key = $1", params, 1, error)
         && scr_store_backend_exec (backend, "INSERT INTO scr_meta (key, value) VALUES ($1, $2)",
                                    params, 2, error);
}

static char *
ordinal_text (gint32 ordinal)
{
  g_autoptr(ScrDate) date = scr_date_new_from_ordinal (ordinal, NULL);

  return scr_date_to_iso8601 (date);
}

static gint32
text_ordinal (const char *text)
{
  g_autoptr(ScrDate) date = text != NULL ? scr_date_new_from_iso8601 (text, NULL) : NULL;

  return date != NULL && scr_date_is_complete (date) ? scr_date_get_ordinal (date) : 0;
}

gboolean
scr_store_due_index_case (ScrStoreBackend  *backend,
                          const char       *uri,
                          ScrRuleSet       *rules,
                          ScrEvaluator    **evaluator,
                          ScrCase          *scr_case,
                          GError          **error)
{
  const char *id = scr_case_get_id (scr_case);
  const char *params[6] = { id };
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (ScrOpenDeadline));
  g_autofree char *facts = NULL, *events = NULL;
  ScrOpenCase info;
  const char *const *agencies;

  if (!scr_store_backend_exec (backend, "DELETE FROM scr_due WHERE case_id = $1", params, 1, error)
      || !scr_store_backend_exec (backend, "DELETE FROM scr_due_case WHERE case_id = $1", params,
                                  1, error)
      || !scr_store_backend_exec (backend, "DELETE FROM scr_due_agency WHERE case_id = $1", params,
                                  1, error))
    return FALSE;
  if (*evaluator == NULL)
    *evaluator = scr_evaluator_new (rules);
  if (!scr_evaluator_open_deadlines (*evaluator, scr_case, open, &info, error))
    {
      g_prefix_error (error, "%s: case %s: ", uri, id);
      return FALSE;
    }
  /* a case with nothing open and nothing undecided has no rows */
  if (open->len == 0 && info.missing[0] == 0 && info.missing[1] == 0
      && info.missing_events == 0)
    return TRUE;
  facts = g_strdup_printf ("%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT, info.missing[0],
                           info.missing[1]);
  events = g_strdup_printf ("%" G_GUINT64_FORMAT, info.missing_events);
  params[1] = scr_enum_to_nick (SCR_TYPE_JURISDICTION, info.jurisdiction);
  params[2] = facts;
  params[3] = events;
  if (!scr_store_backend_exec (backend, "INSERT INTO scr_due_case (case_id, jurisdiction,"
                                        " missing_facts, missing_events) VALUES ($1, $2, $3, $4)",
                               params, 4, error))
    return FALSE;
  for (guint i = 0; i < open->len; i++)
    {
      const ScrOpenDeadline *d = &g_array_index (open, ScrOpenDeadline, i);
      g_autofree char *position = g_strdup_printf ("%u", i);
      g_autofree char *first = ordinal_text (d->from.first);
      g_autofree char *last = ordinal_text (d->from.last);

      params[1] = position;
      params[2] = d->rule_id;
      params[3] = d->anchor;
      params[4] = first;
      params[5] = last;
      if (!scr_store_backend_exec (backend, "INSERT INTO scr_due (case_id, position, rule_id,"
                                            " anchor, from_first, from_last)"
                                            " VALUES ($1, $2, $3, $4, $5, $6)",
                                   params, 6, error))
        return FALSE;
    }
  agencies = scr_case_get_agency_ids (scr_case);
  for (guint i = 0; agencies != NULL && agencies[i] != NULL; i++)
    {
      /* a case may name an agency twice; the table holds it once */
      if (g_strv_contains (agencies + i + 1, agencies[i]))
        continue;
      params[1] = agencies[i];
      if (!scr_store_backend_exec (backend, "INSERT INTO scr_due_agency (case_id, agency_id)"
                                          " VALUES ($1, $2)", params, 2, error))
        return FALSE;
    }
  return TRUE;
}

/* Remakes the whole index with the store's rules, in its own write
 * (unless another process has just done so). */
static gboolean
rebuild (ScrStoreBackend  *backend,
         const char       *uri,
         ScrRuleSet       *rules,
         GError          **error)
{
  g_autoptr(ScrEvaluator) evaluator = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gboolean current = FALSE;

  if (!backend->vtable->begin_write (backend, error))
    return FALSE;
  if (!scr_store_due_is_current (backend, rules, &current, error))
    return scr_store_backend_rollback (backend);
  if (current)
    return scr_store_backend_rollback (backend), TRUE;
  rows = scr_store_backend_query (backend, "SELECT id, body FROM scr_entity WHERE kind = 'cases'",
                                   NULL, 0, error);
  if (rows == NULL
      || !scr_store_backend_exec (backend, "DELETE FROM scr_due", NULL, 0, error)
      || !scr_store_backend_exec (backend, "DELETE FROM scr_due_case", NULL, 0, error)
      || !scr_store_backend_exec (backend, "DELETE FROM scr_due_agency", NULL, 0, error))
    return scr_store_backend_rollback (backend);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *id = SCR_STORE_CELL (rows, i, 0);
      g_autoptr(JsonNode) body = json_from_string (SCR_STORE_CELL (rows, i, 1), NULL);
      g_autofree char *path = g_strdup_printf ("$.cases[id=%s]", id);
      g_autoptr(ScrCase) scr_case = NULL;

      if (body == NULL || !JSON_NODE_HOLDS_OBJECT (body))
        {
          g_set_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY,
                       "%s: the register's case %s is damaged (not a JSON object)", uri, id);
          return scr_store_backend_rollback (backend);
        }
      scr_case = scr_collections[SCR_COLLECTION_CASES].load (json_node_get_object (body), path,
                                                              error);
      if (scr_case == NULL
          || !scr_store_due_index_case (backend, uri, rules, &evaluator, scr_case, error))
        return scr_store_backend_rollback (backend);
    }
  if (!scr_store_due_mark_current (backend, rules, error))
    return scr_store_backend_rollback (backend);
  return scr_store_backend_commit (backend, error);
}

static gboolean
parse_case (const char *const *columns,
            ScrOpenCase       *info)
{
  int jurisdiction;
  g_auto(GStrv) facts = g_strsplit (columns[2], " ", -1);

  if (columns[1] == NULL || !scr_enum_from_nick (SCR_TYPE_JURISDICTION, columns[1], &jurisdiction)
      || g_strv_length (facts) != 2
      || !g_ascii_string_to_unsigned (facts[0], 10, 0, G_MAXUINT64, &info->missing[0], NULL)
      || !g_ascii_string_to_unsigned (facts[1], 10, 0, G_MAXUINT64, &info->missing[1], NULL)
      || !g_ascii_string_to_unsigned (columns[3], 10, 0, G_MAXUINT64, &info->missing_events,
                                      NULL))
    return FALSE;
  info->jurisdiction = jurisdiction;
  return TRUE;
}

/* Adds to @timelines the timeline of the case of rows [@begin, @end) of
 * @rows: its columns, then those of one deadline each (NULL: none). */
static gboolean
add_timeline (const char    *uri,
              ScrEvaluator  *evaluator,
              GPtrArray     *rows,
              guint          begin,
              guint          end,
              gint32         today,
              GListStore    *timelines,
              GError       **error)
{
  const char *case_id = SCR_STORE_CELL (rows, begin, 0);
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (ScrOpenDeadline));
  g_autoptr(ScrTimeline) timeline = NULL;
  ScrOpenCase info;

  if (!parse_case ((const char *const *) ((GPtrArray *) rows->pdata[begin])->pdata, &info))
    goto damaged;
  for (guint r = begin; r < end; r++)
    {
      ScrOpenDeadline d;

      if (SCR_STORE_CELL (rows, r, 4) == NULL)
        continue;
      d.rule_id = SCR_STORE_CELL (rows, r, 4);
      d.anchor = SCR_STORE_CELL (rows, r, 5);
      d.from.first = text_ordinal (SCR_STORE_CELL (rows, r, 6));
      d.from.last = text_ordinal (SCR_STORE_CELL (rows, r, 7));
      if (d.anchor == NULL || d.from.first == 0 || d.from.last < d.from.first)
        goto damaged;
      g_array_append_val (open, d);
    }
  timeline = scr_evaluator_open_timeline (evaluator, case_id, &info,
                                          (const ScrOpenDeadline *) (gpointer) open->data,
                                          open->len, today, error);
  if (timeline == NULL)
    {
      g_prefix_error (error, "%s: ", uri);
      return FALSE;
    }
  g_list_store_append (timelines, timeline);
  return TRUE;

damaged:
  g_set_error (error, SCR_ERROR, SCR_ERROR_INTEGRITY, "%s: the due index of case %s is damaged",
               uri, case_id);
  return FALSE;
}

GListModel *
scr_store_due_list (ScrStoreBackend  *backend,
                    const char       *uri,
                    ScrRuleSet       *rules,
                    const ScrDate    *today,
                    const char       *agency_id,
                    GError          **error)
{
  g_autoptr(GListStore) timelines = g_list_store_new (SCR_TYPE_TIMELINE);
  g_autoptr(ScrEvaluator) evaluator = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  const char *params[] = { agency_id };
  gboolean current = FALSE;
  gint32 today_ordinal;
  guint begin = 0;

  if (today != NULL)
    today_ordinal = scr_date_get_ordinal (today);
  else
    {
      g_autoptr(ScrDate) now = scr_date_new_today ();

      today_ordinal = scr_date_get_ordinal (now);
    }
  if (!scr_store_due_is_current (backend, rules, &current, error)
      || (!current && !rebuild (backend, uri, rules, error)))
    return NULL;
  if (agency_id != NULL)
    {
      g_autoptr(GPtrArray) found = scr_store_backend_query (
        backend, "SELECT id FROM scr_entity WHERE kind = 'agencies' AND id = $1", params, 1,
        error);

      if (found == NULL)
        return NULL;
      if (found->len == 0)
        {
          g_set_error (error, SCR_ERROR, SCR_ERROR_NOT_FOUND,
                       "%s: the register has no agency \"%s\"", uri, agency_id);
          return NULL;
        }
    }
  /* one statement, so the cases and their deadlines are of one moment */
  rows = scr_store_backend_query (
    backend,
    agency_id == NULL
      ? "SELECT c.case_id, c.jurisdiction, c.missing_facts, c.missing_events, d.rule_id,"
        " d.anchor, d.from_first, d.from_last FROM scr_due_case c"
        " JOIN scr_entity e ON e.kind = 'cases' AND e.id = c.case_id"
        " LEFT JOIN scr_due d ON d.case_id = c.case_id ORDER BY e.position, d.position"
      : "SELECT c.case_id, c.jurisdiction, c.missing_facts, c.missing_events, d.rule_id,"
        " d.anchor, d.from_first, d.from_last FROM scr_due_case c"
        " JOIN scr_entity e ON e.kind = 'cases' AND e.id = c.case_id"
        " LEFT JOIN scr_due d ON d.case_id = c.case_id"
        " WHERE c.case_id IN (SELECT case_id FROM scr_due_agency WHERE agency_id = $1)"
        " ORDER BY e.position, d.position",
    params, agency_id != NULL ? 1 : 0, error);
  if (rows == NULL)
    return NULL;
  evaluator = scr_evaluator_new (rules);
  for (guint r = 1; r <= rows->len; r++)
    if (r == rows->len || !g_str_equal (SCR_STORE_CELL (rows, r, 0),
                                        SCR_STORE_CELL (rows, begin, 0)))
      {
        if (!add_timeline (uri, evaluator, rows, begin, r, today_ordinal, timelines, error))
          return NULL;
        begin = r;
      }
  return G_LIST_MODEL (g_steal_pointer (&timelines));
}
