/* scr-disclosure.c: one thing in a report that would identify someone.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "scr-disclosure-private.h"
#include "scr-enum-types.h"
#include "scr-json-private.h"

/**
 * ScrDisclosure:
 *
 * A passage of a report that would identify a child or their family if
 * published: what was found ([property@Scr.Disclosure:kind]), how sure
 * the check is ([property@Scr.Disclosure:severity]), where it is (byte
 * offsets, and page, line and column for people), the words around it,
 * why it was flagged, and what to write instead.
 *
 * Made by [class@Scr.PublicationCheck]. Its text and context quote the
 * report, so they are as sensitive as the report itself: libscr never
 * logs them.
 *
 * ## Threads
 *
 * Immutable: may be read from several threads at once.
 */
struct _ScrDisclosure
{
  GObject parent_instance;

  ScrDisclosureKind kind;
  ScrDisclosureSeverity severity;
  gsize start, end;
  guint page, line, column;
  char *text;
  char *context;
  char *reason;
  char *person_id;
  char *suggestion;
};

G_DEFINE_FINAL_TYPE (ScrDisclosure, scr_disclosure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_SEVERITY,
  PROP_TEXT,
  PROP_PAGE,
  PROP_LINE,
  PROP_COLUMN,
  PROP_START,
  PROP_END,
  PROP_CONTEXT,
  PROP_REASON,
  PROP_PERSON_ID,
  PROP_SUGGESTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scr_disclosure_finalize (GObject *object)
{
  ScrDisclosure *self = SCR_DISCLOSURE (object);

  g_free (self->text);
  g_free (self->context);
  g_free (self->reason);
  g_free (self->person_id);
  g_free (self->suggestion);
  G_OBJECT_CLASS (scr_disclosure_parent_class)->finalize (object);
}

static void
scr_disclosure_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScrDisclosure *self = SCR_DISCLOSURE (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_SEVERITY: g_value_set_enum (value, self->severity); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_PAGE: g_value_set_uint (value, self->page); break;
    case PROP_LINE: g_value_set_uint (value, self->line); break;
    case PROP_COLUMN: g_value_set_uint (value, self->column); break;
    case PROP_START: g_value_set_uint64 (value, self->start); break;
    case PROP_END: g_value_set_uint64 (value, self->end); break;
    case PROP_CONTEXT: g_value_set_string (value, self->context); break;
    case PROP_REASON: g_value_set_string (value, self->reason); break;
    case PROP_PERSON_ID: g_value_set_string (value, self->person_id); break;
    case PROP_SUGGESTION: g_value_set_string (value, self->suggestion); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
scr_disclosure_class_init (ScrDisclosureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = scr_disclosure_finalize;
  object_class->get_property = scr_disclosure_get_property;

  /**
   * ScrDisclosure:kind:
   *
   * What was found: a name, a date of birth, a postcode...
   */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, SCR_TYPE_DISCLOSURE_KIND,
                                             SCR_DISCLOSURE_KIND_NAME, flags);
  /**
   * ScrDisclosure:severity:
   *
   * A restricted detail of someone in the case, another identifier, or a
   * warning that needs the author's judgement.
   */
  properties[PROP_SEVERITY] = g_param_spec_enum ("severity", NULL, NULL,
                                                 SCR_TYPE_DISCLOSURE_SEVERITY,
                                                 SCR_DISCLOSURE_SEVERITY_WARNING, flags);
  /**
   * ScrDisclosure:text:
   *
   * The words of the report that were flagged, as written.
   */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  /**
   * ScrDisclosure:page:
   *
   * The page, from 1 (pages are the PDF's, or separated by form feeds).
   */
  properties[PROP_PAGE] = g_param_spec_uint ("page", NULL, NULL, 1, G_MAXUINT, 1, flags);
  /**
   * ScrDisclosure:line:
   *
   * The line within the page, from 1.
   */
  properties[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 1, G_MAXUINT, 1, flags);
  /**
   * ScrDisclosure:column:
   *
   * The column within the line, in characters, from 1.
   */
  properties[PROP_COLUMN] = g_param_spec_uint ("column", NULL, NULL, 1, G_MAXUINT, 1, flags);
  /**
   * ScrDisclosure:start:
   *
   * The byte offset of the flagged words in the report's text.
   */
  properties[PROP_START] = g_param_spec_uint64 ("start", NULL, NULL, 0, G_MAXUINT64, 0, flags);
  /**
   * ScrDisclosure:end:
   *
   * The byte offset just after the flagged words.
   */
  properties[PROP_END] = g_param_spec_uint64 ("end", NULL, NULL, 0, G_MAXUINT64, 0, flags);
  /**
   * ScrDisclosure:context:
   *
   * The words around the flagged ones, on their line, as one line.
   */
  properties[PROP_CONTEXT] = g_param_spec_string ("context", NULL, NULL, NULL, flags);
  /**
   * ScrDisclosure:reason:
   *
   * Why it was flagged, in words ("the recorded first name of Child M").
   */
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, flags);
  /**
   * ScrDisclosure:person-id:
   *
   * The id of the person whose restricted detail it is, or %NULL.
   */
  properties[PROP_PERSON_ID] = g_param_spec_string ("person-id", NULL, NULL, NULL, flags);
  /**
   * ScrDisclosure:suggestion:
   *
   * What to write instead: the person's pseudonym ("Child M",
   * "Mother"), or a neutral phrase ("[postcode removed]"); %NULL for a
   * warning, which needs the author's judgement.
   */
  properties[PROP_SUGGESTION] = g_param_spec_string ("suggestion", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
scr_disclosure_init (ScrDisclosure *self)
{
  self->page = self->line = self->column = 1;
}

ScrDisclosure *
scr_disclosure_new_internal (const ScrDisclosureRec *rec,
                             const char             *text)
{
  ScrDisclosure *self = g_object_new (SCR_TYPE_DISCLOSURE, NULL);

  self->kind = rec->kind;
  self->severity = rec->severity;
  self->start = rec->start;
  self->end = rec->end;
  self->text = g_strndup (text + rec->start, rec->end - rec->start);
  self->reason = g_strdup (rec->reason);
  self->person_id = g_strdup (rec->person_id);
  self->suggestion = g_strdup (rec->suggestion);
  self->page = rec->page;
  self->line = rec->line;
  self->column = rec->column;
  self->context = scr_text_context (text, rec->start, rec->end);
  return self;
}

void
scr_text_cursor_init (ScrTextCursor *cursor,
                      const char    *text)
{
  cursor->text = text;
  cursor->offset = cursor->line_start = 0;
  cursor->page = cursor->line = 1;
}

void
scr_text_cursor_seek (ScrTextCursor *cursor,
                      gsize          offset,
                      guint         *page,
                      guint         *line,
                      guint         *column)
{
  g_assert (offset >= cursor->offset);
  for (const char *p = cursor->text + cursor->offset; p < cursor->text + offset; p++)
    {
      if (*p == '\f')
        {
          cursor->page++;
          cursor->line = 1;
          cursor->line_start = (gsize) (p + 1 - cursor->text);
        }
      else if (*p == '\n')
        {
          cursor->line++;
          cursor->line_start = (gsize) (p + 1 - cursor->text);
        }
    }
  cursor->offset = offset;
  *page = cursor->page;
  *line = cursor->line;
  *column = 1 + (guint) g_utf8_strlen (cursor->text + cursor->line_start,
                                       (gssize) (offset - cursor->line_start));
}

static gboolean
is_line_end (char c)
{
  return c == '\n' || c == '\f' || c == '\0';
}

/* About forty bytes either side of [start, end), within its line (or
 * lines), cut at word boundaries, with "…" where the line goes on; line
 * ends inside become spaces. */
char *
scr_text_context (const char *text,
                  gsize       start,
                  gsize       end)
{
  const gsize reach = 40;
  gsize from = start, to = end, length = strlen (text);
  GString *context = g_string_new (NULL);

  while (from > 0 && !is_line_end (text[from - 1]) && start - from < reach)
    from--;
  if (from > 0 && !is_line_end (text[from - 1]))
    while (from < start && text[from] != ' ')
      from++;
  while (to < length && !is_line_end (text[to]) && to - end < reach)
    to++;
  if (to < length && !is_line_end (text[to]))
    while (to > end && text[to - 1] != ' ')
      to--;
  /* never cut a character in two */
  while (from > 0 && (text[from] & 0xC0) == 0x80)
    from--;
  while (to < length && (text[to] & 0xC0) == 0x80)
    to++;
  if (from > 0 && !is_line_end (text[from - 1]))
    g_string_append (context, "…");
  while (from < start && text[from] == ' ')
    from++;
  g_string_append_len (context, text + from, (gssize) (to - from));
  while (context->len > 0 && context->str[context->len - 1] == ' ')
    g_string_truncate (context, context->len - 1);
  if (to < length && !is_line_end (text[to]))
    g_string_append (context, "…");
  /* a find that runs over a line end still gives one line */
  g_strdelimit (context->str, "\n\f\r", ' ');
  return g_string_free (context, FALSE);
}

/**
 * scr_disclosure_get_kind:
 * @self: a disclosure
 *
 * Gets [property@Scr.Disclosure:kind].
 *
 * Returns: what was found
 */
ScrDisclosureKind
scr_disclosure_get_kind (ScrDisclosure *self)
{
  g_return_val_if_fail (SCR_IS_DISCLOSURE (self), SCR_DISCLOSURE_KIND_NAME);
  return self->kind;
}

/**
 * scr_disclosure_get_severity:
 * @self: a disclosure
 *
 * Gets [property@Scr.Disclosure:severity].
 *
 * Returns: how sure the check is
 */
ScrDisclosureSeverity
scr_disclosure_get_severity (ScrDisclosure *self)
{
  g_return_val_if_fail (SCR_IS_DISCLOSURE (self), SCR_DISCLOSURE_SEVERITY_WARNING);
  return self->severity;
}

/**
 * scr_disclosure_get_text:
 * @self: a disclosure
 *
 * Gets [property@Scr.Disclosure:text].
 *
 * Returns: (transfer none): the flagged words
 */
const char *
scr_disclosure_get_text (ScrDisclosure *self)
{
  g_return_val_if_fail (SCR_IS_DISCLOSURE (self), NULL);
  return self->text;
}

/**
 * scr_disclosure_get_start:
 * @self: a disclosure
 *
 * Gets [property@Scr.Disclosure:start].
 *
 * Returns: the byte offset of the flagged words
 */
gsize
scr_disclosure_get_start (ScrDisclosure *self)
{
  g_return_val_if_fail (SCR_IS_DISCLOSURE (self), 0);
  return self->start;
}

/**
 * scr_disclosure_get_end:
 * @self: a disclosure
 *
 * Gets [property@Scr.Disclosure:end].
 *
 * Returns: the byte offset after the flagged words
 */
gsize
scr_disclosure_get_end (ScrDisclosure *self)
{
  g_return_val_if_fail (SCR_IS_DISCLOSURE (self), 0);
  return self->end;
}

/**
 * scr_disclosure_get_page:
 * @self: a disclosure
 *
 * Gets [property@Scr.Disclosure:page].
 *
 * Returns: the page, from 1
 */
guint
scr_disclosure_get_page (ScrDisclosure *self)
{
  g_return_val_if_fail (SCR_IS_DISCLOSURE (self), 0);
  return self->page;
}

/**
 * scr_disclosure_get_line:
 * @self: a disclosure
 *
 * Gets [property@Scr.Disclosure:line].
 *
 * Returns: the line within the page, from 1
 */
guint
scr_disclosure_get_line (ScrDisclosure *self)
{
  g_return_val_if_fail (SCR_IS_DISCLOSURE (self), 0);
  return self->line;
}

/**
 * scr_disclosure_get_column:
 * @self: a disclosure
 *
 * Gets [property@Scr.Disclosure:column].
 *
 * Returns: the column in characters, from 1
 */
guint
scr_disclosure_get_column (ScrDisclosure *self)
{
  g_return_val_if_fail (SCR_IS_DISCLOSURE (self), 0);
  return self->column;
}

/**
 * scr_disclosure_get_context:
 * @self: a disclosure
 *
 * Gets [property@Scr.Disclosure:context].
 *
 * Returns: (transfer none): the words around the flagged ones
 */
const char *
scr_disclosure_get_context (ScrDisclosure *self)
{
  g_return_val_if_fail (SCR_IS_DISCLOSURE (self), NULL);
  return self->context;
}

/**
 * scr_disclosure_get_reason:
 * @self: a disclosure
 *
 * Gets [property@Scr.Disclosure:reason].
 *
 * Returns: (transfer none): why it was flagged
 */
const char *
scr_disclosure_get_reason (ScrDisclosure *self)
{
  g_return_val_if_fail (SCR_IS_DISCLOSURE (self), NULL);
  return self->reason;
}

/**
 * scr_disclosure_get_person_id:
 * @self: a disclosure
 *
 * Gets [property@Scr.Disclosure:person-id].
 *
 * Returns: (transfer none) (nullable): the person's id, or %NULL
 */
const char *
scr_disclosure_get_person_id (ScrDisclosure *self)
{
  g_return_val_if_fail (SCR_IS_DISCLOSURE (self), NULL);
  return self->person_id;
}

/**
 * scr_disclosure_get_suggestion:
 * @self: a disclosure
 *
 * Gets [property@Scr.Disclosure:suggestion].
 *
 * Returns: (transfer none) (nullable): what to write instead, or %NULL
 */
const char *
scr_disclosure_get_suggestion (ScrDisclosure *self)
{
  g_return_val_if_fail (SCR_IS_DISCLOSURE (self), NULL);
  return self->suggestion;
}

/**
 * scr_disclosure_to_json:
 * @self: a disclosure
 *
 * The disclosure as a JSON object with members `kind`, `severity` (the
 * enums' nicks), `page`, `line`, `column`, `start`, `end`, `text`,
 * `context`, `reason`, `person_id` and `suggestion` (null when unset).
 *
 * Returns: (transfer full): a JSON object node
 */
JsonNode *
scr_disclosure_to_json (ScrDisclosure *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (SCR_IS_DISCLOSURE (self), NULL);

  json_builder_begin_object (builder);
  scr_json_write_enum (builder, "kind", SCR_TYPE_DISCLOSURE_KIND, (int) self->kind);
  scr_json_write_enum (builder, "severity", SCR_TYPE_DISCLOSURE_SEVERITY, (int) self->severity);
  json_builder_set_member_name (builder, "page");
  json_builder_add_int_value (builder, self->page);
  json_builder_set_member_name (builder, "line");
  json_builder_add_int_value (builder, self->line);
  json_builder_set_member_name (builder, "column");
  json_builder_add_int_value (builder, self->column);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, (gint64) self->start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, (gint64) self->end);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, self->text);
  json_builder_set_member_name (builder, "context");
  json_builder_add_string_value (builder, self->context);
  json_builder_set_member_name (builder, "reason");
  json_builder_add_string_value (builder, self->reason);
  json_builder_set_member_name (builder, "person_id");
  if (self->person_id != NULL)
    json_builder_add_string_value (builder, self->person_id);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "suggestion");
  if (self->suggestion != NULL)
    json_builder_add_string_value (builder, self->suggestion);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
