/* scr-case-details.c: what to look for, from the people of a case.
 *
 * Each restricted detail becomes one or more targets: the phrases a
 * report might write it as (a name alone, with initials, a nickname; a
 * street without its house number; a school without "School"), and the
 * normalised values of identifiers.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-case-details-private.h"
#include "scr-text-scan-private.h"

/* Given names that are also everyday English words: alone, they count
 * only capitalised and not at the start of a sentence ("Will the
 * panel...", "Hope was..."), where the capital says nothing. */
static const char *const common_word_names[] = {
  "amber", "april", "august", "bill", "bob", "brook", "chase", "crystal", "daisy", "dawn",
  "dean", "faith", "frank", "grace", "guy", "hazel", "heather", "holly", "hope", "iris",
  "ivy", "jack", "jade", "jay", "joy", "june", "lily", "mark", "max", "may", "miles", "olive",
  "pat", "pearl", "penny", "poppy", "ray", "reed", "rich", "rob", "robin", "rose", "ruby",
  "rusty", "sandy", "skye", "sky", "star", "summer", "sue", "violet", "wade", "will", "win",
  NULL
};

/* Final words a setting's name may be written without. */
static const char *const setting_words[] = {
  "school", "academy", "college", "nursery", "centre", "center", NULL
};

char *
scr_case_details_normalize (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_toupper (*p));
  return g_string_free (out, FALSE);
}

ScrTarget *
scr_case_details_add_target (ScrCaseDetails        *details,
                             ScrDisclosureKind      kind,
                             ScrDisclosureSeverity  severity,
                             const char            *person_id,
                             char                  *reason,
                             const char            *suggestion)
{
  ScrTarget *target = g_new0 (ScrTarget, 1);

  target->kind = kind;
  target->severity = severity;
  target->person_id = g_strdup (person_id);
  target->reason = reason;
  target->suggestion = g_strdup (suggestion);
  g_ptr_array_add (details->targets, target);
  return target;
}

static void
target_free (gpointer p)
{
  ScrTarget *target = p;

  g_free (target->person_id);
  g_free (target->reason);
  g_free (target->suggestion);
  g_free (target);
}

static void
exact_clear (gpointer p)
{
  g_free (((ScrExactTarget *) p)->value);
}

/* How the report should name @person instead. */
static char *
pseudonym_of (ScrPerson *person)
{
  const char *pseudonym = scr_person_get_pseudonym (person);
  const char *relationship = scr_person_get_relationship (person);

  if (pseudonym != NULL && *pseudonym != '\0')
    return g_strdup (pseudonym);
  if (relationship != NULL && *relationship != '\0' && g_ascii_strcasecmp (relationship, "subject") != 0)
    {
      char *s = g_strdup (relationship);

      s[0] = g_ascii_toupper (s[0]);
      return s;
    }
  return g_strdup ("the child");
}

static void
add_phrase (ScrCaseDetails *details,
            const char     *phrase,
            guint           flags,
            ScrTarget      *target)
{
  scr_phrase_index_add (details->phrases, phrase, flags, target);
}

static guint
single_word_flags (const char *folded)
{
  return SCR_PHRASE_CAPITALIZED |
         (g_strv_contains (common_word_names, folded) ? SCR_PHRASE_NOT_SENTENCE_START : 0);
}

/* The forms of one recorded name: in full, first and last name, each name
 * alone, the initials with the family name, and the usual short forms of
 * the first name, alone and with the family name. */
