/* nd-timeline.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The story in time: one lane per source with a mark per article at its publication date,
 * and below them the "Mentioned" track with the dates the articles talk about, as bars.
 *
 * Everything is drawn in snapshot(), from arrays built when the model changes: with 100,000
 * articles a widget per mark would cost far too much. Articles the model gains are taken
 * when it says so and merged into the time-ordered marks by rebuild(), at most every
 * REBUILD_INTERVAL_MS while a load goes on; only a removal makes it read the whole model
 * again. A frame only walks the marks in view of each lane (found by binary search), merges
 * those that would overlap into clusters (nd-timeline-scale.c) and draws one rectangle per
 * cluster, so the cost of a frame is bounded by the width of the widget, not by the number
 * of articles.
 *
 * Lanes. When the sources do not fit at the least lane height, the busiest keep a lane each
 * and the rest share an "other sources" lane; colours still follow the source.
 *
 * Mentions are found in a worker thread, a batch of articles at a time, and kept per article
 * so that articles arriving later do not make the earlier ones be read again.
 *
 * Articles the sidebar does not list (search misses, hidden sources) are dimmed and cannot
 * be selected from here: selecting them would leave the sidebar and the reader behind.
 *
 * This file is the widget itself: its property and signal, layout, selection and public
 * API. The rest lies in nd-timeline-<part>.c, behind nd-timeline-private.h, which says
 * what each part holds. */

#define G_LOG_DOMAIN "nd-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "dates/nd-date-format.h"
#include "nd-timeline-private.h"
#include "nd-ui-resources.h"

G_DEFINE_FINAL_TYPE (NdTimeline, nd_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_ARTICLE,
  N_PROPS
};

enum {
  MENTION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Articles as the timeline names them. */

char *
_nd_timeline_dup_article_date (NdArticle *article)
{
  GDateTime *published = nd_article_get_published (article);

  if (published == NULL)
    return g_strdup (_("Undated"));

  return nd_date_format_full (published, nd_article_get_published_is_date (article));
}

const char *
_nd_timeline_get_title (NdArticle *article)
{
  const char *title = nd_article_get_title (article);

  return title != NULL && *title != '\0' ? title : _("Untitled");
}

const char *
_nd_timeline_get_source_name (NdArticle *article)
{
  const char *source = nd_article_get_source (article);

  return source != NULL && *source != '\0' ? source : _("Unknown source");
}

void
_nd_timeline_update_accessible (NdTimeline *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  if (self->selected != NULL)
    {
      g_autofree char *date = _nd_timeline_dup_article_date (self->selected);

      /* Translators: the timeline's accessible name with the selected article: title,
       * source and date */
      label = g_strdup_printf (_("Timeline, selected: %s, %s, %s"),
                               _nd_timeline_get_title (self->selected),
                               _nd_timeline_get_source_name (self->selected), date);
    }
  else
    label = g_strdup (_("Timeline"));

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u dated article from %u sources, %u undated. "
                                              "Left and Right move between articles, plus and "
                                              "minus zoom, Home and End go to the first and "
                                              "the last.",
                                              "%u dated articles from %u sources, %u undated. "
                                              "Left and Right move between articles, plus and "
                                              "minus zoom, Home and End go to the first and "
                                              "the last.",
                                              self->marks->len),
                                 self->marks->len, self->sources->len,
                                 g_list_model_get_n_items (G_LIST_MODEL (self->undated)));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* The accessible label already names the selected article; GTK 4.14 can also say it at
 * once. Only while the timeline has the focus: selecting in the sidebar is announced there. */
static void
announce_selection (NdTimeline *self)
{
#if GTK_CHECK_VERSION (4, 14, 0)
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (self->selected == NULL || !gtk_widget_has_focus (GTK_WIDGET (self)))
    return;

  date = _nd_timeline_dup_article_date (self->selected);
  text = g_strdup_printf ("%s, %s, %s", _nd_timeline_get_title (self->selected),
                          _nd_timeline_get_source_name (self->selected), date);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_accessible_announce (GTK_ACCESSIBLE (self), text,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  (void)self;
#endif
}

/* Selection. */

static void
ensure_mark_in_view (NdTimeline *self,
                     guint       index)
{
  double x = _nd_timeline_mark_x (self, index);
  double span = self->scale.end - self->scale.start;
  double time = (double)_nd_timeline_get_mark (self, index)->time;

  if (x >= 0 && x <= self->scale.width)
    return;

  _nd_timeline_set_scale (self, time - span / 2, time + span / 2);
}

void
_nd_timeline_select_article (NdTimeline *self,
                             NdArticle  *article,
                             gboolean    scroll)
{
  int mark;

  if (!g_set_object (&self->selected, article))
    return;

  mark = _nd_timeline_find_mark (self, article);
  if (scroll && mark >= 0)
    ensure_mark_in_view (self, (guint)mark);

  _nd_timeline_update_selected_mentions (self);
  _nd_timeline_update_accessible (self);
  announce_selection (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ARTICLE]);
}

