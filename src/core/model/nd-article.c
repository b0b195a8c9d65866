/* nd-article.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-article"

#include "config.h"

#include "model/nd-article-private.h"
#include "model/nd-outlet.h"
#include "model/nd-date.h"
#include "util/nd-paragraphs.h"

/* Articles are immutable once built: a reader fills NdArticleFields in a worker thread
 * and the article is then only read, so every property is read-only and needs no lock. */
struct _NdArticle
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  char       *source;
  char       *raw_source;  /* as the file wrote it, when that differs from source */
  GStrv       authors;
  char       *url;
  GDateTime  *published;
  /* The same instant, for sorting: comparing GDateTimes costs several times more, and a
   * load of 100,000 articles sorts them as they arrive. */
  gint64      published_usec;
  char       *language;
  char       *body;
  char       *file;
  guint       word_count;
  guint       published_is_date : 1;
  guint       word_count_known : 1;
};

G_DEFINE_FINAL_TYPE (NdArticle, nd_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_AUTHORS,
  PROP_URL,
  PROP_PUBLISHED,
  PROP_PUBLISHED_IS_DATE,
  PROP_LANGUAGE,
  PROP_BODY,
  PROP_FILE,
  PROP_WORD_COUNT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
nd_article_finalize (GObject *object)
{
  NdArticle *self = (NdArticle *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->raw_source, g_free);
  g_clear_pointer (&self->authors, g_strfreev);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->published, g_date_time_unref);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->file, g_free);

  G_OBJECT_CLASS (nd_article_parent_class)->finalize (object);
}

static void
nd_article_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NdArticle *self = ND_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_AUTHORS:
      g_value_set_boxed (value, nd_article_get_authors (self));
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_PUBLISHED:
      g_value_set_boxed (value, self->published);
      break;

    case PROP_PUBLISHED_IS_DATE:
      g_value_set_boolean (value, self->published_is_date);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;

    case PROP_WORD_COUNT:
      g_value_set_uint (value, nd_article_get_word_count (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
nd_article_class_init (NdArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nd_article_finalize;
  object_class->get_property = nd_article_get_property;

  properties [PROP_ID] = string_property ("id");
  properties [PROP_TITLE] = string_property ("title");
  properties [PROP_SOURCE] = string_property ("source");
  properties [PROP_URL] = string_property ("url");
  properties [PROP_LANGUAGE] = string_property ("language");
  properties [PROP_BODY] = string_property ("body");
  properties [PROP_FILE] = string_property ("file");
  properties [PROP_AUTHORS] =
    g_param_spec_boxed ("authors", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_PUBLISHED] =
    g_param_spec_boxed ("published", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_PUBLISHED_IS_DATE] =
    g_param_spec_boolean ("published-is-date", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_WORD_COUNT] =
    g_param_spec_uint ("word-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nd_article_init (NdArticle *self)
{
}

/* Steals every member of @fields, leaving it cleared. */
static void
make_valid (char **text)
{
  char *valid;

  if (*text == NULL || g_utf8_validate (*text, -1, NULL))
    return;

  valid = g_utf8_make_valid (*text, -1);
  g_free (*text);
  *text = valid;
}

/* Bytes that are not UTF-8 become U+FFFD: GLib, GTK and the search index all count
 * characters on the assumption that text is valid, and read past the end when it is not.
 * The file is a file name, not text, and stays as it is. */
static void
make_fields_valid (NdArticleFields *fields)
{
  make_valid (&fields->id);
  make_valid (&fields->title);
  make_valid (&fields->source);
  for (guint i = 0; fields->authors != NULL && fields->authors[i] != NULL; i++)
    make_valid (&fields->authors[i]);
  make_valid (&fields->url);
  make_valid (&fields->language);
  if (!fields->body_checked)
    make_valid (&fields->body);
}

/* The one way strings enter an article: each is valid UTF-8 afterwards. */
NdArticle *
_nd_article_new_take (NdArticleFields *fields)
{
  NdArticle *self;

  g_return_val_if_fail (fields != NULL, NULL);
  g_return_val_if_fail (fields->id != NULL, NULL);

  make_fields_valid (fields);

  self = g_object_new (ND_TYPE_ARTICLE, NULL);
  self->id = g_steal_pointer (&fields->id);
  self->title = fields->title ? g_steal_pointer (&fields->title) : g_strdup ("");
  /* One name per outlet ("FOX", "foxnews.com": Fox News); what the file wrote stays. */
  self->source = nd_outlet_dup_name (fields->source);
  if (g_strcmp0 (self->source, fields->source) != 0)
    self->raw_source = g_steal_pointer (&fields->source);
  else
    g_clear_pointer (&fields->source, g_free);
  self->authors = g_steal_pointer (&fields->authors);
  self->url = g_steal_pointer (&fields->url);
  self->published = g_steal_pointer (&fields->published);
  self->published_is_date = self->published != NULL && fields->published_is_date;
  if (self->published != NULL)
    self->published_usec = g_date_time_to_unix (self->published) * G_USEC_PER_SEC +
                           g_date_time_get_microsecond (self->published);
  self->language = g_steal_pointer (&fields->language);
  self->body = fields->body ? g_steal_pointer (&fields->body) : g_strdup ("");
  self->file = g_steal_pointer (&fields->file);

  fields->published_is_date = FALSE;
  fields->body_checked = FALSE;

  return self;
}

void
_nd_article_fields_clear (NdArticleFields *fields)
{
  g_clear_pointer (&fields->id, g_free);
  g_clear_pointer (&fields->title, g_free);
  g_clear_pointer (&fields->source, g_free);
  g_clear_pointer (&fields->authors, g_strfreev);
  g_clear_pointer (&fields->url, g_free);
  g_clear_pointer (&fields->published, g_date_time_unref);
  g_clear_pointer (&fields->language, g_free);
  g_clear_pointer (&fields->body, g_free);
  g_clear_pointer (&fields->file, g_free);
  fields->published_is_date = FALSE;
}

const char *
nd_article_get_id (NdArticle *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE (self), NULL);

  return self->id;
}

const char *
nd_article_get_title (NdArticle *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE (self), NULL);

  return self->title;
}

const char *
nd_article_get_source (NdArticle *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE (self), NULL);

  return self->source;
}

/**
 * nd_article_get_raw_source:
 *
 * The source as the article's file wrote it ("foxnews.com"), where nd_article_get_source()
 * gives the outlet's one name ("Fox News").
 *
 * Returns: (nullable): the source as written
 */
const char *
nd_article_get_raw_source (NdArticle *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE (self), NULL);

  return self->raw_source != NULL ? self->raw_source : self->source;
}

