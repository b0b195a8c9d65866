/* nd-fuzz.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the harnesses share: turning the fuzzer's bytes into the strings and articles the
 * core takes, and the checks that hold for anything the core gives back. */

#include "config.h"

#include "model/nd-article-private.h"
#include "formats/nd-formats.h"
#include "nd-fuzz.h"
#include "model/nd-load-error.h"

void
nd_fuzz_assert_text_at (const char *text,
                        const char *where)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || g_utf8_validate (text, -1, NULL))
    return;

  escaped = g_strescape (text, NULL);
  g_error ("%s: not valid UTF-8: \"%s\"", where, escaped);
}

/* The core takes NUL-terminated UTF-8 where it takes a body or a query; the loader is what
 * makes that so for files, so harnesses that start after it repair the bytes the same way. */
char *
nd_fuzz_dup_string (const uint8_t *data,
                    size_t         size)
{
  return g_utf8_make_valid ((const char *)data, (gssize)size);
}

NdArticle *
nd_fuzz_article_new (const char *body)
{
  NdArticleFields fields = { 0 };

  fields.id = g_strdup ("fuzz");
  fields.title = g_strdup ("Fuzz");
  fields.source = g_strdup ("Fuzz Outlet");
  fields.body = g_strdup (body);
  fields.file = g_strdup ("fuzz.json");
  fields.published = g_date_time_new_utc (2026, 4, 1, 12, 0, 0);

  return _nd_article_new_take (&fields);
}

/* Parses @data as the file @name would be: articles come back, every problem must name the
 * file, and nothing may crash. */
GPtrArray *
nd_fuzz_parse (const char    *name,
               const uint8_t *data,
               size_t         size)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_load_error_free);
  /* json-glib wants the text NUL-terminated behind its length. */
  g_autofree char *copy = g_malloc (size + 1);

  memcpy (copy, data, size);
  copy[size] = '\0';
  nd_formats_parse (name, copy, size, articles, errors);

  for (guint i = 0; i < errors->len; i++)
    {
      g_autofree char *message = nd_load_error_to_string (g_ptr_array_index (errors, i));

      nd_fuzz_assert_text (message);
      g_assert_nonnull (strstr (message, name));
    }

  return articles;
}

void
nd_fuzz_assert_article (NdArticle *article)
{
  const char * const *authors = nd_article_get_authors (article);

  g_assert_nonnull (nd_article_get_id (article));
  nd_fuzz_assert_text (nd_article_get_id (article));
  nd_fuzz_assert_text (nd_article_get_title (article));
  nd_fuzz_assert_text (nd_article_get_source (article));
  nd_fuzz_assert_text (nd_article_get_url (article));
  nd_fuzz_assert_text (nd_article_get_language (article));
  nd_fuzz_assert_text (nd_article_get_body (article));
  for (guint i = 0; authors != NULL && authors[i] != NULL; i++)
    nd_fuzz_assert_text (authors[i]);
}

/* Counts the records of RFC 4180 CSV (CRLF after each, quoted cells may hold anything),
 * asserting that every record has @n_cells cells. */
guint
nd_fuzz_count_csv_records (const char *csv,
                           guint       n_cells)
{
  guint records = 0;
  guint cells = 1;
  gboolean quoted = FALSE;

  for (const char *p = csv; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            p++;
          else if (*p == '"')
            quoted = FALSE;
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        cells++;
      else if (*p == '\r' && p[1] == '\n')
        {
          g_assert_cmpuint (cells, ==, n_cells);
          records++;
          cells = 1;
          p++;
        }
    }
  g_assert_false (quoted);

  return records;
}
