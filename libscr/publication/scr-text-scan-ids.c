/* scr-text-scan-ids.c: one reader per kind of identifier: postcodes,
 * NHS numbers, phone numbers, email addresses and dates. Each adds what
 * it finds at one position; scr_text_scan() keeps the longest of those
 * that overlap.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "scr-date-private.h"
#include "scr-text-scan-ids-private.h"

void
scr_text_match_clear (gpointer data)
{
  ScrTextMatch *match = data;

  g_free (match->normalized);
}

static void
add (ScrTextScan            *s,
     gsize            start,
     gsize            end,
     ScrTextMatchKind kind,
     char            *normalized)
{
  ScrTextMatch match = { .start = start, .end = end, .kind = kind, .normalized = normalized };

  g_array_append_val (s->found, match);
}

/* Whether a letter or digit (any script) ends just before @i. */
gboolean
scr_text_alnum_before (ScrTextScan  *s,
              gsize  i)
{
  const char *prev;

  if (i == 0)
    return FALSE;
  if ((guchar) s->text[i - 1] < 0x80)
    return IS_ALNUM ((guchar) s->text[i - 1]);
  prev = g_utf8_find_prev_char (s->text, s->text + i);
  return prev != NULL && is_word_char (g_utf8_get_char_validated (prev, s->text + i - prev));
}

static gboolean
alnum_at (ScrTextScan  *s,
          gsize  i)
{
  const char *next;

  if (i >= s->len)
    return FALSE;
  return is_word_char (char_at (s->text + i, s->text + s->len, &next));
}

/* Whether the number at [@start, @end) is part of a longer one: a digit
 * or a decimal point and digit next to it. */
static gboolean
number_continues (ScrTextScan  *s,
                  gsize  start,
                  gsize  end)
{
  if (scr_text_alnum_before (s, start) || alnum_at (s, end))
    return TRUE;
  if (start >= 2 && (s->text[start - 1] == '.' || s->text[start - 1] == ',') &&
      IS_DIGIT ((guchar) s->text[start - 2]))
    return TRUE;
  return (AT (s, end) == '.' || AT (s, end) == ',') && IS_DIGIT (AT (s, end + 1));
}

/* Postcodes: outward code A9, A99, AA9, AA99, A9A or AA9A, an optional
 * space, inward code 9AA; or GIR 0AA. */
void
scr_text_scan_postcode (ScrTextScan  *s,
               gsize  i)
{
  static const char *const outward[] = { "A9A", "AA9A", "A99", "AA99", "A9", "AA9", "GIR" };

  for (guint k = 0; k < G_N_ELEMENTS (outward); k++)
    {
      const char *form = outward[k];
      gsize j = i, in;
      gboolean ok = TRUE;

      for (const char *f = form; *f != '\0' && ok; f++, j++)
        {
          guchar ch = AT (s, j);

          if (k == G_N_ELEMENTS (outward) - 1)
            ok = g_ascii_toupper (ch) == (guchar) *f;
          else
            ok = *f == 'A' ? IS_ALPHA (ch) : IS_DIGIT (ch);
        }
      if (!ok)
        continue;
      in = AT (s, j) == ' ' ? j + 1 : j;
      if (IS_DIGIT (AT (s, in)) && IS_ALPHA (AT (s, in + 1)) && IS_ALPHA (AT (s, in + 2)) &&
          !alnum_at (s, in + 3) && (k < G_N_ELEMENTS (outward) - 1 || AT (s, in) == '0'))
        {
          char *norm = g_strdup_printf ("%.*s %.*s", (int) (j - i), s->text + i, 3, s->text + in);

          add (s, i, in + 3, SCR_TEXT_MATCH_POSTCODE, g_ascii_strup (norm, -1));
          g_free (norm);
          return;
        }
    }
}

gboolean
scr_nhs_number_is_valid (const char *digits)
{
  int sum = 0, check;

  g_return_val_if_fail (digits != NULL, FALSE);

  for (int k = 0; k < 10; k++)
    if (!IS_DIGIT ((guchar) digits[k]))
      return FALSE;
  if (digits[10] != '\0')
    return FALSE;
  for (int k = 0; k < 9; k++)
    sum += (digits[k] - '0') * (10 - k);
  check = 11 - sum % 11;
  if (check == 11)
    check = 0;
  return check != 10 && check == digits[9] - '0';
}

