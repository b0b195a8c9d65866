/* nd-article-view-search.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Search in NdArticleView: the matches of the query marked in the shown article, stepping
 * from one to the next, and scrolling to a place in the text (a match, a collected quote, a
 * mentioned date) by jumping to the scroll mark until layout stops moving it. */

#define G_LOG_DOMAIN "nd-article-view"

#include "config.h"

#include "nd-article-view-private.h"
#include "search/nd-search-match.h"

static gboolean
is_scroll_mark_visible (NdArticleView *self)
{
  GtkTextIter iter;
  GdkRectangle visible;
  GdkRectangle location;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, self->scroll_mark);
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);

  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

/* The jumping stops once the mark has stayed on screen this many frames, or after this
 * many frames at most. A budget in frames, not seconds: on a busy machine the text view
 * lays out fewer lines a second, and a time budget ran out with the target still off
 * screen. */
#define JUMP_STABLE_FRAMES 3
#define JUMP_MAX_FRAMES    600

/* Puts the scroll mark a third of the way down at once, unless it shows from the top. Not gtk_text_view_scroll_to_mark():
 * its animation leaves the adjustment holding the frame clock, and GTK 4.8 then fails
 * ("handler_id > 0") when the text view is unmapped, as it is when the list empties. */
static void
jump_to_scroll_mark (NdArticleView *self)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GdkRectangle location;
  GtkTextIter iter;

  double page_size = gtk_adjustment_get_page_size (vadjustment);

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, self->scroll_mark);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);
  /* A match seen from the top leaves the headline in view. */
  if (location.y + location.height <= 0.8 * page_size)
    gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
  else
    gtk_adjustment_set_value (vadjustment, location.y - 0.3 * page_size);
}

/* Line heights are estimates until the text view has laid the lines out, which it does
 * over a few frames: jump again each frame until the mark has stayed on screen. */
static gboolean
jump_to_scroll_mark_cb (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  NdArticleView *self = user_data;
  gboolean visible = is_scroll_mark_visible (self);

  jump_to_scroll_mark (self);
  self->n_scroll_retries = visible ? self->n_scroll_retries + 1 : 0;
  self->n_jump_frames++;
  if (self->n_scroll_retries < JUMP_STABLE_FRAMES && self->n_jump_frames < JUMP_MAX_FRAMES)
    return G_SOURCE_CONTINUE;

  self->scroll_check_tick = 0;
  return G_SOURCE_REMOVE;
}

void
_nd_article_view_stop_checking_scroll (NdArticleView *self)
{
  if (self->scroll_check_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->scroll_check_tick);
  self->scroll_check_tick = 0;
}

static void
start_jumping_to_scroll_mark (NdArticleView *self)
{
  _nd_article_view_stop_checking_scroll (self);
  self->n_scroll_retries = 0;
  self->n_jump_frames = 0;
  jump_to_scroll_mark (self);
  self->scroll_check_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view),
                                                          jump_to_scroll_mark_cb, self, NULL);
}

/* Brings the scroll mark on screen, a third of the way down, without GtkTextView's
 * animation: that scrolls with the line heights it knows when it starts, which far from
 * what is on screen are estimates, and in a long body the text view goes on laying out
 * lines above the target in the background, so an animation ends off target (on a busy
 * machine, far off). A jump, repeated frame by frame until layout stops moving the target,
 * always ends with it on screen; the exact pixel still depends on how much of the text
 * above it was laid out by then. */
void
_nd_article_view_scroll_to_scroll_mark (NdArticleView *self)
{
  g_clear_handle_id (&self->top_after_layout_source, g_source_remove);
  start_jumping_to_scroll_mark (self);
}

static gboolean
scroll_to_top_after_layout_cb (gpointer user_data)
{
  NdArticleView *self = user_data;
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  self->top_after_layout_source = 0;
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));

  return G_SOURCE_REMOVE;
}

static void
scroll_to_top (NdArticleView *self)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkTextIter start;

  _nd_article_view_stop_checking_scroll (self);
  gtk_text_buffer_get_start_iter (self->buffer, &start);
  gtk_text_buffer_place_cursor (self->buffer, &start);
  gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &start);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));

  /* Not gtk_text_view_scroll_to_mark(): it animates, so every new article would slide
   * for 200 ms. But GtkTextView remembers its first visible paragraph with a mark that new
   * text can push to the end of the buffer, so a view that has just been mapped can still
   * move on its first layout (seen on slow machines): go to the top once more after it. */
  g_clear_handle_id (&self->top_after_layout_source, g_source_remove);
  self->top_after_layout_source = g_idle_add_full (GDK_PRIORITY_REDRAW + 10,
                                                   scroll_to_top_after_layout_cb, self, NULL);
}