static void
add_name (ScrCaseDetails *details,
          const char     *person_id,
          const char     *who,
          const char     *name,
          gboolean        alias)
{
  g_autoptr(GArray) tokens = scr_text_tokenize (name);
  const char *kind = alias ? "an alias or former name" : "the recorded name";
  const char *first, *family;
  GString *initials;
  guint n = tokens->len;

  if (n == 0)
    return;
  first = g_array_index (tokens, ScrToken, 0).folded;
  family = g_array_index (tokens, ScrToken, n - 1).folded;
  add_phrase (details, name, SCR_PHRASE_CAPITALIZED,
              scr_case_details_add_target (details, SCR_DISCLOSURE_KIND_NAME,
                                           SCR_DISCLOSURE_SEVERITY_RESTRICTED, person_id,
                                           g_strdup_printf ("%s of %s, in full", kind, who), who));
  for (guint i = 0; i < n; i++)
    {
      const char *word = g_array_index (tokens, ScrToken, i).folded;
      const char *part = n == 1 ? "name" : i == 0 ? "first name" : i == n - 1 ? "family name"
                                                                             : "middle name";

      if (g_array_index (tokens, ScrToken, i).flags & SCR_TOKEN_INITIAL)
        continue;
      add_phrase (details, word, single_word_flags (word),
                  scr_case_details_add_target (details, SCR_DISCLOSURE_KIND_NAME,
                                               SCR_DISCLOSURE_SEVERITY_RESTRICTED, person_id,
                                               g_strdup_printf ("the %s in %s of %s", part,
                                                                kind, who), who));
    }
  if (n < 2)
    return;
  {
    g_autofree char *first_family = g_strdup_printf ("%s %s", first, family);

    add_phrase (details, first_family, SCR_PHRASE_CAPITALIZED,
                scr_case_details_add_target (details, SCR_DISCLOSURE_KIND_NAME,
                                             SCR_DISCLOSURE_SEVERITY_RESTRICTED, person_id,
                                             g_strdup_printf ("the first and family names in "
                                                              "%s of %s", kind, who), who));
  }
  /* "E. Hargreaves", "E. A. Hargreaves" */
  initials = g_string_new (NULL);
  for (guint i = 0; i + 1 < n; i++)
    {
      gunichar c = g_utf8_get_char (g_array_index (tokens, ScrToken, i).folded);
      ScrTarget *target;

      g_string_append_unichar (initials, c);
      g_string_append_c (initials, ' ');
      if (i > 0 && i + 2 != n)
        continue;
      {
        g_autofree char *phrase = g_strdup_printf ("%s%s", initials->str, family);

        target = scr_case_details_add_target (details, SCR_DISCLOSURE_KIND_NAME,
                                              SCR_DISCLOSURE_SEVERITY_RESTRICTED, person_id,
                                              g_strdup_printf ("initials and the family name in "
                                                               "%s of %s", kind, who), who);
        add_phrase (details, phrase, SCR_PHRASE_INITIALS, target);
      }
    }
  g_string_free (initials, TRUE);
  for (const char *const *nick = scr_nicknames_lookup (first); *nick != NULL; nick++)
    {
      g_autofree char *with_family = g_strdup_printf ("%s %s", *nick, family);

      add_phrase (details, *nick, single_word_flags (*nick),
                  scr_case_details_add_target (details, SCR_DISCLOSURE_KIND_NAME,
                                               SCR_DISCLOSURE_SEVERITY_RESTRICTED, person_id,
                                               g_strdup_printf ("a usual short form of the first "
                                                                "name in %s of %s", kind, who),
                                               who));
      add_phrase (details, with_family, SCR_PHRASE_CAPITALIZED,
                  scr_case_details_add_target (details, SCR_DISCLOSURE_KIND_NAME,
                                               SCR_DISCLOSURE_SEVERITY_RESTRICTED, person_id,
                                               g_strdup_printf ("a short form of %s of %s, "
                                                                "with the family name", kind,
                                                                who), who));
    }
}

/* "14 Brookside Close, Kendal": the whole address, its first part, and
 * the street without the house number. The town alone is not flagged. */
