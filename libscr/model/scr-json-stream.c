/* scr-json-stream.c: a fast JSON reader for datasets.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "scr-error.h"
#include "scr-json-stream-private.h"
#include "scr-quote-private.h"

/* Deeper documents are refused rather than overflowing the stack. */
#define MAX_DEPTH 512

typedef struct
{
  gboolean array;
  guint index;
  GString *key;   /* the current member name, for objects */
} Frame;

typedef struct
{
  const char *start;
  const char *p;
  const char *end;
  GString *scratch;   /* string values, before json-glib copies them */
  Frame frames[MAX_DEPTH];
  guint depth;
  GError **error;
} Reader;

static void
reader_clear (Reader *r)
{
  for (guint i = 0; i < MAX_DEPTH; i++)
    if (r->frames[i].key != NULL)
      g_string_free (r->frames[i].key, TRUE);
  g_string_free (r->scratch, TRUE);
}

/* Sets a parse error at @at: "line L column C: message". Columns count
 * characters (UTF-8 sequences) from 1. */
static gboolean G_GNUC_PRINTF (3, 4)
fail (Reader     *r,
      const char *at,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  guint line = 1, column = 1;
  va_list args;

  for (const char *q = r->start; q < at && q < r->end; q++)
    {
      if (*q == '\n')
        {
          line++;
          column = 1;
        }
      else if (((guchar) *q & 0xC0) != 0x80)
        column++;
    }
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (r->error, SCR_ERROR, SCR_ERROR_PARSE, "line %u column %u: %s", line, column,
               message);
  return FALSE;
}

static const char *
describe (Reader *r)
{
  if (r->p >= r->end)
    return "the end of the document";
  switch (*r->p)
    {
    case '{': return "'{'";
    case '}': return "'}'";
    case '[': return "'['";
    case ']': return "']'";
    case ',': return "','";
    case ':': return "':'";
    case '"': return "a string";
    default: return "an unexpected character";
    }
}

static inline void
skip_space (Reader *r)
{
  while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\t' || *r->p == '\r'))
    r->p++;
}

static char *
path_of (Reader *r)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < r->depth; i++)
    {
      Frame *f = &r->frames[i];

      if (f->array)
        g_string_append_printf (path, "[%u]", f->index);
      else if (f->key != NULL)
        {
          if (path->len > 0)
            g_string_append_c (path, '.');
          g_string_append_len (path, f->key->str, f->key->len);
        }
    }
  /* a member name may hold a newline: error messages stay one line */
  {
    g_autofree char *text = g_string_free (path, FALSE);

    return scr_one_line (text);
  }
}

static int
hex_digit (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Reader   *r,
           gunichar *out)
{
  gunichar value = 0;

  if (r->end - r->p < 4)
    return fail (r, r->p, "incomplete \\u escape");
  for (int i = 0; i < 4; i++)
    {
      int d = hex_digit (r->p[i]);

      if (d < 0)
        return fail (r, r->p + i, "invalid \\u escape");
      value = value * 16 + d;
    }
  r->p += 4;
  *out = value;
  return TRUE;
}

/* Reads a string (r->p at the opening quote) into @out, replacing its
 * contents. */
