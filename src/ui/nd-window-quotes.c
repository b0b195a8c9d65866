/* nd-window-quotes.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's part in collecting quotes: the Quotes panel beside the reader, toggled from
 * the header bar; "Add to Quotes" (Ctrl+D, the header bar button and the reader's context
 * menu) for the selection or the quotation clicked; Export (Ctrl+E); and going from a
 * collected quote back to its place in its article.
 *
 * Every window shows the same collection, so that two windows never save different
 * versions of it over each other; it is read from disk when the first window opens. */

#define G_LOG_DOMAIN "nd-window-quotes"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nd-window-private.h"

#define QUOTES_PANEL_WIDTH     380
#define QUOTES_PANEL_MIN_WIDTH 260

static NdQuoteCollection *shared_collection;

static NdQuotesPanel *ensure_quotes_panel (NdWindow *self);

static NdQuoteCollection *
dup_shared_collection (void)
{
  if (shared_collection != NULL)
    return g_object_ref (shared_collection);

  shared_collection = nd_quote_collection_new (NULL);
  g_object_add_weak_pointer (G_OBJECT (shared_collection), (gpointer *)&shared_collection);
  /* A file that cannot be read is set aside and the panel says so; nothing more to do. */
  nd_quote_collection_load (shared_collection, NULL);

  return shared_collection;
}

static void
add_to_quotes_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NdWindow *self = ND_WINDOW (widget);
  NdArticle *article = nd_article_view_get_article (self->article_view);
  NdQuotesPanel *panel;
  g_autoptr(NdQuote) quote = NULL;
  g_autofree char *text = NULL;
  g_autofree char *speaker = NULL;
  guint start, end;

  /* The words are taken before the panel is made or shown, so that nothing the panel
   * does to the layout can cost the reader its selection first. */
  if (article == NULL ||
      !nd_article_view_get_quote_range (self->article_view, &start, &end, &text, &speaker))
    return;

  quote = nd_quote_new_from_article (article, start, end, text, speaker);
  panel = ensure_quotes_panel (self);
  if (nd_quote_collection_add (self->quote_collection, quote))
    nd_quotes_panel_show_message (panel, _("Added to Quotes"));
  else
    nd_quotes_panel_show_message (panel, _("This quote is already in Quotes"));

  gtk_toggle_button_set_active (self->quotes_button, TRUE);
}

/**
 * _nd_window_add_quotes:
 * @quotes: (element-type NdQuote): quotes to collect
 *
 * Adds @quotes to the collection, shows the Quotes panel and says how many were new.
 */
void
_nd_window_add_quotes (NdWindow  *self,
                       GPtrArray *quotes)
{
  NdQuotesPanel *panel = ensure_quotes_panel (self);
  guint n_added = 0;
  g_autofree char *message = NULL;

  for (guint i = 0; i < quotes->len; i++)
    n_added += nd_quote_collection_add (self->quote_collection, g_ptr_array_index (quotes, i));

  if (n_added == 0)
    message = g_strdup (_("These quotes are already in Quotes"));
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u quote to Quotes",
                                            "Added %u quotes to Quotes", n_added), n_added);
  nd_quotes_panel_show_message (panel, message);
  gtk_toggle_button_set_active (self->quotes_button, TRUE);
}

static void
export_quotes_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NdWindow *self = ND_WINDOW (widget);

  gtk_toggle_button_set_active (self->quotes_button, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (ensure_quotes_panel (self)), "quotes.export", NULL);
}

static void
update_quote_actions (NdWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-to-quotes",
                                 nd_article_view_get_can_add_quote (self->article_view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-quotes",
                                 g_list_model_get_n_items (G_LIST_MODEL (self->quote_collection)) > 0);
}

/* The quote's words with paragraphs apart as in a body, "\n\n". */
static char *
dup_body_form (const char *text)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);

  return g_strjoinv ("\n\n", paragraphs);
}

/* Where the quote is in @article now: where it was collected, or, when the file has
 * changed since and other words are there, where its words are found first.  A quote
 * found in the body (whose marks were left out between paragraphs) or edited is
 * searched by its first line. */
