/* nd-window.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-window"

#include "config.h"

#include <glib/gi18n.h>

#include "nd-accessible.h"
#include "dates/nd-date-format.h"
#include "nd-empty-page.h"
#include "nd-load-errors-dialog.h"
#include "nd-menu-button.h"
#include "search/nd-search-index.h"
#include "search/nd-search-results-model.h"
#include "nd-ui-resources.h"
#include "nd-window-private.h"

/* Editors save in several steps; waiting a little reads each changed file once. */

G_DEFINE_FINAL_TYPE (NdWindow, nd_window, GTK_TYPE_APPLICATION_WINDOW)

static void load_files (NdWindow  *self,
                        GFile    **files,
                        guint      n_files);
static void replace_watcher (NdWindow *self);

static gboolean
is_sample (GFile *file)
{
  g_autoptr(GFile) sample = nd_article_store_sample_file ();

  return g_file_equal (file, sample);
}

static char *
dup_root_name (GFile *root)
{
  g_autoptr(GFileInfo) info = NULL;

  if (is_sample (root))
    return g_strdup (_("Sample Story"));

  info = g_file_query_info (root, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));

  return g_file_get_basename (root);
}

static char *
dup_open_title (NdWindow *self)
{
  if (self->roots->len == 0)
    return g_strdup (_("NewsDesk"));

  if (self->roots->len == 1)
    return dup_root_name (g_ptr_array_index (self->roots, 0));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u File or Folder",
                                       "%u Files and Folders", self->roots->len),
                          self->roots->len);
}

/* The title is worked out when something is opened, not on every update: naming a folder
 * asks the file system. */
static void
add_root (NdWindow *self,
          GFile    *file)
{
  g_ptr_array_add (self->roots, g_object_ref (file));
  g_free (self->open_title);
  self->open_title = dup_open_title (self);
}

static char *
dup_article_count (guint n_articles)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u article", "%'u articles",
                                       n_articles),
                          n_articles);
}

static void
update_title (NdWindow *self)
{
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  const char *title = self->open_title;
  g_autofree char *count = dup_article_count (n_articles);
  g_autofree char *subtitle = NULL;
  g_autofree char *window_title = NULL;

  if (nd_article_store_get_loading (self->store))
    subtitle = g_strdup_printf (_("Loading… %s"), count);
  else
    subtitle = g_steal_pointer (&count);

  /* Titles of files are shown as text, never as markup. */
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), self->roots->len > 0);

  /* Translators: the window title: what is open, then the number of articles, as in
   * "Sample Story — 11 articles" */
  window_title = self->roots->len > 0 ? g_strdup_printf (C_("window title", "%s — %s"),
                                                         title, subtitle)
                                      : g_strdup (title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
update_progress (NdWindow *self)
{
  gboolean loading = nd_article_store_get_loading (self->store);
  guint64 bytes_total = nd_article_store_get_bytes_total (self->store);
  guint files_total = nd_article_store_get_files_total (self->store);
  g_autofree char *text = NULL;

  gtk_revealer_set_reveal_child (self->progress_revealer, loading);
  if (!loading)
    return;

  if (bytes_total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar,
                                   (double)nd_article_store_get_bytes_done (self->store) /
                                   (double)bytes_total);
  else
    gtk_progress_bar_pulse (self->progress_bar);

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Read %'u of %'u file",
                                       "Read %'u of %'u files", files_total),
                          nd_article_store_get_files_done (self->store), files_total);
  gtk_label_set_text (self->progress_label, text);
  nd_accessible_update_label (self->progress_label);
}

static void
update_banner (NdWindow *self)
{
  guint failures = nd_article_store_count_failures (self->store);
  g_autofree char *text = NULL;

  if (failures <= self->failures_dismissed)
    {
      gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
      nd_accessible_update_label (self->banner_label);
      return;
    }

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file could not be read",
                                       "%u files could not be read", failures),
                          failures);
  gtk_label_set_text (self->banner_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->banner_label), text);
  nd_accessible_update_label (self->banner_label);
  gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
}

