/* scr-stem.c: the words of an English text, normalised for comparison.
 *
 * The stemmer is Porter's algorithm as he published it (M.F. Porter, "An
 * algorithm for suffix stripping", Program 14(3), 1980), steps 1a to 5b,
 * written after his own reference description. The stop words are data:
 * stop-words.txt, a GResource.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-learning-resources.h"
#include "scr-once-private.h"
#include "scr-resource-private.h"
#include "scr-stem-private.h"

/* The word being stemmed: b[0..k] is the word, j a mark within it. */
typedef struct
{
  char *b;
  int k, j;
} Stem;

static gboolean
is_consonant (const Stem *z,
              int         i)
{
  switch (z->b[i])
    {
    case 'a': case 'e': case 'i': case 'o': case 'u':
      return FALSE;
    case 'y':
      return i == 0 ? TRUE : !is_consonant (z, i - 1);
    default:
      return TRUE;
    }
}

/* m, the number of vowel-consonant sequences in b[0..j]. */
static int
measure (const Stem *z)
{
  int n = 0, i = 0;

  for (;;)
    {
      if (i > z->j)
        return n;
      if (!is_consonant (z, i))
        break;
      i++;
    }
  i++;
  for (;;)
    {
      for (;;)
        {
          if (i > z->j)
            return n;
          if (is_consonant (z, i))
            break;
          i++;
        }
      i++;
      n++;
      for (;;)
        {
          if (i > z->j)
            return n;
          if (!is_consonant (z, i))
            break;
          i++;
        }
      i++;
    }
}

/* Whether b[0..j] has a vowel. */
static gboolean
has_vowel (const Stem *z)
{
  for (int i = 0; i <= z->j; i++)
    if (!is_consonant (z, i))
      return TRUE;
  return FALSE;
}

/* Whether b[i-1..i] is a double consonant. */
static gboolean
double_consonant (const Stem *z,
                  int         i)
{
  return i >= 1 && z->b[i] == z->b[i - 1] && is_consonant (z, i);
}

/* Whether b[i-2..i] is consonant-vowel-consonant, the last not w, x or y
 * (the *o condition). */
static gboolean
cvc (const Stem *z,
     int         i)
{
  char c;

  if (i < 2 || !is_consonant (z, i) || is_consonant (z, i - 1) || !is_consonant (z, i - 2))
    return FALSE;
  c = z->b[i];
  return c != 'w' && c != 'x' && c != 'y';
}

/* Whether b[0..k] ends with @s; if so j is set to just before it. */
static gboolean
ends (Stem       *z,
      const char *s)
{
  int length = (int) strlen (s);

  if (length > z->k + 1)
    return FALSE;
  if (memcmp (z->b + z->k - length + 1, s, length) != 0)
    return FALSE;
  z->j = z->k - length;
  return TRUE;
}

/* Replaces b[j+1..k] with @s. The buffer has room: no rule lengthens a
 * word by more than one letter ("at" -> "ate"). */
static void
set_to (Stem       *z,
        const char *s)
{
  int length = (int) strlen (s);

  memcpy (z->b + z->j + 1, s, length);
  z->k = z->j + length;
}

static void
replace_if_measured (Stem       *z,
                     const char *s)
{
  if (measure (z) > 0)
    set_to (z, s);
}

/* Plurals and -ed, -ing. */
static void
step1ab (Stem *z)
{
  if (z->b[z->k] == 's')
    {
      if (ends (z, "sses"))
        z->k -= 2;
      else if (ends (z, "ies"))
        set_to (z, "i");
      else if (z->k >= 1 && z->b[z->k - 1] != 's')
        z->k--;
    }
  if (ends (z, "eed"))
    {
      if (measure (z) > 0)
        z->k--;
    }
  else if ((ends (z, "ed") || ends (z, "ing")) && has_vowel (z))
    {
      z->k = z->j;
      if (ends (z, "at"))
        set_to (z, "ate");
      else if (ends (z, "bl"))
        set_to (z, "ble");
      else if (ends (z, "iz"))
        set_to (z, "ize");
      else if (double_consonant (z, z->k))
        {
          char c = z->b[z->k];

          z->k--;
          if (c == 'l' || c == 's' || c == 'z')
            z->k++;
        }
      else
        {
          z->j = z->k;
          if (measure (z) == 1 && cvc (z, z->k))
            set_to (z, "e");
        }
    }
}

/* A final y after a vowel in the stem becomes i. */
static void
step1c (Stem *z)
{
  if (ends (z, "y") && has_vowel (z))
    z->b[z->k] = 'i';
}

typedef struct
{
  const char *suffix;
  const char *replacement;
} Rule;

static gboolean
apply_rules (Stem       *z,
             const Rule *rules,
             gsize       n_rules)
{
  for (gsize i = 0; i < n_rules; i++)
    if (ends (z, rules[i].suffix))
      {
        replace_if_measured (z, rules[i].replacement);
        return TRUE;
      }
  return FALSE;
}

