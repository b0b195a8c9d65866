/* nd-formats.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-formats"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "model/nd-article-private.h"
#include "model/nd-date.h"
#include "formats/nd-formats-private.h"
#include "formats/nd-html.h"
#include "formats/nd-json-reader.h"
#include "formats/nd-json-scan.h"
#include "model/nd-load-error.h"
#include "util/nd-paragraphs.h"

/* Binary files give themselves away with a NUL early on; text never has one. */
#define BINARY_SNIFF_BYTES 8192

/* Ids are text: 18446744073709551615 stays that, where json-glib would make it -1. */
#define READ_FLAGS ND_JSON_READ_BIG_NUMBERS_AS_TEXT

typedef struct
{
  const char *file;
  char       *basename;
  GPtrArray  *articles;
  GPtrArray  *errors;
  guint       line;          /* line of the value being read (JSON Lines), else 0 */
  guint       first_line;    /* the line that data[0] is on, for files read in pieces */
  guint       position;      /* articles met so far in this file, for derived ids */
  NdFormat    format;
  guint       value_in_line; /* 0 for the first JSON value on a line, 1 for the next ... */
  gboolean    tree_checked;  /* nd_json_read made the tree: its strings are UTF-8 */
  gboolean    invalid_utf8;  /* json-glib refused the text: repair it and read again */
} ParseContext;

/* What a JSON Feed's top level lends to each of its items. */
typedef struct
{
  const char  *title;
  const char  *language;
  GStrv        authors;
} FeedDefaults;

const char *
nd_format_to_string (NdFormat format)
{
  switch (format)
    {
    case ND_FORMAT_NEWSDESK:
      return "NewsDesk";

    case ND_FORMAT_JSON_LINES:
      return "JSON Lines";

    case ND_FORMAT_JSON_FEED:
      return "JSON Feed";

    case ND_FORMAT_NEWS_PLEASE:
      return "news-please";

    case ND_FORMAT_NEWSAPI:
      return "NewsAPI";

    case ND_FORMAT_UNKNOWN:
    default:
      return "unknown";
    }
}

static void
add_problem (ParseContext   *ctx,
             NdLoadSeverity  severity,
             guint           line,
             guint           column,
             const char     *message)
{
  g_ptr_array_add (ctx->errors,
                   nd_load_error_new (severity, ctx->file, line, column, "%s", message));
}

G_GNUC_PRINTF (3, 4)
static void
add_item_problem (ParseContext   *ctx,
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

  add_problem (ctx, severity, ctx->line, 0, labelled ? labelled : message);
}

