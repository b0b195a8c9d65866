/* nd-formats-members.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Members that every format reads alike: text, lines, bodies, authors, dates, and the
 * article that is made of them, with a derived id when it has none. */

#define G_LOG_DOMAIN "nd-formats"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "formats/nd-formats-private.h"
#include "formats/nd-html.h"
#include "model/nd-date.h"
#include "util/nd-paragraphs.h"

G_GNUC_PRINTF (3, 4)
void
_nd_formats_add_item_problem (NdFormatsCtx   *ctx,
                              NdLoadSeverity  severity,
                              const char     *format,
                              ...)
{
  g_autofree char *message = NULL;
  g_autofree char *labelled = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Without a line number (json-glib keeps none for nodes) the position in the file is
   * the best way to point at the article. */
  if (ctx->line == 0)
    /* Translators: %u is the position of the article in the file (1 for the first one),
     * %s the problem found in it */
    labelled = g_strdup_printf (_("article %u: %s"), ctx->position, message);

  _nd_formats_add_problem (ctx, severity, ctx->line, 0, labelled ? labelled : message);
}

const char *
_nd_formats_node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      /* Translators: the kind of a JSON value, put into messages such as
       * "member "author" should be a string, not %s" and "expected an article object,
       * found %s" */
      return C_("JSON type", "an object");

    case JSON_NODE_ARRAY:
      return C_("JSON type", "an array");

    case JSON_NODE_NULL:
      return C_("JSON type", "null");

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_BOOLEAN:
          return C_("JSON type", "a boolean");

        case G_TYPE_STRING:
          return C_("JSON type", "a string");

        default:
          return C_("JSON type", "a number");
        }
    }
}

static char *
dup_scalar_text (JsonNode *node)
{
  GType type = json_node_get_value_type (node);

  if (type == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (type == G_TYPE_DOUBLE)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      return g_strdup (g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
    }
  return NULL;
}

/* Returns the member as text, NULL when it is missing, null, empty or of the wrong type
 * (the last with a warning). Numbers are accepted because real feeds write ids as numbers. */
char *
_nd_formats_dup_member_text (NdFormatsCtx *ctx,
                             JsonObject   *object,
                             const char   *name)
{
  JsonNode *node = json_object_get_member (object, name);
  char *text;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    {
      _nd_formats_add_item_problem (ctx, ND_LOAD_SEVERITY_WARNING,
                                    /* Translators: the first %s is the name of a member of a JSON
                                     * object, the second the kind of value it has ("an object",
                                     * "a number" ...) */
                                    _("member \"%s\" should be a string, not %s; ignored"),
                                    name, _nd_formats_node_type_name (node));
      return NULL;
    }

  text = dup_scalar_text (node);
  g_strstrip (text);
  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

/* Titles, names and outlets: entities decoded, white space collapsed. */
char *
_nd_formats_dup_member_line (NdFormatsCtx *ctx,
                             JsonObject   *object,
                             const char   *name)
{
  g_autofree char *raw = _nd_formats_dup_member_text (ctx, object, name);
  g_autofree char *decoded = NULL;
  char *line;

  if (raw == NULL)
    return NULL;

  decoded = strchr (raw, '&') ? nd_html_decode_entities (raw, -1) : g_steal_pointer (&raw);
  line = nd_paragraphs_collapse_spaces (decoded);
  if (*line == '\0')
    g_clear_pointer (&line, g_free);

  return line;
}

static void
add_author_name (GPtrArray  *names,
                 const char *raw)
{
  g_autofree char *decoded = NULL;
  g_autofree char *name = NULL;

  if (raw == NULL)
    return;

  decoded = nd_html_decode_entities (raw, -1);
  name = nd_paragraphs_collapse_spaces (decoded);
  if (*name == '\0')
    return;

  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      return;

  g_ptr_array_add (names, g_steal_pointer (&name));
}

/* An author is a string or, in JSON Feed, an object with a name. */
static void
add_author_node (GPtrArray *names,
                 JsonNode  *node)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    add_author_name (names, json_node_get_string (node));
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonNode *name = json_object_get_member (json_node_get_object (node), "name");

      if (name != NULL && JSON_NODE_HOLDS_VALUE (name) &&
          json_node_get_value_type (name) == G_TYPE_STRING)
        add_author_name (names, json_node_get_string (name));
    }
}

static GStrv
names_to_strv (GPtrArray *names)
{
  if (names->len == 0)
    {
      g_ptr_array_free (names, TRUE);
      return NULL;
    }

  g_ptr_array_add (names, NULL);
  return (GStrv)g_ptr_array_free (names, FALSE);
}

GStrv
_nd_formats_dup_member_authors (NdFormatsCtx *ctx,
                                JsonObject   *object,
                                const char   *name)
{
  JsonNode *node = json_object_get_member (object, name);
  GPtrArray *names;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  names = g_ptr_array_new_with_free_func (g_free);

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        add_author_node (names, json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_OBJECT (node) ||
           (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING))
    add_author_node (names, node);
  else
    _nd_formats_add_item_problem (ctx, ND_LOAD_SEVERITY_WARNING,
                                  /* Translators: the first %s is the name of a member of a JSON
                                   * object, the second the kind of value it has ("an object",
                                   * "a number" ...) */
                                  _("member \"%s\" should be a list of names, not %s; ignored"),
                                  name, _nd_formats_node_type_name (node));

  return names_to_strv (names);
}

