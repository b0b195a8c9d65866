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

/* The statements whose versions in the shown article are tinted: those paired with the
 * other article side by side, or else those that other outlets carry too. */
static GPtrArray *
get_tinted (NdArticleView *self)
{
  return self->paired != NULL ? self->paired : self->statements;
}

/* Calls @func for each version in the shown article of a statement that is tinted, with the
 * statement's index among them; stops when it returns TRUE. */
static gboolean
foreach_shared_version (NdArticleView *self,
                        gboolean     (*func) (NdArticleView            *self,
                                              NdStatement              *statement,
                                              guint                     index,
                                              const NdStatementVersion *version,
                                              gpointer                  data),
                        gpointer       data)
{
  GPtrArray *tinted = get_tinted (self);

  for (guint s = 0; tinted != NULL && self->article != NULL && s < tinted->len; s++)
    {
      NdStatement *statement = g_ptr_array_index (tinted, s);

      if (self->paired == NULL && nd_statement_get_n_outlets (statement) < 2)
        continue;
      for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
        {
          const NdStatementVersion *version = nd_statement_get_version (statement, v);

          if (version->article == self->article && func (self, statement, s, version, data))
            return TRUE;
        }
    }

  return FALSE;
}

static gboolean
tint_version (NdArticleView            *self,
              NdStatement              *statement,
              guint                     index,
              const NdStatementVersion *version,
              gpointer                  data)
{
  GtkTextTag *tag = self->paired != NULL ? self->pair_tags[index % ND_ARTICLE_VIEW_N_PAIR_COLOURS]
                                         : self->shared_tag;
  GtkTextIter start, end;

  if (version->end > self->body_chars || version->start >= version->end)
    return FALSE;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &start,
                                      (int)_nd_article_view_body_to_buffer_offset (self, version->start));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end,
                                      (int)_nd_article_view_body_to_buffer_offset (self, version->end));
  gtk_text_buffer_apply_tag (self->buffer, tag, &start, &end);

  return FALSE;
}

/* Marks the first version in the shown article of the statement gone to side by side.
 * Returns FALSE if the article carries none. */
static gboolean
mark_current (NdArticleView *self)
{
  NdStatement *statement;
  const NdStatementVersion *first = NULL;
  GtkTextIter start, end;

  if (self->paired == NULL || self->current_pair < 0 || self->article == NULL)
    return FALSE;

  statement = g_ptr_array_index (self->paired, self->current_pair);
  for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
    {
      const NdStatementVersion *version = nd_statement_get_version (statement, v);

      if (version->article == self->article && version->start < version->end &&
          version->end <= self->body_chars && (first == NULL || version->start < first->start))
        first = version;
    }
  if (first == NULL)
    return FALSE;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &start,
                                      (int)_nd_article_view_body_to_buffer_offset (self, first->start));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end,
                                      (int)_nd_article_view_body_to_buffer_offset (self, first->end));
  gtk_text_buffer_apply_tag (self->buffer,
                             self->pair_current_tags[self->current_pair % ND_ARTICLE_VIEW_N_PAIR_COLOURS],
                             &start, &end);
  /* The cursor too, so that a keyboard user's tooltip (Ctrl+F1) tells about it. */
  gtk_text_buffer_place_cursor (self->buffer, &start);
  gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &start);

  return TRUE;
}

/* Tints the shown article's quotations that other outlets carry, or those paired side by
 * side; called after each rebuild and whenever the statements change. */
void
_nd_article_view_mark_shared (NdArticleView *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->shared_tag, &start, &end);
  for (guint i = 0; i < ND_ARTICLE_VIEW_N_PAIR_COLOURS; i++)
    {
      gtk_text_buffer_remove_tag (self->buffer, self->pair_tags[i], &start, &end);
      gtk_text_buffer_remove_tag (self->buffer, self->pair_current_tags[i], &start, &end);
    }
  foreach_shared_version (self, tint_version, NULL);
  mark_current (self);
}

typedef struct
{
  guint                     offset;
  NdStatement              *statement;
  guint                     index;
  const NdStatementVersion *version;
} Hit;

static gboolean
is_at_offset (NdArticleView            *self,
              NdStatement              *statement,
              guint                     index,
              const NdStatementVersion *version,
              gpointer                  data)
{
  Hit *hit = data;

  if (version->start > hit->offset || hit->offset >= version->end)
    return FALSE;

  hit->statement = statement;
  hit->index = index;
  hit->version = version;
  return TRUE;
}

/* For each other article that names someone else, "\nB gives it to Zoë Brennan". */
static void
append_other_speakers (GString                  *text,
                       NdStatement              *statement,
                       const NdStatementVersion *here)
{
  for (guint v = 0; v < nd_statement_get_n_versions (statement); v++)
    {
      const NdStatementVersion *version = nd_statement_get_version (statement, v);
      const char *outlet = nd_article_get_source (version->article);

      if (version->article == here->article || outlet == NULL)
        continue;
      if (version->speaker != NULL && here->speaker != NULL &&
          !nd_quote_speaker_same_person (version->speaker, here->speaker))
        /* Translators: an outlet, then who it says said a statement */
        g_string_append_printf (text, _("\n%s gives it to %s"), outlet, version->speaker);
    }
}

/* Side by side: which of the statements both articles carry this is, and who the other
 * article gives it to if that is someone else. */