static const char *
node_type_name (JsonNode *node)
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
static char *
dup_member_text (ParseContext *ctx,
                 JsonObject   *object,
                 const char   *name)
{
  JsonNode *node = json_object_get_member (object, name);
  char *text;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    {
      add_item_problem (ctx, ND_LOAD_SEVERITY_WARNING,
                        /* Translators: the first %s is the name of a member of a JSON
                         * object, the second the kind of value it has ("an object",
                         * "a number" ...) */
                        _("member \"%s\" should be a string, not %s; ignored"),
                        name, node_type_name (node));
      return NULL;
    }

  text = dup_scalar_text (node);
  g_strstrip (text);
  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

/* Titles, names and outlets: entities decoded, white space collapsed. */
static char *
dup_member_line (ParseContext *ctx,
                 JsonObject   *object,
                 const char   *name)
{
  g_autofree char *raw = dup_member_text (ctx, object, name);
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

static JsonObject *
get_member_object (JsonObject *object,
                   const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_member_array (JsonObject *object,
                  const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
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

static GStrv
dup_member_authors (ParseContext *ctx,
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
    add_item_problem (ctx, ND_LOAD_SEVERITY_WARNING,
                      /* Translators: the first %s is the name of a member of a JSON
                       * object, the second the kind of value it has ("an object",
                       * "a number" ...) */
                      _("member \"%s\" should be a list of names, not %s; ignored"),
                      name, node_type_name (node));

  return names_to_strv (names);
}

static void
read_published (ParseContext    *ctx,
                JsonObject      *object,
                const char      *name,
                NdArticleFields *fields)
{
  g_autofree char *text = NULL;

  if (fields->published != NULL)
    return;

  text = dup_member_text (ctx, object, name);
  if (text == NULL)
    return;

  if (!nd_date_parse (text, &fields->published, &fields->published_is_date))
    add_item_problem (ctx, ND_LOAD_SEVERITY_WARNING,
                      /* Translators: the first %s is the date as the file gives it, the
                       * second the name of the JSON member that holds it ("published",
                       * "date_publish" ...) */
                      _("unreadable date \"%s\" in \"%s\"; the article is kept undated"),
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

static char *
text_to_body (const char *text)
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
static char *
dup_member_body (ParseContext *ctx,
                 JsonObject   *object,
                 const char   *name)
{
  JsonNode *node = json_object_get_member (object, name);
  char *body;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *text = dup_member_text (ctx, object, name);

      return text_to_body (text);
    }

  body = text_to_body (json_node_get_string (node));
  if (body != NULL && *body == '\0')
    g_clear_pointer (&body, g_free);

  return body;
}

static char *
dup_member_html_body (ParseContext *ctx,
                      JsonObject   *object,
                      const char   *name)
{
  g_autofree char *html = dup_member_text (ctx, object, name);

  return html ? nd_html_to_text (html, -1) : NULL;
}

static char *
first_non_empty (char *first,
                 char *second)
{
  if (first != NULL && *first != '\0')
    {
      g_free (second);
      return first;
    }

  g_free (first);
  return second;
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
derive_id (ParseContext *ctx)
{
  /* The second value on line 7 is "file#7.2", clear of line 8's "file#8". */
  if (ctx->value_in_line > 0)
    return g_strdup_printf ("%s#%u.%u", ctx->basename, ctx->position, ctx->value_in_line + 1);
  return g_strdup_printf ("%s#%u", ctx->basename, ctx->position);
}

static void
finish_article (ParseContext    *ctx,
                NdArticleFields *fields)
{
  drop_repeated_title (fields);

  if (fields->body != NULL && *fields->body == '\0')
    g_clear_pointer (&fields->body, g_free);

  if (fields->title == NULL && fields->body == NULL)
    {
      add_item_problem (ctx, ND_LOAD_SEVERITY_ERROR,
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

static void
read_newsdesk_item (ParseContext    *ctx,
                    JsonObject      *object,
                    NdArticleFields *fields)
{
  fields->id = dup_member_text (ctx, object, "id");
  fields->title = dup_member_line (ctx, object, "title");
  fields->source = dup_member_line (ctx, object, "source");
  fields->authors = dup_member_authors (ctx, object, "authors");
  fields->url = dup_member_text (ctx, object, "url");
  read_published (ctx, object, "published", fields);
  fields->language = dup_member_text (ctx, object, "language");
  fields->body = dup_member_body (ctx, object, "body");
}

static void
read_news_please_item (ParseContext    *ctx,
                       JsonObject      *object,
                       NdArticleFields *fields)
{
  fields->title = first_non_empty (dup_member_line (ctx, object, "title"),
                                   dup_member_line (ctx, object, "title_page"));
  fields->title = first_non_empty (fields->title, dup_member_line (ctx, object, "title_rss"));
  fields->source = dup_member_line (ctx, object, "source_domain");
  fields->authors = dup_member_authors (ctx, object, "authors");
  fields->url = dup_member_text (ctx, object, "url");
  read_published (ctx, object, "date_publish", fields);
  fields->language = dup_member_text (ctx, object, "language");
  fields->body = first_non_empty (dup_member_body (ctx, object, "maintext"),
                                  dup_member_body (ctx, object, "text"));
  fields->body = first_non_empty (fields->body, dup_member_body (ctx, object, "description"));
}

/* NewsAPI cuts `content` short and appends "[+1234 chars]"; that marker is not text. */
static void
strip_truncation_marker (char *content)
{
  char *open = strrchr (content, '[');
  char *p;

  if (open == NULL || strncmp (open, "[+", 2) != 0)
    return;

  for (p = open + 2; g_ascii_isdigit (*p); p++)
    ;
  if (p == open + 2 || strcmp (p, " chars]") != 0)
    return;

  *open = '\0';
  g_strchomp (content);
}

static void
read_newsapi_item (ParseContext    *ctx,
                   JsonObject      *object,
                   NdArticleFields *fields)
{
  JsonObject *source = get_member_object (object, "source");
  g_autofree char *description = NULL;
  g_autofree char *content = NULL;

  fields->title = dup_member_line (ctx, object, "title");
  fields->source = source ? dup_member_line (ctx, source, "name") : NULL;
  fields->authors = dup_member_authors (ctx, object, "author");
  fields->url = dup_member_text (ctx, object, "url");
  read_published (ctx, object, "publishedAt", fields);

  description = dup_member_body (ctx, object, "description");
  content = dup_member_text (ctx, object, "content");
  if (content != NULL)
    {
      g_autofree char *raw = g_steal_pointer (&content);

      strip_truncation_marker (raw);
      content = text_to_body (raw);
    }

  if (description != NULL && content != NULL && !g_str_has_prefix (content, description))
    fields->body = g_strconcat (description, "\n\n", content, NULL);
  else
    fields->body = first_non_empty (g_steal_pointer (&content), g_steal_pointer (&description));
}

static void
read_feed_item (ParseContext       *ctx,
                JsonObject         *object,
                const FeedDefaults *feed,
                NdArticleFields    *fields)
{
  fields->id = dup_member_text (ctx, object, "id");
  fields->title = dup_member_line (ctx, object, "title");
  fields->source = g_strdup (feed->title);
  fields->authors = dup_member_authors (ctx, object, "authors");
  if (fields->authors == NULL)
    fields->authors = dup_member_authors (ctx, object, "author");
  if (fields->authors == NULL)
    fields->authors = g_strdupv (feed->authors);
  fields->url = first_non_empty (dup_member_text (ctx, object, "url"),
                                 dup_member_text (ctx, object, "external_url"));
  read_published (ctx, object, "date_published", fields);
  read_published (ctx, object, "date_modified", fields);
  fields->language = first_non_empty (dup_member_text (ctx, object, "language"),
                                      g_strdup (feed->language));
  fields->body = first_non_empty (dup_member_body (ctx, object, "content_text"),
                                  dup_member_html_body (ctx, object, "content_html"));
  fields->body = first_non_empty (fields->body, dup_member_body (ctx, object, "summary"));
}

static NdFormat
detect_item_format (JsonObject *object)
{
  JsonNode *source;

  if (json_object_has_member (object, "maintext") ||
      json_object_has_member (object, "date_publish") ||
      json_object_has_member (object, "source_domain"))
    return ND_FORMAT_NEWS_PLEASE;

  source = json_object_get_member (object, "source");
  if (json_object_has_member (object, "publishedAt") ||
      (source != NULL && JSON_NODE_HOLDS_OBJECT (source)))
    return ND_FORMAT_NEWSAPI;

  return ND_FORMAT_NEWSDESK;
}

static void
note_format (ParseContext *ctx,
             NdFormat      format)
{
  if (ctx->format == ND_FORMAT_UNKNOWN)
    ctx->format = format;
}

static void
read_item_node (ParseContext *ctx,
                JsonNode     *node)
{
  NdArticleFields fields = { 0 };
  JsonObject *object;
  NdFormat format;

  ctx->position++;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      add_item_problem (ctx, ND_LOAD_SEVERITY_ERROR,
                        /* Translators: %s is the kind of JSON value found, such as
                         * "an array" or "a string" */
                        _("expected an article object, found %s; skipped"),
                        node_type_name (node));
      return;
    }

  object = json_node_get_object (node);
  format = detect_item_format (object);
  note_format (ctx, format);

  switch (format)
    {
    case ND_FORMAT_NEWS_PLEASE:
      read_news_please_item (ctx, object, &fields);
      break;

    case ND_FORMAT_NEWSAPI:
      read_newsapi_item (ctx, object, &fields);
      break;

    default:
      read_newsdesk_item (ctx, object, &fields);
      break;
    }

  finish_article (ctx, &fields);
}

static void
read_item_array (ParseContext *ctx,
                 JsonArray    *array)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    read_item_node (ctx, json_array_get_element (array, i));
}

static GStrv
dup_feed_authors (ParseContext *ctx,
                  JsonObject   *feed)
{
  GStrv authors = dup_member_authors (ctx, feed, "authors");

  return authors ? authors : dup_member_authors (ctx, feed, "author");
}

static void
read_feed (ParseContext *ctx,
           JsonObject   *feed)
{
  JsonArray *items = get_member_array (feed, "items");
  g_autofree char *title = NULL;
  g_autofree char *language = NULL;
  g_auto(GStrv) authors = NULL;
  FeedDefaults defaults;

  ctx->format = ND_FORMAT_JSON_FEED;

  if (items == NULL)
    {
      add_problem (ctx, ND_LOAD_SEVERITY_ERROR, ctx->line, 0,
                   _("a JSON Feed without an \"items\" array"));
      return;
    }

  title = dup_member_line (ctx, feed, "title");
  language = dup_member_text (ctx, feed, "language");
  authors = dup_feed_authors (ctx, feed);
  defaults.title = title;
  defaults.language = language;
  defaults.authors = authors;

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      NdArticleFields fields = { 0 };

      ctx->position++;
      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          add_item_problem (ctx, ND_LOAD_SEVERITY_ERROR,
                            /* Translators: %s is the kind of JSON value found, such as
                             * "an array" or "a string" */
                            _("expected a feed item object, found %s; skipped"),
                            node_type_name (node));
          continue;
        }

      read_feed_item (ctx, json_node_get_object (node), &defaults, &fields);
      finish_article (ctx, &fields);
    }
}

/* json-glib's own *_with_default getters complain loudly about non-string members. */
static const char *
lookup_string (JsonObject *object,
               const char *name,
               const char *fallback)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return fallback;

  return json_node_get_string (node);
}

/* Real feeds write the version as http:// or https:// URL, and some test suites as a bare
 * "1.1"; an `items` array is what no other format has. */
static gboolean
is_json_feed (JsonObject *object)
{
  const char *version = lookup_string (object, "version", "");

  return g_str_has_prefix (version, "https://jsonfeed.org/version/") ||
         g_str_has_prefix (version, "http://jsonfeed.org/version/") ||
         get_member_array (object, "items") != NULL;
}

static gboolean
report_newsapi_failure (ParseContext *ctx,
                        JsonObject   *object)
{
  if (g_strcmp0 (lookup_string (object, "status", NULL), "error") != 0)
    return FALSE;

  g_autofree char *message = g_strdup_printf (
      /* Translators: the first %s is the error message that NewsAPI sent (in English),
       * the second its error code, such as "apiKeyInvalid" */
      _("the NewsAPI response reports an error: %s (%s)"),
      lookup_string (object, "message", _("no message")),
      lookup_string (object, "code", _("no code")));
  add_problem (ctx, ND_LOAD_SEVERITY_ERROR, ctx->line, 0, message);

  return TRUE;
}

static void
read_root (ParseContext *ctx,
           JsonNode     *root)
{
  JsonObject *object;
  JsonNode *articles;

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      read_item_array (ctx, json_node_get_array (root));
      return;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      ctx->position++;
      add_item_problem (ctx, ND_LOAD_SEVERITY_ERROR,
                        /* Translators: %s is the kind of JSON value found, such as
                         * "a string" or "a number" */
                        _("expected an article object or a list of articles, found %s"),
                        node_type_name (root));
      return;
    }

  object = json_node_get_object (root);
  if (is_json_feed (object))
    {
      read_feed (ctx, object);
      return;
    }

  if (report_newsapi_failure (ctx, object))
    return;

  articles = json_object_get_member (object, "articles");
  if (articles != NULL && JSON_NODE_HOLDS_ARRAY (articles))
    read_item_array (ctx, json_node_get_array (articles));
  else
    read_item_node (ctx, root);
}

/* Where @offset is, for messages about a value that starts after the file's first byte. */
static void
offset_to_file_position (const char *data,
                         gsize       offset,
                         guint       first_line,
                         guint       first_column,
                         guint      *line,
                         guint      *column)
{
  nd_json_offset_to_position (data, offset, line, column);
  if (*line == 1)
    *column += first_column - 1;
  *line += first_line - 1;
}

/* json-glib reports "<data>:LINE:COLUMN: Parse error: MESSAGE", with "Parse error" in the
 * user's language; the position is worth keeping, the label is not. */
static void
add_json_glib_error (ParseContext *ctx,
                     const GError *error,
                     guint         first_line,
                     guint         first_column)
{
  const char *message = error->message;
  guint line = 0, column = 0;
  const char *p;

  if (g_str_has_prefix (message, "<data>:"))
    {
      char *end;

      p = message + strlen ("<data>:");
      line = (guint)g_ascii_strtoull (p, &end, 10);
      if (*end == ':')
        column = (guint)g_ascii_strtoull (end + 1, &end, 10);
      p = strstr (end, ": ");
      message = p ? p + 2 : message;
      p = strstr (message, ": ");
      if (p != NULL)
        message = p + 2;
    }

  if (line == 1 && column > 0)
    column += first_column - 1;
  if (line > 0 && first_line > 1)
    line += first_line - 1;

  /* Translators: %s is json-glib's description of the syntax error */
  g_autofree char *text = g_strdup_printf (_("invalid JSON: %s"), message);
  add_problem (ctx, ND_LOAD_SEVERITY_ERROR, line, column, text);
}

static void
add_scan_error (ParseContext     *ctx,
                const char       *data,
                const NdJsonScan *scan,
                guint             first_line,
                guint             first_column)
{
  guint line, column;
  g_autofree char *message = NULL;

  offset_to_file_position (data, scan->problem_offset, first_line, first_column, &line, &column);

  switch (scan->status)
    {
    case ND_JSON_SCAN_TOO_DEEP:
      /* Translators: %d is the greatest depth that is read, 256 */
      message = g_strdup_printf (_("JSON nested more than %d levels deep; not read"),
                                 ND_FORMATS_MAX_DEPTH);
      break;

    case ND_JSON_SCAN_UNTERMINATED_STRING:
      message = g_strdup (_("invalid JSON: a string that is never closed (is the file cut short?)"));
      break;

    case ND_JSON_SCAN_TRUNCATED:
    case ND_JSON_SCAN_OK:
    default:
      message = g_strdup (_("invalid JSON: unexpected end of file (is the file cut short?)"));
      break;
    }

  add_problem (ctx, ND_LOAD_SEVERITY_ERROR, line, column, message);
}

static gboolean
is_high_surrogate (gunichar c)
{
  return c >= 0xD800 && c <= 0xDBFF;
}

static gboolean
is_low_surrogate (gunichar c)
{
  return c >= 0xDC00 && c <= 0xDFFF;
}

/* The code unit of the \uXXXX escape at @p, or G_MAXUINT when there is none. */
static gunichar
unicode_escape_at (const char *p,
                   const char *end)
{
  gunichar c = 0;

  if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
    return G_MAXUINT;

  for (guint i = 2; i < 6; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return G_MAXUINT;
      c = c << 4 | (gunichar)digit;
    }

  return c;
}

/* json-glib turns an escaped UTF-16 surrogate without its other half ("\ud800") into bytes
 * that are not UTF-8, and loses the character after it. Such an escape stands for no
 * character at all, so it becomes \uFFFD, the replacement character, before json-glib sees
 * the text: an escape of the same length, so every position in the text stays put.
 * Returns the repaired copy, or NULL when there is nothing to repair; @first_bad is the
 * offset of the first lone surrogate. */
static char *
repair_lone_surrogates (const char *data,
                        gsize       length,
                        gsize      *first_bad)
{
  const char *end = data + length;
  const char *p = data;
  char *copy = NULL;

  while (p < end && (p = memchr (p, '\\', end - p)) != NULL)
    {
      gunichar c = unicode_escape_at (p, end);

      if (c == G_MAXUINT)
        {
          p += MIN (2, end - p);   /* any other escape, "\\" included */
          continue;
        }

      if (is_high_surrogate (c) && is_low_surrogate (unicode_escape_at (p + 6, end)))
        {
          p += 12;
          continue;
        }

      if (is_high_surrogate (c) || is_low_surrogate (c))
        {
          if (copy == NULL)
            {
              copy = g_memdup2 (data, length + 1);
              copy[length] = '\0';
              *first_bad = p - data;
            }
          memcpy (copy + (p - data), "\\uFFFD", 6);
        }
      p += 6;
    }

  return copy;
}

/* Reads text that json-glib alone understands (comments, 'single quotes') or rejects;
 * FALSE when it rejects it. */
static gboolean
read_with_json_glib (ParseContext *ctx,
                     const char   *data,
                     gsize         length,
                     guint         first_line,
                     guint         first_column)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, data, (gssize)length, &error))
    {
      /* json-glib checks the encoding itself; only then is it worth looking for the bad
       * byte, so valid files are never validated twice. */
      if (g_error_matches (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA) &&
          !g_utf8_validate_len (data, length, NULL))
        ctx->invalid_utf8 = TRUE;
      else
        add_json_glib_error (ctx, error, first_line, first_column);
      return FALSE;
    }

  ctx->tree_checked = FALSE;
  read_root (ctx, json_parser_get_root (parser));
  return TRUE;
}

