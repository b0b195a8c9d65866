/* nd-article-view-quotes.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Quotations in NdArticleView: those the article holds, marked subtly with their speaker in
 * a tooltip; the quotes of the Quotes collection that come from it, marked more strongly;
 * and what "Add to Quotes" in the context menu takes, the selection or the quotation
 * clicked. */

#define G_LOG_DOMAIN "nd-article-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nd-article-view-private.h"
#include "quotes/nd-quote.h"
#include "quotes/nd-quote-collection.h"
#include "quotes/nd-quote-finder.h"

static const NdQuotation *
find_quotation_at (NdArticleView *self,
                   guint          body_offset)
{
  for (guint i = 0; self->quotations != NULL && i < self->quotations->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (self->quotations, i);

      if (quotation->start <= body_offset && body_offset < quotation->end)
        return quotation;
    }

  return NULL;
}

/* Finds and marks the quotations of the article shown; called after each rebuild. */
void
_nd_article_view_mark_quotations (NdArticleView *self)
{
  const char *body;

  g_ptr_array_set_size (self->quotations, 0);
  if (self->article == NULL)
    return;

  body = nd_article_get_body (self->article);
  if (body == NULL || *body == '\0')
    return;

  g_ptr_array_extend_and_steal (self->quotations, nd_quote_finder_find (body));
  for (guint i = 0; i < self->quotations->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (self->quotations, i);
      GtkTextIter start, end;

      if (quotation->end > self->body_chars || quotation->start >= quotation->end)
        continue;

      gtk_text_buffer_get_iter_at_offset (
        self->buffer, &start, (int)_nd_article_view_body_to_buffer_offset (self, quotation->start));
      gtk_text_buffer_get_iter_at_offset (
        self->buffer, &end, (int)_nd_article_view_body_to_buffer_offset (self, quotation->end));
      gtk_text_buffer_apply_tag (self->buffer, self->quotation_tag, &start, &end);
    }
}

/* Where @quote's words are in the shown body, in body characters: where they were
 * collected, or, when the file has changed since, where they are found first.  A quote
 * keeps paragraphs apart with one "\n", the body with "\n\n". */
static gboolean
locate_collected (NdArticleView *self,
                  NdQuote       *quote,
                  guint         *start,
                  guint         *end)
{
  const char *body = nd_article_get_body (self->article);
  g_auto(GStrv) paragraphs = g_strsplit (nd_quote_get_text (quote), "\n", -1);
  g_autofree char *wanted = g_strjoinv ("\n\n", paragraphs);
  glong wanted_chars = g_utf8_strlen (wanted, -1);
  const char *found;

  if (body == NULL || wanted_chars == 0)
    return FALSE;

  *start = nd_quote_get_start (quote);
  *end = nd_quote_get_end (quote);
  if (*end <= self->body_chars && *start + (guint)wanted_chars == *end)
    {
      g_autofree char *there = g_utf8_substring (body, *start, *end);

      if (g_str_equal (there, wanted))
        return TRUE;
    }

  found = strstr (body, wanted);
  if (found == NULL)
    return FALSE;

  *start = (guint)g_utf8_pointer_to_offset (body, found);
  *end = *start + (guint)wanted_chars;
  return TRUE;
}

/* Marks the quotes of the Quotes collection that come from the shown article; called
 * after each rebuild and whenever the collection changes. */
void
_nd_article_view_mark_collected (NdArticleView *self)
{
  GListModel *quotes = G_LIST_MODEL (self->quote_collection);
  GtkTextIter start, end;
  const char *id;
  guint n;

  /* Only from the first mark on: a whole long article would be drawn again. */
  gtk_text_buffer_get_start_iter (self->buffer, &start);
  if (gtk_text_iter_has_tag (&start, self->collected_tag) ||
      gtk_text_iter_forward_to_tag_toggle (&start, self->collected_tag))
    {
      gtk_text_buffer_get_end_iter (self->buffer, &end);
      gtk_text_buffer_remove_tag (self->buffer, self->collected_tag, &start, &end);
    }

  if (self->article == NULL || quotes == NULL)
    return;

  id = nd_article_get_id (self->article);
  n = g_list_model_get_n_items (quotes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NdQuote) quote = g_list_model_get_item (quotes, i);
      guint from, to;

      if (g_strcmp0 (nd_quote_get_article_id (quote), id) != 0 ||
          !locate_collected (self, quote, &from, &to))
        continue;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &start,
                                          (int)_nd_article_view_body_to_buffer_offset (self, from));
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end,
                                          (int)_nd_article_view_body_to_buffer_offset (self, to));
      gtk_text_buffer_apply_tag (self->buffer, self->collected_tag, &start, &end);
    }
}