static gboolean
locate_quote (NdQuote   *quote,
              NdArticle *article,
              guint     *start,
              guint     *end)
{
  const char *body = nd_article_get_body (article);
  g_autofree char *wanted = dup_body_form (nd_quote_get_text (quote));
  g_autofree char *there = NULL;
  g_auto(GStrv) lines = NULL;
  const char *found;

  if (body == NULL)
    return FALSE;

  there = g_utf8_substring (body, nd_quote_get_start (quote), nd_quote_get_end (quote));
  *start = nd_quote_get_start (quote);
  *end = nd_quote_get_end (quote);
  if (g_str_equal (there, wanted) || g_str_has_prefix (there, nd_quote_get_text (quote)))
    return TRUE;

  found = strstr (body, wanted);
  if (found == NULL)
    {
      lines = g_strsplit (nd_quote_get_text (quote), "\n", 2);
      found = lines[0][0] != '\0' ? strstr (body, lines[0]) : NULL;
      if (found == NULL)
        return FALSE;
      *start = (guint)g_utf8_pointer_to_offset (body, found);
      *end = *start + (guint)g_utf8_strlen (lines[0], -1);
      return TRUE;
    }

  *start = (guint)g_utf8_pointer_to_offset (body, found);
  *end = *start + (guint)g_utf8_strlen (wanted, -1);
  return TRUE;
}

/* Opens the quote's article and selects the quote in it.  The article is looked up by id
 * among those open; if the file changed since, the offsets may point elsewhere, so the
 * words are looked for when they are not where they were. */
static void
on_quote_activated_cb (NdWindow      *self,
                       NdQuote       *quote,
                       NdQuotesPanel *panel)
{
  NdArticle *article = nd_article_store_lookup (self->store, nd_quote_get_article_id (quote));
  guint start, end;

  if (article == NULL)
    {
      nd_quotes_panel_show_message (panel, _("The article of this quote is not open; open "
                                             "its file to see the quote in place"));
      return;
    }

  nd_sidebar_select_article (self->sidebar, article);
  /* A search or a source filter may hide the article from the list: show it anyway. */
  if (nd_article_view_get_article (self->article_view) != article)
    nd_article_view_set_article (self->article_view, article);

  if (!locate_quote (quote, article, &start, &end))
    {
      nd_quotes_panel_show_message (panel, _("The article has changed and no longer holds "
                                             "these words"));
      return;
    }

  nd_article_view_select_body_range (self->article_view, start, end);
  nd_quotes_panel_show_message (panel, NULL);
}

/* The panel sits beside the reader, so it can be shown only while articles are. */
static void
update_quotes_button (NdWindow *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->quotes_button),
                            g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack),
                                       "articles") == 0);
}

/* The panel opens at a comfortable width, whatever the reader had before. */
static void
on_panel_visible_cb (NdWindow      *self,
                     GParamSpec    *pspec,
                     NdQuotesPanel *panel)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->quotes_paned));

  int panel_width = self->settings != NULL ? g_settings_get_int (self->settings, "quotes-width")
                                           : QUOTES_PANEL_WIDTH;

  /* The article list may have to fold away for the panel, or may come back. */
  _nd_window_queue_layout (self);

  if (gtk_widget_get_visible (GTK_WIDGET (panel)) && width > 0)
    gtk_paned_set_position (self->quotes_paned, MAX (width - panel_width, width / 2));
}

/* A panel shown before the window had its size (opened at start-up) gets its width once
 * the pane has one; a width the user dragged to is kept. */
static void
on_paned_max_position_cb (NdWindow   *self,
                          GParamSpec *pspec,
                          GtkPaned   *paned)
{
  gboolean position_set;

  g_object_get (paned, "position-set", &position_set, NULL);
  if (!position_set)
    on_panel_visible_cb (self, NULL, self->quotes_panel);
}

