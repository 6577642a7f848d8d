/* scr-publication-check.c: what in a report would identify a child.
 *
 * The object, its files and the redacted copy; the finding itself is in
 * scr-publication-find.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "scr-publication-check.h"
#include "scr-error.h"
#include "scr-publication-find-private.h"
#include "scr-report-text-private.h"

/**
 * ScrPublicationCheck:
 *
 * Checks a review report before publication for what would identify the
 * child or family of a case: the restricted details recorded for anyone
 * in the case ([class@Scr.RestrictedDetails]: names in any common form,
 * dates of birth however written, addresses, postcodes, schools, case and
 * NHS numbers), identifiers of anyone (postcodes, NHS numbers with a
 * valid check digit, phone numbers, email addresses, schools and streets
 * of a gazetteer, exact dates of birth), and combinations that narrow to
 * few people (an age, a small place and a rare attribute in one
 * paragraph), which are warnings for the author to judge.
 *
 * Each find is a [class@Scr.Disclosure] with its position, the words
 * around it, the reason and what to write instead (the person's
 * pseudonym, such as "Child M" or "Mother").
 * [method@Scr.PublicationCheck.write_redacted] writes a copy of a text
 * report with those replacements; the report itself is never changed.
 *
 * What it matches, and what it does not, is described in
 * `doc/publication-check.md`, with its measured recall and false alarms.
 *
 * ## Threads
 *
 * A check may be used from one thread at a time; its results are
 * immutable.
 */
struct _ScrPublicationCheck
{
  GObject parent_instance;

  ScrCase *scr_case;
  ScrGazetteer gazetteer;
  int small_place_population;
};

