/* nd-article-view.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reader: one article as a read-only, selectable text view in a centred column of
 * about 70 characters.  The buffer holds, in this order, the headline, a meta line
 * (source · authors · date), the article's link, and the body with one buffer line per
 * paragraph; the spacing between paragraphs comes from the "body" tag, not from blank
 * lines.  Everything is inserted as plain text: titles and bodies come from untrusted
 * files and are never interpreted as markup.
 *
 * This file is the widget itself: its properties, fonts, sizes, layout, zoom and public
 * API. The rest lies in nd-article-view-<part>.c, behind nd-article-view-private.h, which
 * says what each part holds. */

#define G_LOG_DOMAIN "nd-article-view"

#include "config.h"

#include <string.h>

#include "nd-article-view-private.h"
#include "quotes/nd-quote-finder.h"
#include "search/nd-search-match.h"
#include "nd-ui-resources.h"

#define LINE_WIDTH_MIN      40
#define LINE_WIDTH_MAX      120
#define LINE_WIDTH_DEFAULT  70
#define MIN_SIDE_MARGIN     24
#define LINE_SPACING_PX     4
#define HEADLINE_SCALE      1.6
#define HEADLINE_GAP_PX     8
#define META_SCALE          0.9
#define META_GAP_EM         0.25
#define HEADER_GAP_EM       1.5
#define PARAGRAPH_GAP_EM    0.8
#define DIM_ALPHA           0.6
#define TEXT_SCALE_MIN      0.5
#define TEXT_SCALE_MAX      3.0
#define TEXT_SCALE_DEFAULT  1.0
#define TEXT_SCALE_STEP     0.1
#define SCROLL_MARK_NAME    "nd-scroll-target"

G_DEFINE_FINAL_TYPE (NdArticleView, nd_article_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_TEXT_SCALE,
  PROP_CAN_ADD_QUOTE,
  PROP_FONT,
  PROP_LINE_WIDTH,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Rounding for the non-negative sizes here, without pulling in libm. */
static int
round_px (double value)
{
  return (int)(value + 0.5);
}

/* Keeps repeated zoom steps on exact tenths. */
static double
round_to_step (double scale)
{
  return (double)round_px (scale / TEXT_SCALE_STEP) * TEXT_SCALE_STEP;
}

static gboolean
rgba_equal (const GdkRGBA *a,
            const GdkRGBA *b)
{
  return G_APPROX_VALUE (a->red, b->red, 1e-4) &&
         G_APPROX_VALUE (a->green, b->green, 1e-4) &&
         G_APPROX_VALUE (a->blue, b->blue, 1e-4) &&
         G_APPROX_VALUE (a->alpha, b->alpha, 1e-4);
}

static int
scaled_px (NdArticleView *self,
           double         em)
{
  return round_px (em * self->em_px * self->text_scale);
}

/* Sets every size-dependent tag property from the text scale and the font size.  Tags only
 * notify when a value really changes, but each change relays out the whole buffer, so this
 * runs only when the scale or the font changes. */
static void
update_tags (NdArticleView *self)
{
  double s = self->text_scale;
  int wrap_px = round_px (LINE_SPACING_PX * s);

  g_object_set (self->headline_tag,
                "scale", HEADLINE_SCALE * s,
                "pixels-below-lines", round_px (HEADLINE_GAP_PX * s),
                "pixels-inside-wrap", wrap_px,
                NULL);
  g_object_set (self->meta_tag,
                "scale", META_SCALE * s,
                "pixels-below-lines", scaled_px (self, META_GAP_EM),
                "pixels-inside-wrap", wrap_px,
                NULL);
  g_object_set (self->header_end_tag,
                "pixels-below-lines", scaled_px (self, HEADER_GAP_EM),
                NULL);
  g_object_set (self->body_tag,
                "scale", s,
                "pixels-below-lines", scaled_px (self, PARAGRAPH_GAP_EM),
                "pixels-inside-wrap", wrap_px,
                NULL);
}

static void
get_widget_color (GtkWidget *widget,
                  GdkRGBA   *color)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, color);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
#endif
}

/* Reads the theme's colours.  Styles are computed on demand, so the text view's colour is
 * current even while the style change is still being propagated to it. */
