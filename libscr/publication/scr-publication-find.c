/* scr-publication-find.c: finding what in a text would identify someone.
 *
 * One pass over the report's words finds every phrase of the case's
 * restricted details and of the gazetteer (scr-phrase-index.c); the
 * identifier scanner (scr-text-scan.c) finds postcodes, NHS and phone
 * numbers, emails and dates, which are then compared with the case's;
 * identifiers are also searched for with spacing and punctuation ignored
 * ("CS 2019 00417"). Overlapping finds keep the surest and longest.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-publication-find-private.h"
#include "scr-case-details-private.h"
#include "scr-disclosure-private.h"
#include "scr-item-list-private.h"
#include "scr-text-scan-private.h"

/* The state of one check of one text. */
typedef struct
{
  ScrGazetteer *gazetteer;
  int small_place_population;
  const char *text;
  GArray *tokens;           /* of ScrToken */
  ScrCaseDetails details;
  GArray *recs;             /* of ScrDisclosureRec */
  GArray *dates;            /* of gsize pairs: every written date's span, so that
                             * "14 Dec 2019" does not flag an alias "Dec" */
  GPtrArray *strings;       /* reasons made during the check */
} Check;

static void
add_rec (Check             *check,
         const ScrTarget   *target,
         gsize              start,
         gsize              end)
{
  ScrDisclosureRec rec = {
    .kind = target->kind, .severity = target->severity, .start = start, .end = end,
    .reason = target->reason, .person_id = target->person_id, .suggestion = target->suggestion,
  };

  g_array_append_val (check->recs, rec);
}

static gboolean
inside_date (Check *check,
             gsize  start,
             gsize  end)
{
  for (guint i = 0; i + 1 < check->dates->len; i += 2)
    if (start >= g_array_index (check->dates, gsize, i) &&
        end <= g_array_index (check->dates, gsize, i + 1))
      return TRUE;
  return FALSE;
}

/* A one-word name that is also a month ("Dec", "May", "June") beside a
 * number is a date: "In Dec 2019", "3 May". */
static gboolean
is_month_beside_number (GArray *tokens,
                        guint   i)
{
  static const char *const months[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "june", "jul", "july", "aug", "august", "sep",
    "sept", "oct", "nov", "dec", "april", "march", NULL
  };
  const ScrToken *token = &g_array_index (tokens, ScrToken, i);

  if (!g_strv_contains (months, token->folded))
    return FALSE;
  return (i > 0 && (g_array_index (tokens, ScrToken, i - 1).flags & SCR_TOKEN_NUMBER)) ||
         (i + 1 < tokens->len && (g_array_index (tokens, ScrToken, i + 1).flags & SCR_TOKEN_NUMBER));
}

static void
find_phrases (Check *check)
{
  for (guint i = 0; i < check->tokens->len;)
    {
      guint n = 0;
      ScrTarget *target = scr_phrase_index_match (check->details.phrases, check->tokens, i, &n);

      if (target == NULL || (n == 1 && is_month_beside_number (check->tokens, i)) ||
          inside_date (check, g_array_index (check->tokens, ScrToken, i).start,
                       g_array_index (check->tokens, ScrToken, i + n - 1).end))
        {
          i++;
          continue;
        }
      add_rec (check, target, g_array_index (check->tokens, ScrToken, i).start,
               g_array_index (check->tokens, ScrToken, i + n - 1).end);
      i += n;
    }
}