void
_nd_formats_read_published (NdFormatsCtx    *ctx,
                            JsonObject      *object,
                            const char      *name,
                            NdArticleFields *fields)
{
  g_autofree char *text = NULL;

  if (fields->published != NULL)
    return;

  text = _nd_formats_dup_member_text (ctx, object, name);
  if (text == NULL)
    return;

  if (!nd_date_parse (text, &fields->published, &fields->published_is_date))
    _nd_formats_add_item_problem (ctx, ND_LOAD_SEVERITY_WARNING,
                                  /* Translators: the first %s is the date as the file gives it, the
                                   * second the name of the JSON member that holds it ("published",
                                   * "date_publish" ...) */
                                  _("unreadable date \"%s\" in \"%s\"; the article is kept "
                                    "undated"),
                                  text, name);
}

/* TRUE when @text already has the body form (paragraphs split by exactly one blank line,
 * no stray white space), so that it can be copied as it is: NewsDesk's own files and most
 * feeds are written that way. Each check is a libc search that runs at memory speed, which
 * is several times faster than one byte-by-byte pass over a long body. */
static gboolean
is_normal_body (const char *text)
{
  static const char * const never[] = { "  ", "\xC2\xA0", "\xE2\x80\xA8", "\xE2\x80\xA9" };
  const char *p;

  if (text[0] == '\0' || text[0] == ' ' || text[0] == '\n' || strpbrk (text, "\r\t\f\v"))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (never); i++)
    if (strstr (text, never[i]) != NULL)
      return FALSE;

  /* Every newline starts a "\n\n" with text on both sides and no space next to it. */
  for (p = strchr (text, '\n'); p != NULL; p = strchr (p + 2, '\n'))
    if (p[-1] == ' ' || p[1] != '\n' || p[2] == '\n' || p[2] == ' ' || p[2] == '\0')
      return FALSE;

  p = text + strlen (text) - 1;
  return *p != ' ';
}

char *
_nd_formats_text_to_body (const char *text)
{
  if (text == NULL)
    return NULL;

  if (strchr (text, '<') != NULL && nd_html_looks_like_html (text))
    return nd_html_to_text (text, -1);

  if (is_normal_body (text))
    return g_strdup (text);

  return nd_paragraphs_normalize (text, -1);
}

/* Bodies are the bulk of every file: they are read straight from the parsed node, so the
 * only copy made is the one the article keeps. */
char *
_nd_formats_dup_member_body (NdFormatsCtx *ctx,
                             JsonObject   *object,
                             const char   *name)
{
  JsonNode *node = json_object_get_member (object, name);
  char *body;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *text = _nd_formats_dup_member_text (ctx, object, name);

      return _nd_formats_text_to_body (text);
    }

  body = _nd_formats_text_to_body (json_node_get_string (node));
  if (body != NULL && *body == '\0')
    g_clear_pointer (&body, g_free);

  return body;
}

/* Older news-please files (and some feeds) start the text with the headline again. */
static void
drop_repeated_title (NdArticleFields *fields)
{
  gsize title_len;

  if (fields->title == NULL || fields->body == NULL)
    return;

  title_len = strlen (fields->title);
  if (strncmp (fields->body, fields->title, title_len) != 0)
    return;

  if (fields->body[title_len] == '\0')
    fields->body[0] = '\0';
  else if (strncmp (fields->body + title_len, "\n\n", 2) == 0)
    memmove (fields->body, fields->body + title_len + 2, strlen (fields->body + title_len + 2) + 1);
}

static char *
derive_id (NdFormatsCtx *ctx)
{
  /* The second value on line 7 is "file#7.2", clear of line 8's "file#8". */
  if (ctx->value_in_line > 0)
    return g_strdup_printf ("%s#%u.%u", ctx->basename, ctx->position, ctx->value_in_line + 1);
  return g_strdup_printf ("%s#%u", ctx->basename, ctx->position);
}

void
_nd_formats_finish_article (NdFormatsCtx    *ctx,
                            NdArticleFields *fields)
{
  drop_repeated_title (fields);

  if (fields->body != NULL && *fields->body == '\0')
    g_clear_pointer (&fields->body, g_free);

  if (fields->title == NULL && fields->body == NULL)
    {
      _nd_formats_add_item_problem (ctx, ND_LOAD_SEVERITY_ERROR,
                                    _("the article has neither a title nor a body; skipped"));
      _nd_article_fields_clear (fields);
      return;
    }

  if (fields->id == NULL)
    fields->id = fields->url ? g_strdup (fields->url) : derive_id (ctx);

  fields->file = g_strdup (ctx->file);
  fields->body_checked = ctx->tree_checked;
  g_ptr_array_add (ctx->articles, _nd_article_new_take (fields));
}