static gboolean
read_string (Reader  *r,
             GString *out)
{
  const char *run;

  g_string_truncate (out, 0);
  r->p++;
  run = r->p;
  for (;;)
    {
      const char *q = run;

      /* the plain run up to a quote, a backslash or a control character */
      while (q < r->end && *q != '"' && *q != '\\' && (guchar) *q >= 0x20)
        q++;
      if (q >= r->end)
        return fail (r, r->end, "unterminated string");
      if (!g_utf8_validate_len (run, q - run, NULL))
        {
          const char *bad;

          g_utf8_validate_len (run, q - run, &bad);
          return fail (r, bad, "invalid UTF-8 in a string");
        }
      g_string_append_len (out, run, q - run);
      if (*q == '"')
        {
          r->p = q + 1;
          return TRUE;
        }
      if ((guchar) *q < 0x20)
        return fail (r, q, "control character in a string (it must be escaped)");
      /* an escape */
      r->p = q + 1;
      if (r->p >= r->end)
        return fail (r, r->p, "unterminated string");
      switch (*r->p++)
        {
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            gunichar c, low;

            if (!read_hex4 (r, &c))
              return FALSE;
            if (c >= 0xD800 && c <= 0xDBFF)
              {
                if (r->end - r->p < 2 || r->p[0] != '\\' || r->p[1] != 'u')
                  return fail (r, r->p, "unpaired surrogate in a \\u escape");
                r->p += 2;
                if (!read_hex4 (r, &low))
                  return FALSE;
                if (low < 0xDC00 || low > 0xDFFF)
                  return fail (r, r->p - 6, "unpaired surrogate in a \\u escape");
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
              }
            else if (c >= 0xDC00 && c <= 0xDFFF)
              return fail (r, r->p - 6, "unpaired surrogate in a \\u escape");
            if (c == 0)
              return fail (r, r->p - 6, "\\u0000 is not allowed in a string");
            g_string_append_unichar (out, c);
          }
          break;
        default:
          return fail (r, r->p - 1, "invalid escape in a string");
        }
      run = r->p;
    }
}

static JsonNode *
read_number (Reader *r)
{
  const char *begin = r->p;
  const char *q = r->p;
  gboolean is_float = FALSE;
  char buffer[64];
  g_autofree char *heap = NULL;
  char *text;
  gsize length;

  if (q < r->end && *q == '-')
    q++;
  if (q >= r->end || !g_ascii_isdigit (*q))
    {
      fail (r, q, "invalid number");
      return NULL;
    }
  if (*q == '0')
    q++;
  else
    while (q < r->end && g_ascii_isdigit (*q))
      q++;
  if (q < r->end && *q == '.')
    {
      is_float = TRUE;
      q++;
      if (q >= r->end || !g_ascii_isdigit (*q))
        {
          fail (r, q, "invalid number: digits must follow '.'");
          return NULL;
        }
      while (q < r->end && g_ascii_isdigit (*q))
        q++;
    }
  if (q < r->end && (*q == 'e' || *q == 'E'))
    {
      is_float = TRUE;
      q++;
      if (q < r->end && (*q == '+' || *q == '-'))
        q++;
      if (q >= r->end || !g_ascii_isdigit (*q))
        {
          fail (r, q, "invalid number: digits must follow the exponent");
          return NULL;
        }
      while (q < r->end && g_ascii_isdigit (*q))
        q++;
    }
  length = q - begin;
  if (length < sizeof buffer)
    text = buffer;
  else
    text = heap = g_malloc (length + 1);
  memcpy (text, begin, length);
  text[length] = '\0';
  r->p = q;

  errno = 0;
  if (is_float)
    {
      double value = g_ascii_strtod (text, NULL);

      if (!isinf (value))
        return json_node_init_double (json_node_alloc (), value);
    }
  else
    {
      gint64 value = g_ascii_strtoll (text, NULL, 10);

      if (errno != ERANGE)
        return json_node_init_int (json_node_alloc (), value);
    }
  {
    g_autofree char *path = path_of (r);

    g_set_error (r->error, SCR_ERROR, SCR_ERROR_VALIDATION, "%s%s%s is too large for %s", path,
                 path[0] != '\0' ? ": " : "", text,
                 is_float ? "a number (beyond the double range)"
                          : "an integer (beyond the 64-bit range)");
  }
  return NULL;
}

static gboolean
expect_literal (Reader     *r,
                const char *word)
{
  gsize n = strlen (word);

  if ((gsize) (r->end - r->p) < n || memcmp (r->p, word, n) != 0)
    return fail (r, r->p, "unexpected character, expected a value");
  r->p += n;
  return TRUE;
}