void
_nd_timeline_emit_mention_activated (NdTimeline *self,
                                     NdArticle  *article,
                                     guint       offset)
{
  g_signal_emit (self, signals[MENTION_ACTIVATED], 0, article, offset);
}

/* The view. */

void
_nd_timeline_set_scale (NdTimeline *self,
                        double      start,
                        double      end)
{
  self->scale.start = start;
  self->scale.end = end;
  self->clusters_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_nd_timeline_fit_view (NdTimeline *self)
{
  NdTimelineScale scale = self->scale;

  if (self->marks->len == 0)
    return;

  nd_timeline_scale_fit (&scale, _nd_timeline_get_mark (self, 0)->time,
                         _nd_timeline_get_mark (self, self->marks->len - 1)->time, MIN_SPAN);
  _nd_timeline_set_scale (self, scale.start, scale.end);
}

/* Layout. */

static void
nd_timeline_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  NdTimeline *self = ND_TIMELINE (widget);
  int toolbar_minimum, toolbar_natural;

  gtk_widget_measure (self->toolbar, orientation, -1, &toolbar_minimum, &toolbar_natural,
                      NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = toolbar_minimum + 120;
      *natural = toolbar_natural + 600;
    }
  else
    {
      guint n_lanes = MAX (self->sources->len, 1);

      *minimum = toolbar_minimum + LANE_MIN_HEIGHT + MENTION_TRACK_HEIGHT + 4;
      *natural = toolbar_natural + (int)MIN (n_lanes, 8) * LANE_MAX_HEIGHT +
                 MENTION_TRACK_HEIGHT + 4;
    }
}

static void
nd_timeline_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  NdTimeline *self = ND_TIMELINE (widget);
  int toolbar_width, toolbar_height, lanes_height;
  guint n_lanes_max;

  gtk_widget_measure (self->toolbar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &toolbar_width,
                      NULL, NULL);
  gtk_widget_measure (self->toolbar, GTK_ORIENTATION_VERTICAL, -1, NULL, &toolbar_height,
                      NULL, NULL);

  self->plot_x = MAX (toolbar_width + 8, CLAMP (width / 4, 140, 200));
  self->plot_width = MAX (width - self->plot_x - PLOT_END_PADDING, 1);
  self->axis_height = toolbar_height + 2;
  gtk_widget_size_allocate (self->toolbar,
                            &(GtkAllocation) { 4, 1, self->plot_x - 8, toolbar_height }, -1);

  lanes_height = MAX (height - self->axis_height - MENTION_TRACK_HEIGHT - 4, LANE_MIN_HEIGHT);
  n_lanes_max = MAX ((guint)(lanes_height / LANE_MIN_HEIGHT), 1);
  if (n_lanes_max != self->n_lanes_max)
    {
      self->n_lanes_max = n_lanes_max;
      _nd_timeline_assign_lanes (self);
    }

  self->lane_height = CLAMP (lanes_height / (int)MAX (self->lanes->len, 1), LANE_MIN_HEIGHT,
                             LANE_MAX_HEIGHT);
  self->mention_y = self->axis_height + (int)MAX (self->lanes->len, 1) * self->lane_height + 2;

  if (self->scale.width != self->plot_width)
    {
      self->scale.width = self->plot_width;
      self->clusters_dirty = TRUE;
    }
}

static void
nd_timeline_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  NdTimeline *self = ND_TIMELINE (widget);

  GTK_WIDGET_CLASS (nd_timeline_parent_class)->css_changed (widget, change);

  /* The layouts hold the old font. */
  g_hash_table_remove_all (self->count_layouts);
  for (guint i = 0; i < self->lanes->len; i++)
    g_clear_object (&((Lane *)g_ptr_array_index (self->lanes, i))->layout);
}

/* GObject. */

