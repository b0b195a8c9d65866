/* nd-sidebar-sources.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The source filter of NdSidebar: a GtkFilter that hides the unchecked outlets, and the
 * popover that lists every outlet with its number of articles, a search field and an
 * "Only" button. Counts follow the added rows; a removal recounts. */

#define G_LOG_DOMAIN "nd-sidebar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nd-sidebar-private.h"

void
_nd_sidebar_source_free (gpointer data)
{
  Source *source = data;

  g_free (source->name);
  g_free (source->sort_key);
  g_free (source);
}

const char *
_nd_sidebar_source_key (NdArticle *article)
{
  const char *name = nd_article_get_source (article);

  return name != NULL ? name : "";
}

/* The source filter is a GtkFilter of its own rather than a GtkCustomFilter, for two reasons.
 * With nothing hidden it reports "match all", which the filter model handles without looking
 * at any item. And hiding or showing a source is announced as "more" or "less strict", so
 * the filter model only rechecks the rows that can change (the shown ones, or the hidden
 * ones), where changing a custom filter's function is "different" and rechecks them all. */
struct _NdSidebarSourceFilter
{
  GtkFilter   parent_instance;

  GHashTable *hidden;  /* source names, "" for none */
};

G_DEFINE_FINAL_TYPE (NdSidebarSourceFilter, nd_sidebar_source_filter, GTK_TYPE_FILTER)

static gboolean
nd_sidebar_source_filter_match (GtkFilter *filter,
                                gpointer   item)
{
  NdSidebarSourceFilter *self = ND_SIDEBAR_SOURCE_FILTER (filter);

  return !g_hash_table_contains (self->hidden, _nd_sidebar_source_key (item));
}

static GtkFilterMatch
nd_sidebar_source_filter_get_strictness (GtkFilter *filter)
{
  NdSidebarSourceFilter *self = ND_SIDEBAR_SOURCE_FILTER (filter);

  return g_hash_table_size (self->hidden) == 0 ? GTK_FILTER_MATCH_ALL : GTK_FILTER_MATCH_SOME;
}

static void
nd_sidebar_source_filter_finalize (GObject *object)
{
  NdSidebarSourceFilter *self = ND_SIDEBAR_SOURCE_FILTER (object);

  g_clear_pointer (&self->hidden, g_hash_table_unref);

  G_OBJECT_CLASS (nd_sidebar_source_filter_parent_class)->finalize (object);
}

static void
nd_sidebar_source_filter_class_init (NdSidebarSourceFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = nd_sidebar_source_filter_finalize;
  filter_class->match = nd_sidebar_source_filter_match;
  filter_class->get_strictness = nd_sidebar_source_filter_get_strictness;
}

static void
nd_sidebar_source_filter_init (NdSidebarSourceFilter *self)
{
  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
source_filter_set_hidden (NdSidebarSourceFilter *self,
                          const char            *name,
                          gboolean               hidden)
{
  if (hidden && !g_hash_table_contains (self->hidden, name))
    {
      g_hash_table_add (self->hidden, g_strdup (name));
      gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_MORE_STRICT);
    }
  else if (!hidden && g_hash_table_remove (self->hidden, name))
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
}

/* Hides every name in @names but @shown, with one refilter. */
static void
source_filter_show_only (NdSidebarSourceFilter *self,
                         GPtrArray             *names,
                         const char            *shown)
{
  g_hash_table_remove_all (self->hidden);
  for (guint i = 0; i < names->len; i++)
    if (!g_str_equal (names->pdata[i], shown))
      g_hash_table_add (self->hidden, g_strdup (names->pdata[i]));
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
source_filter_show_all (NdSidebarSourceFilter *self)
{
  if (g_hash_table_size (self->hidden) == 0)
    return;

  g_hash_table_remove_all (self->hidden);
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
}

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  const Source *source_a = *(const Source * const *)a;
  const Source *source_b = *(const Source * const *)b;
  gboolean unknown_a = source_a->name[0] == '\0';
  gboolean unknown_b = source_b->name[0] == '\0';
  int cmp;

  if (unknown_a != unknown_b)
    return unknown_a ? 1 : -1;

  cmp = strcmp (source_a->sort_key, source_b->sort_key);
  if (cmp != 0)
    return cmp;

  return strcmp (source_a->name, source_b->name);
}