static void
update_colors (NdArticleView *self)
{
  GdkRGBA fg;
  GdkRGBA link;

  get_widget_color (GTK_WIDGET (self->text_view), &fg);
  fg.alpha *= DIM_ALPHA;
  get_widget_color (GTK_WIDGET (self->link_probe), &link);

  if (!rgba_equal (&fg, &self->meta_color))
    {
      self->meta_color = fg;
      g_object_set (self->meta_tag, "foreground-rgba", &fg, NULL);
    }

  if (!rgba_equal (&link, &self->link_color))
    {
      self->link_color = link;
      g_object_set (self->link_tag, "foreground-rgba", &link, NULL);
    }
}

/* Reads the sizes the reading column and the spacing are computed from, from the text
 * view's font.  A fresh context is made from the text view's style, which is computed on
 * demand, because the text view's own context is only refreshed after this widget's
 * css-changed.  Returns TRUE when the sizes changed. */
static gboolean
update_font_metrics (NdArticleView *self)
{
  PangoContext *context = gtk_widget_create_pango_context (GTK_WIDGET (self->text_view));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double dpi = pango_cairo_context_get_resolution (context);
  PangoFontMetrics *metrics;
  int char_width;
  double em_px = 0;

  if (dpi <= 0)
    dpi = 96.0;

  /* Style changes are frequent (hover, focus, backdrop) and rarely touch the font. */
  if (self->font != NULL && font != NULL &&
      pango_font_description_equal (self->font, font) && self->dpi == dpi)
    {
      g_object_unref (context);
      return FALSE;
    }

  g_clear_pointer (&self->font, pango_font_description_free);
  self->font = font ? pango_font_description_copy (font) : NULL;
  self->dpi = dpi;

  metrics = pango_context_get_metrics (context, font, NULL);
  char_width = pango_font_metrics_get_approximate_char_width (metrics);

  if (font != NULL && pango_font_description_get_size (font) > 0)
    {
      em_px = (double)pango_font_description_get_size (font) / PANGO_SCALE;
      if (!pango_font_description_get_size_is_absolute (font))
        em_px *= dpi / 72.0;
    }
  if (em_px <= 0)
    em_px = (double)(pango_font_metrics_get_ascent (metrics) +
                     pango_font_metrics_get_descent (metrics)) / PANGO_SCALE / 1.2;
  if (char_width <= 0)
    char_width = (int)(em_px * 0.5 * PANGO_SCALE);
  pango_font_metrics_unref (metrics);
  g_object_unref (context);

  if (char_width == self->char_width && G_APPROX_VALUE (em_px, self->em_px, 0.01))
    return FALSE;

  self->char_width = char_width;
  self->em_px = em_px;
  return TRUE;
}

static void
update_actions (NdArticleView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double s = self->text_scale;
  gboolean has_link = self->article != NULL &&
                      _nd_article_view_is_openable_uri (nd_article_get_url (self->article));

  gtk_widget_action_set_enabled (widget, "reader.zoom-in", s < TEXT_SCALE_MAX - 1e-6);
  gtk_widget_action_set_enabled (widget, "reader.zoom-out", s > TEXT_SCALE_MIN + 1e-6);
  gtk_widget_action_set_enabled (widget, "reader.zoom-reset",
                                 !G_APPROX_VALUE (s, TEXT_SCALE_DEFAULT, 1e-6));
  gtk_widget_action_set_enabled (widget, "reader.open-link", has_link);
  gtk_widget_action_set_enabled (widget, "reader.copy-link", has_link);
}

static int
column_width (NdArticleView *self)
{
  return round_px ((double)self->char_width / PANGO_SCALE * self->line_width * self->text_scale);
}

/* Side margins that centre the reading column.  Setting a margin makes the text view
 * relayout, so they are only set when they change. */