static void
update_page (NdWindow *self)
{
  gboolean has_articles = g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0;
  gboolean loading = nd_article_store_get_loading (self->store);

  if (has_articles || loading)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "articles");
      return;
    }

  /* Made the first time it shows, and not before the window does: a window that opens
   * on articles, as at start-up, never needs it. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  if (gtk_stack_get_child_by_name (self->main_stack, "empty") == NULL)
    gtk_stack_add_named (self->main_stack, nd_empty_page_new (), "empty");
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
}

static void
on_map_cb (GtkWidget *widget,
           gpointer   user_data)
{
  update_page (ND_WINDOW (widget));
}

static char *
dup_date_range (GDateTime *oldest,
                GDateTime *newest)
{
  g_autoptr(GDateTime) first = g_date_time_to_local (oldest);
  g_autoptr(GDateTime) last = g_date_time_to_local (newest);
  /* Translators: a day in a date range, e.g. "4 March 2026"; see g_date_time_format() */
  const char *format = _("%-d %B %Y");
  g_autofree char *from = g_strstrip (nd_date_format_with_names (first, format));
  g_autofree char *to = g_strstrip (nd_date_format_with_names (last, format));

  if (g_strcmp0 (from, to) == 0)
    return g_strdup (from);

  /* Translators: a range of two dates, "4 March 2026 – 1 April 2026" */
  return g_strdup_printf (C_("date range", "%s – %s"), from, to);
}

static GDateTime *
find_oldest_date (GListModel *articles)
{
  /* Newest first, undated last: the oldest date is the last dated row. */
  for (guint i = g_list_model_get_n_items (articles); i > 0; i--)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i - 1);

      if (nd_article_get_published (article) != NULL)
        return g_date_time_ref (nd_article_get_published (article));
    }

  return NULL;
}

static guint
count_sources (GListModel *articles)
{
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(NdArticle) article = g_list_model_get_item (articles, i);
      const char *source = nd_article_get_source (article);

      if (source != NULL)
        g_hash_table_add (sources, (char *)source);
    }

  return g_hash_table_size (sources);
}

/* "11 articles from 4 sources, 4 March 2026 – 1 April 2026" for @articles, newest first,
 * undated last. */
static char *
dup_articles_summary (GListModel *articles)
{
  guint n_articles = g_list_model_get_n_items (articles);
  g_autoptr(NdArticle) newest = NULL;
  g_autoptr(GDateTime) oldest = NULL;
  g_autofree char *count = NULL;
  g_autofree char *sources = NULL;
  g_autofree char *range = NULL;
  guint n_sources;

  n_sources = count_sources (articles);
  count = dup_article_count (n_articles);
  newest = g_list_model_get_item (articles, 0);
  oldest = find_oldest_date (articles);
  if (oldest != NULL && nd_article_get_published (newest) != NULL)
    range = dup_date_range (oldest, nd_article_get_published (newest));

  /* Articles without a source do not make a "0 sources" story. */
  if (n_sources == 0)
    return range != NULL ? g_strdup_printf ("%s, %s", count, range) : g_strdup (count);

  sources = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u source", "%'u sources",
                                          n_sources),
                             n_sources);
  if (range != NULL)
    /* Translators: "11 articles from 4 sources, 04/03/26 – 01/04/26" */
    return g_strdup_printf (_("%s from %s, %s"), count, sources, range);

  return g_strdup_printf (_("%s from %s"), count, sources);
}

/* The story chosen in the story list, said as what is open is. */
static char *
dup_story_summary (NdStory *story)
{
  g_autoptr(GListStore) articles = g_list_store_new (ND_TYPE_ARTICLE);
  g_autofree char *summary = NULL;

  for (guint i = 0; i < nd_story_get_n_articles (story); i++)
    g_list_store_append (articles, nd_story_get_article (story, i));
  summary = dup_articles_summary (G_LIST_MODEL (articles));

  /* Translators: the overview below the reader while one story is chosen: its label, then
   * "3 articles from 3 sources, 10 March 2026 – 11 March 2026" */
  return g_strdup_printf (_("Story “%s”: %s"), nd_story_get_label (story), summary);
}