static char *
describe_paired (NdArticleView            *self,
                 guint                     index,
                 NdStatement              *statement,
                 const NdStatementVersion *here)
{
  GString *text = g_string_new (NULL);

  /* Translators: the tooltip of a statement two articles side by side both carry */
  g_string_append_printf (text, _("In both articles: statement %u of %u"), index + 1, self->paired->len);
  append_other_speakers (text, statement, here);

  return g_string_free (text, FALSE);
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
  Hit hit = { body_offset, NULL, 0, NULL };

  if (!foreach_shared_version (self, is_at_offset, &hit))
    return NULL;

  if (self->paired != NULL)
    return describe_paired (self, hit.index, hit.statement, hit.version);

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

/**
 * nd_article_view_set_paired_statements:
 * @self: the reader
 * @paired: (nullable) (element-type NdStatement): the statements the shown article shares
 *   with the article beside it, in the order of the side by side view
 *
 * Tints each statement of @paired in the colour of its index, the one the reader beside
 * gives it, in place of the tint of what other outlets carry; %NULL goes back to that.
 */
void
nd_article_view_set_paired_statements (NdArticleView *self,
                                       GPtrArray     *paired)
{
  g_return_if_fail (ND_IS_ARTICLE_VIEW (self));

  if (paired != NULL)
    g_ptr_array_ref (paired);
  g_clear_pointer (&self->paired, g_ptr_array_unref);
  self->paired = paired;
  self->current_pair = -1;

  if (self->buffer != NULL)
    _nd_article_view_mark_shared (self);
}

/**
 * nd_article_view_get_pair_colour_at:
 * @body_offset: a character offset into the body
 *
 * Returns: the index of the tint of the paired statement at @body_offset, -1 for none
 */
int
nd_article_view_get_pair_colour_at (NdArticleView *self,
                                    guint          body_offset)
{
  GtkTextIter iter;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), -1);

  if (self->article == NULL || body_offset >= self->body_chars)
    return -1;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter,
                                      (int)_nd_article_view_body_to_buffer_offset (self, body_offset));
  for (guint i = 0; i < ND_ARTICLE_VIEW_N_PAIR_COLOURS; i++)
    if (gtk_text_iter_has_tag (&iter, self->pair_tags[i]))
      return (int)i;

  return -1;
}

/**
 * nd_article_view_go_to_paired:
 * @index: an index into the paired statements, or -1 for none
 *
 * Marks the paired statement @index as the one gone to, more strongly than the others,
 * and scrolls to its first version in the shown article.
 *
 * Returns: %TRUE if the shown article carries that statement
 */
gboolean
nd_article_view_go_to_paired (NdArticleView *self,
                              int            index)
{
  guint start, end;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), FALSE);
  g_return_val_if_fail (index < 0 || (self->paired != NULL && (guint)index < self->paired->len), FALSE);

  self->current_pair = index;
  _nd_article_view_mark_shared (self);
  if (!nd_article_view_get_current_pair_range (self, &start, &end))
    return FALSE;

  _nd_article_view_scroll_to_scroll_mark (self);
  return TRUE;
}

/**
 * nd_article_view_get_current_pair_range:
 * @start: (out): where the statement gone to starts in the body
 * @end: (out): one past where it ends
 *
 * Returns: whether a paired statement is gone to in the shown article
 */
gboolean
nd_article_view_get_current_pair_range (NdArticleView *self,
                                        guint         *start,
                                        guint         *end)
{
  GtkTextIter first, last;
  GtkTextTag *tag;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), FALSE);

  if (self->current_pair < 0)
    return FALSE;

  tag = self->pair_current_tags[self->current_pair % ND_ARTICLE_VIEW_N_PAIR_COLOURS];
  gtk_text_buffer_get_start_iter (self->buffer, &first);
  if (!gtk_text_iter_starts_tag (&first, tag) && !gtk_text_iter_forward_to_tag_toggle (&first, tag))
    return FALSE;
  last = first;
  gtk_text_iter_forward_to_tag_toggle (&last, tag);

  *start = _nd_article_view_buffer_to_body_offset (self, gtk_text_iter_get_offset (&first));
  *end = _nd_article_view_buffer_to_body_offset (self, gtk_text_iter_get_offset (&last));
  return TRUE;
}

/**
 * nd_article_view_activate_paired_at:
 * @body_offset: a character offset into the body
 *
 * What a click there does: when a paired statement is there, asks the side by side view
 * around the reader to go to it in both readers (the action side-by-side.go-to).
 *
 * Returns: whether a paired statement is there
 */
gboolean
nd_article_view_activate_paired_at (NdArticleView *self,
                                    guint          body_offset)
{
  Hit hit = { body_offset, NULL, 0, NULL };

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), FALSE);

  if (self->paired == NULL || !foreach_shared_version (self, is_at_offset, &hit))
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "side-by-side.go-to", "i", (int)hit.index);
  return TRUE;
}

/* A click, not the end of a drag that selects, on a paired statement goes to it. */
static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      NdArticleView   *self)
{
  GtkTextIter iter;

  if (self->paired == NULL || n_press != 1 || gtk_text_buffer_get_has_selection (self->buffer) ||
      !_nd_article_view_iter_at_widget_point (self, x, y, &iter) ||
      gtk_text_iter_get_offset (&iter) < self->body_start)
    return;

  nd_article_view_activate_paired_at (self, _nd_article_view_buffer_to_body_offset (self, gtk_text_iter_get_offset (&iter)));
}

void
_nd_article_view_setup_statements (NdArticleView *self)
{
  GtkGesture *gesture = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (gesture));
}