static void
update_margins (NdArticleView *self,
                int            width)
{
  int margin = MAX (MIN_SIDE_MARGIN, (width - column_width (self)) / 2);

  if (gtk_text_view_get_left_margin (self->text_view) != margin)
    gtk_text_view_set_left_margin (self->text_view, margin);
  if (gtk_text_view_get_right_margin (self->text_view) != margin)
    gtk_text_view_set_right_margin (self->text_view, margin);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NdArticleView *self = ND_ARTICLE_VIEW (widget);
  double s = self->text_scale;

  if (g_str_equal (action_name, "reader.zoom-in"))
    s = round_to_step (s + TEXT_SCALE_STEP);
  else if (g_str_equal (action_name, "reader.zoom-out"))
    s = round_to_step (s - TEXT_SCALE_STEP);
  else
    s = TEXT_SCALE_DEFAULT;

  nd_article_view_set_text_scale (self, s);
}

/* A family name as a CSS string: only characters that cannot end or escape it. */
static void
append_css_family (GString    *css,
                   const char *family)
{
  g_string_append_c (css, '"');
  for (const char *p = family; *p != '\0'; p++)
    if (*p != '"' && *p != '\\' && *p != '\n' && *p != ';' && *p != '}' && *p != '{')
      g_string_append_c (css, *p);
  g_string_append_c (css, '"');
}

/* The style sheet that gives the reader's text view the chosen font; empty for the
 * theme's font. */
static char *
dup_font_css (const char *font_name)
{
  PangoFontDescription *desc;
  PangoFontMask set;
  GString *css;

  if (font_name == NULL || *font_name == '\0')
    return g_strdup ("");

  desc = pango_font_description_from_string (font_name);
  set = pango_font_description_get_set_fields (desc);
  css = g_string_new ("articleview textview.reader {");

  if ((set & PANGO_FONT_MASK_FAMILY) && pango_font_description_get_family (desc) != NULL)
    {
      g_string_append (css, " font-family: ");
      append_css_family (css, pango_font_description_get_family (desc));
      g_string_append_c (css, ';');
    }
  if ((set & PANGO_FONT_MASK_SIZE) && pango_font_description_get_size (desc) > 0)
    {
      char size[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_dtostr (size, sizeof size, (double)pango_font_description_get_size (desc) / PANGO_SCALE);
      g_string_append_printf (css, " font-size: %s%s;", size,
                              pango_font_description_get_size_is_absolute (desc) ? "px" : "pt");
    }
  if (set & PANGO_FONT_MASK_WEIGHT)
    g_string_append_printf (css, " font-weight: %d;",
                            CLAMP ((int)pango_font_description_get_weight (desc), 100, 900));
  if (set & PANGO_FONT_MASK_STYLE)
    g_string_append_printf (css, " font-style: %s;",
                            pango_font_description_get_style (desc) == PANGO_STYLE_ITALIC ? "italic" :
                            pango_font_description_get_style (desc) == PANGO_STYLE_OBLIQUE ? "oblique" :
                            "normal");
  g_string_append (css, " }");

  pango_font_description_free (desc);
  return g_string_free (css, FALSE);
}

static void
load_font_css (NdArticleView *self)
{
  g_autofree char *css = dup_font_css (self->font_name);

#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_css_provider_load_from_string (self->font_provider, css);
#else
  gtk_css_provider_load_from_data (self->font_provider, css, -1);
#endif
}

/* The style sheet applies to the display the reader is on. */
static void
attach_font_provider (NdArticleView *self,
                      GdkDisplay    *display)
{
  if (self->font_display == display)
    return;

  if (self->font_display != NULL)
    gtk_style_context_remove_provider_for_display (self->font_display,
                                                   GTK_STYLE_PROVIDER (self->font_provider));
  self->font_display = display;
  if (display != NULL)
    gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (self->font_provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
}

/* The message banner sits above the text; the link probe is never shown. */
static void
nd_article_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  NdArticleView *self = ND_ARTICLE_VIEW (widget);
  int message_for_size = for_size;
  int message_min, message_nat;

  gtk_widget_measure (GTK_WIDGET (self->stack), orientation, for_size,
                      minimum, natural, NULL, NULL);

  /* The message wraps: its height is asked for a width, the one it will get or else its
   * narrowest, never for no width at all, whose answer GTK finds (by a pixel of rounding)
   * inconsistent with the height for an unlimited width and reports as critical. */
  if (orientation == GTK_ORIENTATION_VERTICAL && message_for_size < 0)
    gtk_widget_measure (GTK_WIDGET (self->message_revealer), GTK_ORIENTATION_HORIZONTAL, -1,
                        &message_for_size, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->message_revealer), orientation,
                      orientation == GTK_ORIENTATION_VERTICAL ? message_for_size : -1,
                      &message_min, &message_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum += message_min;
      *natural += message_nat;
    }
  else
    {
      *minimum = MAX (*minimum, message_min);
      *natural = MAX (*natural, message_nat);
    }
}

