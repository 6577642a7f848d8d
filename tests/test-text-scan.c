/* test-text-scan.c: the words and identifiers the publication check
 * finds in a report's text. Private API.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdio.h>
#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "scr-date-private.h"
#include "scr-text-scan-private.h"

/* The tokens of @text as "folded[start,end]FLAGS ..." with flags
 * C(apitalized) I(nitial) P(ossessive) N(umber) S(entence start). */
static char *
tokens_of (const char *text)
{
  g_autoptr(GArray) tokens = scr_text_tokenize (text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      const ScrToken *t = &g_array_index (tokens, ScrToken, i);

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "%s[%" G_GSIZE_FORMAT ",%" G_GSIZE_FORMAT "]%s%s%s%s%s",
                              t->folded, t->start, t->end,
                              t->flags & SCR_TOKEN_CAPITALIZED ? "C" : "",
                              t->flags & SCR_TOKEN_INITIAL ? "I" : "",
                              t->flags & SCR_TOKEN_POSSESSIVE ? "P" : "",
                              t->flags & SCR_TOKEN_NUMBER ? "N" : "",
                              t->flags & SCR_TOKEN_SENTENCE_START ? "S" : "");
    }
  return g_string_free (out, FALSE);
}

/* The matches of @text as "K:normalized=matched text ..." with K one of
 * P(ostcode) N(HS) T(elephone) E(mail) D(ate), a date's '~' when
 * ambiguous. Checks order, overlap and the date ordinals on the way. */
static char *
matches_of (const char *text)
{
  g_autoptr(GArray) matches = scr_text_scan (text);
  GString *out = g_string_new (NULL);
  gsize last_end = 0;

  for (guint i = 0; i < matches->len; i++)
    {
      const ScrTextMatch *m = &g_array_index (matches, ScrTextMatch, i);

      g_assert_cmpuint (m->start, >=, last_end);
      g_assert_cmpuint (m->end, >, m->start);
      last_end = m->end;
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "%c:%s%s=%.*s", "PNTED"[m->kind], m->normalized,
                              m->ambiguous ? "~" : "",
                              (int) (m->end - m->start), text + m->start);
      if (m->kind == SCR_TEXT_MATCH_DATE)
        {
          int y, mo, d;

          g_assert_true (sscanf (m->normalized, "%d-%d-%d", &y, &mo, &d) == 3);
          g_assert_cmpint (m->ordinal, ==, scr_ordinal_from_ymd (y, mo, d));
          g_assert_true (m->ambiguous == (m->ordinal_alt != 0));
        }
    }
  return g_string_free (out, FALSE);
}

#define assert_tokens(text, expected) \
  G_STMT_START { g_autofree char *got_ = tokens_of (text); \
                 g_assert_cmpstr (got_, ==, expected); } G_STMT_END
#define assert_matches(text, expected) \
  G_STMT_START { g_autofree char *got_ = matches_of (text); \
                 g_assert_cmpstr (got_, ==, expected); } G_STMT_END

