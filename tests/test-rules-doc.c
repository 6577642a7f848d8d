/* test-rules-doc.c: doc/facts.md lists the fact catalogue and doc/rules.md
 * every shipped rule, generated from the same data the library embeds: the
 * part of each page between its markers must be what this test makes from
 * the catalogue and scr_rule_set_to_markdown(). Regenerate them with
 *   SCR_UPDATE_RULES_DOC=1 meson test -C BUILDDIR test-rules-doc
 */
#include <string.h>
#include <scr/scr.h>

static void
md_escape (GString    *out,
           const char *text)
{
  for (const char *s = text; *s != '\0'; s++)
    {
      if (*s == '|')
        g_string_append (out, "\\|");
      else
        g_string_append_c (out, *s);
    }
}

/* The fact and event catalogue. */
static char *
generate_facts (void)
{
  GString *out = g_string_new ("\n## Facts\n\n| Fact | Values | Meaning |\n| --- | --- | --- |\n");
  g_auto(GStrv) facts = scr_facts_list_names ();
  g_auto(GStrv) events = scr_facts_list_events ();

  for (guint i = 0; facts[i] != NULL; i++)
    {
      const char * const *values = scr_facts_get_values (facts[i]);
      g_autofree char *joined = values != NULL ? g_strjoinv (", ", (char **) values)
                                               : g_strdup ("a whole number, unknown");

      g_string_append_printf (out, "| `%s` | %s | ", facts[i], joined);
      md_escape (out, scr_facts_get_description (facts[i]));
      g_string_append (out, " |\n");
    }
  g_string_append (out, "\n## Events\n\n| Event | Meaning |\n| --- | --- |\n");
  for (guint i = 0; events[i] != NULL; i++)
    {
      g_string_append_printf (out, "| `%s` | ", events[i]);
      md_escape (out, scr_facts_get_event_description (events[i]));
      g_string_append (out, " |\n");
    }
  return g_string_free (out, FALSE);
}

/* The part of doc/PAGE between "<!-- BEGIN GENERATED WHAT: ..." and
 * "<!-- END GENERATED WHAT -->" is GENERATED, or is made so when
 * SCR_UPDATE_RULES_DOC is set. */
static void
check_page (const char *page_name,
            const char *what,
            const char *generated)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "doc", page_name, NULL);
  g_autofree char *begin_mark = g_strdup_printf ("<!-- BEGIN GENERATED %s: do not edit; "
                                                 "see tests/test-rules-doc.c -->\n", what);
  g_autofree char *end_mark = g_strdup_printf ("<!-- END GENERATED %s -->\n", what);
  g_autofree char *page = NULL;
  g_autofree char *current = NULL;
  g_autoptr(GError) error = NULL;
  const char *begin, *end;

  g_assert_true (g_file_get_contents (path, &page, NULL, &error));
  g_assert_no_error (error);
  begin = strstr (page, begin_mark);
  end = strstr (page, end_mark);
  g_assert_nonnull (begin);
  g_assert_nonnull (end);
  begin += strlen (begin_mark);
  current = g_strndup (begin, end - begin);

  if (g_getenv ("SCR_UPDATE_RULES_DOC") != NULL && g_strcmp0 (current, generated) != 0)
    {
      g_autoptr(GString) out = g_string_new_len (page, begin - page);

      g_string_append (out, generated);
      g_string_append (out, end);
      g_assert_true (g_file_set_contents (path, out->str, out->len, &error));
      g_assert_no_error (error);
      return;
    }
  if (g_strcmp0 (current, generated) != 0)
    g_error ("doc/%s is out of date with the data: regenerate it with "
             "SCR_UPDATE_RULES_DOC=1 meson test test-rules-doc", page_name);
}

static void
test_rules_doc_current (void)
{
  g_autoptr(ScrRuleSet) rules = scr_rule_set_new_builtin ();
  g_autofree char *md = scr_rule_set_to_markdown (rules);

  check_page ("rules.md", "RULES", md);
}

static void
test_facts_doc_current (void)
{
  g_autofree char *md = generate_facts ();

  check_page ("facts.md", "FACTS", md);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scr/evaluator/rules-doc/current", test_rules_doc_current);
  g_test_add_func ("/scr/evaluator/facts-doc/current", test_facts_doc_current);
  return g_test_run ();
}