static void
on_quotes_changed_cb (GListModel    *quotes,
                      guint          position,
                      guint          removed,
                      guint          added,
                      NdArticleView *self)
{
  _nd_article_view_mark_collected (self);
}

/* Whether the text view's context menu is open: a popover is its only popover child. */
static gboolean
is_menu_open (NdArticleView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->text_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      return TRUE;

  return FALSE;
}

static gboolean
on_query_tooltip_cb (GtkWidget     *widget,
                     int            x,
                     int            y,
                     gboolean       keyboard_mode,
                     GtkTooltip    *tooltip,
                     NdArticleView *self)
{
  GtkTextIter iter;
  g_autofree char *text = NULL;

  g_assert (ND_IS_ARTICLE_VIEW (self));

  /* The menu is the text view's child, so GTK asks here for a tooltip over the menu too.
   * Showing one there left the text view without an allocation on GTK 4.8 (drawn blank
   * while the menu was open), and it hid the menu's items. */
  if (is_menu_open (self))
    return FALSE;

  if (keyboard_mode)
    {
      GtkTextMark *insert = gtk_text_buffer_get_insert (self->buffer);

      gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, insert);
    }
  else if (!_nd_article_view_iter_at_widget_point (self, x, y, &iter))
    return FALSE;

  if (gtk_text_iter_get_offset (&iter) < self->body_start)
    return FALSE;

  text = nd_article_view_dup_quotation_tooltip (
    self, _nd_article_view_buffer_to_body_offset (self, gtk_text_iter_get_offset (&iter)));
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The selection within the body, without the spaces, quotation marks and punctuation around
 * it that a hasty drag picks up (nd_quote_trim_range()); FALSE when nothing of the body is
 * selected. */
static gboolean
get_selected_body_range (NdArticleView *self,
                         guint         *start,
                         guint         *end)
{
  GtkTextIter first, last;
  guint from, to;
  const char *body;
  g_autofree gunichar *chars = NULL;
  glong n_chars;

  if (self->article == NULL ||
      !gtk_text_buffer_get_selection_bounds (self->buffer, &first, &last) ||
      gtk_text_iter_get_offset (&last) <= self->body_start)
    return FALSE;

  from = _nd_article_view_buffer_to_body_offset (self, gtk_text_iter_get_offset (&first));
  to = _nd_article_view_buffer_to_body_offset (self, gtk_text_iter_get_offset (&last));

  body = nd_article_get_body (self->article);
  chars = g_utf8_to_ucs4_fast (body != NULL ? body : "", -1, &n_chars);
  to = MIN (to, (guint)n_chars);
  if (!nd_quote_trim_range (chars, &from, &to))
    return FALSE;

  *start = from;
  *end = to;
  return TRUE;
}

static const NdQuotation *
get_quotation_at_cursor (NdArticleView *self)
{
  GtkTextIter iter;

  if (self->article == NULL)
    return NULL;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  if (gtk_text_iter_get_offset (&iter) < self->body_start)
    return NULL;

  return find_quotation_at (
    self, _nd_article_view_buffer_to_body_offset (self, gtk_text_iter_get_offset (&iter)));
}

void
_nd_article_view_update_can_add_quote (NdArticleView *self)
{
  guint start, end;
  gboolean can_add = get_selected_body_range (self, &start, &end) ||
                     get_quotation_at_cursor (self) != NULL;

  _nd_article_view_set_can_add_quote (self, can_add);
}