/* Double suffixes to single ones: -ization -> -ize... */
static void
step2 (Stem *z)
{
  static const Rule rules[] = {
    { "ational", "ate" }, { "tional", "tion" }, { "enci", "ence" }, { "anci", "ance" },
    { "izer", "ize" }, { "bli", "ble" }, { "alli", "al" }, { "entli", "ent" },
    { "eli", "e" }, { "ousli", "ous" }, { "ization", "ize" }, { "ation", "ate" },
    { "ator", "ate" }, { "alism", "al" }, { "iveness", "ive" }, { "fulness", "ful" },
    { "ousness", "ous" }, { "aliti", "al" }, { "iviti", "ive" }, { "biliti", "ble" },
    { "logi", "log" },
  };

  if (z->k >= 1)
    apply_rules (z, rules, G_N_ELEMENTS (rules));
}

/* -ic-, -full, -ness... */
static void
step3 (Stem *z)
{
  static const Rule rules[] = {
    { "icate", "ic" }, { "ative", "" }, { "alize", "al" }, { "iciti", "ic" },
    { "ical", "ic" }, { "ful", "" }, { "ness", "" },
  };

  apply_rules (z, rules, G_N_ELEMENTS (rules));
}

/* -ant, -ence... where m > 1. */
static void
step4 (Stem *z)
{
  static const char *const suffixes[] = {
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
    "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
  };
  gboolean found = FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (suffixes) && !found; i++)
    {
      if (!ends (z, suffixes[i]))
        continue;
      found = TRUE;
      /* -ion only after s or t */
      if (g_str_equal (suffixes[i], "ion") &&
          (z->j < 0 || (z->b[z->j] != 's' && z->b[z->j] != 't')))
        return;
    }
  if (found && measure (z) > 1)
    z->k = z->j;
}

/* A final -e where m > 1 (or m = 1 and not *o), and -ll to -l. */
static void
step5 (Stem *z)
{
  z->j = z->k;
  if (z->b[z->k] == 'e')
    {
      int m;

      z->j = z->k - 1;
      m = measure (z);
      if (m > 1 || (m == 1 && !cvc (z, z->k - 1)))
        z->k--;
    }
  z->j = z->k;
  if (z->b[z->k] == 'l' && double_consonant (z, z->k) && measure (z) > 1)
    z->k--;
}

char *
scr_stem_word (const char *word)
{
  gsize length;
  Stem z;

  g_return_val_if_fail (word != NULL, NULL);

  length = strlen (word);
  for (gsize i = 0; i < length; i++)
    if (word[i] < 'a' || word[i] > 'z')
      return g_strdup (word);
  if (length <= 2)
    return g_strdup (word);

  /* one more byte: step 1b may lengthen the word by one ("at" -> "ate") */
  z.b = g_malloc0 (length + 2);
  memcpy (z.b, word, length);
  z.k = (int) length - 1;
  z.j = 0;
  step1ab (&z);
  if (z.k > 0)
    {
      step1c (&z);
      step2 (&z);
      step3 (&z);
      step4 (&z);
      step5 (&z);
    }
  z.b[z.k + 1] = '\0';
  return z.b;
}

static GHashTable *
load_stop_words (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = scr_resource_lookup (_scr_learning_get_resource,
                                                 "/org/scr/libscr/learning/stop-words.txt",
                                                 &error);
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = NULL;
  gsize size;
  const char *data;

  if (bytes == NULL)
    g_error ("the stop words: %s", error->message);
  data = g_bytes_get_data (bytes, &size);
  lines = g_strsplit (data, "\n", -1);
  for (gsize i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line != '\0' && *line != '#')
        g_hash_table_add (words, g_strdup (line));
    }
  return words;
}

gboolean
scr_stem_is_stop_word (const char *word)
{
  static GHashTable *stop_words;

  if (SCR_ONCE_INIT_ENTER (&stop_words))
    SCR_ONCE_INIT_LEAVE (&stop_words, load_stop_words ());
  return g_hash_table_contains (stop_words, word);
}

static void
clear_token (gpointer data)
{
  ScrStemToken *token = data;

  g_free (token->stem);
  g_free (token->word);
}

static void
add_token (GArray  *tokens,
           GString *word,
           gboolean all_digits)
{
  ScrStemToken token;

  if (g_utf8_strlen (word->str, (gssize) word->len) > 1 && !all_digits &&
      !scr_stem_is_stop_word (word->str))
    {
      token.word = g_strndup (word->str, word->len);
      token.stem = scr_stem_word (token.word);
      g_array_append_val (tokens, token);
    }
  g_string_truncate (word, 0);
}

GArray *
scr_stem_tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (ScrStemToken));
  g_autofree char *folded = NULL;
  g_autoptr(GString) word = g_string_new (NULL);
  gboolean all_digits = TRUE;

  g_array_set_clear_func (tokens, clear_token);
  if (text == NULL)
    return tokens;
  /* NFD puts each diacritic after its letter, as a mark to drop */
  folded = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (folded == NULL)
    return tokens;
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        continue;
      if (g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, g_unichar_tolower (c));
          all_digits = all_digits && g_unichar_isdigit (c);
          continue;
        }
      if (word->len > 0)
        add_token (tokens, word, all_digits);
      all_digits = TRUE;
    }
  if (word->len > 0)
    add_token (tokens, word, all_digits);
  return tokens;
}