/* NHS numbers: "9434765919", "943 476 5919" or "943-476-5919". A ten-digit
 * run that starts with 0 is left to the phone numbers (a UK number's
 * length); grouped 3-3-4 it is an NHS number, as phones are not written
 * so. */
void
scr_text_scan_nhs (ScrTextScan  *s,
          gsize  i)
{
  char digits[11];
  gsize j = i;
  guchar sep = AT (s, i + 3);

  if (sep != ' ' && sep != '-')
    sep = 0;
  for (int k = 0; k < 10; k++)
    {
      if ((k == 3 || k == 6) && sep != 0)
        {
          if (AT (s, j) != sep)
            return;
          j++;
        }
      if (!IS_DIGIT (AT (s, j)))
        return;
      digits[k] = s->text[j++];
    }
  digits[10] = '\0';
  if (number_continues (s, i, j) || (sep == 0 && digits[0] == '0'))
    return;
  if (scr_nhs_number_is_valid (digits))
    add (s, i, j, SCR_TEXT_MATCH_NHS_NUMBER, g_strdup (digits));
}

/* UK phone numbers: 0 and 9 or 10 digits, or +44 and the same without
 * the 0 ("+44 (0)1539 123456"), in groups split by one space or hyphen,
 * the area code maybe in brackets. The match ends at the last group that
 * gives a UK length, so that a number followed by another ("07700 900123
 * 12 March") is still found. */
void
scr_text_scan_phone (ScrTextScan  *s,
            gsize  i)
{
  g_autoptr(GString) digits = g_string_new ("0");
  gsize j = i, best_end = 0;
  gboolean open = FALSE, international = FALSE;
  guint best_len = 0;

  if (AT (s, j) == '+')
    {
      if (AT (s, j + 1) != '4' || AT (s, j + 2) != '4')
        return;
      international = TRUE;
      j += 3;
      if (AT (s, j) == ' ')
        j++;
      if (AT (s, j) == '(' && AT (s, j + 1) == '0' && AT (s, j + 2) == ')')
        j += AT (s, j + 3) == ' ' ? 4 : 3;
    }
  else if (AT (s, j) == '(')
    {
      open = TRUE;
      j++;
    }
  if (international ? !IS_DIGIT (AT (s, j)) || AT (s, j) == '0' : AT (s, j) != '0')
    return;
  if (!international)
    j++;
  /* the first digit after the 0: 00 is an international prefix */
  if (!IS_DIGIT (AT (s, j)) || AT (s, j) == '0')
    return;

  while (digits->len <= 11)
    {
      guchar ch = AT (s, j);

      if (IS_DIGIT (ch))
        {
          g_string_append_c (digits, (char) ch);
          j++;
          if ((digits->len == 10 || digits->len == 11) && !IS_DIGIT (AT (s, j)))
            {
              best_end = j;
              best_len = digits->len;
            }
          continue;
        }
      if (open && ch == ')')
        {
          open = FALSE;
          j += AT (s, j + 1) == ' ' ? 2 : 1;
        }
      else if ((ch == ' ' || ch == '-') && IS_DIGIT (AT (s, j + 1)) && !open)
        j++;
      else if (ch == ' ' && AT (s, j + 1) == '-' && AT (s, j + 2) == ' ' && !open)
        j += 3;
      else
        break;
      if (!IS_DIGIT (AT (s, j)))
        break;
    }
  if (best_len == 0 || alnum_at (s, best_end) ||
      ((AT (s, best_end) == '.' || AT (s, best_end) == ',') && IS_DIGIT (AT (s, best_end + 1))))
    return;
  g_string_truncate (digits, best_len);
  add (s, i, best_end, SCR_TEXT_MATCH_PHONE_NUMBER, g_strdup (digits->str));
}

static gboolean
is_local_char (guchar ch)
{
  return IS_ALNUM (ch) || (ch != 0 && strchr ("._%+-'", ch) != NULL);
}

/* Email addresses, from their '@' at @at: a local part of letters,
 * digits and ._%+-, a domain of two labels or more, the last of two
 * letters or more. */