static void
on_mark_set_cb (GtkTextBuffer *buffer,
                GtkTextIter   *location,
                GtkTextMark   *mark,
                NdArticleView *self)
{
  if (mark == gtk_text_buffer_get_insert (buffer) ||
      mark == gtk_text_buffer_get_selection_bound (buffer))
    _nd_article_view_update_can_add_quote (self);
}

static void
on_menu_closed_cb (GtkPopover    *menu,
                   NdArticleView *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), TRUE);
}

/* The text view makes its menu on the first right click, after our handler has run. */
static gboolean
watch_menu_cb (gpointer user_data)
{
  NdArticleView *self = user_data;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->text_view));
       child != NULL && !self->menu_watched;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      {
        g_signal_connect_object (child, "closed", G_CALLBACK (on_menu_closed_cb), self, 0);
        self->menu_watched = TRUE;
      }

  return G_SOURCE_REMOVE;
}

/* A right click on a quotation puts the cursor in it (GtkTextView keeps the cursor where
 * it was when the click is outside a selection only for editable views), so that the
 * menu's "Add to Quotes" takes the quotation under the pointer. */
static void
on_secondary_pressed_cb (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         NdArticleView   *self)
{
  GtkTextIter iter;

  /* The menu this click opens is the text view's child, and GTK 4.8 asks the text view
   * for tooltips over it: answering none (on_query_tooltip_cb) still let a tooltip shown
   * just before come back over the menu now and then on a busy machine, and the text view
   * was drawn blank. With tooltips off until the menu closes (on_menu_closed_cb), GTK
   * does not ask at all. */
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), FALSE);
  if (!self->menu_watched)
    g_idle_add_full (G_PRIORITY_DEFAULT, watch_menu_cb, g_object_ref (self), g_object_unref);

  if (gtk_text_buffer_get_has_selection (self->buffer) ||
      !_nd_article_view_iter_at_widget_point (self, x, y, &iter))
    return;

  gtk_text_buffer_place_cursor (self->buffer, &iter);
}

/* Called on pointer motion over the text view: should the menu have closed without our
 * knowing (no menu was made, say), tooltips come back all the same. */
void
_nd_article_view_restore_tooltips (NdArticleView *self)
{
  if (gtk_widget_get_has_tooltip (GTK_WIDGET (self->text_view)) || is_menu_open (self))
    return;

  /* GTK looked for a tooltip for this motion before it came here: ask again. */
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), TRUE);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self->text_view));
}

void
_nd_article_view_setup_quotations (NdArticleView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkGesture *gesture;

  g_menu_append (menu, _("_Add to Quotes"), "win.add-to-quotes");
  g_menu_append (menu, _("Compare _With…"), "win.compare-with");
  gtk_text_view_set_extra_menu (self->text_view, G_MENU_MODEL (menu));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), TRUE);
  g_signal_connect (self->text_view, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);
  g_signal_connect (self->buffer, "mark-set", G_CALLBACK (on_mark_set_cb), self);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (gesture));
}

/**
 * nd_article_view_get_quote_range:
 * @start: (out): where the quote starts in the body, in characters
 * @end: (out): one past where it ends
 * @text: (out) (optional) (transfer full): the words of the quote
 * @speaker: (out) (optional) (transfer full) (nullable): who said them, when the quote
 *   lies in a quotation whose speaker the article names
 *
 * What "Add to Quotes" would add: the selected text of the body, without the quotation
 * marks and spaces around it, or else the quotation the cursor is in (after a click).
 * The text keeps paragraphs apart with one "\n", as quotations found in the body do.
 *
 * Returns: %TRUE if there is something to add
 */
