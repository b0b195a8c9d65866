/* nd-preferences-window.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Preferences: the reader's font, text size and line width, and whether the timeline is
 * shown.  Every control is bound to its GSettings key, so a change applies at once to
 * every window and is remembered. */

#define G_LOG_DOMAIN "nd-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-preferences-window.h"

#define DEFAULT_FONT "Sans 11"

struct _NdPreferencesWindow
{
  GtkWindow        parent_instance;

  GSettings       *settings;
  GtkWidget       *font_button;

  /* Template children */
  GtkCheckButton  *system_font_check;
  GtkBox          *font_box;
  GtkSpinButton   *text_size_spin;
  GtkSpinButton   *line_width_spin;
  GtkCheckButton  *timeline_check;
};

G_DEFINE_FINAL_TYPE (NdPreferencesWindow, nd_preferences_window, GTK_TYPE_WINDOW)

/* The font button: GtkFontButton on GTK 4.8, its successor from 4.10 on. */
static GtkWidget *
font_button_new (void)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  return gtk_font_dialog_button_new (gtk_font_dialog_new ());
#else
  GtkWidget *button = gtk_font_button_new ();

  gtk_font_button_set_use_font (GTK_FONT_BUTTON (button), TRUE);
  return button;
#endif
}

static char *
font_button_dup_font (GtkWidget *button)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  PangoFontDescription *desc = gtk_font_dialog_button_get_font_desc (GTK_FONT_DIALOG_BUTTON (button));

  return desc != NULL ? pango_font_description_to_string (desc) : NULL;
#else
  return gtk_font_chooser_get_font (GTK_FONT_CHOOSER (button));
#endif
}

static void
font_button_set_font (GtkWidget  *button,
                      const char *font)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  PangoFontDescription *desc = pango_font_description_from_string (font);

  gtk_font_dialog_button_set_font_desc (GTK_FONT_DIALOG_BUTTON (button), desc);
  pango_font_description_free (desc);
#else
  gtk_font_chooser_set_font (GTK_FONT_CHOOSER (button), font);
#endif
}

/* The font the button offers while the system font is used: the system font itself. */
static char *
dup_system_font (void)
{
  g_autofree char *name = NULL;

  g_object_get (gtk_settings_get_default (), "gtk-font-name", &name, NULL);
  return name != NULL && *name != '\0' ? g_steal_pointer (&name) : g_strdup (DEFAULT_FONT);
}

static void
sync_font_button (NdPreferencesWindow *self)
{
  g_autofree char *font = g_settings_get_string (self->settings, "reader-font");
  g_autofree char *shown = font_button_dup_font (self->font_button);

  if (*font == '\0')
    {
      g_free (font);
      font = dup_system_font ();
    }
  if (g_strcmp0 (font, shown) != 0)
    font_button_set_font (self->font_button, font);
}

static void
on_reader_font_changed_cb (NdPreferencesWindow *self)
{
  sync_font_button (self);
}

/* A font picked in the button becomes the reader's font. */
static void
on_font_chosen_cb (NdPreferencesWindow *self)
{
  g_autofree char *font = font_button_dup_font (self->font_button);
  g_autofree char *current = g_settings_get_string (self->settings, "reader-font");

  if (font == NULL || *font == '\0' || gtk_check_button_get_active (self->system_font_check) ||
      g_str_equal (font, current))
    return;

  g_settings_set_string (self->settings, "reader-font", font);
}

/* "Use the system font" is the empty font name; turning it off takes the button's font. */
static gboolean
system_font_get_mapping (GValue   *value,
                         GVariant *variant,
                         gpointer  user_data)
{
  g_value_set_boolean (value, *g_variant_get_string (variant, NULL) == '\0');
  return TRUE;
}

static GVariant *
system_font_set_mapping (const GValue       *value,
                         const GVariantType *expected_type,
                         gpointer            user_data)
{
  NdPreferencesWindow *self = user_data;
  g_autofree char *font = NULL;

  if (g_value_get_boolean (value))
    return g_variant_new_string ("");

  font = font_button_dup_font (self->font_button);
  return g_variant_new_string (font != NULL && *font != '\0' ? font : DEFAULT_FONT);
}