/* Reads one JSON value, alone in @data but for space and comments around it, which the scan
 * has found whole and not too deep. @first_line and @first_column are where it starts in
 * the file. FALSE when it is not JSON after all. */
static gboolean
read_one_value (ParseContext *ctx,
                const char   *data,
                gsize         length,
                guint         first_line,
                guint         first_column,
                gboolean      tried_reader)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *repaired = NULL;
  gsize bad = 0;

  if (!tried_reader)
    root = nd_json_read_full (data, length, ND_FORMATS_MAX_DEPTH, READ_FLAGS);
  if (root != NULL)
    {
      ctx->tree_checked = TRUE;
      read_root (ctx, root);
      return TRUE;
    }

  repaired = repair_lone_surrogates (data, length, &bad);
  if (repaired != NULL)
    {
      guint line, column;

      offset_to_file_position (data, bad, first_line, first_column, &line, &column);
      add_problem (ctx, ND_LOAD_SEVERITY_WARNING, line, column,
                   _("an escaped UTF-16 surrogate without its other half; replaced with "
                     "U+FFFD"));
      data = repaired;
      root = nd_json_read_full (data, length, ND_FORMATS_MAX_DEPTH, READ_FLAGS);
    }

  /* Comments are all that json-glib reads and NewsDesk's reader does not, in most files
   * that have them; without them, big ids keep their text there too. */
  if (root == NULL)
    {
      g_autofree char *uncommented = nd_json_blank_comments (data, length);

      if (uncommented != NULL)
        root = nd_json_read_full (uncommented, length, ND_FORMATS_MAX_DEPTH, READ_FLAGS);
    }

  if (root != NULL)
    {
      ctx->tree_checked = TRUE;
      read_root (ctx, root);
      return TRUE;
    }

  return read_with_json_glib (ctx, data, length, first_line, first_column);
}

