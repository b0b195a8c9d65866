/* nd-quote.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A quote the user has collected: the words, who said them and where they were
 * published.  The article's details are copied, not referenced, so that a collection
 * outlives the files it was collected from.  Only the speaker and the note change. */

#define G_LOG_DOMAIN "nd-quote"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "quotes/nd-quote-private.h"
#include "util/nd-json-writer.h"

struct _NdQuote
{
  GObject   parent_instance;

  char     *text;
  char     *speaker;
  char     *note;
  char     *article_id;
  char     *article_title;
  char     *source;
  char     *url;
  GStrv     authors;
  char     *published;
  guint     start;
  guint     end;
};

G_DEFINE_FINAL_TYPE (NdQuote, nd_quote, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SPEAKER,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Empty and blank strings mean "not given", so that an emptied speaker entry and a
 * missing one are the same. */
static char *
dup_nonblank (const char *value)
{
  g_autofree char *copy = NULL;

  if (value == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (value));
  if (*copy == '\0')
    return NULL;

  return g_steal_pointer (&copy);
}

static GStrv
dup_authors (const char * const *authors)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; authors != NULL && authors[i] != NULL; i++)
    {
      g_autofree char *author = dup_nonblank (authors[i]);

      if (author != NULL)
        g_strv_builder_add (builder, author);
    }

  return g_strv_builder_end (builder);
}

static void
nd_quote_finalize (GObject *object)
{
  NdQuote *self = ND_QUOTE (object);

  g_free (self->text);
  g_free (self->speaker);
  g_free (self->note);
  g_free (self->article_id);
  g_free (self->article_title);
  g_free (self->source);
  g_free (self->url);
  g_strfreev (self->authors);
  g_free (self->published);

  G_OBJECT_CLASS (nd_quote_parent_class)->finalize (object);
}