/* The first token that ends after @offset. */
static guint
token_at (GArray *tokens,
          gsize   offset)
{
  guint lo = 0, hi = tokens->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (tokens, ScrToken, mid).end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Whether "born", "birth" or "DOB" comes within a few words before @start,
 * in the same sentence ("Child B1's birth. It will end on 27-08-2014" is
 * not a date of birth). */
static gboolean
follows_birth_word (Check *check,
                    gsize  start)
{
  guint i = token_at (check->tokens, start);

  if (i < check->tokens->len && (g_array_index (check->tokens, ScrToken, i).flags &
                                 SCR_TOKEN_SENTENCE_START))
    return FALSE;
  for (guint k = 1; k <= 6 && k <= i; k++)
    {
      const ScrToken *token = &g_array_index (check->tokens, ScrToken, i - k);

      if (g_str_equal (token->folded, "born") || g_str_equal (token->folded, "birth") ||
          g_str_equal (token->folded, "dob") || g_str_equal (token->folded, "birthday"))
        return TRUE;
      /* "D.O.B.": three initials */
      if (g_str_equal (token->folded, "b") && i - k >= 2 &&
          g_str_equal (g_array_index (check->tokens, ScrToken, i - k - 1).folded, "o") &&
          g_str_equal (g_array_index (check->tokens, ScrToken, i - k - 2).folded, "d"))
        return TRUE;
      if (token->flags & SCR_TOKEN_SENTENCE_START)
        break;
    }
  return FALSE;
}

static const ScrTarget *
find_exact (Check             *check,
            ScrDisclosureKind  kind,
            const char        *normalized)
{
  g_autofree char *value = scr_case_details_normalize (normalized);

  for (guint i = 0; i < check->details.exact->len; i++)
    {
      ScrExactTarget *exact = &g_array_index (check->details.exact, ScrExactTarget, i);

      if (exact->target->kind == kind && g_str_equal (exact->value, value))
        return exact->target;
    }
  return NULL;
}

static const ScrTarget *
find_birth (Check  *check,
            gint32  day)
{
  for (guint i = 0; day != 0 && i < check->details.births_days->len; i++)
    if (g_array_index (check->details.births_days, gint32, i) == day)
      return g_array_index (check->details.births, ScrExactTarget, i).target;
  return NULL;
}

static void
find_identifiers (Check *check)
{
  g_autoptr(GArray) matches = scr_text_scan (check->text);
  ScrCaseDetails *d = &check->details;
  static const struct
  {
    ScrDisclosureKind kind;
    const char *reason;
  } generic_kinds[] = {
    [SCR_TEXT_MATCH_POSTCODE] = { SCR_DISCLOSURE_KIND_POSTCODE, "a UK postcode" },
    [SCR_TEXT_MATCH_NHS_NUMBER] = { SCR_DISCLOSURE_KIND_NHS_NUMBER,
                                    "an NHS number (its check digit is valid)" },
    [SCR_TEXT_MATCH_PHONE_NUMBER] = { SCR_DISCLOSURE_KIND_PHONE_NUMBER, "a telephone number" },
    [SCR_TEXT_MATCH_EMAIL] = { SCR_DISCLOSURE_KIND_EMAIL, "an email address" },
    [SCR_TEXT_MATCH_DATE] = { SCR_DISCLOSURE_KIND_DATE_OF_BIRTH, "an exact date of birth" },
  };
  ScrTarget *generic[G_N_ELEMENTS (generic_kinds)];

  for (guint k = 0; k < G_N_ELEMENTS (generic_kinds); k++)
    generic[k] = scr_case_details_add_target (d, generic_kinds[k].kind,
                                              SCR_DISCLOSURE_SEVERITY_IDENTIFIER, NULL,
                                              g_strdup (generic_kinds[k].reason),
                                              scr_case_details_removed_note (generic_kinds[k].kind));

  for (guint i = 0; i < matches->len; i++)
    {
      const ScrTextMatch *m = &g_array_index (matches, ScrTextMatch, i);
      const ScrTarget *target = NULL;

      if (m->kind == SCR_TEXT_MATCH_DATE)
        {
          g_array_append_val (check->dates, m->start);
          g_array_append_val (check->dates, m->end);
          target = find_birth (check, m->ordinal);
          if (target == NULL && m->ambiguous)
            target = find_birth (check, m->ordinal_alt);
          if (target == NULL && !follows_birth_word (check, m->start))
            continue;
        }
      else if (m->normalized != NULL)
        target = find_exact (check, generic_kinds[m->kind].kind, m->normalized);
      add_rec (check, target != NULL ? target : generic[m->kind], m->start, m->end);
    }
}

/* The recorded postcodes, case and NHS numbers however they are spaced
 * or punctuated: the text's letters and digits, upper case, with the
 * byte offset of each. */
static void
find_exact_loosely (Check *check)
{
  GString *loose = g_string_new (NULL);
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));

  if (check->details.exact->len == 0)
    {
      g_string_free (loose, TRUE);
      return;
    }
  for (gsize i = 0; check->text[i] != '\0'; i++)
    if (g_ascii_isalnum (check->text[i]))
      {
        g_string_append_c (loose, g_ascii_toupper (check->text[i]));
        g_array_append_val (offsets, i);
      }
  for (guint k = 0; k < check->details.exact->len; k++)
    {
      ScrExactTarget *exact = &g_array_index (check->details.exact, ScrExactTarget, k);
      gsize length = strlen (exact->value);

      for (const char *p = strstr (loose->str, exact->value); p != NULL;
           p = strstr (p + 1, exact->value))
        {
          gsize at = (gsize) (p - loose->str);
          gsize start = g_array_index (offsets, gsize, at);
          gsize end = g_array_index (offsets, gsize, at + length - 1) + 1;

          /* whole words only: not inside a longer number or word */
          if ((start > 0 && g_ascii_isalnum (check->text[start - 1])) ||
              g_ascii_isalnum (check->text[end]))
            continue;
          add_rec (check, exact->target, start, end);
        }
    }
  g_string_free (loose, TRUE);
}