/* The panel's width is kept as the user leaves it, for the next time it opens. */
static void
on_paned_position_cb (NdWindow   *self,
                      GParamSpec *pspec,
                      GtkPaned   *paned)
{
  int width = gtk_widget_get_width (GTK_WIDGET (paned)) - gtk_paned_get_position (paned);
  gboolean position_set;

  g_object_get (paned, "position-set", &position_set, NULL);
  if (self->settings == NULL || self->adapting_layout || !position_set ||
      !gtk_widget_get_visible (GTK_WIDGET (self->quotes_panel)) ||
      gtk_widget_get_width (GTK_WIDGET (paned)) <= 0 || width < QUOTES_PANEL_MIN_WIDTH)
    return;

  g_settings_set_int (self->settings, "quotes-width", width);
}

/* The panel is made the first time it is needed: most windows start without it, and
 * building it would delay their first frame. */
static NdQuotesPanel *
ensure_quotes_panel (NdWindow *self)
{
  if (self->quotes_panel != NULL)
    return self->quotes_panel;

  self->quotes_panel = ND_QUOTES_PANEL (nd_quotes_panel_new ());
  nd_quotes_panel_set_collection (self->quotes_panel, self->quote_collection);
  gtk_widget_set_size_request (GTK_WIDGET (self->quotes_panel), QUOTES_PANEL_MIN_WIDTH, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->quotes_panel), FALSE);
  gtk_paned_set_end_child (self->quotes_paned, GTK_WIDGET (self->quotes_panel));

  g_signal_connect_object (self->quotes_panel, "notify::visible",
                           G_CALLBACK (on_panel_visible_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quotes_paned, "notify::max-position",
                           G_CALLBACK (on_paned_max_position_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quotes_paned, "notify::position",
                           G_CALLBACK (on_paned_position_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quotes_panel, "quote-activated",
                           G_CALLBACK (on_quote_activated_cb), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->quotes_button, "active", self->quotes_panel, "visible",
                          G_BINDING_SYNC_CREATE);

  return self->quotes_panel;
}

static void
on_quotes_button_active_cb (NdWindow        *self,
                            GParamSpec      *pspec,
                            GtkToggleButton *button)
{
  if (gtk_toggle_button_get_active (button))
    ensure_quotes_panel (self);
}

void
_nd_window_setup_quotes (NdWindow *self)
{
  self->quote_collection = dup_shared_collection ();
  nd_article_view_set_quote_collection (self->article_view, self->quote_collection);

  g_signal_connect_object (self->quotes_button, "notify::active",
                           G_CALLBACK (on_quotes_button_active_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->article_view, "notify::can-add-quote",
                           G_CALLBACK (update_quote_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quote_collection, "items-changed",
                           G_CALLBACK (update_quote_actions), self, G_CONNECT_SWAPPED);
  update_quote_actions (self);
  g_signal_connect_object (self->main_stack, "notify::visible-child-name",
                           G_CALLBACK (update_quotes_button), self, G_CONNECT_SWAPPED);
  update_quotes_button (self);

  /* A collection file that could not be read is news the user must not miss. */
  if (nd_quote_collection_get_problem (self->quote_collection) != NULL)
    gtk_toggle_button_set_active (self->quotes_button, TRUE);
}

/* Whether the panel is open is kept, so that it comes back as it was left. */
void
_nd_window_bind_quotes_settings (NdWindow *self)
{
  g_settings_bind (self->settings, "quotes-visible", self->quotes_button, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

void
_nd_window_class_quotes_init (NdWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, NdWindow, quotes_button);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, quotes_paned);

  gtk_widget_class_install_action (widget_class, "win.add-to-quotes", NULL, add_to_quotes_action);
  gtk_widget_class_install_action (widget_class, "win.export-quotes", NULL, export_quotes_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.add-to-quotes", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-quotes", NULL);
}

/**
 * _nd_window_get_quotes_panel:
 *
 * Returns: (transfer none): the Quotes panel, shown or not
 */
NdQuotesPanel *
_nd_window_get_quotes_panel (NdWindow *self)
{
  g_return_val_if_fail (ND_IS_WINDOW (self), NULL);

  return ensure_quotes_panel (self);
}