/**
 * nd_article_get_authors:
 *
 * Returns: (transfer none): the authors, never %NULL (an empty array when unknown)
 */
const char * const *
nd_article_get_authors (NdArticle *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE (self), NULL);

  return self->authors ? (const char * const *)self->authors : empty_strv;
}

const char *
nd_article_get_url (NdArticle *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE (self), NULL);

  return self->url;
}

/**
 * nd_article_get_published:
 *
 * Returns: (transfer none) (nullable): the publication time, %NULL when unknown
 */
GDateTime *
nd_article_get_published (NdArticle *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE (self), NULL);

  return self->published;
}

/* TRUE when the source gave only a day, so the time of day must not be shown. */
gboolean
nd_article_get_published_is_date (NdArticle *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE (self), FALSE);

  return self->published_is_date;
}

const char *
nd_article_get_language (NdArticle *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE (self), NULL);

  return self->language;
}

const char *
nd_article_get_body (NdArticle *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE (self), NULL);

  return self->body;
}

const char *
nd_article_get_file (NdArticle *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE (self), NULL);

  return self->file;
}

/* Counted on first use, not while loading: the list of articles never needs it. */
guint
nd_article_get_word_count (NdArticle *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE (self), 0);

  if (!self->word_count_known)
    {
      self->word_count = nd_paragraphs_count_words (self->body);
      self->word_count_known = TRUE;
    }

  return self->word_count;
}

/**
 * nd_article_dup_published_string:
 *
 * Returns: (transfer full) (nullable): `YYYY-MM-DD` for a date, RFC 3339 in UTC otherwise
 */
char *
nd_article_dup_published_string (NdArticle *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE (self), NULL);

  return nd_date_format_json (self->published, self->published_is_date);
}

static int
compare_strings (const char *a,
                 const char *b)
{
  return g_strcmp0 (a, b);
}

/* Newest first, undated last; equal dates fall back to title and id so that the order
 * never depends on which file happened to load first. */
int
nd_article_compare_newest_first (NdArticle *a,
                                 NdArticle *b)
{
  int cmp;

  if (a->published != NULL && b->published != NULL)
    {
      if (a->published_usec != b->published_usec)
        return a->published_usec > b->published_usec ? -1 : 1;
    }
  else if (a->published != NULL)
    return -1;
  else if (b->published != NULL)
    return 1;

  cmp = compare_strings (a->title, b->title);
  if (cmp != 0)
    return cmp;

  return compare_strings (a->id, b->id);
}