G_DEFINE_FINAL_TYPE (ScrPublicationCheck, scr_publication_check, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CASE,
  PROP_SMALL_PLACE_POPULATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Attributes rare enough in most of the UK to narrow a description to a
 * family when given with an age and a small place: ethnic groups each
 * under 1% of the population of England and Wales at the 2021 Census. A
 * gazetteer adds local ones. */
static const char *const default_rare_attributes[] = {
  "Gypsy or Irish Traveller", "Irish Traveller", "Gypsy", "Romany", "Roma", "Traveller",
  "travelling showperson", "Showman", NULL
};

#define DEFAULT_SMALL_PLACE_POPULATION 10000

static void
scr_publication_check_finalize (GObject *object)
{
  ScrPublicationCheck *self = SCR_PUBLICATION_CHECK (object);

  g_clear_object (&self->scr_case);
  scr_gazetteer_clear (&self->gazetteer);
  G_OBJECT_CLASS (scr_publication_check_parent_class)->finalize (object);
}

static void
scr_publication_check_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ScrPublicationCheck *self = SCR_PUBLICATION_CHECK (object);

  switch (prop_id)
    {
    case PROP_CASE: g_value_set_object (value, self->scr_case); break;
    case PROP_SMALL_PLACE_POPULATION: g_value_set_int (value, self->small_place_population); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_publication_check_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ScrPublicationCheck *self = SCR_PUBLICATION_CHECK (object);

  switch (prop_id)
    {
    case PROP_CASE: self->scr_case = g_value_dup_object (value); break;
    case PROP_SMALL_PLACE_POPULATION: self->small_place_population = g_value_get_int (value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_publication_check_class_init (ScrPublicationCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = scr_publication_check_finalize;
  object_class->get_property = scr_publication_check_get_property;
  object_class->set_property = scr_publication_check_set_property;

  /**
   * ScrPublicationCheck:case:
   *
   * The case whose people's details are looked for; %NULL checks for
   * generic identifiers only.
   */
  properties[PROP_CASE] = g_param_spec_object ("case", NULL, NULL, SCR_TYPE_CASE,
                                               G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                               G_PARAM_STATIC_STRINGS);
  /**
   * ScrPublicationCheck:small-place-population:
   *
   * A gazetteer place of fewer people than this is small: named with an
   * age and a rare attribute, it narrows to few families.
   */
  properties[PROP_SMALL_PLACE_POPULATION] =
    g_param_spec_int ("small-place-population", NULL, NULL, 0, G_MAXINT,
                      DEFAULT_SMALL_PLACE_POPULATION,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_publication_check_init (ScrPublicationCheck *self)
{
  scr_gazetteer_init (&self->gazetteer);
  self->small_place_population = DEFAULT_SMALL_PLACE_POPULATION;
  for (guint i = 0; default_rare_attributes[i] != NULL; i++)
    g_ptr_array_add (self->gazetteer.rare_attributes, g_strdup (default_rare_attributes[i]));
}

/**
 * scr_publication_check_new:
 * @scr_case: (nullable): the case the report is about
 *
 * Creates a check for reports about @scr_case. The case's people and
 * their [property@Scr.Person:restricted] details are read at each check,
 * so changes to them count.
 *
 * Returns: (transfer full): a new check
 */
ScrPublicationCheck *
scr_publication_check_new (ScrCase *scr_case)
{
  g_return_val_if_fail (scr_case == NULL || SCR_IS_CASE (scr_case), NULL);

  return g_object_new (SCR_TYPE_PUBLICATION_CHECK, "case", scr_case, NULL);
}

/**
 * scr_publication_check_get_case:
 * @self: a check
 *
 * Gets [property@Scr.PublicationCheck:case].
 *
 * Returns: (transfer none) (nullable): the case
 */
ScrCase *
scr_publication_check_get_case (ScrPublicationCheck *self)
{
  g_return_val_if_fail (SCR_IS_PUBLICATION_CHECK (self), NULL);
  return self->scr_case;
}

/**
 * scr_publication_check_load_gazetteer:
 * @self: a check
 * @filename: (type filename): a gazetteer file
 * @error: return location for a #GError
 *
 * Adds the schools, streets and places of a gazetteer file, and its rare
 * attributes, in the format of `doc/publication-check.md`:
 *
 * ```json
 * { "gazetteer_version": 1,
 *   "entries": [ { "kind": "school", "name": "Castle Park Primary School" },
 *                { "kind": "street", "name": "Brookside Close" },
 *                { "kind": "place", "name": "Staveley", "population": 1600 } ],
 *   "rare_attributes": [ "Roma" ] }
 * ```
 *
 * Returns: %TRUE on success; %FALSE with @error set (naming the file and
 *   the JSON path), adding nothing
 */
gboolean
scr_publication_check_load_gazetteer (ScrPublicationCheck  *self,
                                      const char           *filename,
                                      GError              **error)
{
  g_return_val_if_fail (SCR_IS_PUBLICATION_CHECK (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return scr_gazetteer_load (&self->gazetteer, filename, error);
}

/**
 * scr_publication_check_add_place:
 * @self: a check
 * @kind: %SCR_DISCLOSURE_KIND_SCHOOL, %SCR_DISCLOSURE_KIND_STREET or
 *   %SCR_DISCLOSURE_KIND_PLACE
 * @name: the name as written ("Castle Park Primary School")
 * @population: for a place, the number of people living there; -1 when
 *   not known (the place is then never counted as small)
 *
 * Adds one gazetteer entry.
 */
void
scr_publication_check_add_place (ScrPublicationCheck *self,
                                 ScrDisclosureKind    kind,
                                 const char          *name,
                                 int                  population)
{
  g_return_if_fail (SCR_IS_PUBLICATION_CHECK (self));
  g_return_if_fail (kind == SCR_DISCLOSURE_KIND_SCHOOL || kind == SCR_DISCLOSURE_KIND_STREET ||
                    kind == SCR_DISCLOSURE_KIND_PLACE);
  g_return_if_fail (name != NULL);
  g_return_if_fail (population >= -1);

  scr_gazetteer_add (&self->gazetteer, kind, name, population);
}

/**
 * scr_publication_check_check_text:
 * @self: a check
 * @text: the report's text, UTF-8 (a form feed separates pages)
 *
 * Finds what in @text would identify someone in the case.
 *
 * Returns: (transfer full): a list model of [class@Scr.Disclosure], in the
 *   order of the text; empty when nothing was found
 */
GListModel *
scr_publication_check_check_text (ScrPublicationCheck *self,
                                  const char          *text)
{
  g_return_val_if_fail (SCR_IS_PUBLICATION_CHECK (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  return scr_publication_find (self->scr_case, &self->gazetteer, self->small_place_population,
                               text);
}

/**
 * scr_publication_check_check_file:
 * @self: a check
 * @filename: (type filename): the report
 * @format: its format, or %SCR_REPORT_FORMAT_AUTO
 * @text: (out) (optional) (transfer full): return location for the
 *   report's text, which the disclosures' offsets index
 * @error: return location for a #GError
 *
 * Reads a report (plain text, Markdown, HTML, ODT, DOCX or PDF, as this
 * build supports: see [enum@Scr.ReportFormat]) and checks its text as
 * [method@Scr.PublicationCheck.check_text] does.
 *
 * Returns: (transfer full): a list model of [class@Scr.Disclosure], or
 *   %NULL with @error set (naming the file; it never quotes the report)
 */
GListModel *
scr_publication_check_check_file (ScrPublicationCheck  *self,
                                  const char           *filename,
                                  ScrReportFormat       format,
                                  char                **text,
                                  GError              **error)
{
  g_autofree char *contents = NULL;
  GListModel *disclosures;

  g_return_val_if_fail (SCR_IS_PUBLICATION_CHECK (self), NULL);
  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  contents = scr_report_text_from_file (filename, format, error);
  if (contents == NULL)
    return NULL;
  disclosures = scr_publication_check_check_text (self, contents);
  if (text != NULL)
    *text = g_steal_pointer (&contents);
  return disclosures;
}

/* A name flagged with its possessive keeps it: "Lizzie's" -> "Child M's". */
static const char *
possessive_suffix (const char *found)
{
  static const char *const suffixes[] = { "'s", "\xe2\x80\x99s", "s'", "s\xe2\x80\x99", NULL };

  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (found, suffixes[i]))
      return suffixes[i][0] == 's' ? suffixes[i] + 1 : suffixes[i];
  return NULL;
}

/**
 * scr_publication_check_redact:
 * @self: a check
 * @text: a report's text
 * @disclosures: (nullable): what [method@Scr.PublicationCheck.check_text]
 *   found in @text, or %NULL to check it now
 *
 * A copy of @text with every disclosure that has a
 * [property@Scr.Disclosure:suggestion] replaced by it: names by the
 * person's pseudonym (keeping a possessive: "Child M's"), identifiers by
 * a bracketed note ("[postcode removed]"). Warnings are left for the
 * author.
 *
 * Returns: (transfer full): the redacted text
 */
char *
scr_publication_check_redact (ScrPublicationCheck *self,
                              const char          *text,
                              GListModel          *disclosures)
{
  g_autoptr(GListModel) found = NULL;
  GString *out;
  gsize at = 0;
  guint n;

  g_return_val_if_fail (SCR_IS_PUBLICATION_CHECK (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (disclosures == NULL || G_IS_LIST_MODEL (disclosures), NULL);

  found = disclosures != NULL ? g_object_ref (disclosures)
                              : scr_publication_check_check_text (self, text);
  out = g_string_new (NULL);
  n = g_list_model_get_n_items (found);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScrDisclosure) d = g_list_model_get_item (found, i);
      const char *suggestion = scr_disclosure_get_suggestion (d);
      const char *suffix;

      if (suggestion == NULL || scr_disclosure_get_start (d) < at ||
          scr_disclosure_get_end (d) > strlen (text))
        continue;
      g_string_append_len (out, text + at, (gssize) (scr_disclosure_get_start (d) - at));
      g_string_append (out, suggestion);
      suffix = scr_disclosure_get_kind (d) == SCR_DISCLOSURE_KIND_NAME
                 ? possessive_suffix (scr_disclosure_get_text (d)) : NULL;
      if (suffix != NULL)
        g_string_append (out, suffix);
      at = scr_disclosure_get_end (d);
    }
  g_string_append (out, text + at);
  return g_string_free (out, FALSE);
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

/**
 * scr_publication_check_write_redacted:
 * @self: a check
 * @report: (type filename): a plain text or Markdown report
 * @output: (type filename): the file to write the redacted copy to
 * @error: return location for a #GError
 *
 * Checks @report and writes its redacted text
 * ([method@Scr.PublicationCheck.redact]) to @output, atomically. The
 * report is never changed: @output may not be the report itself. Line
 * ends are written as `\n`.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
scr_publication_check_write_redacted (ScrPublicationCheck  *self,
                                      const char           *report,
                                      const char           *output,
                                      GError              **error)
{
  ScrReportFormat format;
  g_autofree char *text = NULL;
  g_autofree char *redacted = NULL;

  g_return_val_if_fail (SCR_IS_PUBLICATION_CHECK (self), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (output != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  format = scr_report_format_from_filename (report);
  if (format != SCR_REPORT_FORMAT_TEXT && format != SCR_REPORT_FORMAT_MARKDOWN)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "%s: a redacted copy is written for plain text and Markdown reports only",
                   report);
      return FALSE;
    }
  if (g_strcmp0 (report, output) == 0 || same_file (report, output))
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_INVALID_ARGUMENT,
                   "%s: the redacted copy must go to another file; the report is never changed",
                   output);
      return FALSE;
    }
  text = scr_report_text_from_file (report, format, error);
  if (text == NULL)
    return FALSE;
  redacted = scr_publication_check_redact (self, text, NULL);
  return g_file_set_contents_full (output, redacted, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                   error);
}

/**
 * scr_publication_check:
 * @scr_case: (nullable): the case the report is about
 * @filename: (type filename): the report
 * @error: return location for a #GError
 *
 * Checks a report against a case in one call, with the built-in rare
 * attributes and no gazetteer: a [class@Scr.PublicationCheck] with
 * defaults and [method@Scr.PublicationCheck.check_file].
 *
 * Returns: (transfer full): a list model of [class@Scr.Disclosure], or
 *   %NULL with @error set
 */
GListModel *
scr_publication_check (ScrCase     *scr_case,
                       const char  *filename,
                       GError     **error)
{
  g_autoptr(ScrPublicationCheck) check = NULL;

  g_return_val_if_fail (scr_case == NULL || SCR_IS_CASE (scr_case), NULL);
  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  check = scr_publication_check_new (scr_case);
  return scr_publication_check_check_file (check, filename, SCR_REPORT_FORMAT_AUTO, NULL, error);
}