static void
add_address (ScrCaseDetails *details,
             const char     *person_id,
             const char     *who,
             const char     *address)
{
  g_auto(GStrv) parts = g_strsplit (address, ",", 2);
  g_autoptr(GArray) tokens = scr_text_tokenize (parts[0]);
  const char *suggestion = scr_case_details_removed_note (SCR_DISCLOSURE_KIND_ADDRESS);
  guint skip = 0;

  add_phrase (details, address, 0,
              scr_case_details_add_target (details, SCR_DISCLOSURE_KIND_ADDRESS,
                                           SCR_DISCLOSURE_SEVERITY_RESTRICTED, person_id,
                                           g_strdup_printf ("a recorded address of %s", who),
                                           suggestion));
  add_phrase (details, parts[0], 0,
              scr_case_details_add_target (details, SCR_DISCLOSURE_KIND_ADDRESS,
                                           SCR_DISCLOSURE_SEVERITY_RESTRICTED, person_id,
                                           g_strdup_printf ("a recorded address of %s", who),
                                           suggestion));
  /* house numbers, "14a", "Flat 3" */
  while (skip < tokens->len &&
         (g_ascii_isdigit (g_array_index (tokens, ScrToken, skip).folded[0]) ||
          g_str_equal (g_array_index (tokens, ScrToken, skip).folded, "flat")))
    skip++;
  if (skip > 0 && tokens->len - skip >= 2)
    {
      const char *street = parts[0] + g_array_index (tokens, ScrToken, skip).start;

      add_phrase (details, street, SCR_PHRASE_CAPITALIZED,
                  scr_case_details_add_target (details, SCR_DISCLOSURE_KIND_ADDRESS,
                                               SCR_DISCLOSURE_SEVERITY_RESTRICTED, person_id,
                                               g_strdup_printf ("the street of a recorded "
                                                                "address of %s", who),
                                               scr_case_details_removed_note (SCR_DISCLOSURE_KIND_STREET)));
    }
}

/* A setting's name, and without its last word when that is "School" and
 * the like ("Castle Park Primary"). Used for the gazetteer's too. */
void
scr_case_details_add_setting (ScrCaseDetails *details,
                              const char     *name,
                              ScrTarget      *target)
{
  g_autoptr(GArray) tokens = scr_text_tokenize (name);

  add_phrase (details, name, 0, target);
  if (tokens->len >= 3 &&
      g_strv_contains (setting_words, g_array_index (tokens, ScrToken, tokens->len - 1).folded))
    {
      g_autofree char *shorter =
        g_strndup (name, g_array_index (tokens, ScrToken, tokens->len - 2).end);

      add_phrase (details, shorter, SCR_PHRASE_CAPITALIZED, target);
    }
}

static void
add_exact (ScrCaseDetails *details,
           const char     *value,
           ScrTarget      *target)
{
  ScrExactTarget exact = { scr_case_details_normalize (value), target };

  if (exact.value[0] == '\0')
    {
      g_free (exact.value);
      return;
    }
  g_array_append_val (details->exact, exact);
}

static void
add_birth (ScrCaseDetails *details,
           const char     *person_id,
           const char     *who,
           const ScrDate  *date)
{
  ScrExactTarget birth = { NULL, NULL };
  gint32 day;

  if (date == NULL || scr_date_get_precision (date) != SCR_DATE_PRECISION_DAY)
    return;
  day = scr_date_get_ordinal (date);
  for (guint i = 0; i < details->births_days->len; i++)
    if (g_array_index (details->births_days, gint32, i) == day &&
        g_strcmp0 (g_array_index (details->births, ScrExactTarget, i).target->person_id,
                   person_id) == 0)
      return;
  birth.target = scr_case_details_add_target (details, SCR_DISCLOSURE_KIND_DATE_OF_BIRTH,
                                              SCR_DISCLOSURE_SEVERITY_RESTRICTED, person_id,
                                              g_strdup_printf ("the recorded date of birth of %s",
                                                               who),
                                              scr_case_details_removed_note (SCR_DISCLOSURE_KIND_DATE_OF_BIRTH));
  g_array_append_val (details->births, birth);
  g_array_append_val (details->births_days, day);
}

/* The identifiers compared after normalising, and how to name them. */
static const struct
{
  const char *const *(*get) (ScrRestrictedDetails *details);
  ScrDisclosureKind kind;
  const char *reason;       /* followed by the person's pseudonym */
} exact_members[] = {
  { scr_restricted_details_get_postcodes, SCR_DISCLOSURE_KIND_POSTCODE,
    "a recorded postcode of" },
  { scr_restricted_details_get_case_numbers, SCR_DISCLOSURE_KIND_CASE_NUMBER,
    "a recorded case number of" },
  { scr_restricted_details_get_nhs_numbers, SCR_DISCLOSURE_KIND_NHS_NUMBER,
    "the recorded NHS number of" },
};