static void
test_fold (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "Zoë", "zoe" },
    { "ÉMILE", "emile" },
    { "O’Neill", "o'neill" },
    { "Straße", "strasse" },
    { "ﬁnn", "finn" },           /* a ligature: NFKD */
    { "Ångström", "angstrom" },
    { "d\xca\xbc" "Arcy", "d'arcy" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = scr_text_fold (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_tokens (void)
{
  assert_tokens ("Child L’s mother", "child[0,5]CS l[6,11]CIP mother[12,18]");
  assert_tokens ("L. Smith said", "l[0,2]CIS smith[3,8]C said[9,13]");
  assert_tokens ("O'Neill's dog", "o'neill[0,9]CPS dog[10,13]");
  assert_tokens ("Mary-Jane went", "mary-jane[0,9]CS went[10,14]");
  assert_tokens ("James' car", "james[0,6]CPS car[7,10]");
  assert_tokens ("Zoë and ÉMILE", "zoe[0,4]CS and[5,8] emile[9,15]C");
  assert_tokens ("pre- and post-war", "pre[0,3]S and[5,8] post-war[9,17]");
  assert_tokens ("'Quoted' (word)", "quoted[1,7]CS word[10,14]");
  assert_tokens ("It ended. \"Then\" she", "it[0,2]CS ended[3,8] then[11,15]CS she[17,20]");
  assert_tokens ("Why? no\nLine", "why[0,3]CS no[5,7]S line[8,12]CS");
  assert_tokens ("page\fNext", "page[0,4]S next[5,9]CS");
  assert_tokens ("£3.50 in 2012", "3[2,3]NS 50[4,6]N in[7,9] 2012[10,14]N");
  assert_tokens ("Mr. Smith", "mr[0,2]CS smith[4,9]C");
  assert_tokens ("a 3rd", "a[0,1]IS 3rd[2,5]");
  assert_tokens ("", "");
  assert_tokens (" ,.; ", "");
  /* invalid UTF-8 separates */
  assert_tokens ("ab\xff" "cd", "ab[0,2]S cd[3,5]");
  /* "ǅ" is title case; NFKD splits it */
  assert_tokens ("ǅemal", "dzemal[0,6]CS");
}

static void
test_postcodes (void)
{
  assert_matches ("at LA9 4QT.", "P:LA9 4QT=LA9 4QT");
  assert_matches ("M1 1AA, B33 8TH, CR2 6XH, DN55 1PT, W1A 1HQ, EC1A 1BB",
                  "P:M1 1AA=M1 1AA P:B33 8TH=B33 8TH P:CR2 6XH=CR2 6XH "
                  "P:DN55 1PT=DN55 1PT P:W1A 1HQ=W1A 1HQ P:EC1A 1BB=EC1A 1BB");
  assert_matches ("la94qt sw1a1aa", "P:LA9 4QT=la94qt P:SW1A 1AA=sw1a1aa");
  assert_matches ("GIR 0AA gir0aa", "P:GIR 0AA=GIR 0AA P:GIR 0AA=gir0aa");
  /* an outward code alone, a road, too long, inside a word */
  assert_matches ("LA9 alone; the A1 road; LA9 4QTX; XLA9 4QT; LA9  4QT", "");
}

static void
test_nhs (void)
{
  g_assert_true (scr_nhs_number_is_valid ("9434765919"));
  g_assert_true (scr_nhs_number_is_valid ("4010232137"));
  g_assert_true (scr_nhs_number_is_valid ("0123456789"));
  g_assert_false (scr_nhs_number_is_valid ("9434765918"));
  g_assert_false (scr_nhs_number_is_valid ("1234567890"));  /* check digit 10 */
  g_assert_false (scr_nhs_number_is_valid ("943476591"));
  g_assert_false (scr_nhs_number_is_valid ("94347659190"));
  g_assert_false (scr_nhs_number_is_valid ("94347a5919"));

  assert_matches ("NHS 943 476 5919, 9434765919 and 943-476-5919.",
                  "N:9434765919=943 476 5919 N:9434765919=9434765919 "
                  "N:9434765919=943-476-5919");
  assert_matches ("wrong 943 476 5918; 1234567890", "");
  /* part of a longer number, mixed separators */
  assert_matches ("19434765919 94347659190 9434765919.5 943 476-5919", "");
  /* grouped 3-3-4 and starting with 0: still an NHS number */
  assert_matches ("012 345 6789", "N:0123456789=012 345 6789");
}

static void
test_phones (void)
{
  assert_matches ("call 07700 900123 or (01539) 123456 or 0161 496 0000.",
                  "T:07700900123=07700 900123 T:01539123456=(01539) 123456 "
                  "T:01614960000=0161 496 0000");
  assert_matches ("+44 7700 900123, +44 (0)1539 123456, +447700900123",
                  "T:07700900123=+44 7700 900123 T:01539123456=+44 (0)1539 123456 "
                  "T:07700900123=+447700900123");
  assert_matches ("01539-123456 and 020 7946 0018 and 016977 4321",
                  "T:01539123456=01539-123456 T:02079460018=020 7946 0018 "
                  "T:0169774321=016977 4321");
  /* unspaced, ten digits from 0: a phone number even when NHS-valid */
  assert_matches ("0123456789", "T:0123456789=0123456789");
  /* a following number does not hide it */
  assert_matches ("07700 900123 12 March 2012",
                  "T:07700900123=07700 900123 D:2012-03-12=12 March 2012");
  /* too short, too long, international prefix, not UK */
  assert_matches ("0161 496, 077009001234567, 00 44 7700 900123, +33 1 23 45 67 89", "");
}

static void
test_emails (void)
{
  assert_matches ("Write to Jane.Doe+x@Example.CO.UK.",
                  "E:jane.doe+x@example.co.uk=Jane.Doe+x@Example.CO.UK");
  assert_matches ("<o'neill@mail-host.org>", "E:o'neill@mail-host.org=o'neill@mail-host.org");
  assert_matches ("a@b, @example.com, x@y.z, me@host", "");
  /* an email swallows the identifiers inside it */
  assert_matches ("la94qt.3.3.2012@x.com", "E:la94qt.3.3.2012@x.com=la94qt.3.3.2012@x.com");
}

static void
test_dates (void)
{
  assert_matches ("3rd March 2012; 3 March 2012; 03 March 2012; 3rd of March 2012",
                  "D:2012-03-03=3rd March 2012 D:2012-03-03=3 March 2012 "
                  "D:2012-03-03=03 March 2012 D:2012-03-03=3rd of March 2012");
  assert_matches ("March 3, 2012; March 3rd 2012; 3 Mar 2012; 3-Mar-2012; 3 Sept 2012",
                  "D:2012-03-03=March 3, 2012 D:2012-03-03=March 3rd 2012 "
                  "D:2012-03-03=3 Mar 2012 D:2012-03-03=3-Mar-2012 D:2012-09-03=3 Sept 2012");
  assert_matches ("Tuesday 3 MARCH 2012, 3 sep. 2012, 1 may 12",
                  "D:2012-03-03=3 MARCH 2012 D:2012-09-03=3 sep. 2012 D:2012-05-01=1 may 12");
  assert_matches ("2012-03-03 and 25/12/2012 and 25.12.2012 and 25-12-12",
                  "D:2012-03-03=2012-03-03 D:2012-12-25=25/12/2012 "
                  "D:2012-12-25=25.12.2012 D:2012-12-25=25-12-12");
  /* only a month-first reading */
  assert_matches ("12/25/2012", "D:2012-12-25=12/25/2012");
}

static void
test_dates_ambiguous (void)
{
  g_autoptr(GArray) matches = scr_text_scan ("on 03/04/2012 and 3/3/12");
  const ScrTextMatch *m;

  g_assert_cmpuint (matches->len, ==, 2);
  m = &g_array_index (matches, ScrTextMatch, 0);
  g_assert_cmpstr (m->normalized, ==, "2012-04-03");
  g_assert_true (m->ambiguous);
  g_assert_cmpint (m->ordinal, ==, 734596);      /* 3 April 2012 */
  g_assert_cmpint (m->ordinal_alt, ==, 734566);  /* 4 March 2012 */
  m = &g_array_index (matches, ScrTextMatch, 1);
  g_assert_cmpstr (m->normalized, ==, "2012-03-03");
  g_assert_false (m->ambiguous);
  g_assert_cmpint (m->ordinal, ==, 734565);
  g_assert_cmpint (m->ordinal_alt, ==, 0);
}

static void
test_dates_invalid (void)
{
  assert_matches ("31 April 2012, 31/04/2012, 29 Feb 2013, 29/02/2013, 2012-02-30, 32/01/2012",
                  "");
  assert_matches ("29 Feb 2012 29/02/2000 29/02/1900",
                  "D:2012-02-29=29 Feb 2012 D:2000-02-29=29/02/2000");
  /* two-digit years: 00-39 this century, 40-99 the last */
  assert_matches ("01/02/00 01/02/39 01/02/40 01/02/99",
                  "D:2000-02-01~=01/02/00 D:2039-02-01~=01/02/39 "
                  "D:1940-02-01~=01/02/40 D:1999-02-01~=01/02/99");
  /* no dates in ranges, sections, fractions, prices, times */
  assert_matches ("2012-2013, section 3.3, 3.3.2 and 3.3.12, 1/2, £3.50, 10.30, 1/2/3, "
                  "1.2.3.4, 12/12/2012.5, 3/3/123, 0001-01-01, March 3, 12 children", "");
  /* tolerated: a section number that reads as a valid date */
  assert_matches ("paragraph 12.03.12", "D:2012-03-12~=12.03.12");
  /* a weekday alone, a month and year */
  assert_matches ("Tuesday, March 2012, 3 March", "");
}

static void
test_overlap (void)
{
  /* the longer wins: a date in an email, a phone in a +44 number */
  assert_matches ("x 3.3.2012@host.org", "E:3.3.2012@host.org=3.3.2012@host.org");
  assert_matches ("LA9 4QT 943 476 5919 j@x.io 3 March 2012 07700 900123",
                  "P:LA9 4QT=LA9 4QT N:9434765919=943 476 5919 E:j@x.io=j@x.io "
                  "D:2012-03-03=3 March 2012 T:07700900123=07700 900123");
  assert_matches ("", "");
}

/* A report's length: every kind, fast. */
static void
test_long (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GArray) tokens = NULL;

  while (text->len < 140000)
    g_string_append (text, "Child L’s mother (LA9 4QT, 943 476 5919) rang 07700 900123 "
                           "on 3rd March 2012 and wrote to jo@example.org.\n");
  matches = scr_text_scan (text->str);
  tokens = scr_text_tokenize (text->str);
  g_assert_cmpuint (matches->len % 5, ==, 0);
  g_assert_cmpuint (tokens->len, >, 20000);
}

static gpointer
lookup_thread (gpointer data)
{
  return (gpointer) scr_nicknames_lookup ("liz");
}

/* The first use, from many threads at once: one table for all. */
static void
test_nicknames_threads (void)
{
  GThread *threads[8];
  gpointer seen[G_N_ELEMENTS (threads)];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("lookup", lookup_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    seen[i] = g_thread_join (threads[i]);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_assert_nonnull (((const char *const *) seen[i])[0]);
      g_assert_true (seen[i] == seen[0]);
    }
}

static void
test_nicknames (void)
{
  const char *const *names = scr_nicknames_lookup ("elizabeth");

  g_assert_true (g_strv_contains (names, "liz"));
  g_assert_true (g_strv_contains (names, "beth"));
  g_assert_false (g_strv_contains (names, "elizabeth"));
  names = scr_nicknames_lookup ("liz");
  g_assert_true (g_strv_contains (names, "elizabeth"));
  g_assert_true (g_strv_contains (names, "betty"));
  /* in several groups: every one, once each */
  names = scr_nicknames_lookup ("harry");
  g_assert_true (g_strv_contains (names, "henry"));
  g_assert_true (g_strv_contains (names, "harold"));
  g_assert_true (g_strv_contains (names, "harrison"));
  g_assert_true (g_strv_contains (names, "hal"));
  for (guint i = 0; names[i] != NULL; i++)
    for (guint j = i + 1; names[j] != NULL; j++)
      g_assert_cmpstr (names[i], !=, names[j]);
  g_assert_true (g_strv_contains (scr_nicknames_lookup ("bill"), "william"));
  g_assert_true (g_strv_contains (scr_nicknames_lookup ("peggy"), "margaret"));
  g_assert_true (g_strv_contains (scr_nicknames_lookup ("katherine"), "kate"));
  g_assert_nonnull (scr_nicknames_lookup ("zzyzx"));
  g_assert_null (scr_nicknames_lookup ("zzyzx")[0]);
  g_assert_null (scr_nicknames_lookup ("")[0]);
  /* the table is the one made at first use */
  g_assert_true (scr_nicknames_lookup ("liz") == scr_nicknames_lookup ("liz"));
}

/* The shipped table: folded, at least 150 groups of two names or more. */
static void
test_nicknames_data (void)
{
  guint n_names = 0;
  const char *probe[] = { "william", "robert", "margaret", "james", "katherine", "alexander",
                          "thomas", "joseph", "daniel", "samuel", "christopher", "michael",
                          "jennifer", "rebecca", "victoria", "charlotte", "oliver", "henry",
                          "john", "anthony" };

  for (guint i = 0; i < G_N_ELEMENTS (probe); i++)
    {
      const char *const *names = scr_nicknames_lookup (probe[i]);

      g_assert_nonnull (names[0]);
      for (; *names != NULL; names++, n_names++)
        {
          g_autofree char *folded = scr_text_fold (*names);

          g_assert_cmpstr (folded, ==, *names);
        }
    }
  g_assert_cmpuint (n_names, >, 60);
}

/* The file itself, as compiled in: version 1, 150 groups or more, each
 * of two folded names or more, none twice in a group. */
static void
test_nicknames_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *groups;

  (void) scr_nicknames_lookup ("liz");   /* registers the resource */
  bytes = g_resources_lookup_data ("/org/scr/libscr/publication/nicknames.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "nicknames_version"), ==, 1);
  groups = json_object_get_array_member (root, "groups");
  g_assert_cmpuint (json_array_get_length (groups), >=, 150);
  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      JsonArray *group = json_array_get_array_element (groups, i);

      g_assert_cmpuint (json_array_get_length (group), >=, 2);
      for (guint j = 0; j < json_array_get_length (group); j++)
        {
          const char *name = json_array_get_string_element (group, j);
          g_autofree char *folded = scr_text_fold (name);

          g_assert_cmpstr (folded, ==, name);
          for (guint k = j + 1; k < json_array_get_length (group); k++)
            g_assert_cmpstr (json_array_get_string_element (group, k), !=, name);
        }
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scr/publication/text-scan/fold", test_fold);
  g_test_add_func ("/scr/publication/text-scan/tokens", test_tokens);
  g_test_add_func ("/scr/publication/text-scan/postcodes", test_postcodes);
  g_test_add_func ("/scr/publication/text-scan/nhs", test_nhs);
  g_test_add_func ("/scr/publication/text-scan/phones", test_phones);
  g_test_add_func ("/scr/publication/text-scan/emails", test_emails);
  g_test_add_func ("/scr/publication/text-scan/dates", test_dates);
  g_test_add_func ("/scr/publication/text-scan/dates-ambiguous", test_dates_ambiguous);
  g_test_add_func ("/scr/publication/text-scan/dates-invalid", test_dates_invalid);
  g_test_add_func ("/scr/publication/text-scan/overlap", test_overlap);
  g_test_add_func ("/scr/publication/text-scan/long", test_long);
  /* first of the nickname tests: the table is made here */
  g_test_add_func ("/scr/publication/text-scan/nicknames-threads", test_nicknames_threads);
  g_test_add_func ("/scr/publication/text-scan/nicknames", test_nicknames);
  g_test_add_func ("/scr/publication/text-scan/nicknames-data", test_nicknames_data);
  g_test_add_func ("/scr/publication/text-scan/nicknames-file", test_nicknames_file);

  return g_test_run ();
}
