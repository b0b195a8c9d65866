/* test-quotes-ui.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Collecting quotes in the window, as a user would: select words in the reader and add
 * them, add a marked quotation by clicking into it, edit a speaker, reorder, select,
 * copy, export through the panel's export code and read the file back, go back to the
 * quote in its article, and find the collection again in a new window.  XDG_DATA_HOME is
 * a fresh temporary folder, so no real collection is touched. */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "nd-article-view-private.h"
#include "quotes/nd-quote-export-private.h"
#include "quotes/nd-quote-finder.h"
#include "quotes/nd-quote-private.h"
#include "nd-quote-row.h"
#include "nd-quote-row-private.h"
#include "nd-quotes-export-dialog.h"
#include "nd-quotes-export-dialog-private.h"
#include "nd-quotes-panel.h"
#include "nd-quotes-panel-private.h"
#include "nd-sidebar.h"
#include "nd-test-ui-utils.h"
#include "nd-test-utils.h"
#include "nd-window-private.h"

#define CAFE_ID "gazette-cafe-reprieve"
/* Collected without the full stop that ends the sentence. */
#define CAFE_WORDS "Then I got on with the breakfasts, because the boats don’t care how I feel"
#define LEDGER_ID "ledger-barrier-review"

static char *data_home;

/* The styles the application loads at start-up, so that the screenshots look as the app
 * does. */
static void
load_app_styles (void)
{
  static const char * const resources[] = {
    "/com/example/NewsDesk/window.css", "/com/example/NewsDesk/style.css",
  };

  for (guint i = 0; i < G_N_ELEMENTS (resources); i++)
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, resources[i]);
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
}

static gboolean
collection_gone (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* Closes the window and waits until the collection it showed is gone, as when the app
 * quits: the next window reads the file again. */
static void
close_window (NdWindow *window)
{
  gpointer collection = nd_quotes_panel_get_collection (_nd_window_get_quotes_panel (window));

  g_object_add_weak_pointer (collection, &collection);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (nd_test_wait_until (collection_gone, &collection, 5000));
}

static char *
quotes_path (void)
{
  return g_build_filename (data_home, "newsdesk", "quotes.json", NULL);
}

static NdArticleView *
get_reader (NdWindow *window)
{
  return ND_ARTICLE_VIEW (nd_window_get_article_view (window));
}

static NdQuoteCollection *
get_collection (NdWindow *window)
{
  return nd_quotes_panel_get_collection (_nd_window_get_quotes_panel (window));
}

static void
show_article (NdWindow   *window,
              const char *id)
{
  NdArticle *article = nd_article_store_lookup (nd_window_get_store (window), id);

  g_assert_nonnull (article);
  nd_sidebar_select_article (ND_SIDEBAR (nd_window_get_sidebar (window)), article);
  g_assert_true (nd_article_view_get_article (get_reader (window)) == article);
}

static guint
body_offset_of (NdArticle  *article,
                const char *words)
{
  const char *body = nd_article_get_body (article);
  const char *found = strstr (body, words);

  g_assert_nonnull (found);
  return (guint)g_utf8_pointer_to_offset (body, found);
}

/* The speaker the quote finder gives the quotation that holds [start, end), if any: what
 * Add to Quotes must take over, whichever finder is built in. */
static char *
dup_finder_speaker (NdArticle *article,
                    guint      start,
                    guint      end)
{
  g_autoptr(GPtrArray) quotations = nd_quote_finder_find (nd_article_get_body (article));

  for (guint i = 0; i < quotations->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (quotations, i);

      if (quotation->start <= start && end <= quotation->end)
        return g_strdup (quotation->speaker);
    }

  return NULL;
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (ND_IS_QUOTE_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static NdQuoteRow *
find_row (NdWindow *window,
          NdQuote  *quote)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  collect_rows (GTK_WIDGET (_nd_window_get_quotes_panel (window)), rows);
  for (guint i = 0; i < rows->len; i++)
    if (nd_quote_row_get_quote (g_ptr_array_index (rows, i)) == quote)
      return g_ptr_array_index (rows, i);

  g_assert_not_reached ();
}

static char *
dup_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *)data;
}

