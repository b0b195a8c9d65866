/* nd-application.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-application"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-application-private.h"
#include "load/nd-article-store.h"
#include "nd-preferences-window.h"
#include "nd-window.h"

struct _NdApplication
{
  GtkApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (NdApplication, nd_application, GTK_TYPE_APPLICATION)

/* For tests/bench/bench-startup: NEWSDESK_EXIT_WHEN_READY=1 makes the app report when the
 * first frame showing loaded articles has been painted, and quit. */
static void
on_ready_frame_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  NdWindow *window = ND_WINDOW (user_data);
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));

  if (!nd_window_has_articles (window) ||
      nd_article_store_get_loading (nd_window_get_store (window)))
    return;

  g_signal_handlers_disconnect_by_func (clock, on_ready_frame_cb, user_data);
  g_printerr ("NEWSDESK_READY %u articles\n",
              g_list_model_get_n_items (G_LIST_MODEL (nd_window_get_store (window))));
  g_application_quit (app);
}

static void
on_window_mapped_cb (GtkWidget *window,
                     gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_ready_frame_cb), window, 0);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static void
watch_for_ready (NdWindow *window)
{
  if (g_strcmp0 (g_getenv ("NEWSDESK_EXIT_WHEN_READY"), "1") != 0)
    return;

  g_signal_connect (window, "map", G_CALLBACK (on_window_mapped_cb), NULL);
}

static void
on_first_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  GtkWindow *window = GTK_WINDOW (user_data);

  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, user_data);
  gtk_window_set_default_icon_name (APP_ID);
  gtk_window_set_icon_name (window, APP_ID);
}

static void
on_first_window_mapped_cb (GtkWidget *window,
                           gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (window, on_first_window_mapped_cb, user_data);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_first_paint_cb), window, 0);
}

/* The window icon waits for the first frame. On X11, GTK reads and converts every size of
 * it as a window is realized (about 11 M instructions, some 5 ms), which would hold back
 * the first paint of the articles; the icon only shows in the window manager's switcher
 * and taskbar, where a frame later is never seen. Windows made after that, such as
 * dialogs, get it at once. */
static void
set_icon_after_first_paint (GtkWindow *window)
{
  if (gtk_window_get_default_icon_name () == NULL)
    g_signal_connect (window, "map", G_CALLBACK (on_first_window_mapped_cb), NULL);
}

static NdWindow *
get_or_create_window (NdApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (nd_window_new (self));
      watch_for_ready (ND_WINDOW (window));
      set_icon_after_first_paint (window);
    }

  return ND_WINDOW (window);
}

/* Started with nothing to open, the app shows its sample story rather than an empty
 * window, so a first-time user sees what NewsDesk does. */
static void
nd_application_activate (GApplication *app)
{
  NdApplication *self = ND_APPLICATION (app);
  NdWindow *window = get_or_create_window (self);

  if (!nd_window_has_articles (window))
    nd_window_open_sample (window);

  gtk_window_present (GTK_WINDOW (window));
}

static void
nd_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  NdApplication *self = ND_APPLICATION (app);
  NdWindow *window = get_or_create_window (self);

  nd_window_open_files (window, files, (guint)n_files);
  gtk_window_present (GTK_WINDOW (window));
}

static void
load_css (const char *resource)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, resource);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing each window first lets it save its size and pane positions. */
  for (GList *l = windows; l != NULL; l = windows)
    {
      windows = l->next;
      gtk_window_close (GTK_WINDOW (l->data));
    }

  g_application_quit (app);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  static const char *developers[] = { "The NewsDesk developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_show_about_dialog (parent,
                         "program-name", _("NewsDesk"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Read and compare news coverage from many outlets"),
                         "website", "https://newsdesk.example/",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         "translator-credits", _("translator-credits"),
                         "copyright", _("© 2026 The NewsDesk developers"),
                         NULL);
}

/* One Preferences window for the application; it follows the window it was opened from. */
static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer      user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  static GtkWindow *preferences = NULL;

  if (preferences == NULL)
    {
      preferences = nd_preferences_window_new (parent);
      g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *)&preferences);
    }
  else if (parent != preferences)
    gtk_window_set_transient_for (preferences, parent);

  gtk_window_present (preferences);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

static void
nd_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (nd_application_parent_class)->startup (app);

  /* Plain GtkApplication loads gtk/help-overlay.ui by itself, but no style sheet. */
  load_css ("/com/example/NewsDesk/window.css");
  if (g_resources_get_info ("/com/example/NewsDesk/style.css", 0, NULL, NULL, NULL))
    load_css ("/com/example/NewsDesk/style.css");

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         preferences_accels);
}

static void
nd_application_class_init (NdApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = nd_application_startup;
  app_class->activate = nd_application_activate;
  app_class->open = nd_application_open;
}

static void
nd_application_init (NdApplication *self)
{
}

/* Whether this program is one built in the build tree and run from there, uninstalled. */
static gboolean
runs_from_build_tree (void)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);

  return program != NULL && g_str_has_prefix (program, BUILD_ROOT G_DIR_SEPARATOR_S);
}

/**
 * nd_application_get_locale_dir:
 *
 * Where the translations are read from: $NEWSDESK_LOCALEDIR when set; the build tree's when
 * the program runs from there (the catalogues are compiled into <build>/po, and nothing is
 * installed); else the installed locale folder.
 *
 * Returns: a folder path
 */
const char *
nd_application_get_locale_dir (void)
{
  const char *override = g_getenv ("NEWSDESK_LOCALEDIR");

  if (override != NULL && override[0] != '\0')
    return override;

  return runs_from_build_tree () ? BUILD_LOCALEDIR : LOCALEDIR;
}

/**
 * nd_application_bind_text_domain:
 *
 * Makes gettext() find NewsDesk's translations, installed or not; main() calls this after
 * setlocale().
 */
void
nd_application_bind_text_domain (void)
{
  bindtextdomain (GETTEXT_PACKAGE, nd_application_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

NdApplication *
nd_application_new (void)
{
  return g_object_new (ND_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