/* Reads every JSON value in @data, one after the other. json-glib would keep only the first
 * of several ({…}{…}, or two objects on one line of JSON Lines) and say nothing of the
 * rest; here each is read, or its problem reported where it is. @first_line is the line of
 * data[0] in the file. */
static void
read_json_value (ParseContext *ctx,
                 const char   *data,
                 gsize         length,
                 guint         first_line)
{
  g_autoptr(JsonNode) root = NULL;
  guint line = first_line, column = 1;
  gsize pos = 0;

  /* Well-formed text, nearly all there is, takes the fast way. */
  root = nd_json_read_full (data, length, ND_FORMATS_MAX_DEPTH, READ_FLAGS);
  if (root != NULL)
    {
      ctx->tree_checked = TRUE;
      read_root (ctx, root);
      return;
    }

  for (guint n = 0; pos < length && !ctx->invalid_utf8; n++)
    {
      NdJsonScan scan;

      /* json-glib recurses once per level of nesting: the depth is checked before it sees
       * any of the text. */
      nd_json_scan (data + pos, length - pos, ND_FORMATS_MAX_DEPTH, &scan);
      if (scan.status != ND_JSON_SCAN_OK)
        {
          add_scan_error (ctx, data + pos, &scan, line, column);
          break;
        }

      /* Articles without id on the second value of a line get ids of their own. */
      if (n > 0 && ctx->line > 0)
        {
          ctx->position = ctx->line - 1;
          ctx->value_in_line = n;
        }

      if (!scan.has_more_values)
        {
          read_one_value (ctx, data + pos, length - pos, line, column, pos == 0);
          break;
        }

      /* After text that is not JSON, what follows is not worth an error of its own. */
      if (!read_one_value (ctx, data + pos, scan.first_value_end, line, column, FALSE))
        break;
      offset_to_file_position (data + pos, scan.next_value_start, line, column, &line, &column);
      pos += scan.next_value_start;
    }

  ctx->value_in_line = 0;
}