static void
nd_quote_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  NdQuote *self = ND_QUOTE (object);

  switch (prop_id)
    {
    case PROP_SPEAKER:
      g_value_set_string (value, self->speaker);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_quote_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  NdQuote *self = ND_QUOTE (object);

  switch (prop_id)
    {
    case PROP_SPEAKER:
      nd_quote_set_speaker (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      nd_quote_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_quote_class_init (NdQuoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nd_quote_finalize;
  object_class->get_property = nd_quote_get_property;
  object_class->set_property = nd_quote_set_property;

  /**
   * NdQuote:speaker: (nullable)
   *
   * Who said it, as the user or the quote finder put it; %NULL when unknown.
   */
  properties [PROP_SPEAKER] =
    g_param_spec_string ("speaker", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * NdQuote:note: (nullable)
   *
   * The user's own note on the quote.
   */
  properties [PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nd_quote_init (NdQuote *self)
{
}

/**
 * nd_quote_new:
 * @text: the quoted words, without quotation marks
 * @speaker: (nullable): who said them
 * @article_id: the id of the article they come from
 * @article_title: (nullable): its headline
 * @source: (nullable): the outlet
 * @url: (nullable): its link
 * @authors: (nullable) (array zero-terminated=1): its authors
 * @published: (nullable): its publication date as `YYYY-MM-DD` or ISO 8601 with time
 * @start: where @text starts in the article's body, in characters
 * @end: one past where it ends
 *
 * Returns: (transfer full): a new quote
 */
NdQuote *
nd_quote_new (const char         *text,
              const char         *speaker,
              const char         *article_id,
              const char         *article_title,
              const char         *source,
              const char         *url,
              const char * const *authors,
              const char         *published,
              guint               start,
              guint               end)
{
  NdQuote *self;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (article_id != NULL, NULL);

  self = g_object_new (ND_TYPE_QUOTE, NULL);
  self->text = g_strdup (text);
  self->speaker = dup_nonblank (speaker);
  self->article_id = g_strdup (article_id);
  self->article_title = dup_nonblank (article_title);
  self->source = dup_nonblank (source);
  self->url = dup_nonblank (url);
  self->authors = dup_authors (authors);
  self->published = dup_nonblank (published);
  self->start = start;
  self->end = MAX (start, end);

  return self;
}

/* The date with the offset it was published with: the day a reader saw on the page is
 * the day to cite, not the day in UTC. */
static char *
dup_article_published (NdArticle *article)
{
  GDateTime *published = nd_article_get_published (article);

  if (published == NULL)
    return NULL;

  if (nd_article_get_published_is_date (article))
    return nd_article_dup_published_string (article);

  /* RFC 3339 ("+01:00"); g_date_time_format_iso8601() would write "+01". */
  return g_date_time_format (published, "%Y-%m-%dT%H:%M:%S%:z");
}

/**
 * nd_quote_new_from_article:
 * @article: the article quoted
 * @start: the first character of the quote in @article's body
 * @end: one past its last character
 * @text: (nullable): the quoted words; %NULL takes them from the body between @start
 *   and @end
 * @speaker: (nullable): who said them
 *
 * Returns: (transfer full): a new quote, with @article's details copied
 */
NdQuote *
nd_quote_new_from_article (NdArticle  *article,
                           guint       start,
                           guint       end,
                           const char *text,
                           const char *speaker)
{
  g_autofree char *published = NULL;
  g_autofree char *body_text = NULL;
  const char *body;
  glong body_chars;

  g_return_val_if_fail (ND_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (start <= end, NULL);

  body = nd_article_get_body (article);
  body = body != NULL ? body : "";
  body_chars = g_utf8_strlen (body, -1);
  start = MIN (start, (guint)body_chars);
  end = MIN (end, (guint)body_chars);

  if (text == NULL)
    text = body_text = g_utf8_substring (body, start, end);

  published = dup_article_published (article);

  return nd_quote_new (text, speaker,
                       nd_article_get_id (article),
                       nd_article_get_title (article),
                       nd_article_get_source (article),
                       nd_article_get_url (article),
                       nd_article_get_authors (article),
                       published, start, end);
}

static const char *
get_string_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static guint
get_offset_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  gint64 value;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;

  value = json_node_get_int (node);
  return (guint)CLAMP (value, 0, G_MAXINT);
}

static GStrv
get_authors_member (JsonObject *object)
{
  JsonNode *node = json_object_get_member (object, "authors");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return g_strv_builder_end (builder);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (json_node_get_value_type (element) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (element));
    }

  return g_strv_builder_end (builder);
}

/**
 * nd_quote_new_from_json:
 * @node: an object as nd_quote_to_json() writes it
 *
 * Members of the wrong type count as missing; only `text` and `article` are required.
 *
 * Returns: (transfer full) (nullable): the quote, or %NULL with @error set
 */
NdQuote *
nd_quote_new_from_json (JsonNode  *node,
                        GError   **error)
{
  g_auto(GStrv) authors = NULL;
  JsonObject *object;
  const char *text;
  const char *article_id;
  NdQuote *self;

  g_return_val_if_fail (node != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("A quote is not a JSON object"));
      return NULL;
    }

  object = json_node_get_object (node);
  text = get_string_member (object, "text");
  article_id = get_string_member (object, "article");
  if (text == NULL || article_id == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("A quote lacks its text or its article"));
      return NULL;
    }

  authors = get_authors_member (object);
  self = nd_quote_new (text, get_string_member (object, "speaker"), article_id,
                       get_string_member (object, "title"),
                       get_string_member (object, "source"),
                       get_string_member (object, "url"),
                       (const char * const *)authors,
                       get_string_member (object, "published"),
                       get_offset_member (object, "start"),
                       get_offset_member (object, "end"));
  self->note = dup_nonblank (get_string_member (object, "note"));

  return self;
}

/**
 * nd_quote_to_json:
 *
 * The members are `text`, `speaker`, `note`, `article` (its id), `title`, `source`,
 * `authors` (an array), `url`, `published`, `start` and `end`; missing values are null.
 *
 * Returns: (transfer full): the quote as a JSON object
 */
JsonNode *
nd_quote_to_json (NdQuote *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (ND_IS_QUOTE (self), NULL);

  json_builder_begin_object (builder);
  nd_json_writer_add_string_member (builder, "text", self->text);
  nd_json_writer_add_string_member (builder, "speaker", self->speaker);
  nd_json_writer_add_string_member (builder, "note", self->note);
  nd_json_writer_add_string_member (builder, "article", self->article_id);
  nd_json_writer_add_string_member (builder, "title", self->article_title);
  nd_json_writer_add_string_member (builder, "source", self->source);
  json_builder_set_member_name (builder, "authors");
  json_builder_begin_array (builder);
  for (guint i = 0; self->authors[i] != NULL; i++)
    json_builder_add_string_value (builder, self->authors[i]);
  json_builder_end_array (builder);
  nd_json_writer_add_string_member (builder, "url", self->url);
  nd_json_writer_add_string_member (builder, "published", self->published);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, self->start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, self->end);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
append_json_member (GString    *out,
                    const char *indent,
                    const char *name,
                    const char *value)
{
  g_string_append_printf (out, "%s  \"%s\" : ", indent, name);
  nd_json_writer_append_string (out, value);
  g_string_append (out, ",\n");
}

/**
 * nd_quote_append_json:
 * @out: where to append
 * @indent: spaces before each line
 *
 * Appends the quote as nd_quote_to_json() describes it, laid out as json-glib's pretty
 * printer with an indent of 2 would.  Written by hand because the collection writes
 * itself after every keystroke in a speaker or note, and building nodes first costs
 * several times more than writing them out.
 */
void
nd_quote_append_json (NdQuote    *self,
                      GString    *out,
                      guint       indent)
{
  g_autofree char *pad = g_strnfill (indent, ' ');

  g_return_if_fail (ND_IS_QUOTE (self));
  g_return_if_fail (out != NULL);

  g_string_append_printf (out, "%s{\n", pad);
  append_json_member (out, pad, "text", self->text);
  append_json_member (out, pad, "speaker", self->speaker);
  append_json_member (out, pad, "note", self->note);
  append_json_member (out, pad, "article", self->article_id);
  append_json_member (out, pad, "title", self->article_title);
  append_json_member (out, pad, "source", self->source);
  g_string_append_printf (out, "%s  \"authors\" : [", pad);
  for (guint i = 0; self->authors[i] != NULL; i++)
    {
      g_string_append_printf (out, "%s\n%s    ", i > 0 ? "," : "", pad);
      nd_json_writer_append_string (out, self->authors[i]);
    }
  g_string_append_printf (out, self->authors[0] != NULL ? "\n%s  ],\n" : "%s],\n",
                          self->authors[0] != NULL ? pad : "");
  append_json_member (out, pad, "url", self->url);
  append_json_member (out, pad, "published", self->published);
  g_string_append_printf (out, "%s  \"start\" : %u,\n%s  \"end\" : %u\n%s}",
                          pad, self->start, pad, self->end, pad);
}

const char *
nd_quote_get_text (NdQuote *self)
{
  g_return_val_if_fail (ND_IS_QUOTE (self), NULL);

  return self->text;
}

/**
 * nd_quote_get_speaker:
 *
 * Returns: (nullable): who said it, or %NULL when unknown
 */
const char *
nd_quote_get_speaker (NdQuote *self)
{
  g_return_val_if_fail (ND_IS_QUOTE (self), NULL);

  return self->speaker;
}

/**
 * nd_quote_set_speaker:
 * @speaker: (nullable): who said it; %NULL or blank for unknown
 */
void
nd_quote_set_speaker (NdQuote    *self,
                      const char *speaker)
{
  g_autofree char *value = NULL;

  g_return_if_fail (ND_IS_QUOTE (self));

  value = dup_nonblank (speaker);
  if (g_strcmp0 (value, self->speaker) == 0)
    return;

  g_free (self->speaker);
  self->speaker = g_steal_pointer (&value);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SPEAKER]);
}

/**
 * nd_quote_get_note:
 *
 * Returns: (nullable): the user's note
 */
const char *
nd_quote_get_note (NdQuote *self)
{
  g_return_val_if_fail (ND_IS_QUOTE (self), NULL);

  return self->note;
}

/**
 * nd_quote_set_note:
 * @note: (nullable): the note; %NULL or blank for none
 */
void
nd_quote_set_note (NdQuote    *self,
                   const char *note)
{
  g_autofree char *value = NULL;

  g_return_if_fail (ND_IS_QUOTE (self));

  value = dup_nonblank (note);
  if (g_strcmp0 (value, self->note) == 0)
    return;

  g_free (self->note);
  self->note = g_steal_pointer (&value);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOTE]);
}