static gboolean
is_age_at (GArray *tokens,
           guint   i,
           guint  *n)
{
  const char *w = g_array_index (tokens, ScrToken, i).folded;
  const char *next = i + 1 < tokens->len ? g_array_index (tokens, ScrToken, i + 1).folded : "";
  const char *after = i + 2 < tokens->len ? g_array_index (tokens, ScrToken, i + 2).folded : "";
  char *rest = NULL;
  guint64 years;

  *n = 1;
  if ((g_str_equal (w, "aged") || g_str_equal (w, "age")) &&
      (g_array_index (tokens, ScrToken, MIN (i + 1, tokens->len - 1)).flags & SCR_TOKEN_NUMBER) &&
      i + 1 < tokens->len)
    {
      *n = 2;
      return TRUE;
    }
  if (!g_ascii_isdigit (w[0]))
    return FALSE;
  years = g_ascii_strtoull (w, &rest, 10);
  if (years > 25)
    return FALSE;
  if (g_str_equal (rest, "-year-old") || g_str_equal (rest, "-years-old"))
    return TRUE;
  if ((g_str_equal (rest, "-year") || g_str_equal (rest, "-years")) && g_str_equal (next, "old"))
    {
      *n = 2;
      return TRUE;
    }
  if (*rest == '\0' && (g_str_equal (next, "year") || g_str_equal (next, "years")) &&
      g_str_equal (after, "old"))
    {
      *n = 3;
      return TRUE;
    }
  return FALSE;
}

typedef struct
{
  gsize start, end;
  const char *what;       /* the place's or attribute's name */
  int population;
} Mention;

/* An age, a small place and a rare attribute in one paragraph: a warning
 * spanning the three, naming them. */
static void
find_combinations (Check *check)
{
  g_autoptr(ScrPhraseIndex) places = scr_phrase_index_new ();
  g_autoptr(ScrPhraseIndex) rare = scr_phrase_index_new ();
  ScrGazetteer *g = check->gazetteer;
  Mention age = { 0 }, place = { 0 }, attribute = { 0 };
  guint paragraph = 0, last_paragraph = 0;
  const char *p = check->text;

  for (guint i = 0; i < g->entries->len; i++)
    {
      ScrGazetteerEntry *e = &g_array_index (g->entries, ScrGazetteerEntry, i);

      if (e->kind == SCR_DISCLOSURE_KIND_PLACE && e->population >= 0 &&
          e->population < check->small_place_population)
        scr_phrase_index_add (places, e->name, SCR_PHRASE_CAPITALIZED, e);
    }
  for (guint i = 0; i < g->rare_attributes->len; i++)
    scr_phrase_index_add (rare, g_ptr_array_index (g->rare_attributes, i), 0,
                          g_ptr_array_index (g->rare_attributes, i));

  for (guint i = 0; i <= check->tokens->len; i++)
    {
      const ScrToken *token = i < check->tokens->len ? &g_array_index (check->tokens, ScrToken, i)
                                                     : NULL;
      gpointer found;
      guint n = 1;

      /* paragraphs end at a blank line or a page break */
      if (token != NULL)
        {
          for (; p < check->text + token->start; p++)
            if (*p == '\f' || (*p == '\n' && p[1] == '\n') ||
                (*p == '\n' && p[1] == '\r' && p[2] == '\n'))
              paragraph++;
        }
      if (token == NULL || paragraph != last_paragraph)
        {
          if (age.end != 0 && place.end != 0 && attribute.end != 0)
            {
              char *reason = g_strdup_printf (
                "an age, a small place (%s, population %d) and a rare attribute (%s) in one "
                "paragraph may together identify the family",
                place.what, place.population, attribute.what);
              ScrDisclosureRec rec = {
                .kind = SCR_DISCLOSURE_KIND_COMBINATION,
                .severity = SCR_DISCLOSURE_SEVERITY_WARNING,
                .start = MIN (age.start, MIN (place.start, attribute.start)),
                .end = MAX (age.end, MAX (place.end, attribute.end)),
                .reason = reason,
              };

              g_ptr_array_add (check->strings, reason);
              g_array_append_val (check->recs, rec);
            }
          age.end = place.end = attribute.end = 0;
          last_paragraph = paragraph;
        }
      if (token == NULL)
        break;
      if (age.end == 0 && is_age_at (check->tokens, i, &n))
        {
          age.start = token->start;
          age.end = g_array_index (check->tokens, ScrToken, i + n - 1).end;
        }
      else if (place.end == 0 && (found = scr_phrase_index_match (places, check->tokens, i, &n)))
        {
          ScrGazetteerEntry *e = found;

          place = (Mention) { token->start, g_array_index (check->tokens, ScrToken, i + n - 1).end,
                              e->name, e->population };
        }
      else if (attribute.end == 0 && (found = scr_phrase_index_match (rare, check->tokens, i, &n)))
        attribute = (Mention) { token->start,
                                g_array_index (check->tokens, ScrToken, i + n - 1).end,
                                found, -1 };
      i += n - 1;
    }
}