/* The source filter. */

static void
update_show_all_action (NdSidebar *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sidebar.show-all-sources",
                                 self->n_hidden > 0);
}

static void
on_source_toggled_cb (NdSidebar      *self,
                      GtkCheckButton *check)
{
  Source *source = g_object_get_data (G_OBJECT (check), "nd-source");
  gboolean hidden = !gtk_check_button_get_active (check);

  g_assert (source != NULL);

  if (source->hidden == hidden)
    return;

  source->hidden = hidden;
  if (hidden)
    self->n_hidden++;
  else
    self->n_hidden--;

  if (!self->showing_all)
    {
      source_filter_set_hidden (self->source_filter, source->name, hidden);
      update_show_all_action (self);
    }
}

static void
update_source_label (Source *source)
{
  const char *name = source->name[0] != '\0' ? source->name : _("Unknown source");
  g_autofree char *text = NULL;

  /* Translators: a source in the filter with its number of articles, "The Gazette (3)" */
  text = g_strdup_printf (C_("source filter", "%s (%'u)"), name, source->count);
  gtk_label_set_text (source->label, text);
  source->dirty = FALSE;
}

/* Whether @source's name holds what is typed in the popover's search entry. */
static gboolean
source_matches_search (NdSidebar *self,
                       Source    *source)
{
  const char *text = gtk_editable_get_text (self->sources_entry);
  const char *name = source->name[0] != '\0' ? source->name : _("Unknown source");
  g_autofree char *folded_text = NULL;
  g_autofree char *folded_name = NULL;

  if (text[0] == '\0')
    return TRUE;

  folded_text = g_utf8_casefold (text, -1);
  folded_name = g_utf8_casefold (name, -1);
  return strstr (folded_name, folded_text) != NULL;
}

static void
on_sources_search_changed_cb (NdSidebar      *self,
                              GtkSearchEntry *entry)
{
  for (guint i = 0; i < self->sorted_sources->len; i++)
    {
      Source *source = g_ptr_array_index (self->sorted_sources, i);

      gtk_widget_set_visible (source->row, source_matches_search (self, source));
    }
}

/* Shows the articles of one outlet only: every other check off, one refilter. */
static void
show_only_source (NdSidebar *self,
                  Source    *shown)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  self->showing_all = TRUE;
  for (guint i = 0; i < self->sorted_sources->len; i++)
    {
      Source *source = g_ptr_array_index (self->sorted_sources, i);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (source->check), source == shown);
      g_ptr_array_add (names, source->name);
    }
  self->showing_all = FALSE;

  source_filter_show_only (self->source_filter, names, shown->name);
  update_show_all_action (self);
}

static void
on_only_source_clicked_cb (NdSidebar *self,
                           GtkButton *button)
{
  Source *source = g_object_get_data (G_OBJECT (button), "nd-source");

  g_assert (source != NULL);
  show_only_source (self, source);
}

