/* scr-report-html.c: an HTML report's text, through libxml2's HTML parser.
 *
 * The parser recovers from whatever a browser would; the text is the
 * body's, block by block, without what is not shown.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "scr-error.h"
#include "scr-report-formats-private.h"
#include "scr-text-out-private.h"

static const char * const html_blocks[] = {
  "address", "article", "aside", "blockquote", "body", "caption", "dd", "details",
  "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "legend", "li", "main",
  "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead",
  "tr", "ul",
};

/* Not shown as text. */
static const char * const html_skipped[] = {
  "head", "script", "style", "template", "title", "noscript", "object", "svg",
};

static gboolean
name_in (const xmlChar      *name,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp ((const char *) name, list[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @node's style asks for a page break before (or after) it. */
static gboolean
html_breaks_page (xmlNode  *node,
                  gboolean  after)
{
  xmlChar *style = xmlGetProp (node, (const xmlChar *) "style");
  g_autoptr(GString) squeezed = NULL;
  gboolean breaks;

  if (style == NULL)
    return FALSE;
  squeezed = g_string_new (NULL);
  for (const xmlChar *p = style; *p != '\0'; p++)
    if (!scr_text_out_is_space ((char) *p))
      g_string_append_c (squeezed, g_ascii_tolower ((char) *p));
  xmlFree (style);
  if (after)
    breaks = strstr (squeezed->str, "page-break-after:always") != NULL ||
             strstr (squeezed->str, "break-after:page") != NULL;
  else
    breaks = strstr (squeezed->str, "page-break-before:always") != NULL ||
             strstr (squeezed->str, "break-before:page") != NULL;
  return breaks;
}

static void
html_enter (ScrTextOut *out,
            xmlNode    *node,
            guint      *pre_depth)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      const char *content = (const char *) node->content;
      gsize length = content != NULL ? strlen (content) : 0;

      if (*pre_depth == 0)
        {
          scr_text_out_collapsed (out, content, length);
          return;
        }
      /* <pre>: its lines and spaces as they are */
      for (gsize i = 0; i < length; i++)
        {
          gsize start = i;

          while (i < length && content[i] != '\n')
            i++;
          scr_text_out_raw (out, content + start, i - start);
          if (i < length)
            scr_text_out_break (out);
        }
      return;
    }
  if (node->type != XML_ELEMENT_NODE)
    return;
  if (html_breaks_page (node, FALSE))
    scr_text_out_page (out);
  if (g_ascii_strcasecmp ((const char *) node->name, "br") == 0)
    scr_text_out_break (out);
  else if (name_in (node->name, html_blocks, G_N_ELEMENTS (html_blocks)))
    scr_text_out_end_line (out);
  if (g_ascii_strcasecmp ((const char *) node->name, "pre") == 0)
    (*pre_depth)++;
}

static void
html_leave (ScrTextOut *out,
            xmlNode    *node,
            guint      *pre_depth)
{
  if (node->type != XML_ELEMENT_NODE)
    return;
  if (g_ascii_strcasecmp ((const char *) node->name, "pre") == 0)
    (*pre_depth)--;
  if (name_in (node->name, html_blocks, G_N_ELEMENTS (html_blocks)))
    scr_text_out_end_line (out);
  else if (g_ascii_strcasecmp ((const char *) node->name, "td") == 0 ||
           g_ascii_strcasecmp ((const char *) node->name, "th") == 0)
    out->space_owed = out->line_open;  /* cells apart by a space */
  if (html_breaks_page (node, TRUE))
    scr_text_out_page (out);
}

/* Comments, processing instructions and the elements not shown. */
static gboolean
html_is_skipped (xmlNode *node)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    return FALSE;
  if (node->type != XML_ELEMENT_NODE)
    return TRUE;
  return name_in (node->name, html_skipped, G_N_ELEMENTS (html_skipped));
}

/* A walk without recursion: a document nests as deep as it likes. */
static void
html_walk (ScrTextOut *out,
           xmlNode    *root)
{
  xmlNode *node = root;
  guint pre_depth = 0;

  while (node != NULL)
    {
      if (!html_is_skipped (node))
        {
          html_enter (out, node, &pre_depth);
          if (node->children != NULL && node->type == XML_ELEMENT_NODE)
            {
              node = node->children;
              continue;
            }
          html_leave (out, node, &pre_depth);
        }
      /* up past the last children, leaving each parent */
      while (node != root && node->next == NULL)
        {
          node = node->parent;
          html_leave (out, node, &pre_depth);
        }
      node = node == root ? NULL : node->next;
    }
}

static gpointer
init_libxml2 (gpointer data)
{
  xmlInitParser ();
  return NULL;
}

char *
scr_report_text_from_html (const char  *data,
                           gsize        length,
                           const char  *name,
                           GError     **error)
{
  static GOnce once = G_ONCE_INIT;
  g_auto(ScrTextOut) out = { NULL };
  htmlDocPtr doc;
  xmlNode *root;

  g_once (&once, init_libxml2, NULL);
  if (length > G_MAXINT)
    {
      g_set_error (error, SCR_ERROR, SCR_ERROR_PARSE,
                   "%s: is too large an HTML document", name);
      return NULL;
    }
  doc = htmlReadMemory (data, (int) length, NULL, NULL,
                        HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_RECOVER);
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    {
      /* nothing an HTML parser recovers anything from: an empty text */
      if (doc != NULL)
        xmlFreeDoc (doc);
      return g_strdup ("");
    }
  scr_text_out_init (&out);
  html_walk (&out, root);
  xmlFreeDoc (doc);
  return scr_text_out_make_valid (scr_text_out_finish (&out));
}