static void
on_text_read_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
  text[1] = (char *)"done";
}

static char *
dup_clipboard_text (GtkWidget *widget)
{
  char *text[2] = { NULL, NULL };

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_text_read_cb, text);
  g_assert_true (nd_test_wait_until ((NdTestCondition)is_true, &text[1], 5000));

  return text[0];
}

/* For nd_test_find_widget_where (): a widget that runs @action_name. */
static gboolean
is_actionable_for (GtkWidget     *widget,
                   gconstpointer  action_name)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

/* Whether @widget (or its class) binds @accelerator to @action_name. */
static gboolean
has_shortcut (GtkWidget  *widget,
              const char *accelerator,
              const char *action_name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (GTK_IS_NAMED_ACTION (action) && g_str_equal (trigger, accelerator) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), action_name))
            return TRUE;
        }
    }

  return FALSE;
}

/* The first controller of @type on @widget or a widget inside it. */
static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEventController *found = find_controller (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action_name)
{
  for (int i = 0; menu != NULL && i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *action = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
          g_str_equal (action, action_name))
        return TRUE;
    }

  return FALSE;
}

static gboolean
export_dialog_gone (gpointer unused)
{
  return nd_test_find_export_dialog () == NULL;
}

static void
test_collect_edit_export_restart (void)
{
  NdWindow *window = nd_test_window_new_with_sample (1280, 800);
  NdArticleView *reader = get_reader (window);
  NdQuotesPanel *panel = _nd_window_get_quotes_panel (window);
  NdQuoteCollection *collection = get_collection (window);
  g_autofree char *path = quotes_path ();
  g_autofree char *export_dir = nd_test_make_temp_dir ();
  g_autofree char *export_path = g_build_filename (export_dir, "quotes.md", NULL);
  g_autoptr(GFile) export_file = g_file_new_for_path (export_path);
  g_autofree char *cafe_speaker = NULL;
  g_autofree char *ledger_speaker = NULL;
  g_autofree char *ledger_text = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (nd_article_view_get_text_view (reader));
  GtkWidget *add_button;
  NdArticle *cafe;
  NdArticle *ledger;
  NdQuote *first;
  NdQuote *second;
  guint cafe_start;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (panel)));

  /* Nothing selected, no quotation under the cursor: nothing to add. */
  show_article (window, CAFE_ID);
  cafe = nd_article_view_get_article (reader);
  g_assert_false (nd_article_view_get_can_add_quote (reader));
  add_button = nd_test_find_widget_where (GTK_WIDGET (window), is_actionable_for, "win.add-to-quotes");
  g_assert_nonnull (add_button);
  g_assert_false (gtk_widget_is_sensitive (add_button));

  /* Add to Quotes is offered by a shortcut, the header bar button and the context menu. */
  g_assert_true (has_shortcut (GTK_WIDGET (window), "<Control>d", "win.add-to-quotes"));
  g_assert_true (has_shortcut (GTK_WIDGET (window), "<Control>e", "win.export-quotes"));
  g_assert_true (menu_has_action (gtk_text_view_get_extra_menu (nd_article_view_get_text_view (reader)),
                                  "win.add-to-quotes"));

  /* An apostrophe is not a quotation mark to trim. */
  {
    guint start, end;
    g_autofree char *text = NULL;

    nd_test_select_in_reader (window, "the ’70s");
    g_assert_true (nd_article_view_get_quote_range (reader, &start, &end, &text, NULL));
    g_assert_cmpstr (text, ==, "the ’70s");
    g_clear_pointer (&text, g_free);
    nd_test_select_in_reader (window, "the council’s ");
    g_assert_true (nd_article_view_get_quote_range (reader, &start, &end, &text, NULL) &&
                   g_str_equal (text, "the council’s"));
  }

  /* Select words, with the quotation marks a hasty drag picks up, and add them. */
  nd_test_select_in_reader (window, "‘" CAFE_WORDS ".’");
  g_assert_true (nd_article_view_get_can_add_quote (reader));
  g_assert_true (gtk_widget_is_sensitive (add_button));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-quotes", NULL);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panel)));
  first = nd_quote_collection_get_quote (collection, 0);
  cafe_start = body_offset_of (cafe, CAFE_WORDS);
  cafe_speaker = dup_finder_speaker (cafe, cafe_start, cafe_start + g_utf8_strlen (CAFE_WORDS, -1));
  g_assert_cmpstr (nd_quote_get_text (first), ==, CAFE_WORDS);
  g_assert_cmpstr (nd_quote_get_speaker (first), ==, cafe_speaker);
  g_assert_cmpstr (nd_quote_get_article_id (first), ==, CAFE_ID);
  g_assert_cmpstr (nd_quote_get_source (first), ==, "The Harbour Gazette");
  g_assert_cmpstr (nd_quote_get_published (first), ==, "2026-04-01T09:00:00+01:00");
  g_assert_cmpuint (nd_quote_get_start (first), ==, cafe_start);
  g_assert_cmpuint (nd_quote_get_end (first), ==, cafe_start + g_utf8_strlen (CAFE_WORDS, -1));
  g_assert_cmpstr (nd_quotes_panel_get_message (panel), ==, "Added to Quotes");

  /* The same words again are not added twice. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-quotes", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 1);
  g_assert_cmpstr (nd_quotes_panel_get_message (panel), ==, "This quote is already in Quotes");

  /* The row shows the words, the headline, the source and the day. */
  {
    NdQuoteRow *row = find_row (window, first);
    g_autofree char *shown = g_strconcat ("“", CAFE_WORDS, "”", NULL);
    gboolean text_shown = FALSE, source_shown = FALSE;

    for (GtkWidget *w = GTK_WIDGET (row); w != NULL; )
      {
        if (GTK_IS_LABEL (w))
          {
            const char *text = gtk_label_get_text (GTK_LABEL (w));

            text_shown |= g_str_equal (text, shown);
            source_shown |= g_str_equal (text, "Café Mirador reprieve as pumping station moves "
                                               "along the quay · The Harbour Gazette · 1 April 2026");
          }
        if (gtk_widget_get_first_child (w) != NULL)
          w = gtk_widget_get_first_child (w);
        else
          {
            while (w != NULL && w != GTK_WIDGET (row) && gtk_widget_get_next_sibling (w) == NULL)
              w = gtk_widget_get_parent (w);
            w = (w == NULL || w == GTK_WIDGET (row)) ? NULL : gtk_widget_get_next_sibling (w);
          }
      }
    g_assert_true (text_shown);
    g_assert_true (source_shown);

    /* Editing the speaker changes the quote and saves the collection at once. */
    gtk_editable_set_text (nd_quote_row_get_speaker_entry (row), "Zoë Brennan");
    g_assert_cmpstr (nd_quote_get_speaker (first), ==, "Zoë Brennan");
    gtk_editable_set_text (nd_quote_row_get_note_entry (row), "lede");
    g_assert_cmpstr (nd_quote_get_note (first), ==, "lede");
    {
      g_autofree char *saved = dup_file (path);

      g_assert_nonnull (strstr (saved, "\"speaker\" : \"Zoë Brennan\""));
      g_assert_nonnull (strstr (saved, "\"note\" : \"lede\""));
    }
  }

  /* A click into a marked quotation offers it whole, with the finder's speaker. */
  show_article (window, LEDGER_ID);
  ledger = nd_article_view_get_article (reader);
  {
    g_autoptr(GPtrArray) quotations = nd_quote_finder_find (nd_article_get_body (ledger));
    const NdQuotation *quotation;
    GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "quotation");
    GtkTextIter inside;

    g_assert_cmpuint (quotations->len, >, 0);
    quotation = g_ptr_array_index (quotations, 0);
    ledger_text = g_strdup (quotation->text);
    ledger_speaker = g_strdup (quotation->speaker);

    g_assert_nonnull (tag);
    nd_test_select_in_reader (window, "surge that this harbor");
    gtk_text_buffer_get_selection_bounds (buffer, &inside, NULL);
    g_assert_true (gtk_text_iter_has_tag (&inside, tag));
    gtk_text_buffer_place_cursor (buffer, &inside);
    g_assert_true (nd_article_view_get_can_add_quote (reader));

    /* Hovering a quotation names its speaker; outside quotations there is no tooltip. */
    {
      g_autofree char *tooltip = nd_article_view_dup_quotation_tooltip (reader, quotation->start);
      g_autofree char *expected = quotation->speaker != NULL
        ? g_strdup_printf ("Said by %s", quotation->speaker)
        : g_strdup ("Quotation; the article does not say clearly who said it");
      g_autofree char *outside = nd_article_view_dup_quotation_tooltip (reader, 0);

      g_assert_cmpstr (tooltip, ==, expected);
      g_assert_null (outside);
    }
    gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-quotes", NULL);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 2);
  second = nd_quote_collection_get_quote (collection, 1);
  g_assert_cmpstr (nd_quote_get_text (second), ==, ledger_text);
  g_assert_true (g_str_has_prefix (ledger_text, "The modeling assumes a surge"));
  g_assert_cmpstr (nd_quote_get_speaker (second), ==, ledger_speaker);
  g_assert_cmpstr (nd_quote_get_article_id (second), ==, LEDGER_ID);
  nd_test_settle_display (GTK_WIDGET (window));
  nd_test_save_screenshot (GTK_WIDGET (window), "quotes-reader.png");

  /* Dragging the second row onto the first puts it first, and that is saved: the drag
   * source's content goes to the drop target, as GTK hands it over. */
  {
    GtkDragSource *source = GTK_DRAG_SOURCE (find_controller (GTK_WIDGET (find_row (window, second)),
                                                              GTK_TYPE_DRAG_SOURCE));
    GtkDropTarget *target = GTK_DROP_TARGET (find_controller (GTK_WIDGET (find_row (window, first)),
                                                              GTK_TYPE_DROP_TARGET));
    g_autoptr(GdkContentProvider) content = NULL;
    g_auto(GValue) value = G_VALUE_INIT;
    gboolean accepted = FALSE;

    g_assert_nonnull (source);
    g_assert_nonnull (target);
    g_assert_true (gtk_drop_target_get_actions (target) & GDK_ACTION_MOVE);
    g_signal_emit_by_name (source, "prepare", 10.0, 10.0, &content);
    g_assert_nonnull (content);
    g_value_init (&value, ND_TYPE_QUOTE);
    g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
    g_assert_true (g_value_get_object (&value) == second);
    g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
    g_assert_true (accepted);
  }
  g_assert_true (nd_quote_collection_get_quote (collection, 0) == second);
  g_assert_true (nd_quote_collection_get_quote (collection, 1) == first);
  {
    g_autofree char *saved = dup_file (path);

    g_assert_true (strstr (saved, "The modeling assumes") < strstr (saved, "Then I got on"));
  }

  /* The same with the keyboard, through the panel's menu: down and back up. */
  gtk_selection_model_select_item (nd_quotes_panel_get_selection (panel), 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.move-up", NULL);
  g_assert_true (nd_quote_collection_get_quote (collection, 0) == second);
  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.move-down", NULL);
  g_assert_true (nd_quote_collection_get_quote (collection, 1) == second);
  g_assert_true (gtk_selection_model_is_selected (nd_quotes_panel_get_selection (panel), 1));
  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.move-down", NULL);
  g_assert_true (nd_quote_collection_get_quote (collection, 1) == second);
  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.move-up", NULL);
  g_assert_true (nd_quote_collection_get_quote (collection, 0) == second);

  /* With one quote selected, export and copy take only that one. */
  gtk_selection_model_select_item (nd_quotes_panel_get_selection (panel), 1, TRUE);
  g_assert_true (nd_quotes_panel_export_to_file (panel, ND_QUOTE_FORMAT_MARKDOWN, export_file,
                                                 &error));
  g_assert_no_error (error);
  {
    g_autofree char *exported = dup_file (export_path);

    g_assert_cmpstr (exported, ==,
                     "> Then I got on with the breakfasts, because the boats don’t care how I feel\n"
                     ">\n"
                     "> — Zoë Brennan, [Café Mirador reprieve as pumping station moves along the "
                     "quay](https://harbourgazette.example/news/2026/04/01/cafe-mirador-reprieve-"
                     "pumping-station), The Harbour Gazette, 2026-04-01\n"
                     "\n"
                     "Note: lede\n");
    g_assert_cmpstr (nd_quotes_panel_get_message (panel), ==, "Exported 1 quote to “quotes.md”");
  }

  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.copy-text", NULL);
  {
    g_autofree char *copied = dup_clipboard_text (GTK_WIDGET (panel));

    g_assert_cmpstr (copied, ==,
                     "“Then I got on with the breakfasts, because the boats don’t care how I feel”\n"
                     "— Zoë Brennan, Café Mirador reprieve as pumping station moves along the quay, "
                     "The Harbour Gazette, 2026-04-01\n"
                     "https://harbourgazette.example/news/2026/04/01/cafe-mirador-reprieve-pumping-station\n"
                     "Note: lede\n");
  }

  /* Select all: both, in panel order, as CSV over the same file name. */
  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.select-all", NULL);
  g_assert_true (nd_quotes_panel_export_to_file (panel, ND_QUOTE_FORMAT_CSV, export_file, &error));
  {
    g_autofree char *exported = dup_file (export_path);
    g_auto(GStrv) lines = g_strsplit (exported, "\r\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 4);
    g_assert_true (g_str_has_prefix (lines[1], "\"The modeling assumes"));
    g_assert_true (g_str_has_prefix (lines[2], "\"Then I got on with the breakfasts"));
    g_assert_nonnull (strstr (lines[2], ",Zoë Brennan,lede," CAFE_ID ","));
    g_assert_cmpstr (lines[3], ==, "");
  }
  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.copy-markdown", NULL);
  {
    g_autofree char *copied = dup_clipboard_text (GTK_WIDGET (panel));
    g_autoptr(GPtrArray) all = nd_quotes_panel_dup_export_quotes (panel);
    g_autofree char *expected = nd_quote_export_markdown (all);

    g_assert_cmpuint (all->len, ==, 2);
    g_assert_cmpstr (copied, ==, expected);
    g_assert_cmpstr (nd_quotes_panel_get_message (panel), ==, "Copied 2 quotes as Markdown");
  }

  /* The export dialog offers the formats and counts what it will export. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-quotes", NULL);
  {
    NdQuotesExportDialog *dialog = nd_test_find_export_dialog ();

    g_assert_nonnull (dialog);
    g_assert_cmpint (nd_quotes_export_dialog_get_format (dialog), ==, ND_QUOTE_FORMAT_CSV);
    nd_quotes_export_dialog_set_format (dialog, ND_QUOTE_FORMAT_BIBTEX);
    g_assert_cmpint (nd_quotes_export_dialog_get_format (dialog), ==, ND_QUOTE_FORMAT_BIBTEX);
    gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
    g_assert_true (nd_test_wait_until (export_dialog_gone, NULL, 10000));
  }

  /* A click on a collected quote goes to it in its article, selected. */
  g_signal_emit_by_name (find_row (window, first), "show-quote", first);
  g_assert_cmpstr (nd_article_get_id (nd_window_get_selected_article (window)), ==, CAFE_ID);
  {
    GtkTextIter start, end;
    g_autofree char *selected = NULL;

    g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
    selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (selected, ==, CAFE_WORDS);
  }

  /* A quote whose offsets no longer fit its article (the file changed since) is found by
   * its words; one whose words are gone is reported. */
  {
    g_autoptr(NdQuote) moved = nd_quote_new (CAFE_WORDS, NULL, CAFE_ID, NULL, NULL, NULL, NULL,
                                             NULL, 3, 10);
    g_autoptr(NdQuote) gone = nd_quote_new ("Words nobody wrote", NULL, CAFE_ID, NULL, NULL,
                                            NULL, NULL, NULL, 3, 21);
    g_autoptr(NdQuote) unknown = nd_quote_new ("x", NULL, "no-such-article", NULL, NULL, NULL,
                                               NULL, NULL, 0, 1);
    GtkTextIter start, end;
    g_autofree char *selected = NULL;

    /* Each step with what the X server answers handled in between, as between a user's
     * clicks: the X selection the reader claims is answered asynchronously. */
    gtk_text_buffer_get_start_iter (buffer, &start);
    gtk_text_buffer_place_cursor (buffer, &start);
    nd_test_settle_display (GTK_WIDGET (window));
    g_signal_emit_by_name (panel, "quote-activated", moved);
    nd_test_settle_display (GTK_WIDGET (window));
    g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
    selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (selected, ==, CAFE_WORDS);

    g_signal_emit_by_name (panel, "quote-activated", gone);
    g_assert_cmpstr (nd_quotes_panel_get_message (panel), ==,
                     "The article has changed and no longer holds these words");
    g_signal_emit_by_name (panel, "quote-activated", unknown);
    g_assert_true (g_str_has_prefix (nd_quotes_panel_get_message (panel),
                                     "The article of this quote is not open"));
    nd_test_settle_display (GTK_WIDGET (window));
    g_signal_emit_by_name (panel, "quote-activated", first);
    g_assert_null (nd_quotes_panel_get_message (panel));

    /* Going to the quote selected already keeps it selected. */
    nd_test_settle_display (GTK_WIDGET (window));
    g_assert_true (gtk_text_buffer_get_has_selection (buffer));
    g_assert_true (nd_article_view_get_can_add_quote (reader));
  }

  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  nd_test_save_screenshot (GTK_WIDGET (window), "quotes-panel.png");

  /* Another window, after this one is gone: the collection comes back from the file,
   * and the panel is open again at the width it was left at. */
  g_assert_true (gtk_toggle_button_get_active (window->quotes_button));
  gtk_paned_set_position (window->quotes_paned,
                          gtk_widget_get_width (GTK_WIDGET (window->quotes_paned)) - 300);
  close_window (window);
  window = nd_test_window_new_with_sample (1280, 800);
  g_assert_true (gtk_toggle_button_get_active (window->quotes_button));
  g_assert_nonnull (window->quotes_panel);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->quotes_panel)));
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->quotes_paned)) -
                   gtk_paned_get_position (window->quotes_paned), ==, 300);
  collection = get_collection (window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 2);
  g_assert_cmpstr (nd_quote_get_text (nd_quote_collection_get_quote (collection, 0)), ==, ledger_text);
  g_assert_cmpstr (nd_quote_get_speaker (nd_quote_collection_get_quote (collection, 1)), ==,
                   "Zoë Brennan");
  g_assert_cmpstr (nd_quote_get_note (nd_quote_collection_get_quote (collection, 1)), ==, "lede");

  /* Remove Selected, then the last one with its row's button. */
  panel = _nd_window_get_quotes_panel (window);
  gtk_selection_model_select_item (nd_quotes_panel_get_selection (panel), 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.remove-selected", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 1);
  g_assert_cmpstr (nd_quotes_panel_get_message (panel), ==, "Removed 1 quote");

  /* Undo puts it back in its place, and saves that too. */
  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.undo-remove", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 2);
  g_assert_cmpstr (nd_quote_get_text (nd_quote_collection_get_quote (collection, 0)), ==, ledger_text);
  g_assert_null (nd_quotes_panel_get_message (panel));
  {
    g_autofree char *saved = dup_file (path);

    g_assert_true (strstr (saved, "The modeling assumes") < strstr (saved, "Then I got on"));
  }
  gtk_selection_model_select_item (nd_quotes_panel_get_selection (panel), 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (panel), "quotes.remove-selected", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 1);
  gtk_toggle_button_set_active (window->quotes_button, TRUE);
  g_signal_emit_by_name (find_row (window, nd_quote_collection_get_quote (collection, 0)),
                         "remove-quote", nd_quote_collection_get_quote (collection, 0));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 0);
  {
    g_autofree char *saved = dup_file (path);

    g_assert_cmpstr (saved, ==, "{\n  \"version\" : 1,\n  \"quotes\" : []\n}\n");
  }

  close_window (window);
  nd_test_remove_tree (export_dir);
}