const char *
nd_quote_get_article_id (NdQuote *self)
{
  g_return_val_if_fail (ND_IS_QUOTE (self), NULL);

  return self->article_id;
}

/**
 * nd_quote_get_article_title:
 *
 * Returns: (nullable): the article's headline
 */
const char *
nd_quote_get_article_title (NdQuote *self)
{
  g_return_val_if_fail (ND_IS_QUOTE (self), NULL);

  return self->article_title;
}

/**
 * nd_quote_get_source:
 *
 * Returns: (nullable): the outlet that published the article
 */
const char *
nd_quote_get_source (NdQuote *self)
{
  g_return_val_if_fail (ND_IS_QUOTE (self), NULL);

  return self->source;
}

/**
 * nd_quote_get_url:
 *
 * Returns: (nullable): the article's link
 */
const char *
nd_quote_get_url (NdQuote *self)
{
  g_return_val_if_fail (ND_IS_QUOTE (self), NULL);

  return self->url;
}

/**
 * nd_quote_get_authors:
 *
 * Returns: (transfer none) (array zero-terminated=1): the article's authors, maybe none
 */
const char * const *
nd_quote_get_authors (NdQuote *self)
{
  g_return_val_if_fail (ND_IS_QUOTE (self), NULL);

  return (const char * const *)self->authors;
}