static void
nd_article_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  NdArticleView *self = ND_ARTICLE_VIEW (widget);
  int message_height;

  gtk_widget_measure (GTK_WIDGET (self->message_revealer), GTK_ORIENTATION_VERTICAL, width,
                      NULL, &message_height, NULL, NULL);
  message_height = MIN (message_height, height);

  update_margins (self, width);
  gtk_widget_allocate (GTK_WIDGET (self->message_revealer), width, message_height, -1, NULL);
  gtk_widget_allocate (GTK_WIDGET (self->stack), width, height - message_height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, message_height)));
}

static void
nd_article_view_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  NdArticleView *self = ND_ARTICLE_VIEW (widget);

  GTK_WIDGET_CLASS (nd_article_view_parent_class)->css_changed (widget, change);

  if (update_font_metrics (self))
    {
      update_tags (self);
      gtk_widget_queue_allocate (widget);
    }
  update_colors (self);
}

static void
nd_article_view_root (GtkWidget *widget)
{
  NdArticleView *self = ND_ARTICLE_VIEW (widget);

  GTK_WIDGET_CLASS (nd_article_view_parent_class)->root (widget);

  attach_font_provider (self, gtk_widget_get_display (widget));
  if (update_font_metrics (self))
    update_tags (self);
  update_colors (self);
}

static void
nd_article_view_unroot (GtkWidget *widget)
{
  attach_font_provider (ND_ARTICLE_VIEW (widget), NULL);

  GTK_WIDGET_CLASS (nd_article_view_parent_class)->unroot (widget);
}

static void
nd_article_view_dispose (GObject *object)
{
  NdArticleView *self = ND_ARTICLE_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->top_after_layout_source, g_source_remove);
  if (self->text_view != NULL)
    _nd_article_view_stop_checking_scroll (self);
  if (self->quote_collection != NULL)
    g_signal_handlers_disconnect_by_data (self->quote_collection, self);
  g_clear_object (&self->quote_collection);
  g_clear_object (&self->article);
  g_clear_pointer (&self->query, nd_search_query_unref);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->statements, g_ptr_array_unref);
  g_clear_pointer (&self->paired, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), ND_TYPE_ARTICLE_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  self->buffer = NULL;
  self->headline_tag = NULL;
  self->meta_tag = NULL;
  self->link_tag = NULL;
  self->header_end_tag = NULL;
  self->body_tag = NULL;
  self->quotation_tag = NULL;
  self->collected_tag = NULL;
  self->shared_tag = NULL;
  memset (self->pair_tags, 0, sizeof self->pair_tags);
  memset (self->pair_current_tags, 0, sizeof self->pair_current_tags);
  self->scroll_mark = NULL;

  G_OBJECT_CLASS (nd_article_view_parent_class)->dispose (object);
}

static void
nd_article_view_finalize (GObject *object)
{
  NdArticleView *self = ND_ARTICLE_VIEW (object);

  g_clear_pointer (&self->breaks, g_array_unref);
  g_clear_pointer (&self->quotations, g_ptr_array_unref);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->font_name, g_free);
  g_clear_object (&self->font_provider);

  G_OBJECT_CLASS (nd_article_view_parent_class)->finalize (object);
}