/* The text size is shown in percent, the setting is a factor. */
static gboolean
percent_get_mapping (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_double (variant) * 100.0);
  return TRUE;
}

static GVariant *
percent_set_mapping (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  return g_variant_new_double (g_value_get_double (value) / 100.0);
}

static gboolean
int_get_mapping (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_int32 (variant));
  return TRUE;
}

static GVariant *
int_set_mapping (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  return g_variant_new_int32 ((gint32)(g_value_get_double (value) + 0.5));
}

static void
bind_settings (NdPreferencesWindow *self)
{
  g_settings_bind_with_mapping (self->settings, "reader-font",
                                self->system_font_check, "active", G_SETTINGS_BIND_DEFAULT,
                                system_font_get_mapping, system_font_set_mapping, self, NULL);
  g_settings_bind_with_mapping (self->settings, "text-scale",
                                gtk_spin_button_get_adjustment (self->text_size_spin), "value",
                                G_SETTINGS_BIND_DEFAULT,
                                percent_get_mapping, percent_set_mapping, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "reader-line-width",
                                gtk_spin_button_get_adjustment (self->line_width_spin), "value",
                                G_SETTINGS_BIND_DEFAULT,
                                int_get_mapping, int_set_mapping, NULL, NULL);
  g_settings_bind (self->settings, "timeline-visible", self->timeline_check, "active",
                   G_SETTINGS_BIND_DEFAULT);

  sync_font_button (self);
  g_signal_connect_object (self->settings, "changed::reader-font",
                           G_CALLBACK (on_reader_font_changed_cb), self, G_CONNECT_SWAPPED);
#if GTK_CHECK_VERSION (4, 10, 0)
  g_signal_connect_object (self->font_button, "notify::font-desc",
                           G_CALLBACK (on_font_chosen_cb), self, G_CONNECT_SWAPPED);
#else
  g_signal_connect_object (self->font_button, "font-set",
                           G_CALLBACK (on_font_chosen_cb), self, G_CONNECT_SWAPPED);
#endif
}

static void
nd_preferences_window_dispose (GObject *object)
{
  NdPreferencesWindow *self = ND_PREFERENCES_WINDOW (object);

  if (self->settings != NULL)
    g_settings_unbind (self->system_font_check, "active");
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), ND_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (nd_preferences_window_parent_class)->dispose (object);
}

static void
nd_preferences_window_class_init (NdPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nd_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/NewsDesk/nd-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NdPreferencesWindow, system_font_check);
  gtk_widget_class_bind_template_child (widget_class, NdPreferencesWindow, font_box);
  gtk_widget_class_bind_template_child (widget_class, NdPreferencesWindow, text_size_spin);
  gtk_widget_class_bind_template_child (widget_class, NdPreferencesWindow, line_width_spin);
  gtk_widget_class_bind_template_child (widget_class, NdPreferencesWindow, timeline_check);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nd_preferences_window_init (NdPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->font_button = font_button_new ();
  gtk_widget_set_hexpand (self->font_button, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->font_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reader font"), -1);
  gtk_box_append (self->font_box, self->font_button);
  g_object_bind_property (self->system_font_check, "active", self->font_button, "sensitive",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);

  self->settings = g_settings_new ("com.example.NewsDesk");
  bind_settings (self);
}

/**
 * nd_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): a new Preferences window, not yet shown
 */
GtkWindow *
nd_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (ND_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}

/**
 * nd_preferences_window_get_font_button:
 *
 * Returns: (transfer none): the button that picks the reader's font
 */
GtkWidget *
nd_preferences_window_get_font_button (NdPreferencesWindow *self)
{
  g_return_val_if_fail (ND_IS_PREFERENCES_WINDOW (self), NULL);

  return self->font_button;
}
