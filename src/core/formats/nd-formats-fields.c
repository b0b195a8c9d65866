/* nd-formats-fields.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The articles in a parsed JSON value, read field by field in each format: NewsDesk's own,
 * JSON Feed, news-please and NewsAPI. */

#define G_LOG_DOMAIN "nd-formats"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "formats/nd-formats-private.h"
#include "formats/nd-html.h"

/* What a JSON Feed's top level lends to each of its items. */
typedef struct
{
  const char  *title;
  const char  *language;
  GStrv        authors;
} FeedDefaults;

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

static char *
dup_member_html_body (NdFormatsCtx *ctx,
                      JsonObject   *object,
                      const char   *name)
{
  g_autofree char *html = _nd_formats_dup_member_text (ctx, object, name);

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

static void
read_newsdesk_item (NdFormatsCtx    *ctx,
                    JsonObject      *object,
                    NdArticleFields *fields)
{
  fields->id = _nd_formats_dup_member_text (ctx, object, "id");
  fields->title = _nd_formats_dup_member_line (ctx, object, "title");
  fields->source = _nd_formats_dup_member_line (ctx, object, "source");
  fields->authors = _nd_formats_dup_member_authors (ctx, object, "authors");
  fields->url = _nd_formats_dup_member_text (ctx, object, "url");
  _nd_formats_read_published (ctx, object, "published", fields);
  fields->language = _nd_formats_dup_member_text (ctx, object, "language");
  fields->body = _nd_formats_dup_member_body (ctx, object, "body");
}

static void
read_news_please_item (NdFormatsCtx    *ctx,
                       JsonObject      *object,
                       NdArticleFields *fields)
{
  fields->title = first_non_empty (_nd_formats_dup_member_line (ctx, object, "title"),
                                   _nd_formats_dup_member_line (ctx, object, "title_page"));
  fields->title = first_non_empty (fields->title,
                                   _nd_formats_dup_member_line (ctx, object, "title_rss"));
  fields->source = _nd_formats_dup_member_line (ctx, object, "source_domain");
  fields->authors = _nd_formats_tidy_scraped_authors (_nd_formats_dup_member_authors (ctx, object, "authors"));
  fields->url = _nd_formats_dup_member_text (ctx, object, "url");
  _nd_formats_read_published (ctx, object, "date_publish", fields);
  fields->language = _nd_formats_dup_member_text (ctx, object, "language");
  fields->body = first_non_empty (_nd_formats_dup_member_body (ctx, object, "maintext"),
                                  _nd_formats_dup_member_body (ctx, object, "text"));
  fields->body = first_non_empty (fields->body,
                                  _nd_formats_dup_member_body (ctx, object, "description"));
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
read_newsapi_item (NdFormatsCtx    *ctx,
                   JsonObject      *object,
                   NdArticleFields *fields)
{
  JsonObject *source = get_member_object (object, "source");
  g_autofree char *description = NULL;
  g_autofree char *content = NULL;

  fields->title = _nd_formats_dup_member_line (ctx, object, "title");
  fields->source = source ? _nd_formats_dup_member_line (ctx, source, "name") : NULL;
  fields->authors = _nd_formats_dup_member_authors (ctx, object, "author");
  fields->url = _nd_formats_dup_member_text (ctx, object, "url");
  _nd_formats_read_published (ctx, object, "publishedAt", fields);

  description = _nd_formats_dup_member_body (ctx, object, "description");
  content = _nd_formats_dup_member_text (ctx, object, "content");
  if (content != NULL)
    {
      g_autofree char *raw = g_steal_pointer (&content);

      strip_truncation_marker (raw);
      content = _nd_formats_text_to_body (raw);
    }

  if (description != NULL && content != NULL && !g_str_has_prefix (content, description))
    fields->body = g_strconcat (description, "\n\n", content, NULL);
  else
    fields->body = first_non_empty (g_steal_pointer (&content), g_steal_pointer (&description));
}

static void
read_feed_item (NdFormatsCtx       *ctx,
                JsonObject         *object,
                const FeedDefaults *feed,
                NdArticleFields    *fields)
{
  fields->id = _nd_formats_dup_member_text (ctx, object, "id");
  fields->title = _nd_formats_dup_member_line (ctx, object, "title");
  fields->source = g_strdup (feed->title);
  fields->authors = _nd_formats_dup_member_authors (ctx, object, "authors");
  if (fields->authors == NULL)
    fields->authors = _nd_formats_dup_member_authors (ctx, object, "author");
  if (fields->authors == NULL)
    fields->authors = g_strdupv (feed->authors);
  fields->url = first_non_empty (_nd_formats_dup_member_text (ctx, object, "url"),
                                 _nd_formats_dup_member_text (ctx, object, "external_url"));
  _nd_formats_read_published (ctx, object, "date_published", fields);
  _nd_formats_read_published (ctx, object, "date_modified", fields);
  fields->language = first_non_empty (_nd_formats_dup_member_text (ctx, object, "language"),
                                      g_strdup (feed->language));
  fields->body = first_non_empty (_nd_formats_dup_member_body (ctx, object, "content_text"),
                                  dup_member_html_body (ctx, object, "content_html"));
  fields->body = first_non_empty (fields->body,
                                  _nd_formats_dup_member_body (ctx, object, "summary"));
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
note_format (NdFormatsCtx *ctx,
             NdFormat      format)
{
  if (ctx->format == ND_FORMAT_UNKNOWN)
    ctx->format = format;
}

static void
read_item_node (NdFormatsCtx *ctx,
                JsonNode     *node)
{
  NdArticleFields fields = { 0 };
  JsonObject *object;
  NdFormat format;

  ctx->position++;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _nd_formats_add_item_problem (ctx, ND_LOAD_SEVERITY_ERROR,
                                    /* Translators: %s is the kind of JSON value found, such as
                                     * "an array" or "a string" */
                                    _("expected an article object, found %s; skipped"),
                                    _nd_formats_node_type_name (node));
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

  _nd_formats_finish_article (ctx, &fields);
}

static void
read_item_array (NdFormatsCtx *ctx,
                 JsonArray    *array)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    read_item_node (ctx, json_array_get_element (array, i));
}

static GStrv
dup_feed_authors (NdFormatsCtx *ctx,
                  JsonObject   *feed)
{
  GStrv authors = _nd_formats_dup_member_authors (ctx, feed, "authors");

  return authors ? authors : _nd_formats_dup_member_authors (ctx, feed, "author");
}

static void
read_feed (NdFormatsCtx *ctx,
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
      _nd_formats_add_problem (ctx, ND_LOAD_SEVERITY_ERROR, ctx->line, 0,
                               _("a JSON Feed without an \"items\" array"));
      return;
    }

  title = _nd_formats_dup_member_line (ctx, feed, "title");
  language = _nd_formats_dup_member_text (ctx, feed, "language");
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
          _nd_formats_add_item_problem (ctx, ND_LOAD_SEVERITY_ERROR,
                                        /* Translators: %s is the kind of JSON value found, such as
                                         * "an array" or "a string" */
                                        _("expected a feed item object, found %s; skipped"),
                                        _nd_formats_node_type_name (node));
          continue;
        }

      read_feed_item (ctx, json_node_get_object (node), &defaults, &fields);
      _nd_formats_finish_article (ctx, &fields);
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
report_newsapi_failure (NdFormatsCtx *ctx,
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
  _nd_formats_add_problem (ctx, ND_LOAD_SEVERITY_ERROR, ctx->line, 0, message);

  return TRUE;
}

void
_nd_formats_read_root (NdFormatsCtx *ctx,
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
      _nd_formats_add_item_problem (ctx, ND_LOAD_SEVERITY_ERROR,
                                    /* Translators: %s is the kind of JSON value found, such as
                                     * "a string" or "a number" */
                                    _("expected an article object or a list of articles, found %s"),
                                    _nd_formats_node_type_name (root));
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