void
scr_text_scan_email (ScrTextScan  *s,
            gsize  at)
{
  gsize start = at, end = at + 1, last_dot = 0;

  while (start > 0 && is_local_char ((guchar) s->text[start - 1]))
    start--;
  while (start < at && !IS_ALNUM ((guchar) s->text[start]))
    start++;
  if (start == at)
    return;
  for (;;)
    {
      gsize label = end;

      while (IS_ALNUM (AT (s, end)) || (AT (s, end) == '-' && IS_ALNUM (AT (s, end + 1))))
        end++;
      if (end == label)
        {
          end = label - 1;   /* back over the '.' */
          break;
        }
      if (AT (s, end) != '.' || !IS_ALNUM (AT (s, end + 1)))
        break;
      last_dot = end;
      end++;
    }
  if (last_dot == 0 || end <= last_dot + 2)
    return;
  for (gsize k = last_dot + 1; k < end; k++)
    if (!IS_ALPHA (AT (s, k)))
      return;
  if (alnum_at (s, end))
    return;
  add (s, start, end, SCR_TEXT_MATCH_EMAIL, g_ascii_strdown (s->text + start, end - start));
}

/* -- dates ---------------------------------------------------------- */

/* Reads 1 to @max digits at *@j (at least @min); their value or -1. */
static int
read_number (ScrTextScan  *s,
             gsize *j,
             guint  min,
             guint  max,
             guint *n_digits)
{
  int value = 0;
  guint n = 0;

  while (n < max && IS_DIGIT (AT (s, *j + n)))
    value = value * 10 + (AT (s, *j + n) - '0'), n++;
  if (n < min || IS_DIGIT (AT (s, *j + n)))
    return -1;
  *j += n;
  if (n_digits != NULL)
    *n_digits = n;
  return value;
}

/* A month's name or its abbreviation ("Sept", "Sep.") at *@j: 1..12, or
 * 0. */
static int
read_month (ScrTextScan  *s,
            gsize *j)
{
  static const char *const names[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
  };
  gsize n = 0;
  char word[10];

  while (n < sizeof word - 1 && IS_ALPHA (AT (s, *j + n)))
    word[n] = g_ascii_tolower (AT (s, *j + n)), n++;
  if (n < 3 || alnum_at (s, *j + n))
    return 0;
  word[n] = '\0';
  for (int m = 0; m < 12; m++)
    {
      /* the full name, its first three letters, or "sept" */
      if (strcmp (word, names[m]) == 0 ||
          (strncmp (word, names[m], n) == 0 && (n == 3 || (m == 8 && n == 4))))
        {
          *j += n;
          if (n < strlen (names[m]) && AT (s, *j) == '.')
            (*j)++;
          return m + 1;
        }
    }
  return 0;
}

static gsize
skip_spaces (ScrTextScan  *s,
             gsize  j)
{
  while (AT (s, j) == ' ' || AT (s, j) == '\t' || AT (s, j) == '\n')
    j++;
  return j;
}

/* "3rd", "21st": the suffix after a day's digits. */
static gsize
skip_ordinal (ScrTextScan  *s,
              gsize  j)
{
  static const char *const suffixes[] = { "st", "nd", "rd", "th" };

  for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
    if (g_ascii_tolower (AT (s, j)) == suffixes[k][0] &&
        g_ascii_tolower (AT (s, j + 1)) == suffixes[k][1] && !alnum_at (s, j + 2))
      return j + 2;
  return j;
}

static int
full_year (int      year,
           guint    n_digits)
{
  if (n_digits == 2)
    return year < 40 ? 2000 + year : 1900 + year;
  return year >= 1000 ? year : -1;
}

static gboolean
valid_day (int year,
           int month,
           int day)
{
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 &&
         day >= 1 && day <= scr_days_in_month (year, month);
}

static void
add_date (ScrTextScan  *s,
          gsize  start,
          gsize  end,
          int    year,
          int    month,
          int    day,
          gint32 ordinal_alt)
{
  ScrTextMatch match = {
    .start = start, .end = end, .kind = SCR_TEXT_MATCH_DATE,
    .ordinal = scr_ordinal_from_ymd (year, month, day),
    .ambiguous = ordinal_alt != 0, .ordinal_alt = ordinal_alt,
    .normalized = g_strdup_printf ("%04d-%02d-%02d", year, month, day),
  };

  g_array_append_val (s->found, match);
}

/* Numeric dates: D/M/Y with '/', '.' or '-' (the same twice), a 2 or
 * 4-digit year, read day first; and Y-M-D with a 4-digit year. "3.3.12"
 * is taken for a section number: with '.' and a 2-digit year the day or
 * the month needs two digits ("03.03.12"). */
