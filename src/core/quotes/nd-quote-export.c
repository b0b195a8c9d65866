/* nd-quote-export.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Collected quotes as Markdown, plain text, CSV, JSON, CSL-JSON and BibTeX.  Each format
 * is a pure function from quotes to a string, so the window, the clipboard, the CLI and
 * the tests share the same output; only nd_quote_export_to_file() touches the disk.
 *
 * Everything in a quote comes from untrusted articles or from the user, so each format
 * escapes what its readers would otherwise interpret: Markdown punctuation, CSV quotes
 * and formulas, TeX specials; and only http and https URLs become links
 * (nd_sanitize_is_link_url()). */

#define G_LOG_DOMAIN "nd-quote-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "util/nd-export-escape.h"
#include "util/nd-file-replace.h"
#include "quotes/nd-quote-export-private.h"
#include "util/nd-sanitize.h"

static const struct {
  const char *name;
  const char *label;
  const char *extension;
  const char *mime_type;
} formats[ND_QUOTE_N_FORMATS] = {
  [ND_QUOTE_FORMAT_MARKDOWN] = { "md", N_("Markdown"), "md", "text/markdown" },
  [ND_QUOTE_FORMAT_TEXT] = { "txt", N_("Plain Text"), "txt", "text/plain" },
  [ND_QUOTE_FORMAT_CSV] = { "csv", N_("CSV (Spreadsheet)"), "csv", "text/csv" },
  [ND_QUOTE_FORMAT_JSON] = { "json", N_("JSON"), "json", "application/json" },
  [ND_QUOTE_FORMAT_CSL_JSON] = { "csl-json", N_("CSL-JSON (Zotero, Pandoc)"), "json",
                                 "application/vnd.citationstyles.csl+json" },
  [ND_QUOTE_FORMAT_BIBTEX] = { "bibtex", N_("BibTeX"), "bib", "application/x-bibtex" },
};

/**
 * nd_quote_format_from_name:
 * @name: md, txt, csv, json, csl-json or bibtex
 *
 * Returns: %TRUE if @name is a format, set in @format
 */
gboolean
nd_quote_format_from_name (const char    *name,
                           NdQuoteFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; name != NULL && i < ND_QUOTE_N_FORMATS; i++)
    if (g_str_equal (name, formats[i].name))
      {
        *format = (NdQuoteFormat)i;
        return TRUE;
      }

  return FALSE;
}

const char *
nd_quote_format_get_name (NdQuoteFormat format)
{
  g_return_val_if_fail (format < ND_QUOTE_N_FORMATS, NULL);

  return formats[format].name;
}

/* The name to show the user, translated. */
const char *
nd_quote_format_get_label (NdQuoteFormat format)
{
  g_return_val_if_fail (format < ND_QUOTE_N_FORMATS, NULL);

  return _(formats[format].label);
}

const char *
nd_quote_format_get_extension (NdQuoteFormat format)
{
  g_return_val_if_fail (format < ND_QUOTE_N_FORMATS, NULL);

  return formats[format].extension;
}

const char *
nd_quote_format_get_mime_type (NdQuoteFormat format)
{
  g_return_val_if_fail (format < ND_QUOTE_N_FORMATS, NULL);

  return formats[format].mime_type;
}

/* Markdown */

static void
append_markdown_attribution (GString *out,
                             NdQuote *quote)
{
  const char *speaker = nd_quote_get_speaker (quote);
  const char *title = nd_quote_get_article_title (quote);
  const char *url = nd_quote_get_url (quote);
  const char *source = nd_quote_get_source (quote);
  g_autofree char *date = nd_quote_dup_date (quote);
  gboolean first = TRUE;

  g_string_append (out, "> —");

  if (speaker != NULL)
    {
      g_string_append_c (out, ' ');
      nd_export_escape_markdown (out, speaker);
      first = FALSE;
    }

  /* Any other URL (javascript:, data:, file:) is left out rather than made a link. */
  if (!nd_sanitize_is_link_url (url))
    url = NULL;

  if (title != NULL || url != NULL)
    {
      g_string_append (out, first ? " " : ", ");
      if (url != NULL)
        {
          g_string_append_c (out, '[');
          nd_export_escape_markdown (out, title != NULL ? title : url);
          g_string_append (out, "](");
          nd_export_escape_markdown_url (out, url);
          g_string_append_c (out, ')');
        }
      else
        nd_export_escape_markdown (out, title);
      first = FALSE;
    }

  if (source != NULL)
    {
      g_string_append (out, first ? " " : ", ");
      nd_export_escape_markdown (out, source);
      first = FALSE;
    }

  if (date != NULL)
    {
      g_string_append (out, first ? " " : ", ");
      g_string_append (out, date);
    }

  g_string_append_c (out, '\n');
}

