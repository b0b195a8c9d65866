/* nd-empty-page.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the window shows when nothing is open: a way to open files, a folder or the
 * sample story. A page of its own, so that the window makes it only when it is needed:
 * a window that starts on articles never shows it. */

#include "config.h"

#include "nd-accessible.h"
#include "nd-empty-page.h"

struct _NdEmptyPage
{
  GtkBox parent_instance;
};

G_DEFINE_FINAL_TYPE (NdEmptyPage, nd_empty_page, GTK_TYPE_BOX)

static void
nd_empty_page_class_init (NdEmptyPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/NewsDesk/nd-empty-page.ui");
}

static void
nd_empty_page_init (NdEmptyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  nd_accessible_name_mnemonics (GTK_WIDGET (self));
}

GtkWidget *
nd_empty_page_new (void)
{
  return g_object_new (ND_TYPE_EMPTY_PAGE, NULL);
}