static void
nd_article_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  NdArticleView *self = ND_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
      break;

    case PROP_CAN_ADD_QUOTE:
      g_value_set_boolean (value, self->can_add_quote);
      break;

    case PROP_FONT:
      g_value_set_string (value, self->font_name);
      break;

    case PROP_LINE_WIDTH:
      g_value_set_int (value, self->line_width);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_article_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  NdArticleView *self = ND_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      nd_article_view_set_article (self, g_value_get_object (value));
      break;

    case PROP_TEXT_SCALE:
      nd_article_view_set_text_scale (self, g_value_get_double (value));
      break;

    case PROP_FONT:
      nd_article_view_set_font (self, g_value_get_string (value));
      break;

    case PROP_LINE_WIDTH:
      nd_article_view_set_line_width (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Longer than 80 lines on purpose: most of it is the documentation of the five
 * properties, which reads best where each is installed. */
static void
nd_article_view_class_init (NdArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Referencing the resource keeps the linker from dropping it from the static library. */
  (void)nd_ui_get_resource ();

  object_class->dispose = nd_article_view_dispose;
  object_class->finalize = nd_article_view_finalize;
  object_class->get_property = nd_article_view_get_property;
  object_class->set_property = nd_article_view_set_property;

  widget_class->measure = nd_article_view_measure;
  widget_class->size_allocate = nd_article_view_size_allocate;
  widget_class->css_changed = nd_article_view_css_changed;
  widget_class->root = nd_article_view_root;
  widget_class->unroot = nd_article_view_unroot;

  /**
   * NdArticleView:article: (nullable)
   *
   * The article shown, or %NULL for the placeholder.
   */
  properties [PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, ND_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * NdArticleView:text-scale:
   *
   * The zoom factor of the article text; 1.0 is the theme's font size.
   */
  properties [PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL,
                         TEXT_SCALE_MIN, TEXT_SCALE_MAX, TEXT_SCALE_DEFAULT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * NdArticleView:can-add-quote:
   *
   * Whether text of the body is selected, or the cursor is in a quotation, so that
   * nd_article_view_get_quote_range() has something to offer.
   */
  properties [PROP_CAN_ADD_QUOTE] =
    g_param_spec_boolean ("can-add-quote", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * NdArticleView:font:
   *
   * The font of the article text, as a Pango font description ("Serif 12"); empty for the
   * theme's font.
   */
  properties [PROP_FONT] =
    g_param_spec_string ("font", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * NdArticleView:line-width:
   *
   * How wide the column of text is, in average characters at the current text scale.
   */
  properties [PROP_LINE_WIDTH] =
    g_param_spec_int ("line-width", NULL, NULL,
                      LINE_WIDTH_MIN, LINE_WIDTH_MAX, LINE_WIDTH_DEFAULT,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "reader.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "reader.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "reader.zoom-reset", NULL, zoom_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/NewsDesk/nd-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NdArticleView, stack);
  gtk_widget_class_bind_template_child (widget_class, NdArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, NdArticleView, text_view);
  gtk_widget_class_bind_template_child (widget_class, NdArticleView, link_probe);
  gtk_widget_class_bind_template_child (widget_class, NdArticleView, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, NdArticleView, message_label);
  _nd_article_view_links_class_init (widget_class);

  gtk_widget_class_set_css_name (widget_class, "articleview");
}

/* The tints of paired statements side by side: hues far apart, light enough for the text
 * to stay readable in the light and the dark style, none of them the blue of quotations,
 * the red of a problem or the yellow of search matches. */
static void
create_pair_tags (NdArticleView *self)
{
  static const GdkRGBA colours[ND_ARTICLE_VIEW_N_PAIR_COLOURS] = {
    { 0.15, 0.64, 0.41, 0.24 },  /* green */
    { 0.90, 0.38, 0.00, 0.24 },  /* orange */
    { 0.57, 0.25, 0.67, 0.24 },  /* purple */
    { 0.00, 0.62, 0.66, 0.24 },  /* teal */
    { 0.80, 0.16, 0.55, 0.22 },  /* magenta */
    { 0.53, 0.39, 0.24, 0.26 },  /* brown */
  };

  for (guint i = 0; i < ND_ARTICLE_VIEW_N_PAIR_COLOURS; i++)
    {
      g_autofree char *name = g_strdup_printf ("pair-%u", i);

      self->pair_tags[i] = gtk_text_buffer_create_tag (self->buffer, name, "background-rgba",
                                                       &colours[i], NULL);
    }
  /* Created after all the tints, so that the statement gone to wins wherever two meet. */
  for (guint i = 0; i < ND_ARTICLE_VIEW_N_PAIR_COLOURS; i++)
    {
      g_autofree char *name = g_strdup_printf ("pair-%u-current", i);
      GdkRGBA strong = colours[i];

      strong.alpha = 0.55;
      self->pair_current_tags[i] = gtk_text_buffer_create_tag (self->buffer, name,
                                                               "background-rgba", &strong,
                                                               "underline", PANGO_UNDERLINE_SINGLE,
                                                               NULL);
    }
  self->current_pair = -1;
}

static void
nd_article_view_init (NdArticleView *self)
{
  GtkTextIter start;

  self->text_scale = TEXT_SCALE_DEFAULT;
  self->line_width = LINE_WIDTH_DEFAULT;
  self->font_name = g_strdup ("");
  self->font_provider = gtk_css_provider_new ();
  self->breaks = g_array_new (FALSE, FALSE, sizeof (guint));
  self->em_px = 14.0;
  self->char_width = 7 * PANGO_SCALE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->buffer = gtk_text_view_get_buffer (self->text_view);
  self->headline_tag = gtk_text_buffer_create_tag (self->buffer, "headline",
                                                   "weight", PANGO_WEIGHT_BOLD,
                                                   NULL);
  self->meta_tag = gtk_text_buffer_create_tag (self->buffer, "meta", NULL);
  /* Created after "meta" so that its colour wins on the link line. */
  self->link_tag = gtk_text_buffer_create_tag (self->buffer, "link",
                                               "underline", PANGO_UNDERLINE_SINGLE,
                                               NULL);
  self->header_end_tag = gtk_text_buffer_create_tag (self->buffer, "header-end", NULL);
  self->body_tag = gtk_text_buffer_create_tag (self->buffer, "body", NULL);
  /* Created before the search tags so that a match's colour wins inside a quotation. */
  self->quotation_tag = gtk_text_buffer_create_tag (self->buffer, "quotation",
                                                    "background-rgba",
                                                    &(GdkRGBA) { 0.21, 0.52, 0.89, 0.10 },
                                                    NULL);
  /* A green tint: a quotation that other outlets carry too (nd-article-view-statements.c).
   * Created before "collected" so that a collected quote still stands out. */
  self->shared_tag = gtk_text_buffer_create_tag (self->buffer, "shared",
                                                 "background-rgba",
                                                 &(GdkRGBA) { 0.15, 0.64, 0.41, 0.16 },
                                                 NULL);
  create_pair_tags (self);
  /* A tint three times as strong: a quotation already in Quotes.  Only a colour, so that
   * marking needs no new layout (an underline would have the text laid out again).
   * Created after "quotation" so that its tint wins. */
  self->collected_tag = gtk_text_buffer_create_tag (self->buffer, "collected",
                                                    "background-rgba",
                                                    &(GdkRGBA) { 0.21, 0.52, 0.89, 0.30 },
                                                    NULL);
  self->quotations = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_quotation_free);
  self->match_tag = gtk_text_buffer_create_tag (self->buffer, "match",
                                                "background-rgba",
                                                &(GdkRGBA) { 0.96, 0.83, 0.18, 0.40 },
                                                NULL);
  self->current_match_tag = gtk_text_buffer_create_tag (self->buffer, "current-match",
                                                        "background-rgba",
                                                        &(GdkRGBA) { 0.96, 0.62, 0.05, 0.75 },
                                                        NULL);
  self->matches = g_array_new (FALSE, FALSE, sizeof (NdSearchMatch));
  self->current_match = -1;

  gtk_text_buffer_get_start_iter (self->buffer, &start);
  self->scroll_mark = gtk_text_buffer_create_mark (self->buffer, SCROLL_MARK_NAME, &start, TRUE);

  _nd_article_view_setup_links (self);
  _nd_article_view_setup_quotations (self);
  _nd_article_view_setup_statements (self);

  update_tags (self);
  update_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/**
 * nd_article_view_new:
 *
 * Returns: (transfer floating): a new, empty reader
 */
GtkWidget *
nd_article_view_new (void)
{
  return g_object_new (ND_TYPE_ARTICLE_VIEW, NULL);
}

/**
 * nd_article_view_get_article:
 *
 * Returns: (transfer none) (nullable): the article shown
 */
NdArticle *
nd_article_view_get_article (NdArticleView *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), NULL);

  return self->article;
}

/**
 * nd_article_view_set_article:
 * @article: (nullable): the article to show, or %NULL for the placeholder
 *
 * Shows @article from its top.
 */
void
nd_article_view_set_article (NdArticleView *self,
                             NdArticle     *article)
{
  g_return_if_fail (ND_IS_ARTICLE_VIEW (self));
  g_return_if_fail (article == NULL || ND_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;

  _nd_article_view_set_over_link (self, FALSE);
  _nd_article_view_hide_message (self);
  _nd_article_view_rebuild (self);
  _nd_article_view_mark_quotations (self);
  _nd_article_view_mark_shared (self);
  _nd_article_view_mark_collected (self);
  _nd_article_view_highlight_matches (self);
  _nd_article_view_scroll_to_first_match_or_top (self);
  update_actions (self);
  _nd_article_view_update_can_add_quote (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ARTICLE]);
}

double
nd_article_view_get_text_scale (NdArticleView *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), TEXT_SCALE_DEFAULT);

  return self->text_scale;
}

/**
 * nd_article_view_set_text_scale:
 * @text_scale: the zoom factor, clamped to 0.5–3.0
 */
void
nd_article_view_set_text_scale (NdArticleView *self,
                                double         text_scale)
{
  g_return_if_fail (ND_IS_ARTICLE_VIEW (self));

  /* NaN compares unequal to itself. */
  if (text_scale != text_scale)
    text_scale = TEXT_SCALE_DEFAULT;
  text_scale = CLAMP (text_scale, TEXT_SCALE_MIN, TEXT_SCALE_MAX);

  if (G_APPROX_VALUE (text_scale, self->text_scale, 1e-9))
    return;

  self->text_scale = text_scale;
  update_tags (self);
  update_actions (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT_SCALE]);
}

