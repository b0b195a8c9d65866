/* nd-article-view-links.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The article's link in NdArticleView: the pointer over it, opening it with a click or the
 * menu, copying it, and the message banner above the text that says when it could not be
 * opened. */

#define G_LOG_DOMAIN "nd-article-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-article-view-private.h"
#include "util/nd-sanitize.h"

/* Only web links of a sane length: a file may name any scheme, and a "file:" or
 * custom-scheme link from an untrusted article must not launch local handlers. */
gboolean
_nd_article_view_is_openable_uri (const char *uri)
{
  return nd_sanitize_is_link_url (uri);
}

gboolean
_nd_article_view_iter_at_widget_point (NdArticleView *self,
                                       double         x,
                                       double         y,
                                       GtkTextIter   *iter)
{
  int bx;
  int by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int)x, (int)y, &bx, &by);
  return gtk_text_view_get_iter_at_location (self->text_view, iter, bx, by);
}

static gboolean
is_over_link (NdArticleView *self,
              double         x,
              double         y)
{
  GtkTextIter iter;

  return _nd_article_view_iter_at_widget_point (self, x, y, &iter) &&
         gtk_text_iter_has_tag (&iter, self->link_tag);
}

void
_nd_article_view_set_over_link (NdArticleView *self,
                                gboolean       over_link)
{
  if (self->over_link == !!over_link)
    return;

  self->over_link = !!over_link;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view), over_link ? "pointer" : "text");
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              NdArticleView            *self)
{
  g_assert (ND_IS_ARTICLE_VIEW (self));

  _nd_article_view_set_over_link (self, is_over_link (self, x, y));
  _nd_article_view_restore_tooltips (self);
}

static void
on_leave_cb (GtkEventControllerMotion *motion,
             NdArticleView            *self)
{
  g_assert (ND_IS_ARTICLE_VIEW (self));

  _nd_article_view_set_over_link (self, FALSE);
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      NdArticleView   *self)
{
  g_assert (ND_IS_ARTICLE_VIEW (self));

  /* The gesture is cancelled when the pointer moves past the drag threshold, so a release
   * here is a click; a click that ends a selection is not a link activation. */
  if (n_press != 1 || gtk_text_buffer_get_has_selection (self->buffer))
    return;

  if (is_over_link (self, x, y))
    gtk_widget_activate_action (GTK_WIDGET (self), "reader.open-link", NULL);
}

/* Says above the text that something failed, until it is dismissed or another article
 * is shown. */
static void
show_message (NdArticleView *self,
              const char    *text)
{
  gtk_label_set_text (self->message_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->message_revealer), TRUE);
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

/* A folded-away message is hidden too, so that screen readers do not find it. */
static void
on_message_revealed_cb (NdArticleView *self)
{
  if (!gtk_revealer_get_child_revealed (self->message_revealer) &&
      !gtk_revealer_get_reveal_child (self->message_revealer))
    gtk_widget_set_visible (GTK_WIDGET (self->message_revealer), FALSE);
}

void
_nd_article_view_hide_message (NdArticleView *self)
{
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

/* A link that cannot be opened (no browser, a launcher error) is said so above the text,
 * with a button to copy it: the link stays on screen as selectable text too. */
static void
on_launch_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(NdArticleView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean ok;

#if GTK_CHECK_VERSION (4, 10, 0)
  ok = gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (object), result, &error);
  if (!ok && g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    return;
#else
  ok = gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error);
#endif

  if (ok || self->message_label == NULL)
    return;

  g_debug ("Failed to open link: %s", error->message);
  /* GIO says "Operation not supported" when nothing handles web links. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    text = g_strdup (_("The link could not be opened: no web browser is set up on this computer."));
  else
    /* Translators: shown above an article when its link could not be opened; %s is the
     * reason, as the system gives it */
    text = g_strdup_printf (_("The link could not be opened: %s"), error->message);
  show_message (self, text);
}

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NdArticleView *self = ND_ARTICLE_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  const char *url;

  if (self->article == NULL)
    return;

  url = nd_article_get_url (self->article);
  if (!_nd_article_view_is_openable_uri (url))
    return;

  g_debug ("Opening %s", url);
  _nd_article_view_hide_message (self);

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (url);

    gtk_uri_launcher_launch (launcher, window, NULL, on_launch_cb, g_object_ref (self));
  }
#else
  /* Not gtk_show_uri(): on GTK 4.8 it left the window without pointer input after a
   * launch failed (seen under Xvfb with no browser installed). */
  gtk_show_uri_full (window, url, GDK_CURRENT_TIME, NULL, on_launch_cb, g_object_ref (self));
#endif
}

static void
copy_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NdArticleView *self = ND_ARTICLE_VIEW (widget);

  if (self->article == NULL ||
      !_nd_article_view_is_openable_uri (nd_article_get_url (self->article)))
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), nd_article_get_url (self->article));
}

static void
dismiss_message_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _nd_article_view_hide_message (ND_ARTICLE_VIEW (widget));
}

/**
 * nd_article_view_get_message:
 *
 * Returns: (transfer none) (nullable): what the banner above the text says, when it is
 *   shown: that the article's link could not be opened
 */
const char *
nd_article_view_get_message (NdArticleView *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->message_revealer))
    return NULL;

  return gtk_label_get_text (self->message_label);
}

void
_nd_article_view_setup_links (NdArticleView *self)
{
  GtkEventController *controller;

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (controller), GDK_BUTTON_PRIMARY);
  g_signal_connect (controller, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);
}

/* After the template is set: the banner's callback is bound to it. */
void
_nd_article_view_links_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "reader.open-link", NULL, open_link_action);
  gtk_widget_class_install_action (widget_class, "reader.copy-link", NULL, copy_link_action);
  gtk_widget_class_install_action (widget_class, "reader.dismiss-message", NULL,
                                   dismiss_message_action);
  gtk_widget_class_bind_template_callback (widget_class, on_message_revealed_cb);
}
