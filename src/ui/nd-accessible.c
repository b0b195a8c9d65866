/* nd-accessible.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What assistive technology is told about widgets whose name GTK 4.8 gets wrong by itself:
 * a button with a mnemonic ("_Details") is announced with the underscore and its label
 * after it ("_Details Details"): GTK 4.8 sets the button's label property to the raw text,
 * and names it by that and by the label inside it.  An empty label is announced by its
 * class name ("GtkLabel"). */

#define G_LOG_DOMAIN "nd-accessible"

#include "config.h"

#include <string.h>

#include "nd-accessible.h"

/**
 * nd_accessible_dup_without_mnemonic:
 * @text: a label with a mnemonic, "_Export…"
 *
 * Returns: (transfer full): @text as it reads, "Export…"; "__" stands for one underscore
 */
char *
nd_accessible_dup_without_mnemonic (const char *text)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] == '_')
        p++;
      else if (*p == '_')
        continue;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* A button, check button or menu button that shows @widget's "label" with a mnemonic. */
static const char *
peek_mnemonic_label (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)))
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget)))
    return gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (widget)))
    return gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));

  return NULL;
}

/* Whether GTK made a label inside @widget for its text, which then names the widget. */
static gboolean
has_own_label (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget)));
  if (GTK_IS_CHECK_BUTTON (widget))
    return gtk_check_button_get_child (GTK_CHECK_BUTTON (widget)) == NULL &&
           gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) != NULL;

  return FALSE;
}

/**
 * nd_accessible_name_mnemonics:
 * @root: a widget and everything in it, popovers included
 *
 * Names every button in @root that has a mnemonic by its label as it reads: by the label
 * inside it alone where there is one, else by the text without the underscore.  Called
 * once the widgets exist, and again if such a label changes.
 */
void
nd_accessible_name_mnemonics (GtkWidget *root)
{
  const char *label;

  g_return_if_fail (GTK_IS_WIDGET (root));

  label = peek_mnemonic_label (root);
  if (label != NULL && strchr (label, '_') != NULL && has_own_label (root))
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL);
    }
  else if (label != NULL && strchr (label, '_') != NULL)
    {
      g_autofree char *plain = nd_accessible_dup_without_mnemonic (label);

      gtk_accessible_update_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      plain, -1);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    nd_accessible_name_mnemonics (child);
}

/**
 * nd_accessible_update_label:
 *
 * For a label whose text changes: named by its text, and hidden from assistive technology
 * while it has none, rather than announced as "GtkLabel".
 */
void
nd_accessible_update_label (GtkLabel *label)
{
  const char *text;

  g_return_if_fail (GTK_IS_LABEL (label));

  text = gtk_label_get_text (label);
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN,
                               text[0] == '\0', -1);
  if (text[0] != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    text, -1);
}