/**
 * nd_article_view_get_text_view:
 *
 * Returns: (transfer none): the text view showing the article
 */
GtkTextView *
nd_article_view_get_text_view (NdArticleView *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), NULL);

  return self->text_view;
}

/**
 * nd_article_view_dup_text:
 *
 * Returns: (transfer full): the reader's whole text: headline, meta line, link and
 *   paragraphs, one per line
 */
char *
nd_article_view_dup_text (NdArticleView *self)
{
  GtkTextIter start;
  GtkTextIter end;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), NULL);

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
}

/* Notifies only when the answer changes: it changes with every move of the cursor. */
void
_nd_article_view_set_can_add_quote (NdArticleView *self,
                                    gboolean       can_add)
{
  if (self->can_add_quote == can_add)
    return;

  self->can_add_quote = can_add;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_ADD_QUOTE]);
}

gboolean
nd_article_view_get_can_add_quote (NdArticleView *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), FALSE);

  return self->can_add_quote;
}

const char *
nd_article_view_get_font (NdArticleView *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), NULL);

  return self->font_name;
}

/**
 * nd_article_view_set_font:
 * @font: (nullable): a Pango font description such as "Serif 12", or %NULL or "" for the
 *   theme's font
 *
 * Sets the font of the article text.  A size in the description is the size at text
 * scale 1.0.
 */
void
nd_article_view_set_font (NdArticleView *self,
                          const char    *font)
{
  g_return_if_fail (ND_IS_ARTICLE_VIEW (self));

  if (font == NULL)
    font = "";
  if (g_str_equal (font, self->font_name))
    return;

  g_free (self->font_name);
  self->font_name = g_strdup (font);
  load_font_css (self);

  /* The new font's sizes set the column and the spacing at once, not at the next style
   * change that reaches this widget. */
  if (update_font_metrics (self))
    update_tags (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FONT]);
}

int
nd_article_view_get_line_width (NdArticleView *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), LINE_WIDTH_DEFAULT);

  return self->line_width;
}

/**
 * nd_article_view_set_line_width:
 * @line_width: the width of the column of text in average characters, clamped to 40–120
 */
void
nd_article_view_set_line_width (NdArticleView *self,
                                int            line_width)
{
  g_return_if_fail (ND_IS_ARTICLE_VIEW (self));

  line_width = CLAMP (line_width, LINE_WIDTH_MIN, LINE_WIDTH_MAX);
  if (line_width == self->line_width)
    return;

  self->line_width = line_width;
  gtk_widget_queue_allocate (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LINE_WIDTH]);
}