const char *
scr_case_details_removed_note (ScrDisclosureKind kind)
{
  static const char *const notes[] = {
    [SCR_DISCLOSURE_KIND_DATE_OF_BIRTH] = "[date of birth removed]",
    [SCR_DISCLOSURE_KIND_ADDRESS] = "[address removed]",
    [SCR_DISCLOSURE_KIND_POSTCODE] = "[postcode removed]",
    [SCR_DISCLOSURE_KIND_SCHOOL] = "[school removed]",
    [SCR_DISCLOSURE_KIND_CASE_NUMBER] = "[case number removed]",
    [SCR_DISCLOSURE_KIND_NHS_NUMBER] = "[NHS number removed]",
    [SCR_DISCLOSURE_KIND_PHONE_NUMBER] = "[telephone number removed]",
    [SCR_DISCLOSURE_KIND_EMAIL] = "[email address removed]",
    [SCR_DISCLOSURE_KIND_STREET] = "[street removed]",
    [SCR_DISCLOSURE_KIND_PLACE] = "[place removed]",
  };

  return (guint) kind < G_N_ELEMENTS (notes) ? notes[kind] : NULL;
}

static void
add_person (ScrCaseDetails *details,
            ScrPerson      *person)
{
  ScrRestrictedDetails *restricted = scr_person_get_restricted (person);
  g_autofree char *who = pseudonym_of (person);
  const char *id = scr_person_get_id (person);
  const char *const *list;

  add_birth (details, id, who, scr_person_get_date_of_birth (person));
  if (restricted == NULL)
    return;
  add_birth (details, id, who, scr_restricted_details_get_date_of_birth (restricted));
  list = scr_restricted_details_get_names (restricted);
  for (guint i = 0; list[i] != NULL; i++)
    add_name (details, id, who, list[i], i > 0);
  list = scr_restricted_details_get_addresses (restricted);
  for (guint i = 0; list[i] != NULL; i++)
    add_address (details, id, who, list[i]);
  list = scr_restricted_details_get_schools (restricted);
  for (guint i = 0; list[i] != NULL; i++)
    scr_case_details_add_setting (details, list[i],
                                  scr_case_details_add_target (
                                    details, SCR_DISCLOSURE_KIND_SCHOOL,
                                    SCR_DISCLOSURE_SEVERITY_RESTRICTED, id,
                                    g_strdup_printf ("a school or setting %s attended", who),
                                    scr_case_details_removed_note (SCR_DISCLOSURE_KIND_SCHOOL)));
  for (guint m = 0; m < G_N_ELEMENTS (exact_members); m++)
    {
      list = exact_members[m].get (restricted);
      for (guint i = 0; list[i] != NULL; i++)
        add_exact (details, list[i],
                   scr_case_details_add_target (
                     details, exact_members[m].kind, SCR_DISCLOSURE_SEVERITY_RESTRICTED, id,
                     g_strdup_printf ("%s %s", exact_members[m].reason, who),
                     scr_case_details_removed_note (exact_members[m].kind)));
    }
}

void
scr_case_details_init (ScrCaseDetails *details,
                       ScrCase        *scr_case)
{
  GListModel *people;

  details->targets = g_ptr_array_new_with_free_func (target_free);
  details->phrases = scr_phrase_index_new ();
  details->exact = g_array_new (FALSE, FALSE, sizeof (ScrExactTarget));
  g_array_set_clear_func (details->exact, exact_clear);
  details->births = g_array_new (FALSE, FALSE, sizeof (ScrExactTarget));
  details->births_days = g_array_new (FALSE, FALSE, sizeof (gint32));
  if (scr_case == NULL)
    return;
  if (scr_case_get_subject (scr_case) != NULL)
    add_person (details, scr_case_get_subject (scr_case));
  people = scr_case_get_people (scr_case);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(ScrPerson) person = g_list_model_get_item (people, i);

      add_person (details, person);
    }
}

void
scr_case_details_clear (ScrCaseDetails *details)
{
  g_clear_pointer (&details->phrases, scr_phrase_index_free);
  g_clear_pointer (&details->exact, g_array_unref);
  g_clear_pointer (&details->births, g_array_unref);
  g_clear_pointer (&details->births_days, g_array_unref);
  g_clear_pointer (&details->targets, g_ptr_array_unref);
}