/* The panel sits beside the reader: with no articles open, its toggle is off limits. */
static void
test_panel_without_articles (void)
{
  NdWindow *window = nd_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (nd_test_wait_until (nd_test_widget_is_shown, window, 10000));
  g_assert_cmpstr (nd_window_get_visible_page (window), ==, "empty");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (window->quotes_button)));
  g_assert_false (nd_article_view_get_can_add_quote (get_reader (window)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  g_assert_true (nd_test_wait_until (nd_test_window_loaded, window, 10000));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (window->quotes_button)));

  close_window (window);
}

/* A collection file that cannot be read is kept aside and the panel says so. */
static void
test_broken_file (void)
{
  g_autofree char *path = quotes_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GDir) listing = NULL;
  NdWindow *window;
  NdQuotesPanel *panel;
  const char *name;
  guint kept = 0;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "{\"quotes\": [", -1, NULL));

  window = nd_test_window_new_with_sample (1280, 800);
  panel = _nd_window_get_quotes_panel (window);
  g_assert_nonnull (nd_quote_collection_get_problem (get_collection (window)));
  /* The panel opens by itself to say so. */
  g_assert_true (gtk_toggle_button_get_active (window->quotes_button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panel)));
  nd_test_wait_for_frames (GTK_WIDGET (window), 2);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();

    collect_rows (GTK_WIDGET (panel), rows);
    g_assert_cmpuint (rows->len, ==, 0);
  }
  nd_test_settle_display (GTK_WIDGET (window));
  nd_test_save_screenshot (GTK_WIDGET (window), "quotes-problem.png");

  listing = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "quotes.json.broken-"))
      {
        g_autofree char *aside = g_build_filename (folder, name, NULL);
        g_autofree char *contents = dup_file (aside);

        g_assert_cmpstr (contents, ==, "{\"quotes\": [");
        kept++;
      }
  g_assert_cmpuint (kept, ==, 1);

  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Before GTK or anything else asks GLib for the data folder, which it then keeps. */
  data_home = g_dir_make_tmp ("nd-test-quotes-ui-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  nd_test_init_gtk (&argc, &argv);
  g_type_ensure (ND_TYPE_WINDOW);
  load_app_styles ();

  g_test_add_func ("/nd/quotes-ui/collect-edit-export-restart", test_collect_edit_export_restart);
  g_test_add_func ("/nd/quotes-ui/panel-without-articles", test_panel_without_articles);
  g_test_add_func ("/nd/quotes-ui/broken-file", test_broken_file);

  status = g_test_run ();
  nd_test_remove_tree (data_home);
  g_free (data_home);

  return status;
}