static void
append_markdown_quote (GString *out,
                       NdQuote *quote)
{
  g_auto(GStrv) paragraphs = g_strsplit (nd_quote_get_text (quote), "\n", -1);
  const char *note = nd_quote_get_note (quote);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] == '\0')
        continue;

      g_string_append (out, "> ");
      nd_export_escape_markdown (out, paragraphs[i]);
      g_string_append (out, "\n>\n");
    }

  append_markdown_attribution (out, quote);

  if (note != NULL)
    {
      g_string_append (out, "\n");
      /* Translators: before the user's note on a quote in an export */
      g_string_append (out, _("Note:"));
      g_string_append_c (out, ' ');
      nd_export_escape_markdown (out, note);
      g_string_append_c (out, '\n');
    }
}

/**
 * nd_quote_export_markdown:
 * @quotes: (element-type NdQuote): the quotes, in order
 *
 * Returns: (transfer full): each quote as a block quote, its paragraphs kept, ending in
 *   a line with the speaker, the linked headline, the source and the date
 */
char *
nd_quote_export_markdown (GPtrArray *quotes)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (quotes != NULL, NULL);

  for (guint i = 0; i < quotes->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      append_markdown_quote (out, g_ptr_array_index (quotes, i));
    }

  return nd_sanitize_export (out);
}

/* Plain text */

static void
append_text_field (GString    *out,
                   const char *value,
                   gboolean   *first)
{
  if (value == NULL)
    return;

  g_string_append (out, *first ? "" : ", ");
  g_string_append (out, value);
  *first = FALSE;
}

/**
 * nd_quote_export_text:
 * @quotes: (element-type NdQuote): the quotes, in order
 *
 * Returns: (transfer full): each quote in curly quotation marks, then a line with the
 *   speaker, headline, source and date, then the link and the note; a blank line between
 */
char *
nd_quote_export_text (GPtrArray *quotes)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (quotes != NULL, NULL);

  for (guint i = 0; i < quotes->len; i++)
    {
      NdQuote *quote = g_ptr_array_index (quotes, i);
      g_autofree char *date = nd_quote_dup_date (quote);
      gboolean first = TRUE;

      if (i > 0)
        g_string_append_c (out, '\n');

      g_string_append_printf (out, "“%s”\n— ", nd_quote_get_text (quote));
      append_text_field (out, nd_quote_get_speaker (quote), &first);
      append_text_field (out, nd_quote_get_article_title (quote), &first);
      append_text_field (out, nd_quote_get_source (quote), &first);
      append_text_field (out, date, &first);
      g_string_append_c (out, '\n');

      if (nd_quote_get_url (quote) != NULL)
        g_string_append_printf (out, "%s\n", nd_quote_get_url (quote));
      if (nd_quote_get_note (quote) != NULL)
        /* Translators: the user's note on a quote in a plain text export */
        g_string_append_printf (out, _("Note: %s\n"), nd_quote_get_note (quote));
    }

  return nd_sanitize_export (out);
}

/* CSV */

/**
 * nd_quote_export_csv:
 * @quotes: (element-type NdQuote): the quotes, in order
 *
 * Returns: (transfer full): RFC 4180 CSV with CRLF line ends and the header row `text,
 *   speaker,note,article,title,source,authors,date,url,start,end`; authors are joined by
 *   "; ", missing values are empty fields, and a cell that starts with `=`, `+`, `-`, `@`,
 *   a tab or a carriage return gets a `'` in front, so that no spreadsheet runs it
 */