void
scr_text_scan_numeric_date (ScrTextScan  *s,
                   gsize  i)
{
  guint n1, n2, n3;
  gsize j = i;
  int a, b, c, year, day, month;
  guchar sep;

  a = read_number (s, &j, 1, 4, &n1);
  sep = AT (s, j);
  if (a < 0 || n1 == 3 || (sep != '/' && sep != '.' && sep != '-'))
    return;
  j++;
  b = read_number (s, &j, 1, 2, &n2);
  if (b < 0 || AT (s, j) != sep)
    return;
  j++;
  c = read_number (s, &j, n1 == 4 ? 1 : 2, n1 == 4 ? 2 : 4, &n3);
  if (c < 0 || n3 == 3 || number_continues (s, i, j))
    return;
  /* "1.2.3.4", "2012-03-03-01": part of a longer dotted number */
  if ((AT (s, j) == sep && IS_DIGIT (AT (s, j + 1))) ||
      (i >= 2 && s->text[i - 1] == (char) sep && IS_DIGIT ((guchar) s->text[i - 2])))
    return;

  if (n1 == 4)
    {
      if (full_year (a, 4) > 0 && valid_day (a, b, c))
        add_date (s, i, j, a, b, c, 0);
      return;
    }
  if (sep == '.' && n3 == 2 && n1 == 1 && n2 == 1)
    return;
  year = full_year (c, n3);
  day = a;
  month = b;
  if (valid_day (year, month, day))
    add_date (s, i, j, year, month, day,
              day <= 12 && month <= 12 && day != month ?
              scr_ordinal_from_ymd (year, day, month) : 0);
  else if (valid_day (year, day, month))
    /* "03/13/2012": only month first reads */
    add_date (s, i, j, year, day, month, 0);
}

static int
read_year (ScrTextScan  *s,
           gsize *j,
           guint  min_digits)
{
  guint n;
  int year = read_number (s, j, min_digits, 4, &n);

  if (year < 0 || n == 3 || n == 1 || alnum_at (s, *j) ||
      ((AT (s, *j) == '.' || AT (s, *j) == ',') && IS_DIGIT (AT (s, *j + 1))))
    return -1;
  return full_year (year, n);
}

/* "3 March 2012", "3rd of March 2012", "3-Mar-2012", "3 Sept 12". */
void
scr_text_scan_day_month_year (ScrTextScan  *s,
                     gsize  i)
{
  gsize j = i, k;
  int day, month, year;
  gboolean hyphens = FALSE;

  day = read_number (s, &j, 1, 2, NULL);
  if (day < 1)
    return;
  j = skip_ordinal (s, j);
  if (AT (s, j) == '-')
    j++, hyphens = TRUE;
  else
    {
      k = skip_spaces (s, j);
      if (k == j)
        return;
      j = k;
      if (g_ascii_tolower (AT (s, j)) == 'o' && g_ascii_tolower (AT (s, j + 1)) == 'f' &&
          (AT (s, j + 2) == ' ' || AT (s, j + 2) == '\n'))
        j = skip_spaces (s, j + 2);
    }
  month = read_month (s, &j);
  if (month == 0)
    return;
  if (hyphens)
    {
      if (AT (s, j) != '-')
        return;
      j++;
    }
  else
    {
      if (AT (s, j) == ',')
        j++;
      k = skip_spaces (s, j);
      if (k == j)
        return;
      j = k;
    }
  year = read_year (s, &j, 2);
  if (year > 0 && valid_day (year, month, day))
    add_date (s, i, j, year, month, day, 0);
}

/* "March 3, 2012", "March 3rd 2012": a 4-digit year only, as "March 3,
 * 12 children" is no date. */
void
scr_text_scan_month_day_year (ScrTextScan  *s,
                     gsize  i)
{
  gsize j = i, k;
  int day, month, year;

  month = read_month (s, &j);
  if (month == 0)
    return;
  k = skip_spaces (s, j);
  if (k == j)
    return;
  j = k;
  day = read_number (s, &j, 1, 2, NULL);
  if (day < 1)
    return;
  j = skip_ordinal (s, j);
  if (AT (s, j) == ',')
    j++;
  k = skip_spaces (s, j);
  if (k == j)
    return;
  j = k;
  year = read_year (s, &j, 4);
  if (year > 0 && valid_day (year, month, day))
    add_date (s, i, j, year, month, day, 0);
}