static JsonNode *read_value (Reader *r);

static Frame *
push (Reader   *r,
      gboolean  array)
{
  Frame *f;

  if (r->depth >= MAX_DEPTH)
    {
      fail (r, r->p, "the document nests deeper than %d levels", MAX_DEPTH);
      return NULL;
    }
  f = &r->frames[r->depth++];
  f->array = array;
  f->index = 0;
  if (!array && f->key == NULL)
    f->key = g_string_new (NULL);
  return f;
}

/* Takes each element of an array as it is read; returns FALSE to stop. */
typedef gboolean (*ElementSink) (Reader   *r,
                                 guint     index,
                                 JsonNode *element,
                                 gpointer  data);
/* Reads the value of the member named f->key; returns FALSE to stop. */
typedef gboolean (*MemberSink)  (Reader   *r,
                                 Frame    *f,
                                 gpointer  data);

/* Reads an array (r->p at '['), passing each element to @sink. */
static gboolean
read_elements (Reader      *r,
               ElementSink  sink,
               gpointer     data)
{
  Frame *f = push (r, TRUE);

  if (f == NULL)
    return FALSE;
  r->p++;
  skip_space (r);
  if (r->p < r->end && *r->p == ']')
    {
      r->p++;
      r->depth--;
      return TRUE;
    }
  for (;;)
    {
      JsonNode *element = read_value (r);

      if (element == NULL || !sink (r, f->index, element, data))
        return FALSE;
      skip_space (r);
      if (r->p < r->end && *r->p == ',')
        {
          r->p++;
          f->index++;
          continue;
        }
      if (r->p < r->end && *r->p == ']')
        {
          r->p++;
          r->depth--;
          return TRUE;
        }
      return fail (r, r->p, "expected ',' or ']' in an array, found %s", describe (r));
    }
}

/* Reads an object (r->p at '{'), letting @sink read each member's value. */
static gboolean
read_members (Reader     *r,
              MemberSink  sink,
              gpointer    data)
{
  Frame *f = push (r, FALSE);

  if (f == NULL)
    return FALSE;
  r->p++;
  skip_space (r);
  if (r->p < r->end && *r->p == '}')
    {
      r->p++;
      r->depth--;
      return TRUE;
    }
  for (;;)
    {
      skip_space (r);
      if (r->p >= r->end || *r->p != '"')
        return fail (r, r->p, "expected a member name (a string), found %s", describe (r));
      if (!read_string (r, f->key))
        return FALSE;
      skip_space (r);
      if (r->p >= r->end || *r->p != ':')
        return fail (r, r->p, "expected ':' after a member name, found %s", describe (r));
      r->p++;
      if (!sink (r, f, data))
        return FALSE;
      skip_space (r);
      if (r->p < r->end && *r->p == ',')
        {
          r->p++;
          continue;
        }
      if (r->p < r->end && *r->p == '}')
        {
          r->p++;
          r->depth--;
          return TRUE;
        }
      return fail (r, r->p, "expected ',' or '}' in an object, found %s", describe (r));
    }
}

static gboolean
append_element (Reader   *r,
                guint     index,
                JsonNode *element,
                gpointer  array)
{
  json_array_add_element (array, element);
  return TRUE;
}

static gboolean
set_member (Reader   *r,
            Frame    *f,
            gpointer  object)
{
  JsonNode *value = read_value (r);

  if (value == NULL)
    return FALSE;
  json_object_set_member (object, f->key->str, value);
  return TRUE;
}

static JsonNode *
read_array (Reader *r)
{
  g_autoptr(JsonArray) array = json_array_new ();

  if (!read_elements (r, append_element, array))
    return NULL;
  return json_node_init_array (json_node_alloc (), array);
}