char *
nd_quote_export_csv (GPtrArray *quotes)
{
  GString *out = g_string_new ("text,speaker,note,article,title,source,authors,date,url,"
                               "start,end\r\n");

  g_return_val_if_fail (quotes != NULL, NULL);

  for (guint i = 0; i < quotes->len; i++)
    {
      NdQuote *quote = g_ptr_array_index (quotes, i);
      g_autofree char *authors = g_strjoinv ("; ", (GStrv)nd_quote_get_authors (quote));
      g_autofree char *date = nd_quote_dup_date (quote);
      const char *fields[] = {
        nd_quote_get_text (quote), nd_quote_get_speaker (quote), nd_quote_get_note (quote),
        nd_quote_get_article_id (quote), nd_quote_get_article_title (quote),
        nd_quote_get_source (quote), authors, date, nd_quote_get_url (quote),
      };

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          nd_export_escape_csv_field (out, fields[f]);
          g_string_append_c (out, ',');
        }
      g_string_append_printf (out, "%u,%u\r\n", nd_quote_get_start (quote),
                              nd_quote_get_end (quote));
    }

  return nd_sanitize_export (out);
}

/* JSON */

static char *
node_to_string (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  GString *out = g_string_new (NULL);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}

/**
 * nd_quote_export_json:
 * @quotes: (element-type NdQuote): the quotes, in order
 *
 * Returns: (transfer full): a JSON array of the quotes as nd_quote_to_json() writes them
 */
char *
nd_quote_export_json (GPtrArray *quotes)
{
  GString *out = g_string_new ("[");

  g_return_val_if_fail (quotes != NULL, NULL);

  for (guint i = 0; i < quotes->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n" : "\n");
      nd_quote_append_json (g_ptr_array_index (quotes, i), out, 2);
    }
  g_string_append (out, quotes->len > 0 ? "\n]\n" : "]\n");

  return g_string_free (out, FALSE);
}

/* Citations: CSL-JSON and BibTeX describe the quoted articles, one item per article. */

typedef struct
{
  NdQuote   *first;   /* the article's details are copied into each of its quotes */
  char      *key;
  GPtrArray *quotes;
} CitedArticle;

static void
cited_article_free (CitedArticle *article)
{
  g_free (article->key);
  g_ptr_array_unref (article->quotes);
  g_free (article);
}

/* Letters and digits of @text in lower-case ASCII ("Álvarez" → "alvarez"). */
static char *
dup_key_part (const char *text,
              guint       max_chars)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && out->len < max_chars; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

static gboolean
split_person_name (const char  *name,
                   char       **given,
                   char       **family);

/* The first word of four letters or more in the headline, for the key. */
static char *
dup_first_title_word (NdQuote *quote)
{
  const char *title = nd_quote_get_article_title (quote);
  const char *p = title;

  while (p != NULL && *p != '\0')
    {
      const char *word = p;
      g_autofree char *candidate = NULL;

      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      candidate = g_strndup (word, p - word);
      if (g_utf8_strlen (candidate, -1) >= 4)
        return dup_key_part (candidate, 20);

      if (*p != '\0')
        p = g_utf8_next_char (p);
    }

  return g_strdup ("");
}

/* Keys in the familiar form author-year-word: "penhallow2026independent". */
static char *
dup_citation_key (NdQuote *quote)
{
  const char * const *authors = nd_quote_get_authors (quote);
  g_autofree char *date = nd_quote_dup_date (quote);
  g_autofree char *who = NULL;
  g_autofree char *word = dup_first_title_word (quote);
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;

  if (authors[0] != NULL && split_person_name (authors[0], &given, &family))
    who = dup_key_part (family, 20);
  else if (authors[0] != NULL)
    who = dup_key_part (authors[0], 20);
  else if (nd_quote_get_source (quote) != NULL)
    who = dup_key_part (nd_quote_get_source (quote), 20);

  if (who == NULL || *who == '\0')
    {
      g_free (who);
      who = g_strdup ("article");
    }

  return g_strdup_printf ("%s%.4s%s", who, date != NULL ? date : "", word);
}