static void
read_json_lines (ParseContext *ctx,
                 const char   *data,
                 gsize         length)
{
  const char *end = data + length;
  const char *line_start = data;
  guint line = MAX (ctx->first_line, 1);

  ctx->format = ND_FORMAT_JSON_LINES;

  while (line_start < end)
    {
      const char *newline = memchr (line_start, '\n', end - line_start);
      const char *line_end = newline ? newline : end;
      const char *p = line_start;

      while (p < line_end && g_ascii_isspace (*p))
        p++;

      if (p < line_end)
        {
          /* A derived id names the line, which stays put when another line is fixed. */
          ctx->line = line;
          ctx->position = line - 1;
          read_json_value (ctx, line_start, line_end - line_start, line);
          if (ctx->invalid_utf8)
            break;
        }

      line++;
      line_start = line_end + 1;
    }

  ctx->line = 0;
}

gboolean
nd_formats_has_json_lines_name (const char *file)
{
  g_autofree char *lower = g_ascii_strdown (file, -1);

  return g_str_has_suffix (lower, ".jsonl") || g_str_has_suffix (lower, ".ndjson");
}

/* One value per line with more after the first line is JSON Lines, even under a .json name;
 * a value that spans lines is a normal JSON document. */
static gboolean
looks_like_json_lines (const char *data,
                       gsize       length)
{
  NdJsonScan scan;
  const char *newline;

  nd_json_scan (data, length, ND_FORMATS_MAX_DEPTH, &scan);
  if (scan.status == ND_JSON_SCAN_TOO_DEEP || scan.first_value_end == 0)
    return FALSE;

  newline = memchr (data, '\n', length);
  if (newline == NULL || (gsize)(newline - data) < scan.first_value_end)
    return FALSE;

  return newline < data + length - 1;
}