/* A one-line overview of the story below the reader: of everything open, computed once a
 * load ends since it walks every article, or of the story chosen in the story list. */
static void
update_story_summary (NdWindow *self)
{
  NdStory *story = nd_sidebar_get_selected_story (self->sidebar);
  g_autofree char *text = NULL;

  if (story != NULL)
    text = dup_story_summary (story);
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0)
    text = dup_articles_summary (G_LIST_MODEL (self->store));

  gtk_label_set_text (self->story_summary_label, text != NULL ? text : "");
  nd_accessible_update_label (self->story_summary_label);
}

/* Stories are worked out only while they are listed: grouping 100,000 articles costs a
 * core for seconds. */
static void
on_show_stories_cb (NdWindow   *self,
                    GParamSpec *pspec,
                    NdSidebar  *sidebar)
{
  nd_story_list_set_articles (self->stories, nd_sidebar_get_show_stories (sidebar)
                                             ? G_LIST_MODEL (self->store) : NULL);
}

static void
on_selected_story_cb (NdWindow   *self,
                      GParamSpec *pspec,
                      NdSidebar  *sidebar)
{
  update_story_summary (self);
}

static void
show_stories_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NdWindow *self = ND_WINDOW (widget);

  nd_sidebar_set_show_stories (self->sidebar, !nd_sidebar_get_show_stories (self->sidebar));
}

static void
setup_stories (NdWindow *self)
{
  self->stories = nd_story_list_new ();
  nd_sidebar_set_stories (self->sidebar, self->stories);
  g_signal_connect_object (self->sidebar, "notify::show-stories",
                           G_CALLBACK (on_show_stories_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "notify::selected-story",
                           G_CALLBACK (on_selected_story_cb), self, G_CONNECT_SWAPPED);
}

static void
update_state (NdWindow *self)
{
  update_title (self);
  update_progress (self);
  update_banner (self);
  update_page (self);
  _nd_window_update_actions (self);
}

static void
on_store_changed_cb (NdWindow   *self,
                     GParamSpec *pspec,
                     gpointer    store)
{
  update_state (self);
}

static void
reselect_remembered_article (NdWindow *self)
{
  NdArticle *article;

  if (self->reselect_id == NULL)
    return;

  article = nd_article_store_lookup (self->store, self->reselect_id);
  if (article != NULL)
    nd_sidebar_select_article (self->sidebar, article);
}

static void
on_load_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(NdWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!nd_article_store_load_finish (ND_ARTICLE_STORE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Loading failed: %s", error->message);
      return;
    }

  reselect_remembered_article (self);
  update_story_summary (self);
  update_state (self);

  /* The index is complete only now; a search shown meanwhile may have missed articles. */
  if (self->query != NULL)
    _nd_window_run_search (self);
}

static void
load_files (NdWindow  *self,
            GFile    **files,
            guint      n_files)
{
  nd_article_store_load_async (self->store, files, n_files, self->cancellable,
                               on_load_done_cb, g_object_ref (self));
}

static void
on_sidebar_selection_cb (NdWindow   *self,
                         GParamSpec *pspec,
                         NdSidebar  *sidebar)
{
  NdArticle *article = nd_sidebar_get_selected_article (sidebar);

  nd_article_view_set_article (self->article_view, article);
  _nd_window_side_by_side_follow_selection (self, article);
  _nd_window_update_actions (self);
}

static void
remember_selection (NdWindow *self)
{
  NdArticle *article = nd_sidebar_get_selected_article (self->sidebar);

  g_clear_pointer (&self->reselect_id, g_free);
  if (article != NULL)
    self->reselect_id = g_strdup (nd_article_get_id (article));
}

/* Reads what changed on disk again, keeping the selected article selected. */
static void
on_folders_changed_cb (NdWindow  *self,
                       GPtrArray *changes)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  remember_selection (self);
  g_clear_handle_id (&self->research_source, g_source_remove);

  for (guint i = 0; i < changes->len; i++)
    {
      const NdFolderChange *change = g_ptr_array_index (changes, i);
      g_autofree char *path = g_file_get_path (change->file);

      if (path == NULL)
        continue;
      if (change->is_folder)
        nd_article_store_forget_folder (self->store, path);
      else
        nd_article_store_forget_file (self->store, path);
      if (g_file_query_exists (change->file, NULL))
        g_ptr_array_add (files, g_object_ref (change->file));
    }

  reselect_remembered_article (self);
  if (files->len > 0)
    load_files (self, (GFile **)files->pdata, files->len);
  else
    update_story_summary (self);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            NdWindow      *self)
{
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  list = g_value_get_boxed (value);
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);

  if (files->len == 0)
    return FALSE;

  /* Dropping adds to what is open, as gathering files from several places would. */
  nd_window_add_files (self, (GFile **)files->pdata, files->len);
  return TRUE;
}