static void
add_matches (NdArticleView *self,
             GArray        *found,
             gboolean       in_body)
{
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      NdSearchMatch match = g_array_index (found, NdSearchMatch, i);
      GtkTextIter start, end;

      if (in_body)
        {
          match.start = _nd_article_view_body_to_buffer_offset (self, match.start);
          match.end = _nd_article_view_body_to_buffer_offset (self, match.end);
        }

      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, (int)match.start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, (int)match.end);
      gtk_text_buffer_apply_tag (self->buffer, self->match_tag, &start, &end);
      g_array_append_val (self->matches, match);
    }
}

/* Marks every match of the query in the shown article; called after each rebuild. */
void
_nd_article_view_highlight_matches (NdArticleView *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->match_tag, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->current_match_tag, &start, &end);
  g_array_set_size (self->matches, 0);
  self->current_match = -1;

  if (self->query == NULL || self->article == NULL)
    return;

  if (nd_article_get_title (self->article)[0] != '\0')
    {
      g_autoptr(GArray) in_title = nd_search_find_matches (self->query,
                                                           nd_article_get_title (self->article),
                                                           ND_SEARCH_FIELD_TITLE);
      add_matches (self, in_title, FALSE);
    }

  {
    g_autoptr(GArray) in_body = nd_search_find_matches (self->query,
                                                        nd_article_get_body (self->article),
                                                        ND_SEARCH_FIELD_BODY);
    add_matches (self, in_body, TRUE);
  }
}

static void
select_match (NdArticleView *self,
              int            index)
{
  const NdSearchMatch *match = &g_array_index (self->matches, NdSearchMatch, index);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->current_match_tag, &start, &end);

  self->current_match = index;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &start, (int)match->start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end, (int)match->end);
  gtk_text_buffer_apply_tag (self->buffer, self->current_match_tag, &start, &end);
  gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &start);
  _nd_article_view_scroll_to_scroll_mark (self);
}

/* An article opened while searching (a search result) opens at its first match in the
 * body, without selecting it, so Enter still goes to the first match; a match in the
 * headline, or none, is seen from the top. */
void
_nd_article_view_scroll_to_first_match_or_top (NdArticleView *self)
{
  GtkTextIter start;

  scroll_to_top (self);

  for (guint i = 0; i < self->matches->len; i++)
    {
      const NdSearchMatch *match = &g_array_index (self->matches, NdSearchMatch, i);

      if ((int)match->start < self->body_start)
        continue;

      g_clear_handle_id (&self->top_after_layout_source, g_source_remove);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, (int)match->start);
      gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &start);
      start_jumping_to_scroll_mark (self);
      return;
    }
}

/**
 * nd_article_view_set_query:
 * @query: (nullable): the search whose matches to mark
 *
 * Marks every match of @query in the article shown now and in the ones shown later.
 */
void
nd_article_view_set_query (NdArticleView *self,
                           NdSearchQuery *query)
{
  g_return_if_fail (ND_IS_ARTICLE_VIEW (self));

  g_clear_pointer (&self->query, nd_search_query_unref);
  self->query = query ? nd_search_query_ref (query) : NULL;
  _nd_article_view_highlight_matches (self);
}

guint
nd_article_view_get_n_matches (NdArticleView *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), 0);

  return self->matches->len;
}

int
nd_article_view_get_current_match (NdArticleView *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), -1);

  return self->current_match;
}

/**
 * nd_article_view_select_next_match:
 * @backwards: go to the previous match instead
 *
 * Selects and scrolls to the next (or previous) match. Returns %FALSE, selecting nothing,
 * when there is none in that direction, so the caller can move on to another article.
 */
gboolean
nd_article_view_select_next_match (NdArticleView *self,
                                   gboolean       backwards)
{
  int next;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), FALSE);

  if (self->matches->len == 0)
    return FALSE;

  if (backwards)
    next = self->current_match < 0 ? (int)self->matches->len - 1 : self->current_match - 1;
  else
    next = self->current_match + 1;

  if (next < 0 || next >= (int)self->matches->len)
    return FALSE;

  select_match (self, next);
  return TRUE;
}

/**
 * nd_article_view_scroll_to_offset:
 * @body_char_offset: a character offset into the article's body, as
 *   nd_article_get_body() returns it
 *
 * Scrolls the reader so that the given place in the body is visible.  Nothing is
 * selected.  The scroll happens once the text around it has been laid out.
 *
 * Returns: %TRUE if an article is shown and @body_char_offset is within its body
 */
gboolean
nd_article_view_scroll_to_offset (NdArticleView *self,
                                  guint          body_char_offset)
{
  GtkTextIter iter;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), FALSE);

  if (self->article == NULL || body_char_offset > self->body_chars)
    return FALSE;

  /* An offset on the second newline of a separator lands on the single newline that
   * replaced it. */
  gtk_text_buffer_get_iter_at_offset (
    self->buffer, &iter, (int)_nd_article_view_body_to_buffer_offset (self, body_char_offset));
  gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &iter);
  _nd_article_view_scroll_to_scroll_mark (self);

  return TRUE;
}