static const char *
skip_space (const char *data,
            gsize      *length)
{
  const char *p = data;
  const char *end = data + *length;

  while (p < end && g_ascii_isspace (*p))
    p++;

  *length = end - p;
  return p;
}

static gboolean
check_is_json_text (ParseContext *ctx,
                    const char   *data,
                    const char   *start,
                    gsize         length)
{
  guint line, column;

  if (length == 0)
    {
      add_problem (ctx, ND_LOAD_SEVERITY_ERROR, 0, 0,
                   start == data ? _("the file is empty") : _("the file holds only white space"));
      return FALSE;
    }

  if (*start == '{' || *start == '[')
    return TRUE;

  nd_json_offset_to_position (data, start - data, &line, &column);
  if (*start == '<')
    add_problem (ctx, ND_LOAD_SEVERITY_ERROR, line, column,
                 _("not JSON: the file looks like HTML or XML"));
  else
    add_problem (ctx, ND_LOAD_SEVERITY_ERROR, line, column,
                 _("not JSON: expected \"{\" or \"[\" at the start of the file"));

  return FALSE;
}

static gboolean
check_not_binary (ParseContext *ctx,
                  const char   *data,
                  gsize         length)
{
  const char *nul = memchr (data, '\0', MIN (length, BINARY_SNIFF_BYTES));

  if (nul == NULL)
    nul = memchr (data, '\0', length);
  if (nul == NULL)
    return TRUE;

  g_autofree char *message = g_strdup_printf (
      /* Translators: %zu is the offset of the first NUL byte from the start of the
       * file, counting from 0 */
      _("not a text file: binary data (a NUL byte at byte %zu)"),
      (size_t)(nul - data));
  add_problem (ctx, ND_LOAD_SEVERITY_ERROR, 0, 0, message);

  return FALSE;
}

