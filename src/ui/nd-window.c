/* nd-window.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-ui-resources.h"
#include "nd-window.h"

struct _NdWindow
{
  GtkApplicationWindow  parent_instance;

  NdArticleStore       *store;
  GCancellable         *cancellable;

  GtkLabel             *title_label;
  GtkListView          *list_view;
};

G_DEFINE_FINAL_TYPE (NdWindow, nd_window, GTK_TYPE_APPLICATION_WINDOW)

static void
update_title (NdWindow *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *title = NULL;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "NewsDesk — %u article",
                                        "NewsDesk — %u articles", n_items),
                           n_items);
  gtk_label_set_text (self->title_label, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
on_store_items_changed_cb (NdWindow   *self,
                           guint       position,
                           guint       removed,
                           guint       added,
                           GListModel *model)
{
  update_title (self);
}

static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  NdArticle *article = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));

  /* set_text, never markup: titles come from files we do not control. */
  gtk_label_set_text (label, nd_article_get_title (article));
}

static void
on_load_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(NdWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!nd_article_store_load_finish (ND_ARTICLE_STORE (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Loading failed: %s", error->message);
}

static void
nd_window_dispose (GObject *object)
{
  NdWindow *self = (NdWindow *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), ND_TYPE_WINDOW);

  G_OBJECT_CLASS (nd_window_parent_class)->dispose (object);
}

static void
nd_window_finalize (GObject *object)
{
  NdWindow *self = (NdWindow *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (nd_window_parent_class)->finalize (object);
}

static void
nd_window_class_init (NdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Referencing the resource keeps the linker from dropping it, and its constructor that
   * registers it, from the static library. */
  (void)nd_ui_get_resource ();

  object_class->dispose = nd_window_dispose;
  object_class->finalize = nd_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/NewsDesk/nd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NdWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, list_view);
}

static void
nd_window_init (NdWindow *self)
{
  GtkListItemFactory *factory;
  GtkSelectionModel *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->store = nd_article_store_new ();
  self->cancellable = g_cancellable_new ();

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind_cb), NULL);
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (
                                     g_object_ref (G_LIST_MODEL (self->store))));
  gtk_list_view_set_model (self->list_view, selection);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (selection);
  g_object_unref (factory);

  g_signal_connect_object (self->store, "items-changed",
                           G_CALLBACK (on_store_items_changed_cb), self, G_CONNECT_SWAPPED);
  update_title (self);
}

NdWindow *
nd_window_new (NdApplication *application)
{
  return g_object_new (ND_TYPE_WINDOW, "application", application, NULL);
}

NdArticleStore *
nd_window_get_store (NdWindow *self)
{
  g_return_val_if_fail (ND_IS_WINDOW (self), NULL);

  return self->store;
}

gboolean
nd_window_has_articles (NdWindow *self)
{
  g_return_val_if_fail (ND_IS_WINDOW (self), FALSE);

  return g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0 ||
         nd_article_store_get_loading (self->store);
}

void
nd_window_open_files (NdWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  g_return_if_fail (ND_IS_WINDOW (self));

  nd_article_store_load_async (self->store, files, n_files, self->cancellable,
                               on_load_done_cb, g_object_ref (self));
}