static void
nd_timeline_dispose (GObject *object)
{
  NdTimeline *self = ND_TIMELINE (object);

  _nd_timeline_cancel_mention_work (self);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_clear_handle_id (&self->dim_source, g_source_remove);
  g_clear_handle_id (&self->mention_source, g_source_remove);
  nd_timeline_set_visible_articles (self, NULL);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->toolbar, gtk_widget_unparent);

  G_OBJECT_CLASS (nd_timeline_parent_class)->dispose (object);
}

static void
nd_timeline_finalize (GObject *object)
{
  NdTimeline *self = ND_TIMELINE (object);

  g_clear_object (&self->selected);
  g_clear_pointer (&self->lanes, g_ptr_array_unref);
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->position_of, g_hash_table_unref);
  g_clear_pointer (&self->mark_at, g_array_unref);
  g_clear_pointer (&self->source_by_name, g_hash_table_unref);
  g_clear_pointer (&self->color_by_name, g_hash_table_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_pointer (&self->arrived, g_ptr_array_unref);
  g_clear_object (&self->undated);
  g_clear_pointer (&self->dimmed, g_free);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->selected_mentions, g_array_unref);
  g_clear_pointer (&self->by_article, g_array_unref);
  g_clear_pointer (&self->article_start, g_array_unref);
  g_clear_pointer (&self->mentions_read, g_hash_table_unref);
  g_clear_pointer (&self->reach, g_array_unref);
  for (guint r = 0; r < MENTION_ROWS; r++)
    g_clear_pointer (&self->coverage[r], g_array_unref);
  g_clear_pointer (&self->count_layouts, g_hash_table_unref);
  if (self->finder != NULL)
    g_rc_box_release_full (self->finder, _nd_timeline_clear_finder);

  G_OBJECT_CLASS (nd_timeline_parent_class)->finalize (object);
}