/**
 * nd_quote_get_published:
 *
 * Returns: (nullable): the publication date as stored, `YYYY-MM-DD` or ISO 8601
 */
const char *
nd_quote_get_published (NdQuote *self)
{
  g_return_val_if_fail (ND_IS_QUOTE (self), NULL);

  return self->published;
}

/**
 * nd_quote_dup_date:
 *
 * Returns: (transfer full) (nullable): the day of publication as `YYYY-MM-DD`, in the
 *   time zone the article was published in
 */
char *
nd_quote_dup_date (NdQuote *self)
{
  g_return_val_if_fail (ND_IS_QUOTE (self), NULL);

  if (self->published == NULL || strlen (self->published) < 10 ||
      !g_ascii_isdigit (self->published[0]) || self->published[4] != '-' ||
      self->published[7] != '-')
    return NULL;

  return g_strndup (self->published, 10);
}

guint
nd_quote_get_start (NdQuote *self)
{
  g_return_val_if_fail (ND_IS_QUOTE (self), 0);

  return self->start;
}

guint
nd_quote_get_end (NdQuote *self)
{
  g_return_val_if_fail (ND_IS_QUOTE (self), 0);

  return self->end;
}

/* The same words of the same article: adding them twice would only clutter the list. */
gboolean
nd_quote_is_same_place (NdQuote *self,
                        NdQuote *other)
{
  g_return_val_if_fail (ND_IS_QUOTE (self), FALSE);
  g_return_val_if_fail (ND_IS_QUOTE (other), FALSE);

  return self->start == other->start && self->end == other->end &&
         g_str_equal (self->article_id, other->article_id);
}

/* Trimming a selection to the quoted words */

static gboolean
is_opening_mark (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201C /* “ */ || c == 0x2018 /* ‘ */ ||
         c == 0x00AB /* « */ || c == 0x201E /* „ */ || c == 0x201A /* ‚ */ || c == 0x2039 /* ‹ */;
}

static gboolean
is_single_opening_mark (gunichar c)
{
  return c == 0x2018 || c == '\'' || c == 0x201A || c == 0x2039;
}

static gboolean
is_closing_double_mark (gunichar c)
{
  return c == '"' || c == 0x201D /* ” */ || c == 0x00BB /* » */ || c == 0x201C /* “ */ ||
         c == 0x203A /* › */;
}

/* Punctuation that separates the quote from the sentence around it rather than belonging
 * to its words. */
static gboolean
is_separating_punctuation (gunichar c)
{
  return c == ',' || c == ';' || c == ':';
}

/* A full stop ends the quote's sentence, so it goes; but one that closes an abbreviation
 * written with points ("U.S.", "e.g.") or an ellipsis ("...") is part of the words. */
static gboolean
is_final_full_stop (const gunichar *chars,
                    guint           start,
                    guint           last)
{
  if (chars[last] != '.')
    return FALSE;
  if (last >= start + 1 && chars[last - 1] == '.')
    return FALSE;
  if (last >= start + 2 && g_unichar_isalpha (chars[last - 1]) && chars[last - 2] == '.')
    return FALSE;

  return TRUE;
}

/**
 * nd_quote_trim_range:
 * @chars: the text, as characters
 * @start: (inout): where the range starts in @chars
 * @end: (inout): one past where it ends
 *
 * Narrows [@start, @end) to the quoted words, without what a hasty drag picks up around
 * them: spaces, quotation marks, and the comma or full stop that joins the quote to its
 * sentence.  A closing single mark is an apostrophe as often as not ("the boats’", "’70s"),
 * so it goes only when a single opening mark went too.
 *
 * Returns: %FALSE if nothing is left
 */
gboolean
nd_quote_trim_range (const gunichar *chars,
                     guint          *start,
                     guint          *end)
{
  guint from = *start, to = *end;
  gboolean single_opened = FALSE;

  g_return_val_if_fail (chars != NULL && start != NULL && end != NULL, FALSE);

  while (from < to && (g_unichar_isspace (chars[from]) || is_opening_mark (chars[from]) ||
                       is_separating_punctuation (chars[from])))
    {
      single_opened |= is_single_opening_mark (chars[from]);
      from++;
    }
  while (to > from &&
         (g_unichar_isspace (chars[to - 1]) || is_closing_double_mark (chars[to - 1]) ||
          is_separating_punctuation (chars[to - 1]) || is_final_full_stop (chars, from, to - 1) ||
          (single_opened && (chars[to - 1] == 0x2019 /* ’ */ || chars[to - 1] == '\''))))
    to--;

  if (from >= to)
    return FALSE;

  *start = from;
  *end = to;
  return TRUE;
}