gboolean
nd_article_view_get_quote_range (NdArticleView  *self,
                                 guint          *start,
                                 guint          *end,
                                 char          **text,
                                 char          **speaker)
{
  const NdQuotation *quotation = NULL;
  guint from, to;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  if (get_selected_body_range (self, &from, &to))
    {
      const NdQuotation *inside = find_quotation_at (self, from);

      if (inside != NULL && to <= inside->end)
        quotation = inside;
      if (text != NULL)
        {
          g_autofree char *raw = g_utf8_substring (nd_article_get_body (self->article), from, to);
          g_auto(GStrv) paragraphs = g_strsplit (raw, "\n\n", -1);

          *text = g_strjoinv ("\n", paragraphs);
        }
    }
  else
    {
      quotation = get_quotation_at_cursor (self);
      if (quotation == NULL)
        return FALSE;
      from = quotation->start;
      to = quotation->end;
      if (text != NULL)
        *text = g_strdup (quotation->text);
    }

  *start = from;
  *end = to;
  if (speaker != NULL)
    *speaker = quotation != NULL ? g_strdup (quotation->speaker) : NULL;

  return TRUE;
}

static gboolean
is_selected (NdArticleView     *self,
             const GtkTextIter *first,
             const GtkTextIter *last)
{
  GtkTextIter start, end;

  return gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end) &&
         gtk_text_iter_equal (&start, first) && gtk_text_iter_equal (&end, last);
}

/**
 * nd_article_view_select_body_range:
 * @start: a character offset into the body
 * @end: one past the last character to select
 *
 * Selects that part of the body and scrolls to it, as going to a collected quote does.
 *
 * Returns: %TRUE if an article is shown and the range lies in its body
 */
gboolean
nd_article_view_select_body_range (NdArticleView *self,
                                   guint          start,
                                   guint          end)
{
  GtkTextIter first, last;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), FALSE);

  if (self->article == NULL || start > end || end > self->body_chars)
    return FALSE;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &first,
                                      (int)_nd_article_view_body_to_buffer_offset (self, start));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &last,
                                      (int)_nd_article_view_body_to_buffer_offset (self, end));
  /* Selecting the same text again would claim the X PRIMARY selection again, and the
   * answer to the first claim, arriving after the second, clears the selection. */
  if (!is_selected (self, &first, &last))
    gtk_text_buffer_select_range (self->buffer, &last, &first);
  gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &first);
  _nd_article_view_scroll_to_scroll_mark (self);

  return TRUE;
}

/**
 * nd_article_view_dup_quotation_tooltip:
 * @body_offset: a character offset into the body
 *
 * Returns: (transfer full) (nullable): what hovering that place shows: who said the
 *   quotation there, or that the article does not say, and which other outlets carry it;
 *   %NULL outside quotations
 */
char *
nd_article_view_dup_quotation_tooltip (NdArticleView *self,
                                       guint          body_offset)
{
  const NdQuotation *quotation;
  g_autofree char *said = NULL;
  g_autofree char *elsewhere = NULL;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), NULL);

  quotation = find_quotation_at (self, body_offset);
  if (quotation == NULL)
    return NULL;

  elsewhere = _nd_article_view_dup_shared_tooltip (self, body_offset);
  if (quotation->speaker != NULL)
    /* Translators: the tooltip of a quotation in the reader */
    said = g_strdup_printf (_("Said by %s"), quotation->speaker);
  else
    said = g_strdup (_("Quotation; the article does not say clearly who said it"));

  if (elsewhere == NULL)
    return g_steal_pointer (&said);

  return g_strconcat (said, "\n", elsewhere, NULL);
}

/**
 * nd_article_view_set_quote_collection:
 * @collection: (nullable): the Quotes collection
 *
 * Marks the quotes of @collection that come from the shown article, and keeps the marks
 * up to date as quotes are added and removed.
 */
void
nd_article_view_set_quote_collection (NdArticleView     *self,
                                      NdQuoteCollection *collection)
{
  g_return_if_fail (ND_IS_ARTICLE_VIEW (self));
  g_return_if_fail (collection == NULL || ND_IS_QUOTE_COLLECTION (collection));

  if (self->quote_collection == collection)
    return;

  if (self->quote_collection != NULL)
    g_signal_handlers_disconnect_by_data (self->quote_collection, self);
  g_set_object (&self->quote_collection, collection);
  if (collection != NULL)
    g_signal_connect (collection, "items-changed", G_CALLBACK (on_quotes_changed_cb), self);

  _nd_article_view_mark_collected (self);
}
