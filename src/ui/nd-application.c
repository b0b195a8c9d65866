/* nd-application.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-application"

#include "config.h"

#include "nd-application.h"
#include "nd-article-store.h"
#include "nd-window.h"

struct _NdApplication
{
  GtkApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (NdApplication, nd_application, GTK_TYPE_APPLICATION)

static NdWindow *
get_or_create_window (NdApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (nd_window_new (self));

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
    {
      g_autoptr(GFile) sample = nd_article_store_sample_file ();

      nd_window_open_files (window, &sample, 1);
    }

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
nd_application_class_init (NdApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = nd_application_activate;
  app_class->open = nd_application_open;
}

static void
nd_application_init (NdApplication *self)
{
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
