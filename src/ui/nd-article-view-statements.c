/* nd-article-view-statements.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reader's part of comparing outlets: the quotations of the shown article that other
 * outlets carry too are tinted, and their tooltip says where else they are and who those
 * outlets give them to, so that a disagreement shows while reading, not only in the
 * Compare view. */

#define G_LOG_DOMAIN "nd-article-view"

#include "config.h"

#include <glib/gi18n.h>

#include "compare/nd-statement.h"
#include "nd-article-view-private.h"
#include "quotes/nd-quote-speaker.h"

/* Calls @func for each version in the shown article of a statement that other outlets
 * carry too; stops when it returns TRUE. */
static gboolean
foreach_shared_version (NdArticleView *self,
                        gboolean     (*func) (NdArticleView            *self,
                                              NdStatement              *statement,
                                              const NdStatementVersion *version,
                                              gpointer                  data),
                        gpointer       data)
{
  for (guint s = 0; self->statements != NULL && self->article != NULL && s < self->statements->len; s++)
    {
      NdStatement *statement = g_ptr_array_index (self->statements, s);

      if (nd_statement_get_n_outlets (statement) < 2)
        continue;
      for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
        {
          const NdStatementVersion *version = nd_statement_get_version (statement, v);

          if (version->article == self->article && func (self, statement, version, data))
            return TRUE;
        }
    }

  return FALSE;
}

static gboolean
tint_version (NdArticleView            *self,
              NdStatement              *statement,
              const NdStatementVersion *version,
              gpointer                  data)
{
  GtkTextIter start, end;

  if (version->end > self->body_chars || version->start >= version->end)
    return FALSE;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &start,
                                      (int)_nd_article_view_body_to_buffer_offset (self, version->start));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end,
                                      (int)_nd_article_view_body_to_buffer_offset (self, version->end));
  gtk_text_buffer_apply_tag (self->buffer, self->shared_tag, &start, &end);

  return FALSE;
}

/* Tints the shown article's quotations that other outlets carry; called after each
 * rebuild and whenever the statements change. */
void
_nd_article_view_mark_shared (NdArticleView *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->shared_tag, &start, &end);
  foreach_shared_version (self, tint_version, NULL);
}

typedef struct
{
  guint                     offset;
  NdStatement              *statement;
  const NdStatementVersion *version;
} Hit;

static gboolean
is_at_offset (NdArticleView            *self,
              NdStatement              *statement,
              const NdStatementVersion *version,
              gpointer                  data)
{
  Hit *hit = data;

  if (version->start > hit->offset || hit->offset >= version->end)
    return FALSE;

  hit->statement = statement;
  hit->version = version;
  return TRUE;
}

/* "Also in 2 other outlets: A, B" and, for each other outlet that names someone else,
 * "B gives it to Zoë Brennan". */
static char *
describe_elsewhere (NdStatement              *statement,
                    const NdStatementVersion *here)
{
  g_autoptr(GPtrArray) outlets = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) others = g_string_new (NULL);
  const char *source = nd_article_get_source (here->article);

  for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
    {
      const NdStatementVersion *version = nd_statement_get_version (statement, v);
      const char *outlet = nd_article_get_source (version->article);

      if (g_strcmp0 (outlet, source) == 0 || outlet == NULL)
        continue;
      if (!g_ptr_array_find_with_equal_func (outlets, outlet, g_str_equal, NULL))
        g_ptr_array_add (outlets, (gpointer)outlet);
      if (version->speaker != NULL && here->speaker != NULL &&
          !nd_quote_speaker_same_person (version->speaker, here->speaker))
        /* Translators: an outlet, then who it says said a statement */
        g_string_append_printf (others, _("\n%s gives it to %s"), outlet, version->speaker);
    }

  g_ptr_array_add (outlets, NULL);
  {
    g_autofree char *names = g_strjoinv (", ", (char **)outlets->pdata);

    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Also in %u other outlet: %s",
                                               "Also in %u other outlets: %s", outlets->len - 1),
                            outlets->len - 1, names);
  }
  g_string_append (text, others->str);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What the tooltip adds about other outlets at @body_offset, or %NULL. */
char *
_nd_article_view_dup_shared_tooltip (NdArticleView *self,
                                     guint          body_offset)
{
  Hit hit = { body_offset, NULL, NULL };

  if (!foreach_shared_version (self, is_at_offset, &hit))
    return NULL;

  return describe_elsewhere (hit.statement, hit.version);
}

/**
 * nd_article_view_set_statements:
 * @self: the reader
 * @statements: (nullable) (element-type NdStatement): the statements of the articles
 *   compared (the list the window shows)
 *
 * Tints the shown article's quotations that other outlets carry too and says in their
 * tooltip where else they are and who those outlets give them to.
 */
void
nd_article_view_set_statements (NdArticleView *self,
                                GPtrArray     *statements)
{
  g_return_if_fail (ND_IS_ARTICLE_VIEW (self));

  if (statements != NULL)
    g_ptr_array_ref (statements);
  g_clear_pointer (&self->statements, g_ptr_array_unref);
  self->statements = statements;

  if (self->buffer != NULL)
    _nd_article_view_mark_shared (self);
}