static void
nd_timeline_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  NdTimeline *self = ND_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ARTICLE:
      g_value_set_object (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_timeline_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  NdTimeline *self = ND_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_SELECTED_ARTICLE:
      nd_timeline_set_selected_article (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_timeline_class_init (NdTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nd_timeline_dispose;
  object_class->finalize = nd_timeline_finalize;
  object_class->get_property = nd_timeline_get_property;
  object_class->set_property = nd_timeline_set_property;

  widget_class->snapshot = _nd_timeline_snapshot;
  widget_class->measure = nd_timeline_measure;
  widget_class->size_allocate = nd_timeline_size_allocate;
  widget_class->query_tooltip = _nd_timeline_query_tooltip;
  widget_class->css_changed = nd_timeline_css_changed;

  /**
   * NdTimeline:selected-article:
   *
   * The article whose mark is highlighted; set by a click, a key or the window.
   */
  properties[PROP_SELECTED_ARTICLE] =
    g_param_spec_object ("selected-article", NULL, NULL, ND_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NdTimeline::mention-activated:
   * @article: the article that mentions the date
   * @offset: where the mention starts, in characters into the body
   *
   * A mention was clicked: the reader should show the article at the mention.
   */
  signals[MENTION_ACTIVATED] =
    g_signal_new ("mention-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, ND_TYPE_ARTICLE, G_TYPE_UINT);

  _nd_timeline_input_class_init (widget_class);
  _nd_timeline_toolbar_class_init (widget_class);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
load_css_once (void)
{
  static GdkDisplay *loaded_for;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  /* Referencing the resource keeps the linker from dropping it, and its constructor that
   * registers it, when the widget is used without the window (the benchmark). */
  (void)nd_ui_get_resource ();

  if (display == NULL || display == loaded_for)
    return;

  loaded_for = display;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/com/example/NewsDesk/nd-timeline.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
nd_timeline_init (NdTimeline *self)
{
  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->arrived = g_ptr_array_new_with_free_func (g_object_unref);
  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  self->position_of = g_hash_table_new (NULL, NULL);
  self->mark_at = g_array_new (FALSE, FALSE, sizeof (guint));
  self->source_by_name = g_hash_table_new (g_str_hash, g_str_equal);
  self->color_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sources = g_ptr_array_new_with_free_func (_nd_timeline_clear_source);
  self->lanes = g_ptr_array_new_with_free_func (_nd_timeline_clear_lane);
  self->undated = g_list_store_new (ND_TYPE_ARTICLE);
  self->mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  self->selected_mentions = g_array_new (FALSE, FALSE, sizeof (guint));
  self->by_article = g_array_new (FALSE, FALSE, sizeof (guint));
  self->article_start = g_array_new (FALSE, FALSE, sizeof (guint));
  self->mentions_read = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->reach = g_array_new (FALSE, FALSE, sizeof (gint32));
  for (guint r = 0; r < MENTION_ROWS; r++)
    self->coverage[r] = g_array_new (FALSE, FALSE, sizeof (Span));
  self->count_layouts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->n_lanes_max = 1;
  self->scale = (NdTimelineScale) { 0, MIN_SPAN, 1 };
  self->clusters_dirty = TRUE;
  nd_timeline_set_mention_finder (self, _nd_timeline_find_mentions_in_body, NULL, NULL);

  load_css_once ();
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  _nd_timeline_create_toolbar (self);
  _nd_timeline_assign_lanes (self);

  _nd_timeline_input_init (self);

  _nd_timeline_update_accessible (self);
}

/* Public API. */

GtkWidget *
nd_timeline_new (void)
{
  return g_object_new (ND_TYPE_TIMELINE, NULL);
}

/**
 * nd_timeline_set_model:
 * @articles: (nullable): the articles to show, in any order
 */
void
nd_timeline_set_model (NdTimeline *self,
                       GListModel *articles)
{
  g_return_if_fail (ND_IS_TIMELINE (self));
  g_return_if_fail (articles == NULL || G_IS_LIST_MODEL (articles));

  if (self->model == articles)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, articles);
  if (articles != NULL)
    g_signal_connect_swapped (articles, "items-changed",
                              G_CALLBACK (_nd_timeline_on_items_changed_cb), self);

  self->view_touched = FALSE;
  self->needs_full_rebuild = TRUE;
  _nd_timeline_rebuild (self);
}

GListModel *
nd_timeline_get_model (NdTimeline *self)
{
  g_return_val_if_fail (ND_IS_TIMELINE (self), NULL);

  return self->model;
}

/**
 * nd_timeline_set_visible_articles:
 * @visible: (nullable): the articles that stand out, as the sidebar lists them; the others
 *   are dimmed. %NULL dims nothing.
 */
void
nd_timeline_set_visible_articles (NdTimeline *self,
                                  GListModel *visible)
{
  g_return_if_fail (ND_IS_TIMELINE (self));
  g_return_if_fail (visible == NULL || G_IS_LIST_MODEL (visible));

  if (self->visible == visible)
    return;

  if (self->visible != NULL)
    g_signal_handlers_disconnect_by_data (self->visible, self);
  g_set_object (&self->visible, visible);
  if (visible != NULL)
    g_signal_connect_swapped (visible, "items-changed",
                              G_CALLBACK (_nd_timeline_on_visible_items_changed_cb), self);
  if (self->marks != NULL)
    _nd_timeline_update_dimmed (self);
}

/**
 * nd_timeline_get_selected_article:
 *
 * Returns: (transfer none) (nullable): the highlighted article
 */
NdArticle *
nd_timeline_get_selected_article (NdTimeline *self)
{
  g_return_val_if_fail (ND_IS_TIMELINE (self), NULL);

  return self->selected;
}

/**
 * nd_timeline_set_selected_article:
 * @article: (nullable): the article to highlight; its mark is brought into view
 */
void
nd_timeline_set_selected_article (NdTimeline *self,
                                  NdArticle  *article)
{
  g_return_if_fail (ND_IS_TIMELINE (self));
  g_return_if_fail (article == NULL || ND_IS_ARTICLE (article));

  _nd_timeline_select_article (self, article, TRUE);
}

/* For tests (nd-timeline-test-private.h). */

/**
 * nd_timeline_get_visible_range:
 * @start: (out): @end: (out): the times at the left and right ends of the drawing
 */
void
nd_timeline_get_visible_range (NdTimeline *self,
                               double     *start,
                               double     *end)
{
  g_return_if_fail (ND_IS_TIMELINE (self));

  *start = self->scale.start;
  *end = self->scale.end;
}

/**
 * nd_timeline_set_visible_range:
 *
 * Shows @start to @end (seconds since 1970 UTC); a range of nothing keeps the view.
 */
void
nd_timeline_set_visible_range (NdTimeline *self,
                               double      start,
                               double      end)
{
  g_return_if_fail (ND_IS_TIMELINE (self));

  if (!(end > start))
    return;

  self->view_touched = TRUE;
  _nd_timeline_set_scale (self, start, start + CLAMP (end - start, MIN_SPAN, MAX_SPAN));
}

void
nd_timeline_zoom_to_fit (NdTimeline *self)
{
  g_return_if_fail (ND_IS_TIMELINE (self));

  self->view_touched = FALSE;
  _nd_timeline_fit_view (self);
}