static void
save_window_state (NdWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

/* The panes are fitted to a new size after it is allocated (nd-window-layout.c). */
static void
nd_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  NdWindow *self = ND_WINDOW (widget);

  GTK_WIDGET_CLASS (nd_window_parent_class)->size_allocate (widget, width, height, baseline);

  if (width != self->laid_out_width || height != self->laid_out_height)
    {
      self->laid_out_width = width;
      self->laid_out_height = height;
      _nd_window_queue_layout (self);
    }
}

static gboolean
nd_window_close_request (GtkWindow *window)
{
  save_window_state (ND_WINDOW (window));

  return GTK_WINDOW_CLASS (nd_window_parent_class)->close_request (window);
}

/* GtkPaned counts from the top, the setting counts the timeline's own height; the two can
 * only be matched once the paned knows its size. */
static void
on_reader_paned_max_position_cb (NdWindow   *self,
                                 GParamSpec *pspec,
                                 GtkPaned   *paned)
{
  int max_position;

  g_object_get (paned, "max-position", &max_position, NULL);
  /* The room for the reader and the timeline changed without the window changing size (the
   * search bar or the banner came or went): fit them again. With animations these come
   * with many allocations of the window; without, with none. */
  if (self->timeline_height_restored)
    {
      _nd_window_queue_layout (self);
      return;
    }
  if (max_position <= 0 || self->settings == NULL)
    return;

  self->timeline_height_restored = TRUE;
  gtk_paned_set_position (paned,
                          MAX (0, max_position -
                                  g_settings_get_int (self->settings, "timeline-height")));
  /* A low window gives the timeline less than it was given last time. */
  _nd_window_queue_layout (self);
}

static void
on_reader_paned_position_cb (NdWindow   *self,
                             GParamSpec *pspec,
                             GtkPaned   *paned)
{
  int max_position;

  g_object_get (paned, "max-position", &max_position, NULL);
  if (!self->timeline_height_restored || max_position <= 0 || self->settings == NULL ||
      self->adapting_layout)
    return;
  /* A hidden timeline keeps the height it had. */
  if (!gtk_widget_get_visible (gtk_paned_get_end_child (paned)))
    return;

  g_settings_set_int (self->settings, "timeline-height",
                      CLAMP (max_position - gtk_paned_get_position (paned), 0, 600));
}

static void
bind_preferences (NdWindow *self)
{
  GtkWidget *timeline_area = gtk_paned_get_end_child (self->reader_paned);
  g_autoptr(GPropertyAction) show_timeline = NULL;

  g_settings_bind (self->settings, "reader-font", self->article_view, "font",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "reader-line-width", self->article_view, "line-width",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "timeline-visible", timeline_area, "visible",
                   G_SETTINGS_BIND_DEFAULT);

  show_timeline = g_property_action_new ("show-timeline", timeline_area, "visible");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_timeline));
}

static void
on_sidebar_position_cb (NdWindow   *self,
                        GParamSpec *pspec,
                        GtkPaned   *paned)
{
  gboolean position_set;

  g_object_get (paned, "position-set", &position_set, NULL);
  if (self->adapting_layout || !position_set || !gtk_widget_get_visible (GTK_WIDGET (self->sidebar)) ||
      gtk_widget_get_width (GTK_WIDGET (paned)) <= 0)
    return;

  g_settings_set_int (self->settings, "sidebar-width", gtk_paned_get_position (paned));
}

