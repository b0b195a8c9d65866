/* nd-story-row.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One story in the sidebar's story list: its label, its outlets, and its days with the
 * number of articles. Rows are recycled by the list, so everything is set from the story
 * in one place and nothing is connected to it. */

#define G_LOG_DOMAIN "nd-story-row"

#include "config.h"

#include <glib/gi18n.h>

#include "dates/nd-date-format.h"
#include "nd-story-row.h"

/* Outlets named before "and N more": a row has room for about so many. */
#define MAX_OUTLETS_NAMED 3

struct _NdStoryRow
{
  GtkWidget  parent_instance;

  NdStory   *story;
  GtkInscription *label;
  GtkLabel  *outlets;
  GtkLabel  *span;
};

G_DEFINE_FINAL_TYPE (NdStoryRow, nd_story_row, GTK_TYPE_WIDGET)

static char *
format_day (GDateTime *datetime)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (datetime);

  /* Translators: a day in a date range, e.g. "4 March 2026"; see g_date_time_format() */
  return g_strstrip (nd_date_format_with_names (local, _("%-d %B %Y")));
}

/* "4 March 2026 – 1 April 2026", one day alone when the story has one, or NULL. */
static char *
dup_days (NdStory *story)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (nd_story_get_first (story) == NULL)
    return NULL;

  first = format_day (nd_story_get_first (story));
  last = format_day (nd_story_get_last (story));
  if (g_str_equal (first, last))
    return g_steal_pointer (&first);

  /* Translators: a range of two dates, "4 March 2026 – 1 April 2026" */
  return g_strdup_printf (C_("date range", "%s – %s"), first, last);
}

static char *
dup_outlets (NdStory *story)
{
  const char * const *outlets = nd_story_get_outlets (story);
  guint n = outlets != NULL ? g_strv_length ((char **)outlets) : 0;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < MIN (n, MAX_OUTLETS_NAMED); i++)
    {
      if (i > 0)
        /* Translators: between two outlets in a list, "The Gazette, Coast Radio" */
        g_string_append (text, C_("outlet list", ", "));
      g_string_append (text, outlets[i]);
    }

  if (n > MAX_OUTLETS_NAMED)
    /* Translators: after the outlets named, "The Gazette, Coast Radio and 4 more" */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more",
                                               n - MAX_OUTLETS_NAMED),
                            n - MAX_OUTLETS_NAMED);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_count_and_days (NdStory *story)
{
  guint n_articles = nd_story_get_n_articles (story);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u article",
                                                         "%'u articles", n_articles),
                                            n_articles);
  g_autofree char *days = dup_days (story);

  if (days == NULL)
    return g_steal_pointer (&count);

  /* Translators: a story's size and days in the story list, "3 articles · 4 March 2026" */
  return g_strdup_printf (C_("story span", "%s · %s"), count, days);
}

static void
update (NdStoryRow *self)
{
  g_autofree char *outlets = NULL;
  g_autofree char *span = NULL;
  g_autofree char *description = NULL;

  if (self->story == NULL)
    {
      gtk_inscription_set_text (self->label, NULL);
      gtk_label_set_text (self->outlets, "");
      gtk_label_set_text (self->span, "");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  outlets = dup_outlets (self->story);
  span = dup_count_and_days (self->story);
  /* Headlines are text, never markup. */
  gtk_inscription_set_text (self->label, nd_story_get_label (self->story));
  gtk_label_set_text (self->outlets, outlets);
  gtk_widget_set_visible (GTK_WIDGET (self->outlets), *outlets != '\0');
  gtk_label_set_text (self->span, span);

  /* Translators: the spoken description of a story in the list: "3 articles · 4 March
   * 2026, The Gazette, Coast Radio" */
  description = *outlets != '\0' ? g_strdup_printf (C_("accessible story", "%s, %s"), span, outlets)
                                 : g_strdup (span);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, nd_story_get_label (self->story),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static GtkLabel *
add_label (NdStoryRow *self,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    {
      gtk_widget_add_css_class (label, css_class);
      gtk_widget_add_css_class (label, "dim-label");
    }
  gtk_widget_set_parent (label, GTK_WIDGET (self));

  return GTK_LABEL (label);
}

static void
nd_story_row_dispose (GObject *object)
{
  NdStoryRow *self = ND_STORY_ROW (object);
  GtkWidget *child;

  g_clear_object (&self->story);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (nd_story_row_parent_class)->dispose (object);
}

static void
nd_story_row_class_init (NdStoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nd_story_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "storyrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
nd_story_row_init (NdStoryRow *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 6);

  /* Two lines, as the article rows give a headline: most labels then show whole. An
   * inscription, not a wrapping label: GTK 4.8 lays a wrapping label out again and again
   * to measure it, some 6 M instructions a row, which made the frames that hand new rows
   * to the list miss their time; an inscription's size does not depend on its text. */
  self->label = GTK_INSCRIPTION (gtk_inscription_new (NULL));
  gtk_inscription_set_min_lines (self->label, 2);
  gtk_inscription_set_nat_lines (self->label, 2);
  gtk_inscription_set_wrap_mode (self->label, PANGO_WRAP_WORD_CHAR);
  gtk_inscription_set_text_overflow (self->label, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "heading");
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
  self->outlets = add_label (self, "caption");
  self->span = add_label (self, "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->span), "numeric");
}

GtkWidget *
nd_story_row_new (void)
{
  return g_object_new (ND_TYPE_STORY_ROW, NULL);
}

/**
 * nd_story_row_set_story:
 * @story: (nullable): the story to show
 */
void
nd_story_row_set_story (NdStoryRow *self,
                        NdStory    *story)
{
  g_return_if_fail (ND_IS_STORY_ROW (self));
  g_return_if_fail (story == NULL || ND_IS_STORY (story));

  if (g_set_object (&self->story, story))
    update (self);
}

/**
 * nd_story_row_get_story:
 *
 * Returns: (transfer none) (nullable): the story shown
 */
NdStory *
nd_story_row_get_story (NdStoryRow *self)
{
  g_return_val_if_fail (ND_IS_STORY_ROW (self), NULL);

  return self->story;
}