static GPtrArray *
group_by_article (GPtrArray *quotes)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func ((GDestroyNotify)cited_article_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < quotes->len; i++)
    {
      NdQuote *quote = g_ptr_array_index (quotes, i);
      CitedArticle *article = g_hash_table_lookup (by_id, nd_quote_get_article_id (quote));
      g_autofree char *base = NULL;
      char *key;

      if (article != NULL)
        {
          g_ptr_array_add (article->quotes, quote);
          continue;
        }

      /* Two articles with the same key become key, keyb, keyc… as BibTeX users know. */
      base = dup_citation_key (quote);
      key = g_strdup (base);
      for (char suffix = 'b'; g_hash_table_contains (keys, key); suffix++)
        {
          g_free (key);
          key = suffix <= 'z' ? g_strdup_printf ("%s%c", base, suffix)
                              : g_strdup_printf ("%s%u", base, i);
        }
      g_hash_table_add (keys, g_strdup (key));

      article = g_new0 (CitedArticle, 1);
      article->first = quote;
      article->key = key;
      article->quotes = g_ptr_array_new ();
      g_ptr_array_add (article->quotes, quote);
      g_ptr_array_add (articles, article);
      g_hash_table_insert (by_id, (char *)nd_quote_get_article_id (quote), article);
    }

  return articles;
}

/* "Given Family" for names of two to four words without digits or commas; anything else
 * (an agency, "Staff reporter") is kept whole, which citation styles print as it is. */
static gboolean
split_person_name (const char  *name,
                   char       **given,
                   char       **family)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  const char *last_space = strrchr (name, ' ');
  guint n_words = g_strv_length (words);

  if (n_words < 2 || n_words > 4 || strpbrk (name, ",0123456789@") != NULL)
    return FALSE;

  for (guint i = 0; i < n_words; i++)
    if (words[i][0] == '\0' || !g_unichar_isupper (g_utf8_get_char (words[i])))
      return FALSE;

  *given = g_strndup (name, last_space - name);
  *family = g_strdup (last_space + 1);
  return TRUE;
}

/* The quotes of one article in a line each: “text” — speaker. Note: note */
static char *
dup_quotes_note (CitedArticle *article,
                 const char   *separator)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < article->quotes->len; i++)
    {
      NdQuote *quote = g_ptr_array_index (article->quotes, i);
      g_autofree char *text = g_strdup (nd_quote_get_text (quote));

      g_strdelimit (text, "\r\n", ' ');
      if (i > 0)
        g_string_append (out, separator);
      g_string_append_printf (out, "“%s”", text);
      if (nd_quote_get_speaker (quote) != NULL)
        g_string_append_printf (out, " — %s", nd_quote_get_speaker (quote));
      if (nd_quote_get_note (quote) != NULL)
        {
          g_autofree char *note = g_strdup (nd_quote_get_note (quote));

          g_strdelimit (note, "\r\n", ' ');
          g_string_append_printf (out, " (%s)", note);
        }
    }

  return g_string_free (out, FALSE);
}

static gboolean
parse_date (NdQuote *quote,
            int     *year,
            int     *month,
            int     *day)
{
  g_autofree char *date = nd_quote_dup_date (quote);

  return date != NULL && sscanf (date, "%4d-%2d-%2d", year, month, day) == 3;
}