static Source *
add_source (NdSidebar  *self,
            const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  Source *source = g_new0 (Source, 1);
  GtkWidget *after = NULL;
  GtkWidget *only;
  guint index = 0;

  source->name = g_strdup (name);
  source->sort_key = g_utf8_collate_key (folded, -1);

  /* Few outlets, many articles: finding the place by bisection is plenty. */
  for (guint high = self->sorted_sources->len; index < high;)
    {
      guint middle = index + (high - index) / 2;

      if (compare_sources (&g_ptr_array_index (self->sorted_sources, middle), &source) < 0)
        index = middle + 1;
      else
        high = middle;
    }
  if (index > 0)
    after = ((Source *)g_ptr_array_index (self->sorted_sources, index - 1))->row;

  source->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (source->label, 0);
  gtk_label_set_ellipsize (source->label, PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (source->label, 36);
  source->check = gtk_check_button_new ();
  gtk_check_button_set_child (GTK_CHECK_BUTTON (source->check), GTK_WIDGET (source->label));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (source->check), TRUE);
  g_object_set_data (G_OBJECT (source->check), "nd-source", source);
  g_signal_connect_object (source->check, "toggled", G_CALLBACK (on_source_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_hexpand (source->check, TRUE);

  only = gtk_button_new_with_label (C_("source filter", "Only"));
  gtk_widget_add_css_class (only, "flat");
  gtk_widget_set_tooltip_text (only, _("Only This Source"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (only), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Only This Source"), -1);
  g_object_set_data (G_OBJECT (only), "nd-source", source);
  g_signal_connect_object (only, "clicked", G_CALLBACK (on_only_source_clicked_cb), self,
                           G_CONNECT_SWAPPED);

  source->row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (source->row), source->check);
  gtk_box_append (GTK_BOX (source->row), only);
  gtk_widget_set_visible (source->row, source_matches_search (self, source));
  gtk_box_insert_child_after (self->sources_box, source->row, after);

  g_ptr_array_insert (self->sorted_sources, (int)index, source);
  g_hash_table_insert (self->sources, source->name, source);

  return source;
}

static void
remove_source (NdSidebar *self,
               Source    *source)
{
  if (source->hidden)
    {
      self->n_hidden--;
      source_filter_set_hidden (self->source_filter, source->name, FALSE);
      update_show_all_action (self);
    }

  gtk_box_remove (self->sources_box, source->row);
  g_ptr_array_remove (self->sorted_sources, source);
  g_hash_table_remove (self->sources, source->name);
}

void
_nd_sidebar_count_articles (NdSidebar *self,
                            guint      position,
                            guint      n_items)
{
  for (guint i = position; i < position + n_items; i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (self->model, i);
      const char *name = _nd_sidebar_source_key (article);
      Source *source = g_hash_table_lookup (self->sources, name);

      if (source == NULL)
        source = add_source (self, name);
      source->count++;
      source->dirty = TRUE;
    }
}

void
_nd_sidebar_update_source_widgets (NdSidebar *self)
{
  for (guint i = 0; i < self->sorted_sources->len; i++)
    {
      Source *source = g_ptr_array_index (self->sorted_sources, i);

      if (source->dirty)
        update_source_label (source);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->filter_button), self->sorted_sources->len > 0);
}

/* After a removal the removed articles are gone, so count everything again; the store only
 * removes when it is cleared, which makes this cheap in practice. */
void
_nd_sidebar_recount_sources (NdSidebar *self)
{
  guint n_items = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;

  for (guint i = 0; i < self->sorted_sources->len; i++)
    {
      Source *source = g_ptr_array_index (self->sorted_sources, i);

      source->count = 0;
      source->dirty = TRUE;
    }

  if (n_items > 0)
    _nd_sidebar_count_articles (self, 0, n_items);

  for (guint i = self->sorted_sources->len; i > 0; i--)
    {
      Source *source = g_ptr_array_index (self->sorted_sources, i - 1);

      if (source->count == 0)
        remove_source (self, source);
    }
}

void
_nd_sidebar_clear_sources (NdSidebar *self)
{
  while (self->sorted_sources->len > 0)
    remove_source (self, g_ptr_array_index (self->sorted_sources,
                                            self->sorted_sources->len - 1));

  g_assert (self->n_hidden == 0);
}

static void
show_all_sources (NdSidebar *self)
{
  if (self->n_hidden == 0)
    return;

  /* One refilter for all of them, not one per check button. */
  self->showing_all = TRUE;
  for (guint i = 0; i < self->sorted_sources->len; i++)
    {
      Source *source = g_ptr_array_index (self->sorted_sources, i);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (source->check), TRUE);
    }
  self->showing_all = FALSE;

  g_assert (self->n_hidden == 0);
  source_filter_show_all (self->source_filter);
  update_show_all_action (self);
}

static void
show_all_sources_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  show_all_sources (ND_SIDEBAR (widget));
}

void
_nd_sidebar_sources_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "sidebar.show-all-sources", NULL,
                                   show_all_sources_action);
  gtk_widget_class_bind_template_callback (widget_class, on_sources_search_changed_cb);
}