static JsonNode *
read_object (Reader *r)
{
  g_autoptr(JsonObject) object = json_object_new ();

  if (!read_members (r, set_member, object))
    return NULL;
  return json_node_init_object (json_node_alloc (), object);
}

static JsonNode *
read_value (Reader *r)
{
  skip_space (r);
  if (r->p >= r->end)
    {
      fail (r, r->p, "unexpected end of the document, expected a value");
      return NULL;
    }
  switch (*r->p)
    {
    case '{':
      return read_object (r);
    case '[':
      return read_array (r);
    case '"':
      if (!read_string (r, r->scratch))
        return NULL;
      return json_node_init_string (json_node_alloc (), r->scratch->str);
    case 't':
      return expect_literal (r, "true") ? json_node_init_boolean (json_node_alloc (), TRUE) : NULL;
    case 'f':
      return expect_literal (r, "false") ? json_node_init_boolean (json_node_alloc (), FALSE) : NULL;
    case 'n':
      return expect_literal (r, "null") ? json_node_init_null (json_node_alloc ()) : NULL;
    default:
      if (*r->p == '-' || g_ascii_isdigit (*r->p))
        return read_number (r);
      fail (r, r->p, "unexpected character, expected a value");
      return NULL;
    }
}

/* The root object: members are kept, except the arrays streamed to the
 * caller once it allows. */
typedef struct
{
  JsonObject *object;
  const char * const *stream_members;
  ScrJsonMemberFunc member_func;
  ScrJsonElementFunc element_func;
  gpointer user_data;
  gboolean streaming;
  const char *member;   /* the array being streamed */
} Root;

static gboolean
stream_element (Reader   *r,
                guint     index,
                JsonNode *element,
                gpointer  data)
{
  Root *root = data;
  gboolean ok = root->element_func (root->member, index, element, root->user_data, r->error);

  json_node_unref (element);
  return ok;
}

static gboolean
root_member (Reader   *r,
             Frame    *f,
             gpointer  data)
{
  Root *root = data;
  gboolean streamed = g_strv_contains (root->stream_members, f->key->str);
  JsonNode *value;

  skip_space (r);
  if (streamed && root->streaming && r->p < r->end && *r->p == '[')
    {
      g_autofree char *member = g_strdup (f->key->str);

      root->member = member;
      return read_elements (r, stream_element, root);
    }
  value = read_value (r);
  if (value == NULL)
    return FALSE;
  json_object_set_member (root->object, f->key->str, value);
  return streamed ||
         root->member_func (f->key->str, value, &root->streaming, root->user_data, r->error);
}

JsonNode *
scr_json_stream_read (const char          *data,
                      gsize                length,
                      const char * const  *stream_members,
                      ScrJsonMemberFunc    member_func,
                      ScrJsonElementFunc   element_func,
                      gpointer             user_data,
                      GError             **error)
{
  Reader r = { 0, };
  g_autoptr(JsonNode) root = NULL;

  r.start = r.p = data;
  r.end = data + length;
  r.scratch = g_string_sized_new (256);
  r.error = error;

  /* a UTF-8 byte order mark is allowed and skipped */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    r.p += 3;
  skip_space (&r);
  if (r.p >= r.end)
    {
      g_set_error_literal (error, SCR_ERROR, SCR_ERROR_PARSE, "the document is empty");
      reader_clear (&r);
      return NULL;
    }
  if (*r.p == '{')
    {
      g_autoptr(JsonObject) object = json_object_new ();
      Root state = { object, stream_members, member_func, element_func, user_data, FALSE, NULL };

      if (read_members (&r, root_member, &state))
        root = json_node_init_object (json_node_alloc (), object);
    }
  else
    root = read_value (&r);
  if (root != NULL)
    {
      skip_space (&r);
      if (r.p < r.end)
        {
          fail (&r, r.p, "unexpected text after the document");
          g_clear_pointer (&root, json_node_unref);
        }
    }
  reader_clear (&r);
  return g_steal_pointer (&root);
}