/* Returns a valid copy when @data is not valid UTF-8 (with a warning naming the first bad
 * byte), else NULL so that the caller keeps reading the original without a copy. */
static char *
repair_utf8 (ParseContext *ctx,
             const char   *data,
             gsize         length)
{
  const char *bad;
  guint line, column;

  if (g_utf8_validate_len (data, length, &bad))
    return NULL;

  nd_json_offset_to_position (data, bad - data, &line, &column);
  if (ctx->first_line > 1)
    line += ctx->first_line - 1;
  add_problem (ctx, ND_LOAD_SEVERITY_WARNING, line, column,
               _("invalid UTF-8; the bad bytes were replaced with U+FFFD"));

  return g_utf8_make_valid (data, (gssize)length);
}

static void
read_text (ParseContext *ctx,
           const char   *data,
           gsize         length)
{
  const char *start;
  gsize rest = length;
  guint line, column;

  start = skip_space (data, &rest);
  if (!check_is_json_text (ctx, data, start, rest))
    return;

  if (nd_formats_has_json_lines_name (ctx->file) || looks_like_json_lines (start, rest))
    {
      read_json_lines (ctx, data, length);
      return;
    }

  nd_json_offset_to_position (data, start - data, &line, &column);
  read_json_value (ctx, start, rest, line);
}