static void
add_csl_string (JsonBuilder *builder,
                const char  *name,
                const char  *value)
{
  if (value == NULL)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_csl_authors (JsonBuilder *builder,
                 NdQuote     *quote)
{
  const char * const *authors = nd_quote_get_authors (quote);

  if (authors[0] == NULL)
    return;

  json_builder_set_member_name (builder, "author");
  json_builder_begin_array (builder);
  for (guint i = 0; authors[i] != NULL; i++)
    {
      g_autofree char *given = NULL;
      g_autofree char *family = NULL;

      json_builder_begin_object (builder);
      if (split_person_name (authors[i], &given, &family))
        {
          add_csl_string (builder, "family", family);
          add_csl_string (builder, "given", given);
        }
      else
        add_csl_string (builder, "literal", authors[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_csl_issued (JsonBuilder *builder,
                NdQuote     *quote)
{
  int year, month, day;

  if (!parse_date (quote, &year, &month, &day))
    return;

  json_builder_set_member_name (builder, "issued");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "date-parts");
  json_builder_begin_array (builder);
  json_builder_begin_array (builder);
  json_builder_add_int_value (builder, year);
  json_builder_add_int_value (builder, month);
  json_builder_add_int_value (builder, day);
  json_builder_end_array (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/**
 * nd_quote_export_csl_json:
 * @quotes: (element-type NdQuote): the quotes, in order
 *
 * Returns: (transfer full): a CSL-JSON array with one `article-newspaper` item per quoted
 *   article, in order of first quote, its quotes in `note`; ids are citation keys
 */
char *
nd_quote_export_csl_json (GPtrArray *quotes)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (quotes != NULL, NULL);

  articles = group_by_article (quotes);
  json_builder_begin_array (builder);
  for (guint i = 0; i < articles->len; i++)
    {
      CitedArticle *article = g_ptr_array_index (articles, i);
      g_autofree char *note = dup_quotes_note (article, "\n");

      json_builder_begin_object (builder);
      add_csl_string (builder, "id", article->key);
      add_csl_string (builder, "type", "article-newspaper");
      add_csl_string (builder, "title", nd_quote_get_article_title (article->first));
      add_csl_string (builder, "container-title", nd_quote_get_source (article->first));
      add_csl_authors (builder, article->first);
      add_csl_issued (builder, article->first);
      if (nd_sanitize_is_link_url (nd_quote_get_url (article->first)))
        add_csl_string (builder, "URL", nd_quote_get_url (article->first));
      add_csl_string (builder, "note", note);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  return node_to_string (root);
}

/* BibTeX */

/* TeX specials become commands, so that no brace, backslash or percent sign can end a
 * field early or turn into markup; line breaks become spaces. */
static void
append_bibtex_escaped (GString    *out,
                       const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\textbackslash{}"); break;
        case '{': g_string_append (out, "\\{"); break;
        case '}': g_string_append (out, "\\}"); break;
        case '~': g_string_append (out, "\\textasciitilde{}"); break;
        case '^': g_string_append (out, "\\textasciicircum{}"); break;
        case '&': case '%': case '$': case '#': case '_':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;
        case '\n': case '\r': case '\t':
          g_string_append_c (out, ' ');
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

/* URLs are read verbatim; only what would unbalance the braces is percent-encoded. */
static void
append_bibtex_url (GString    *out,
                   const char *url)
{
  for (const char *p = url; *p != '\0'; p++)
    {
      if (strchr ("{}\\ \n\r\t", *p) != NULL)
        g_string_append_printf (out, "%%%02X", (guchar)*p);
      else
        g_string_append_c (out, *p);
    }
}

static void
append_bibtex_field (GString    *out,
                     const char *name,
                     const char *value)
{
  if (value == NULL)
    return;

  g_string_append_printf (out, ",\n  %s = {", name);
  append_bibtex_escaped (out, value);
  g_string_append_c (out, '}');
}

static void
append_bibtex_authors (GString *out,
                       NdQuote *quote)
{
  const char * const *authors = nd_quote_get_authors (quote);

  if (authors[0] == NULL)
    return;

  g_string_append (out, ",\n  author = {");
  for (guint i = 0; authors[i] != NULL; i++)
    {
      g_autofree char *given = NULL;
      g_autofree char *family = NULL;

      if (i > 0)
        g_string_append (out, " and ");
      if (split_person_name (authors[i], &given, &family))
        {
          append_bibtex_escaped (out, family);
          g_string_append (out, ", ");
          append_bibtex_escaped (out, given);
        }
      else
        {
          /* Braces keep an organisation's name from being split into given and family. */
          g_string_append_c (out, '{');
          append_bibtex_escaped (out, authors[i]);
          g_string_append_c (out, '}');
        }
    }
  g_string_append_c (out, '}');
}

static void
append_bibtex_entry (GString      *out,
                     CitedArticle *article)
{
  NdQuote *quote = article->first;
  g_autofree char *note = dup_quotes_note (article, "; ");
  int year, month, day;

  g_string_append_printf (out, "@article{%s", article->key);
  append_bibtex_authors (out, quote);
  if (nd_quote_get_article_title (quote) != NULL)
    {
      /* Double braces: BibTeX styles and pandoc would otherwise lower-case the names in a
       * headline ("Kestlehaven" → "kestlehaven"). */
      g_string_append (out, ",\n  title = {{");
      append_bibtex_escaped (out, nd_quote_get_article_title (quote));
      g_string_append (out, "}}");
    }
  append_bibtex_field (out, "journal", nd_quote_get_source (quote));
  if (parse_date (quote, &year, &month, &day))
    g_string_append_printf (out, ",\n  year = {%04d},\n  month = {%d},\n  day = {%d}",
                            year, month, day);
  if (nd_sanitize_is_link_url (nd_quote_get_url (quote)))
    {
      g_string_append (out, ",\n  url = {");
      append_bibtex_url (out, nd_quote_get_url (quote));
      g_string_append_c (out, '}');
    }
  append_bibtex_field (out, "note", note);
  g_string_append (out, ",\n  entrysubtype = {newspaper}\n}\n");
}

/**
 * nd_quote_export_bibtex:
 * @quotes: (element-type NdQuote): the quotes, in order
 *
 * Returns: (transfer full): one `@article` entry (`entrysubtype = {newspaper}`) per quoted
 *   article, keys as in nd_quote_export_csl_json(), the quotes in `note`
 */
char *
nd_quote_export_bibtex (GPtrArray *quotes)
{
  g_autoptr(GPtrArray) articles = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (quotes != NULL, NULL);

  articles = group_by_article (quotes);
  for (guint i = 0; i < articles->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      append_bibtex_entry (out, g_ptr_array_index (articles, i));
    }

  return nd_sanitize_export (out);
}

/**
 * nd_quote_export:
 * @quotes: (element-type NdQuote): the quotes, in order
 *
 * Returns: (transfer full): @quotes in @format
 */
char *
nd_quote_export (NdQuoteFormat  format,
                 GPtrArray     *quotes)
{
  g_return_val_if_fail (quotes != NULL, NULL);

  switch (format)
    {
    case ND_QUOTE_FORMAT_MARKDOWN: return nd_quote_export_markdown (quotes);
    case ND_QUOTE_FORMAT_TEXT: return nd_quote_export_text (quotes);
    case ND_QUOTE_FORMAT_CSV: return nd_quote_export_csv (quotes);
    case ND_QUOTE_FORMAT_JSON: return nd_quote_export_json (quotes);
    case ND_QUOTE_FORMAT_CSL_JSON: return nd_quote_export_csl_json (quotes);
    case ND_QUOTE_FORMAT_BIBTEX: return nd_quote_export_bibtex (quotes);
    case ND_QUOTE_N_FORMATS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * nd_quote_export_to_file:
 * @quotes: (element-type NdQuote): the quotes, in order
 * @file: where to write them
 *
 * Writes @quotes in @format to @file through a temporary file renamed over it, so that
 * an existing @file is either replaced whole or left as it was. A symbolic link is written
 * through; a device, a FIFO or a folder at @file is an error (see nd-file-replace.c).
 *
 * Returns: %TRUE on success
 */
gboolean
nd_quote_export_to_file (NdQuoteFormat   format,
                         GPtrArray      *quotes,
                         GFile          *file,
                         GCancellable   *cancellable,
                         GError        **error)
{
  return nd_quote_export_to_file_full (format, quotes, file, ND_QUOTE_EXPORT_NONE, cancellable,
                                       error);
}

/**
 * nd_quote_export_to_file_full:
 * @flags: ND_QUOTE_EXPORT_BYTE_ORDER_MARK starts the file with U+FEFF, by which spreadsheet
 *   programs (Excel above all) recognise a CSV file as UTF-8 rather than a legacy code page
 *
 * nd_quote_export_to_file() with options.
 *
 * Returns: %TRUE on success
 */
gboolean
nd_quote_export_to_file_full (NdQuoteFormat        format,
                              GPtrArray           *quotes,
                              GFile               *file,
                              NdQuoteExportFlags   flags,
                              GCancellable        *cancellable,
                              GError             **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (quotes != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format < ND_QUOTE_N_FORMATS, FALSE);

  contents = nd_quote_export (format, quotes);
  if (flags & ND_QUOTE_EXPORT_BYTE_ORDER_MARK)
    {
      char *marked = g_strconcat ("\xEF\xBB\xBF", contents, NULL);

      g_free (contents);
      contents = marked;
    }
  path = g_file_get_path (file);

  /* g_file_replace_contents() rewrites a local file in place, which a full disk would
   * leave cut short; nd_file_replace_contents() always goes through a renamed copy. */
  if (path != NULL)
    return nd_file_replace_contents (path, contents, strlen (contents), 0666, error);

  return g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, error);
}