static void
bind_settings (NdWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "com.example.NewsDesk", TRUE);
  if (schema == NULL)
    {
      g_warning ("The GSettings schema com.example.NewsDesk is not installed; "
                 "window state will not be remembered");
      return;
    }

  self->settings = g_settings_new ("com.example.NewsDesk");

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* Read here, saved by on_sidebar_position_cb: a width the window gave up to fit is not
   * the user's. */
  g_settings_bind (self->settings, "sidebar-width", self->sidebar_paned, "position",
                   G_SETTINGS_BIND_GET | G_SETTINGS_BIND_GET_NO_CHANGES);
  g_signal_connect_object (self->sidebar_paned, "notify::position",
                           G_CALLBACK (on_sidebar_position_cb), self, G_CONNECT_SWAPPED);
  g_settings_bind (self->settings, "sort-order", self->sidebar, "sort-order",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-stories", self->sidebar, "show-stories",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "text-scale", self->article_view, "text-scale",
                   G_SETTINGS_BIND_DEFAULT);
  _nd_window_bind_quotes_settings (self);
  bind_preferences (self);
}

static void
setup_drop_target (NdWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

static void
connect_store (NdWindow *self)
{
  static const char * const watched[] = {
    "notify::loading", "notify::n-items", "notify::files-done", "notify::files-total",
    "notify::n-errors",
  };

  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_signal_connect_object (self->store, watched[i], G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

/* The timeline shows the store, dims what the sidebar does not list (search misses, hidden
 * sources) and shares the sidebar's selection both ways. */
static void
on_timeline_selection_cb (NdWindow   *self,
                          GParamSpec *pspec,
                          NdTimeline *timeline)
{
  NdArticle *article = nd_timeline_get_selected_article (timeline);

  if (article == NULL || article == nd_sidebar_get_selected_article (self->sidebar))
    return;

  nd_sidebar_select_article (self->sidebar, article);
  /* An article the sidebar does not list cannot be selected: the timeline follows back. */
  if (nd_sidebar_get_selected_article (self->sidebar) != article)
    nd_timeline_set_selected_article (timeline, nd_sidebar_get_selected_article (self->sidebar));
}

static void
on_timeline_mention_activated_cb (NdWindow   *self,
                                  NdArticle  *article,
                                  guint       offset,
                                  NdTimeline *timeline)
{
  if (nd_article_view_get_article (self->article_view) == article)
    nd_article_view_scroll_to_offset (self->article_view, offset);
}

static void
setup_timeline (NdWindow *self)
{
  nd_timeline_set_model (self->timeline, G_LIST_MODEL (self->store));
  nd_timeline_set_visible_articles (self->timeline,
                                    nd_sidebar_get_visible_articles (self->sidebar));
  g_object_bind_property (self->sidebar, "selected-article", self->timeline, "selected-article",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->timeline, "notify::selected-article",
                           G_CALLBACK (on_timeline_selection_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline, "mention-activated",
                           G_CALLBACK (on_timeline_mention_activated_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
nd_window_dispose (GObject *object)
{
  NdWindow *self = (NdWindow *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->stories != NULL)
    nd_story_list_set_articles (self->stories, NULL);
  _nd_window_dispose_compare (self);
  g_clear_handle_id (&self->research_source, g_source_remove);
  g_clear_handle_id (&self->layout_source, g_source_remove);
  g_clear_object (&self->watcher);
  gtk_widget_dispose_template (GTK_WIDGET (self), ND_TYPE_WINDOW);

  G_OBJECT_CLASS (nd_window_parent_class)->dispose (object);
}

static void
nd_window_finalize (GObject *object)
{
  NdWindow *self = (NdWindow *)object;

  g_clear_object (&self->stories);
  g_clear_object (&self->store);
  g_clear_object (&self->quote_collection);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->query, nd_search_query_unref);
  g_clear_pointer (&self->roots, g_ptr_array_unref);
  g_clear_pointer (&self->reselect_id, g_free);
  g_clear_pointer (&self->open_title, g_free);

  G_OBJECT_CLASS (nd_window_parent_class)->finalize (object);
}

static void
nd_window_class_init (NdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  /* Referencing the resource keeps the linker from dropping it, and its constructor that
   * registers it, from the static library. */
  (void)nd_ui_get_resource ();

  object_class->dispose = nd_window_dispose;
  object_class->finalize = nd_window_finalize;
  window_class->close_request = nd_window_close_request;
  widget_class->size_allocate = nd_window_size_allocate;

  g_type_ensure (ND_TYPE_SIDEBAR);
  g_type_ensure (ND_TYPE_ARTICLE_VIEW);
  g_type_ensure (ND_TYPE_TIMELINE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/NewsDesk/nd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NdWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, search_by_date_button);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, search_problem_label);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, sidebar_paned);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, reader_paned);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, story_summary_label);
  gtk_widget_class_bind_template_child (widget_class, NdWindow, timeline);

  /* The sidebar's toggle from anywhere in the window. */
  gtk_widget_class_install_action (widget_class, "win.show-stories", NULL, show_stories_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-stories", NULL);

  _nd_window_class_actions_init (klass);
  _nd_window_class_quotes_init (klass);
  _nd_window_class_compare_init (klass);
  _nd_window_class_side_by_side_init (klass);
  _nd_window_class_keyboard_init (klass);
}

static void
nd_window_init (NdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  nd_menu_button_set_menu_model_on_demand (self->primary_menu_button, self->primary_menu);

  self->store = nd_article_store_new ();
  self->cancellable = g_cancellable_new ();
  self->roots = g_ptr_array_new_with_free_func (g_object_unref);
  self->open_title = dup_open_title (self);
  replace_watcher (self);

  /* The window searches, so its loads build the index as they go. */
  nd_article_store_set_sink_type (self->store, ND_TYPE_SEARCH_INDEX);
  nd_sidebar_set_model (self->sidebar, G_LIST_MODEL (self->store));

  _nd_window_setup_search (self);

  g_signal_connect_object (self->sidebar, "notify::selected-article",
                           G_CALLBACK (on_sidebar_selection_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader_paned, "notify::max-position",
                           G_CALLBACK (on_reader_paned_max_position_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader_paned, "notify::position",
                           G_CALLBACK (on_reader_paned_position_cb), self, G_CONNECT_SWAPPED);
  _nd_window_setup_layout (self);

  setup_timeline (self);
  setup_stories (self);
  _nd_window_setup_quotes (self);
  _nd_window_setup_compare (self);
  _nd_window_setup_side_by_side (self);
  connect_store (self);
  bind_settings (self);
  setup_drop_target (self);
  _nd_window_setup_keyboard (self);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  update_state (self);
  update_story_summary (self);
  nd_accessible_name_mnemonics (GTK_WIDGET (self));
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

/* The folders watched are those open now: a new watcher replaces the old one, whose
 * late reports about folders no longer open must not reach the window. */
static void
replace_watcher (NdWindow *self)
{
  if (self->watcher != NULL)
    g_signal_handlers_disconnect_by_data (self->watcher, self);
  g_clear_object (&self->watcher);

  self->watcher = nd_folder_watcher_new ();
  g_signal_connect_object (self->watcher, "changed", G_CALLBACK (on_folders_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Forgets what is open: the articles, the files and folders they came from, the folders
 * watched and the problems reported about them. */
static void
clear_open (NdWindow *self)
{
  g_clear_handle_id (&self->research_source, g_source_remove);
  g_clear_pointer (&self->reselect_id, g_free);
  self->failures_dismissed = 0;
  g_ptr_array_set_size (self->roots, 0);
  g_free (self->open_title);
  self->open_title = dup_open_title (self);
  replace_watcher (self);
  nd_article_store_clear (self->store);
  update_story_summary (self);
}

/**
 * nd_window_add_files:
 * @files: (array length=n_files): files and folders to add to what is open
 */
void
nd_window_add_files (NdWindow  *self,
                     GFile    **files,
                     guint      n_files)
{
  g_return_if_fail (ND_IS_WINDOW (self));

  for (guint i = 0; i < n_files; i++)
    {
      add_root (self, files[i]);
      nd_folder_watcher_watch (self->watcher, files[i]);
    }

  load_files (self, files, n_files);
  update_state (self);
}

/**
 * nd_window_open_files:
 * @files: (array length=n_files): files and folders to show instead of what is open
 *
 * What was open is closed first; nd_window_add_files() keeps it.
 */
void
nd_window_open_files (NdWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  g_return_if_fail (ND_IS_WINDOW (self));

  clear_open (self);
  nd_window_add_files (self, files, n_files);
}

/* The sample story is compiled in and tiny, so it is read at once rather than in the
 * background: the window's first frame then already shows it, which spares a first-time
 * user a frame of empty window.  Like any opening, it replaces what was open. */
void
nd_window_open_sample (NdWindow *self)
{
  g_autoptr(GFile) sample = nd_article_store_sample_file ();
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ND_IS_WINDOW (self));

  clear_open (self);
  add_root (self, sample);
  if (!nd_article_store_load_sync (self->store, &sample, 1, self->cancellable, &error))
    g_warning ("Could not read the sample story: %s", error->message);

  update_story_summary (self);
  update_state (self);
}

/**
 * nd_window_close_articles:
 *
 * Closes everything that is open, and the search with it; the window shows its empty page.
 */
void
nd_window_close_articles (NdWindow *self)
{
  g_return_if_fail (ND_IS_WINDOW (self));

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  clear_open (self);
  update_state (self);
}

/* Reads everything that is open from scratch. */
void
_nd_window_reload (NdWindow *self)
{
  remember_selection (self);
  self->failures_dismissed = 0;
  nd_article_store_clear (self->store);
  if (self->roots->len > 0)
    load_files (self, (GFile **)self->roots->pdata, self->roots->len);
  update_state (self);
}

void
_nd_window_show_load_errors (NdWindow *self)
{
  GtkWindow *dialog = nd_load_errors_dialog_new (GTK_WINDOW (self),
                                                 nd_article_store_get_errors (self->store));

  gtk_window_present (dialog);
}

void
_nd_window_dismiss_banner (NdWindow *self)
{
  self->failures_dismissed = nd_article_store_count_failures (self->store);
  update_banner (self);
}

NdArticle *
nd_window_get_selected_article (NdWindow *self)
{
  g_return_val_if_fail (ND_IS_WINDOW (self), NULL);

  return nd_sidebar_get_selected_article (self->sidebar);
}

GtkWidget *
nd_window_get_timeline (NdWindow *self)
{
  g_return_val_if_fail (ND_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->timeline);
}

GtkWidget *
nd_window_get_sidebar (NdWindow *self)
{
  g_return_val_if_fail (ND_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->sidebar);
}

GtkWidget *
nd_window_get_article_view (NdWindow *self)
{
  g_return_val_if_fail (ND_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->article_view);
}

/* The one-line overview of what is open, below the reader. */
const char *
nd_window_get_story_summary (NdWindow *self)
{
  g_return_val_if_fail (ND_IS_WINDOW (self), NULL);

  return gtk_label_get_text (self->story_summary_label);
}

gboolean
nd_window_get_banner_visible (NdWindow *self)
{
  g_return_val_if_fail (ND_IS_WINDOW (self), FALSE);

  return gtk_revealer_get_reveal_child (self->banner_revealer);
}

const char *
nd_window_get_visible_page (NdWindow *self)
{
  g_return_val_if_fail (ND_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

GtkWidget *
nd_window_get_search_entry (NdWindow *self)
{
  g_return_val_if_fail (ND_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->search_entry);
}

/**
 * nd_window_get_search_problem:
 *
 * Returns: (nullable): what is wrong with the query in the search bar, as shown there
 */
const char *
nd_window_get_search_problem (NdWindow *self)
{
  g_return_val_if_fail (ND_IS_WINDOW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->search_problem_label)))
    return NULL;

  return gtk_label_get_text (self->search_problem_label);
}