/* Forgets what a first reading of a badly encoded file produced before it is read again. */
static void
restart (ParseContext *ctx,
         guint         n_articles,
         guint         n_errors)
{
  g_ptr_array_set_size (ctx->articles, n_articles);
  g_ptr_array_set_size (ctx->errors, n_errors);
  ctx->invalid_utf8 = FALSE;
  ctx->position = 0;
  ctx->line = 0;
  ctx->format = ND_FORMAT_UNKNOWN;
}

NdFormat
nd_formats_parse (const char *file,
                  const char *data,
                  gsize       length,
                  GPtrArray  *articles,
                  GPtrArray  *errors)
{
  ParseContext ctx = { 0 };
  guint n_articles = articles->len;
  guint n_errors = errors->len;

  g_return_val_if_fail (file != NULL, ND_FORMAT_UNKNOWN);
  g_return_val_if_fail (data != NULL || length == 0, ND_FORMAT_UNKNOWN);
  g_return_val_if_fail (articles != NULL, ND_FORMAT_UNKNOWN);
  g_return_val_if_fail (errors != NULL, ND_FORMAT_UNKNOWN);

  ctx.file = file;
  ctx.basename = g_path_get_basename (file);
  ctx.articles = articles;
  ctx.errors = errors;

  /* A byte order mark is legal in UTF-8 files but not in JSON. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (check_not_binary (&ctx, data, length))
    {
      read_text (&ctx, data, length);

      if (ctx.invalid_utf8)
        {
          g_autofree char *repaired = NULL;

          restart (&ctx, n_articles, n_errors);
          repaired = repair_utf8 (&ctx, data, length);
          read_text (&ctx, repaired, strlen (repaired));
        }
    }

  g_free (ctx.basename);
  return ctx.format;
}

/**
 * nd_formats_parse_lines:
 * @first_line: the line in the file that @data starts on (from 1)
 * @position: (inout): articles met in the file so far, for derived ids
 *
 * Reads a piece of a JSON Lines file made of whole lines, so that files too large to hold
 * in memory can be read piece by piece with the same results as in one go.
 */
void
nd_formats_parse_lines (const char *file,
                        const char *data,
                        gsize       length,
                        guint       first_line,
                        guint      *position,
                        GPtrArray  *articles,
                        GPtrArray  *errors)
{
  ParseContext ctx = { 0 };
  guint n_articles = articles->len;
  guint n_errors = errors->len;

  g_return_if_fail (file != NULL);
  g_return_if_fail (data != NULL || length == 0);
  g_return_if_fail (position != NULL);

  ctx.file = file;
  ctx.basename = g_path_get_basename (file);
  ctx.articles = articles;
  ctx.errors = errors;
  ctx.first_line = first_line;
  ctx.position = *position;

  read_json_lines (&ctx, data, length);
  if (ctx.invalid_utf8)
    {
      g_autofree char *repaired = NULL;

      restart (&ctx, n_articles, n_errors);
      ctx.position = *position;
      ctx.first_line = first_line;
      repaired = repair_utf8 (&ctx, data, length);
      read_json_lines (&ctx, repaired, strlen (repaired));
    }

  *position = ctx.position;
  g_free (ctx.basename);
}