static int
by_priority (gconstpointer a,
             gconstpointer b)
{
  const ScrDisclosureRec *ra = a, *rb = b;

  if (ra->severity != rb->severity)
    return ra->severity > rb->severity ? -1 : 1;
  if (ra->end - ra->start != rb->end - rb->start)
    return ra->end - ra->start > rb->end - rb->start ? -1 : 1;
  return ra->start < rb->start ? -1 : ra->start > rb->start ? 1 : 0;
}

static int
by_start (gconstpointer a,
          gconstpointer b)
{
  const ScrDisclosureRec *ra = a, *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  /* a warning after the find it spans */
  return (int) rb->severity - (int) ra->severity;
}

/* Of overlapping finds, the surest, then the longest; warnings (which
 * span other finds) are kept beside them, once. */
static GArray *
resolve_overlaps (GArray *recs)
{
  GArray *kept = g_array_new (FALSE, FALSE, sizeof (ScrDisclosureRec));

  g_array_sort (recs, by_priority);
  for (guint i = 0; i < recs->len; i++)
    {
      const ScrDisclosureRec *r = &g_array_index (recs, ScrDisclosureRec, i);
      gboolean warning = r->severity == SCR_DISCLOSURE_SEVERITY_WARNING;
      gboolean overlaps = FALSE;

      for (guint k = 0; k < kept->len && !overlaps; k++)
        {
          const ScrDisclosureRec *o = &g_array_index (kept, ScrDisclosureRec, k);

          if ((o->severity == SCR_DISCLOSURE_SEVERITY_WARNING) == warning &&
              r->start < o->end && o->start < r->end)
            overlaps = TRUE;
        }
      if (!overlaps)
        g_array_append_val (kept, *r);
    }
  g_array_sort (kept, by_start);
  return kept;
}

GListModel *
scr_publication_find (ScrCase      *scr_case,
                      ScrGazetteer *gazetteer,
                      int           small_place_population,
                      const char   *text)
{
  ScrItemList *list;
  g_autoptr(GArray) kept = NULL;
  ScrTextCursor cursor;
  Check check = { 0 };

  check.gazetteer = gazetteer;
  check.small_place_population = small_place_population;
  check.text = text;
  check.tokens = scr_text_tokenize (text);
  check.recs = g_array_new (FALSE, FALSE, sizeof (ScrDisclosureRec));
  check.strings = g_ptr_array_new_with_free_func (g_free);
  check.dates = g_array_new (FALSE, FALSE, sizeof (gsize));
  scr_case_details_init (&check.details, scr_case);
  /* the gazetteer's schools and streets, after the case's own */
  for (guint i = 0; i < gazetteer->entries->len; i++)
    {
      ScrGazetteerEntry *e = &g_array_index (gazetteer->entries, ScrGazetteerEntry, i);
      ScrTarget *target;

      if (e->kind == SCR_DISCLOSURE_KIND_PLACE)
        continue;
      target = scr_case_details_add_target (
        &check.details, e->kind, SCR_DISCLOSURE_SEVERITY_IDENTIFIER, NULL,
        g_strdup (e->kind == SCR_DISCLOSURE_KIND_SCHOOL ? "a school or setting in the gazetteer"
                                                        : "a street in the gazetteer"),
        scr_case_details_removed_note (e->kind));
      if (e->kind == SCR_DISCLOSURE_KIND_SCHOOL)
        scr_case_details_add_setting (&check.details, e->name, target);
      else
        scr_phrase_index_add (check.details.phrases, e->name, SCR_PHRASE_CAPITALIZED, target);
    }

  find_identifiers (&check);
  find_phrases (&check);
  find_exact_loosely (&check);
  find_combinations (&check);

  kept = resolve_overlaps (check.recs);
  list = scr_item_list_new (SCR_TYPE_DISCLOSURE);
  scr_text_cursor_init (&cursor, text);
  for (guint i = 0; i < kept->len; i++)
    {
      ScrDisclosureRec *rec = &g_array_index (kept, ScrDisclosureRec, i);
      g_autoptr(ScrDisclosure) disclosure = NULL;

      scr_text_cursor_seek (&cursor, rec->start, &rec->page, &rec->line, &rec->column);
      disclosure = scr_disclosure_new_internal (rec, text);
      scr_item_list_append (list, disclosure);
    }

  scr_case_details_clear (&check.details);
  g_array_unref (check.tokens);
  g_array_unref (check.recs);
  g_ptr_array_unref (check.strings);
  g_array_unref (check.dates);
  return G_LIST_MODEL (list);
}

