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
 * files and are never interpreted as markup. */

#define G_LOG_DOMAIN "nd-article-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nd-article-view.h"
#include "dates/nd-date-format.h"
#include "quotes/nd-quote.h"
#include "quotes/nd-quote-collection.h"
#include "quotes/nd-quote-finder.h"
#include "search/nd-search-match.h"
#include "util/nd-sanitize.h"
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

struct _NdArticleView
{
  GtkWidget             parent_instance;

  NdArticle            *article;
  double                text_scale;
  int                   line_width;

  /* The reader's own font ("" for the theme's), given to the text view by a style sheet
   * for the display while the reader is in a window. */
  char                 *font_name;
  GtkCssProvider       *font_provider;
  GdkDisplay           *font_display;

  /* Template children */
  GtkStack             *stack;
  GtkScrolledWindow    *scroller;
  GtkTextView          *text_view;
  GtkLinkButton        *link_probe;
  GtkRevealer          *message_revealer;
  GtkLabel             *message_label;

  GtkTextBuffer        *buffer;
  GtkTextTag           *headline_tag;
  GtkTextTag           *meta_tag;
  GtkTextTag           *link_tag;
  GtkTextTag           *header_end_tag;
  GtkTextTag           *body_tag;
  GtkTextMark          *scroll_mark;
  guint                 top_after_layout_source;
  guint                 scroll_check_tick;
  gint64                scroll_requested_at;
  guint                 n_scroll_retries;

  /* Search highlighting: the query, its matches as buffer offsets, the one selected. */
  NdSearchQuery        *query;
  GArray               *matches;
  int                   current_match;
  GtkTextTag           *match_tag;
  GtkTextTag           *current_match_tag;

  /* The quotations of the shown article (NdQuotation, body offsets), subtly marked, with
   * their speaker in a tooltip; "Add to Quotes" takes the selection or the one clicked. */
  GPtrArray            *quotations;
  GtkTextTag           *quotation_tag;
  gboolean              can_add_quote;

  /* The Quotes collection, whose quotes from the shown article are marked more strongly,
   * so that what is collected already stands out. */
  NdQuoteCollection    *quote_collection;
  GtkTextTag           *collected_tag;

  /* Where the body starts in the buffer, and the body's length in characters. */
  int                   body_start;
  guint                 body_chars;

  /* Body character offsets of every "\n\n" paragraph separator, ascending.  The buffer
   * holds a single "\n" in their place, so body and buffer offsets differ by the number
   * of separators before an offset. */
  GArray               *breaks;

  /* From the text view's font, refreshed on style changes: the font they were read from,
   * the average character width in Pango units and the font size in pixels. */
  PangoFontDescription *font;
  double                dpi;
  int                   char_width;
  double                em_px;

  GdkRGBA               meta_color;
  GdkRGBA               link_color;

  guint                 over_link : 1;
};

G_DEFINE_FINAL_TYPE (NdArticleView, nd_article_view, GTK_TYPE_WIDGET)

static void highlight_matches (NdArticleView *self);
static void scroll_to_first_match_or_top (NdArticleView *self);
static void mark_collected    (NdArticleView *self);
static void mark_quotations   (NdArticleView *self);
static void update_can_add_quote (NdArticleView *self);
static guint body_to_buffer_offset (NdArticleView *self,
                                    guint          body_char_offset);

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

/* Only web links of a sane length: a file may name any scheme, and a "file:" or
 * custom-scheme link from an untrusted article must not launch local handlers. */
static gboolean
is_openable_uri (const char *uri)
{
  return nd_sanitize_is_link_url (uri);
}

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

  gtk_widget_action_set_enabled (widget, "reader.zoom-in", s < TEXT_SCALE_MAX - 1e-6);
  gtk_widget_action_set_enabled (widget, "reader.zoom-out", s > TEXT_SCALE_MIN + 1e-6);
  gtk_widget_action_set_enabled (widget, "reader.zoom-reset",
                                 !G_APPROX_VALUE (s, TEXT_SCALE_DEFAULT, 1e-6));
  gtk_widget_action_set_enabled (widget, "reader.open-link",
                                 self->article != NULL &&
                                 is_openable_uri (nd_article_get_url (self->article)));
  gtk_widget_action_set_enabled (widget, "reader.copy-link",
                                 self->article != NULL &&
                                 is_openable_uri (nd_article_get_url (self->article)));
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

/* Appends @text as a line of its own.  The newline carries @line_tag (paragraph spacing
 * comes from the tags at the start of a line) but not @text_tag, so the link's click
 * target ends with the link text. */
static void
append_line (NdArticleView *self,
             const char    *text,
             GtkTextTag    *line_tag,
             GtkTextTag    *text_tag)
{
  g_autofree char *shown = nd_sanitize_display (text);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (self->buffer, &end);
  gtk_text_buffer_insert_with_tags (self->buffer, &end, shown, -1, line_tag, text_tag, NULL);
  gtk_text_buffer_insert_with_tags (self->buffer, &end, "\n", 1, line_tag, NULL);
}

static char *
dup_meta_line (NdArticle *article)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *source = nd_article_get_source (article);
  const char *raw_source = nd_article_get_raw_source (article);
  const char * const *authors = nd_article_get_authors (article);
  GDateTime *published = nd_article_get_published (article);

  /* The file's own name for the outlet stays visible beside the one NewsDesk uses. */
  if (source != NULL && *source != '\0' && g_strcmp0 (source, raw_source) != 0)
    /* Translators: an outlet's name and, in brackets, how the article's file named it, as
     * in "Fox News (foxnews.com)" */
    g_ptr_array_add (parts, g_strdup_printf (_("%s (%s)"), source, raw_source));
  else if (source != NULL && *source != '\0')
    g_ptr_array_add (parts, g_strdup (source));
  if (authors != NULL && authors[0] != NULL)
    /* Translators: put between the names of an article's authors, as in
     * "Ana Ruiz, Tom Berg" */
    g_ptr_array_add (parts, g_strjoinv (C_("list of authors", ", "), (char **)authors));
  if (published != NULL)
    {
      char *date = nd_date_format_full (published, nd_article_get_published_is_date (article));

      if (date != NULL)
        g_ptr_array_add (parts, date);
    }

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  /* Translators: put between the source, the authors and the date in the line under an
   * article's headline, as in "Coast Radio · Ana Ruiz · Thursday, 5 March 2026, 14:05" */
  return g_strjoinv (C_("article meta line", " · "), (char **)parts->pdata);
}

/* Turns the body's "\n\n" paragraph separators into single newlines, recording where each
 * separator was, in body characters. */
static char *
dup_buffer_body (NdArticleView *self,
                 const char    *body)
{
  GString *out = g_string_sized_new (strlen (body));
  const char *p = body;
  const char *sep;
  guint chars = 0;

  while ((sep = strstr (p, "\n\n")) != NULL)
    {
      chars += (guint)g_utf8_strlen (p, sep - p);
      g_array_append_val (self->breaks, chars);
      g_string_append_len (out, p, sep - p);
      g_string_append_c (out, '\n');
      chars += 2;
      p = sep + 2;
    }
  chars += (guint)g_utf8_strlen (p, -1);
  g_string_append (out, p);

  self->body_chars = chars;
  return g_string_free (out, FALSE);
}

static void
rebuild (NdArticleView *self)
{
  GtkTextIter start;
  GtkTextIter end;
  const char *title;
  const char *url;
  const char *body;
  g_autofree char *meta = NULL;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_delete (self->buffer, &start, &end);
  g_array_set_size (self->breaks, 0);
  self->body_start = 0;
  self->body_chars = 0;

  if (self->article == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  title = nd_article_get_title (self->article);
  if (title != NULL && *title != '\0')
    append_line (self, title, self->headline_tag, NULL);

  meta = dup_meta_line (self->article);
  if (meta != NULL)
    append_line (self, meta, self->meta_tag, NULL);

  /* Shortened: GTK takes tens of seconds to lay out a line of 100,000 characters. The
   * link opens the whole URL. */
  url = nd_article_get_url (self->article);
  if (url != NULL && *url != '\0')
    {
      g_autofree char *shown_url = nd_sanitize_display_url (url);

      append_line (self, shown_url, self->meta_tag, is_openable_uri (url) ? self->link_tag : NULL);
    }

  /* The header's last line gets the larger gap that sets it apart from the body. */
  gtk_text_buffer_get_end_iter (self->buffer, &end);
  start = end;
  if (gtk_text_iter_backward_line (&start))
    gtk_text_buffer_apply_tag (self->buffer, self->header_end_tag, &start, &end);

  gtk_text_buffer_get_end_iter (self->buffer, &end);
  self->body_start = gtk_text_iter_get_offset (&end);

  body = nd_article_get_body (self->article);
  if (body != NULL && *body != '\0')
    {
      /* Without direction overrides, character for character, so body offsets hold. */
      g_autofree char *shown = nd_sanitize_display (body);
      g_autofree char *text = dup_buffer_body (self, shown);

      gtk_text_buffer_insert_with_tags (self->buffer, &end, text, -1, self->body_tag, NULL);
    }
  else if (self->body_start > 0)
    {
      /* No body: drop the header's trailing newline. */
      start = end;
      gtk_text_iter_backward_char (&start);
      gtk_text_buffer_delete (self->buffer, &start, &end);
      self->body_start--;
    }

  gtk_stack_set_visible_child_name (self->stack, "article");
}

static gboolean
is_scroll_mark_visible (NdArticleView *self)
{
  GtkTextIter iter;
  GdkRectangle visible;
  GdkRectangle location;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, self->scroll_mark);
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);

  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

#define JUMP_BUDGET_US    (3 * G_USEC_PER_SEC)
#define JUMP_STABLE_FRAMES 3

/* Puts the scroll mark a third of the way down at once, unless it shows from the top. Not gtk_text_view_scroll_to_mark():
 * its animation leaves the adjustment holding the frame clock, and GTK 4.8 then fails
 * ("handler_id > 0") when the text view is unmapped, as it is when the list empties. */
static void
jump_to_scroll_mark (NdArticleView *self)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GdkRectangle location;
  GtkTextIter iter;

  double page_size = gtk_adjustment_get_page_size (vadjustment);

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, self->scroll_mark);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);
  /* A match seen from the top leaves the headline in view. */
  if (location.y + location.height <= 0.8 * page_size)
    gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
  else
    gtk_adjustment_set_value (vadjustment, location.y - 0.3 * page_size);
}

/* Line heights are estimates until the text view has laid the lines out, which it does
 * over a few frames: jump again each frame until the mark has stayed on screen. */
static gboolean
jump_to_scroll_mark_cb (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  NdArticleView *self = user_data;
  gboolean visible = is_scroll_mark_visible (self);

  jump_to_scroll_mark (self);
  self->n_scroll_retries = visible ? self->n_scroll_retries + 1 : 0;
  if (self->n_scroll_retries < JUMP_STABLE_FRAMES &&
      g_get_monotonic_time () - self->scroll_requested_at < JUMP_BUDGET_US)
    return G_SOURCE_CONTINUE;

  self->scroll_check_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
stop_checking_scroll (NdArticleView *self)
{
  if (self->scroll_check_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->scroll_check_tick);
  self->scroll_check_tick = 0;
}

static void
start_jumping_to_scroll_mark (NdArticleView *self)
{
  stop_checking_scroll (self);
  self->n_scroll_retries = 0;
  self->scroll_requested_at = g_get_monotonic_time ();
  jump_to_scroll_mark (self);
  self->scroll_check_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view),
                                                          jump_to_scroll_mark_cb, self, NULL);
}

/* Brings the scroll mark on screen, a third of the way down, without GtkTextView's
 * animation: that scrolls with the line heights it knows when it starts, which far from
 * what is on screen are estimates, and in a long body the text view goes on laying out
 * lines above the target in the background, so an animation ends off target (on a busy
 * machine, far off). A jump, repeated frame by frame until layout stops moving the target,
 * always ends on it, and at the same place from wherever it started. */
static void
scroll_to_scroll_mark (NdArticleView *self)
{
  g_clear_handle_id (&self->top_after_layout_source, g_source_remove);
  start_jumping_to_scroll_mark (self);
}

static gboolean
scroll_to_top_after_layout_cb (gpointer user_data)
{
  NdArticleView *self = user_data;
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  self->top_after_layout_source = 0;
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));

  return G_SOURCE_REMOVE;
}

static void
scroll_to_top (NdArticleView *self)
{
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkTextIter start;

  stop_checking_scroll (self);
  gtk_text_buffer_get_start_iter (self->buffer, &start);
  gtk_text_buffer_place_cursor (self->buffer, &start);
  gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &start);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));

  /* Not gtk_text_view_scroll_to_mark(): it animates, so every new article would slide
   * for 200 ms. But GtkTextView remembers its first visible paragraph with a mark that new
   * text can push to the end of the buffer, so a view that has just been mapped can still
   * move on its first layout (seen on slow machines): go to the top once more after it. */
  g_clear_handle_id (&self->top_after_layout_source, g_source_remove);
  self->top_after_layout_source = g_idle_add_full (GDK_PRIORITY_REDRAW + 10,
                                                   scroll_to_top_after_layout_cb, self, NULL);
}

static gboolean
iter_at_widget_point (NdArticleView *self,
                      double         x,
                      double         y,
                      GtkTextIter   *iter)
{
  int bx;
  int by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int)x, (int)y, &bx, &by);
  return gtk_text_view_get_iter_at_location (self->text_view, iter, bx, by);
}

static gboolean
is_over_link (NdArticleView *self,
              double         x,
              double         y)
{
  GtkTextIter iter;

  return iter_at_widget_point (self, x, y, &iter) && gtk_text_iter_has_tag (&iter, self->link_tag);
}

static void
set_over_link (NdArticleView *self,
               gboolean       over_link)
{
  if (self->over_link == !!over_link)
    return;

  self->over_link = !!over_link;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view), over_link ? "pointer" : "text");
}

static void
on_motion_cb (GtkEventControllerMotion *motion,
              double                    x,
              double                    y,
              NdArticleView            *self)
{
  g_assert (ND_IS_ARTICLE_VIEW (self));

  set_over_link (self, is_over_link (self, x, y));
}

static void
on_leave_cb (GtkEventControllerMotion *motion,
             NdArticleView            *self)
{
  g_assert (ND_IS_ARTICLE_VIEW (self));

  set_over_link (self, FALSE);
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      NdArticleView   *self)
{
  g_assert (ND_IS_ARTICLE_VIEW (self));

  /* The gesture is cancelled when the pointer moves past the drag threshold, so a release
   * here is a click; a click that ends a selection is not a link activation. */
  if (n_press != 1 || gtk_text_buffer_get_has_selection (self->buffer))
    return;

  if (is_over_link (self, x, y))
    gtk_widget_activate_action (GTK_WIDGET (self), "reader.open-link", NULL);
}

/* Says above the text that something failed, until it is dismissed or another article
 * is shown. */
static void
show_message (NdArticleView *self,
              const char    *text)
{
  gtk_label_set_text (self->message_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->message_revealer), TRUE);
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

/* A folded-away message is hidden too, so that screen readers do not find it. */
static void
on_message_revealed_cb (NdArticleView *self)
{
  if (!gtk_revealer_get_child_revealed (self->message_revealer) &&
      !gtk_revealer_get_reveal_child (self->message_revealer))
    gtk_widget_set_visible (GTK_WIDGET (self->message_revealer), FALSE);
}

static void
hide_message (NdArticleView *self)
{
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

/* A link that cannot be opened (no browser, a launcher error) is said so above the text,
 * with a button to copy it: the link stays on screen as selectable text too. */
static void
on_launch_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(NdArticleView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean ok;

#if GTK_CHECK_VERSION (4, 10, 0)
  ok = gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (object), result, &error);
  if (!ok && g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    return;
#else
  ok = gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error);
#endif

  if (ok || self->message_label == NULL)
    return;

  g_debug ("Failed to open link: %s", error->message);
  /* GIO says "Operation not supported" when nothing handles web links. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    text = g_strdup (_("The link could not be opened: no web browser is set up on this computer."));
  else
    /* Translators: shown above an article when its link could not be opened; %s is the
     * reason, as the system gives it */
    text = g_strdup_printf (_("The link could not be opened: %s"), error->message);
  show_message (self, text);
}

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NdArticleView *self = ND_ARTICLE_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  const char *url;

  if (self->article == NULL)
    return;

  url = nd_article_get_url (self->article);
  if (!is_openable_uri (url))
    return;

  g_debug ("Opening %s", url);
  hide_message (self);

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (url);

    gtk_uri_launcher_launch (launcher, window, NULL, on_launch_cb, g_object_ref (self));
  }
#else
  /* Not gtk_show_uri(): on GTK 4.8 it left the window without pointer input after a
   * launch failed (seen under Xvfb with no browser installed). */
  gtk_show_uri_full (window, url, GDK_CURRENT_TIME, NULL, on_launch_cb, g_object_ref (self));
#endif
}

static void
copy_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NdArticleView *self = ND_ARTICLE_VIEW (widget);

  if (self->article == NULL || !is_openable_uri (nd_article_get_url (self->article)))
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), nd_article_get_url (self->article));
}

static void
dismiss_message_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  hide_message (ND_ARTICLE_VIEW (widget));
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

/* Quotations */

/* The inverse of body_to_buffer_offset(): each separator before the place is one
 * character longer in the body than in the buffer. */
static guint
buffer_to_body_offset (NdArticleView *self,
                       int            buffer_offset)
{
  guint relative = (guint)MAX (buffer_offset - self->body_start, 0);
  guint shift = 0;

  for (guint i = 0; i < self->breaks->len; i++)
    if (g_array_index (self->breaks, guint, i) - i < relative)
      shift++;
    else
      break;

  return MIN (relative + shift, self->body_chars);
}

static const NdQuotation *
find_quotation_at (NdArticleView *self,
                   guint          body_offset)
{
  for (guint i = 0; self->quotations != NULL && i < self->quotations->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (self->quotations, i);

      if (quotation->start <= body_offset && body_offset < quotation->end)
        return quotation;
    }

  return NULL;
}

/* Finds and marks the quotations of the article shown; called after each rebuild. */
static void
mark_quotations (NdArticleView *self)
{
  const char *body;

  g_ptr_array_set_size (self->quotations, 0);
  if (self->article == NULL)
    return;

  body = nd_article_get_body (self->article);
  if (body == NULL || *body == '\0')
    return;

  g_ptr_array_extend_and_steal (self->quotations, nd_quote_finder_find (body));
  for (guint i = 0; i < self->quotations->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (self->quotations, i);
      GtkTextIter start, end;

      if (quotation->end > self->body_chars || quotation->start >= quotation->end)
        continue;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &start,
                                          (int)body_to_buffer_offset (self, quotation->start));
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end,
                                          (int)body_to_buffer_offset (self, quotation->end));
      gtk_text_buffer_apply_tag (self->buffer, self->quotation_tag, &start, &end);
    }
}

/* Where @quote's words are in the shown body, in body characters: where they were
 * collected, or, when the file has changed since, where they are found first.  A quote
 * keeps paragraphs apart with one "\n", the body with "\n\n". */
static gboolean
locate_collected (NdArticleView *self,
                  NdQuote       *quote,
                  guint         *start,
                  guint         *end)
{
  const char *body = nd_article_get_body (self->article);
  g_auto(GStrv) paragraphs = g_strsplit (nd_quote_get_text (quote), "\n", -1);
  g_autofree char *wanted = g_strjoinv ("\n\n", paragraphs);
  glong wanted_chars = g_utf8_strlen (wanted, -1);
  const char *found;

  if (body == NULL || wanted_chars == 0)
    return FALSE;

  *start = nd_quote_get_start (quote);
  *end = nd_quote_get_end (quote);
  if (*end <= self->body_chars && *start + (guint)wanted_chars == *end)
    {
      g_autofree char *there = g_utf8_substring (body, *start, *end);

      if (g_str_equal (there, wanted))
        return TRUE;
    }

  found = strstr (body, wanted);
  if (found == NULL)
    return FALSE;

  *start = (guint)g_utf8_pointer_to_offset (body, found);
  *end = *start + (guint)wanted_chars;
  return TRUE;
}

/* Marks the quotes of the Quotes collection that come from the shown article; called
 * after each rebuild and whenever the collection changes. */
static void
mark_collected (NdArticleView *self)
{
  GListModel *quotes = G_LIST_MODEL (self->quote_collection);
  GtkTextIter start, end;
  const char *id;
  guint n;

  /* Only from the first mark on: a whole long article would be drawn again. */
  gtk_text_buffer_get_start_iter (self->buffer, &start);
  if (gtk_text_iter_has_tag (&start, self->collected_tag) ||
      gtk_text_iter_forward_to_tag_toggle (&start, self->collected_tag))
    {
      gtk_text_buffer_get_end_iter (self->buffer, &end);
      gtk_text_buffer_remove_tag (self->buffer, self->collected_tag, &start, &end);
    }

  if (self->article == NULL || quotes == NULL)
    return;

  id = nd_article_get_id (self->article);
  n = g_list_model_get_n_items (quotes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NdQuote) quote = g_list_model_get_item (quotes, i);
      guint from, to;

      if (g_strcmp0 (nd_quote_get_article_id (quote), id) != 0 ||
          !locate_collected (self, quote, &from, &to))
        continue;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, (int)body_to_buffer_offset (self, from));
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, (int)body_to_buffer_offset (self, to));
      gtk_text_buffer_apply_tag (self->buffer, self->collected_tag, &start, &end);
    }
}

static void
on_quotes_changed_cb (GListModel    *quotes,
                      guint          position,
                      guint          removed,
                      guint          added,
                      NdArticleView *self)
{
  mark_collected (self);
}

/* Whether the text view's context menu is open: a popover is its only popover child. */
static gboolean
is_menu_open (NdArticleView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->text_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      return TRUE;

  return FALSE;
}

static gboolean
on_query_tooltip_cb (GtkWidget     *widget,
                     int            x,
                     int            y,
                     gboolean       keyboard_mode,
                     GtkTooltip    *tooltip,
                     NdArticleView *self)
{
  GtkTextIter iter;
  g_autofree char *text = NULL;

  g_assert (ND_IS_ARTICLE_VIEW (self));

  /* The menu is the text view's child, so GTK asks here for a tooltip over the menu too.
   * Showing one there left the text view without an allocation on GTK 4.8 (drawn blank
   * while the menu was open), and it hid the menu's items. */
  if (is_menu_open (self))
    return FALSE;

  if (keyboard_mode)
    {
      GtkTextMark *insert = gtk_text_buffer_get_insert (self->buffer);

      gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, insert);
    }
  else if (!iter_at_widget_point (self, x, y, &iter))
    return FALSE;

  if (gtk_text_iter_get_offset (&iter) < self->body_start)
    return FALSE;

  text = nd_article_view_dup_quotation_tooltip (self, buffer_to_body_offset (self, gtk_text_iter_get_offset (&iter)));
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The selection within the body, without the spaces, quotation marks and punctuation around
 * it that a hasty drag picks up (nd_quote_trim_range()); FALSE when nothing of the body is
 * selected. */
static gboolean
get_selected_body_range (NdArticleView *self,
                         guint         *start,
                         guint         *end)
{
  GtkTextIter first, last;
  guint from, to;
  const char *body;
  g_autofree gunichar *chars = NULL;
  glong n_chars;

  if (self->article == NULL ||
      !gtk_text_buffer_get_selection_bounds (self->buffer, &first, &last) ||
      gtk_text_iter_get_offset (&last) <= self->body_start)
    return FALSE;

  from = buffer_to_body_offset (self, gtk_text_iter_get_offset (&first));
  to = buffer_to_body_offset (self, gtk_text_iter_get_offset (&last));

  body = nd_article_get_body (self->article);
  chars = g_utf8_to_ucs4_fast (body != NULL ? body : "", -1, &n_chars);
  to = MIN (to, (guint)n_chars);
  if (!nd_quote_trim_range (chars, &from, &to))
    return FALSE;

  *start = from;
  *end = to;
  return TRUE;
}

static const NdQuotation *
get_quotation_at_cursor (NdArticleView *self)
{
  GtkTextIter iter;

  if (self->article == NULL)
    return NULL;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  if (gtk_text_iter_get_offset (&iter) < self->body_start)
    return NULL;

  return find_quotation_at (self, buffer_to_body_offset (self, gtk_text_iter_get_offset (&iter)));
}

static void
update_can_add_quote (NdArticleView *self)
{
  guint start, end;
  gboolean can_add = get_selected_body_range (self, &start, &end) ||
                     get_quotation_at_cursor (self) != NULL;

  if (self->can_add_quote == can_add)
    return;

  self->can_add_quote = can_add;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_ADD_QUOTE]);
}

static void
on_mark_set_cb (GtkTextBuffer *buffer,
                GtkTextIter   *location,
                GtkTextMark   *mark,
                NdArticleView *self)
{
  if (mark == gtk_text_buffer_get_insert (buffer) ||
      mark == gtk_text_buffer_get_selection_bound (buffer))
    update_can_add_quote (self);
}

/* A right click on a quotation puts the cursor in it (GtkTextView keeps the cursor where
 * it was when the click is outside a selection only for editable views), so that the
 * menu's "Add to Quotes" takes the quotation under the pointer. */
static void
on_secondary_pressed_cb (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         NdArticleView   *self)
{
  GtkTextIter iter;

  if (gtk_text_buffer_get_has_selection (self->buffer) || !iter_at_widget_point (self, x, y, &iter))
    return;

  gtk_text_buffer_place_cursor (self->buffer, &iter);
}

static void
setup_quotations (NdArticleView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkGesture *gesture;

  g_menu_append (menu, _("_Add to Quotes"), "win.add-to-quotes");
  gtk_text_view_set_extra_menu (self->text_view, G_MENU_MODEL (menu));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), TRUE);
  g_signal_connect (self->text_view, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);
  g_signal_connect (self->buffer, "mark-set", G_CALLBACK (on_mark_set_cb), self);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect (gesture, "pressed", G_CALLBACK (on_secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (gesture));
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
    stop_checking_scroll (self);
  if (self->quote_collection != NULL)
    g_signal_handlers_disconnect_by_data (self->quote_collection, self);
  g_clear_object (&self->quote_collection);
  g_clear_object (&self->article);
  g_clear_pointer (&self->query, nd_search_query_unref);
  g_clear_pointer (&self->matches, g_array_unref);

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
  gtk_widget_class_install_action (widget_class, "reader.open-link", NULL, open_link_action);
  gtk_widget_class_install_action (widget_class, "reader.copy-link", NULL, copy_link_action);
  gtk_widget_class_install_action (widget_class, "reader.dismiss-message", NULL,
                                   dismiss_message_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/NewsDesk/nd-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NdArticleView, stack);
  gtk_widget_class_bind_template_child (widget_class, NdArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, NdArticleView, text_view);
  gtk_widget_class_bind_template_child (widget_class, NdArticleView, link_probe);
  gtk_widget_class_bind_template_child (widget_class, NdArticleView, message_revealer);
  gtk_widget_class_bind_template_callback (widget_class, on_message_revealed_cb);
  gtk_widget_class_bind_template_child (widget_class, NdArticleView, message_label);

  gtk_widget_class_set_css_name (widget_class, "articleview");
}

static void
nd_article_view_init (NdArticleView *self)
{
  GtkEventController *controller;
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

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (controller), GDK_BUTTON_PRIMARY);
  g_signal_connect (controller, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  setup_quotations (self);

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

  set_over_link (self, FALSE);
  hide_message (self);
  rebuild (self);
  mark_quotations (self);
  mark_collected (self);
  highlight_matches (self);
  scroll_to_first_match_or_top (self);
  update_actions (self);
  update_can_add_quote (self);

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

/* The body is shown with each "\n\n" as one "\n": an offset into the body moves back by
 * the number of separators before it. */
static guint
body_to_buffer_offset (NdArticleView *self,
                       guint          body_char_offset)
{
  guint lo = 0;
  guint hi = self->breaks->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->breaks, guint, mid) < body_char_offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return self->body_start + body_char_offset - lo;
}

static void
add_matches (NdArticleView *self,
             GArray        *found,
             gboolean       in_body)
{
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      NdSearchMatch match = g_array_index (found, NdSearchMatch, i);
      GtkTextIter start, end;

      if (in_body)
        {
          match.start = body_to_buffer_offset (self, match.start);
          match.end = body_to_buffer_offset (self, match.end);
        }

      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, (int)match.start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, (int)match.end);
      gtk_text_buffer_apply_tag (self->buffer, self->match_tag, &start, &end);
      g_array_append_val (self->matches, match);
    }
}

/* Marks every match of the query in the shown article; called after each rebuild. */
static void
highlight_matches (NdArticleView *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->match_tag, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->current_match_tag, &start, &end);
  g_array_set_size (self->matches, 0);
  self->current_match = -1;

  if (self->query == NULL || self->article == NULL)
    return;

  if (nd_article_get_title (self->article)[0] != '\0')
    {
      g_autoptr(GArray) in_title = nd_search_find_matches (self->query,
                                                           nd_article_get_title (self->article),
                                                           ND_SEARCH_FIELD_TITLE);
      add_matches (self, in_title, FALSE);
    }

  {
    g_autoptr(GArray) in_body = nd_search_find_matches (self->query,
                                                        nd_article_get_body (self->article),
                                                        ND_SEARCH_FIELD_BODY);
    add_matches (self, in_body, TRUE);
  }
}

static void
select_match (NdArticleView *self,
              int            index)
{
  const NdSearchMatch *match = &g_array_index (self->matches, NdSearchMatch, index);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->current_match_tag, &start, &end);

  self->current_match = index;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &start, (int)match->start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end, (int)match->end);
  gtk_text_buffer_apply_tag (self->buffer, self->current_match_tag, &start, &end);
  gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &start);
  scroll_to_scroll_mark (self);
}

/* An article opened while searching (a search result) opens at its first match in the
 * body, without selecting it, so Enter still goes to the first match; a match in the
 * headline, or none, is seen from the top. */
static void
scroll_to_first_match_or_top (NdArticleView *self)
{
  GtkTextIter start;

  scroll_to_top (self);

  for (guint i = 0; i < self->matches->len; i++)
    {
      const NdSearchMatch *match = &g_array_index (self->matches, NdSearchMatch, i);

      if ((int)match->start < self->body_start)
        continue;

      g_clear_handle_id (&self->top_after_layout_source, g_source_remove);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, (int)match->start);
      gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &start);
      start_jumping_to_scroll_mark (self);
      return;
    }
}

/**
 * nd_article_view_set_query:
 * @query: (nullable): the search whose matches to mark
 *
 * Marks every match of @query in the article shown now and in the ones shown later.
 */
void
nd_article_view_set_query (NdArticleView *self,
                           NdSearchQuery *query)
{
  g_return_if_fail (ND_IS_ARTICLE_VIEW (self));

  g_clear_pointer (&self->query, nd_search_query_unref);
  self->query = query ? nd_search_query_ref (query) : NULL;
  highlight_matches (self);
}

guint
nd_article_view_get_n_matches (NdArticleView *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), 0);

  return self->matches->len;
}

int
nd_article_view_get_current_match (NdArticleView *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), -1);

  return self->current_match;
}

/**
 * nd_article_view_select_next_match:
 * @backwards: go to the previous match instead
 *
 * Selects and scrolls to the next (or previous) match. Returns %FALSE, selecting nothing,
 * when there is none in that direction, so the caller can move on to another article.
 */
gboolean
nd_article_view_select_next_match (NdArticleView *self,
                                   gboolean       backwards)
{
  int next;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), FALSE);

  if (self->matches->len == 0)
    return FALSE;

  if (backwards)
    next = self->current_match < 0 ? (int)self->matches->len - 1 : self->current_match - 1;
  else
    next = self->current_match + 1;

  if (next < 0 || next >= (int)self->matches->len)
    return FALSE;

  select_match (self, next);
  return TRUE;
}

/**
 * nd_article_view_scroll_to_offset:
 * @body_char_offset: a character offset into the article's body, as
 *   nd_article_get_body() returns it
 *
 * Scrolls the reader so that the given place in the body is visible.  Nothing is
 * selected.  The scroll happens once the text around it has been laid out.
 *
 * Returns: %TRUE if an article is shown and @body_char_offset is within its body
 */
gboolean
nd_article_view_scroll_to_offset (NdArticleView *self,
                                  guint          body_char_offset)
{
  GtkTextIter iter;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), FALSE);

  if (self->article == NULL || body_char_offset > self->body_chars)
    return FALSE;

  /* An offset on the second newline of a separator lands on the single newline that
   * replaced it. */
  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter,
                                      (int)body_to_buffer_offset (self, body_char_offset));
  gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &iter);
  scroll_to_scroll_mark (self);

  return TRUE;
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

/**
 * nd_article_view_get_quote_range:
 * @start: (out): where the quote starts in the body, in characters
 * @end: (out): one past where it ends
 * @text: (out) (optional) (transfer full): the words of the quote
 * @speaker: (out) (optional) (transfer full) (nullable): who said them, when the quote
 *   lies in a quotation whose speaker the article names
 *
 * What "Add to Quotes" would add: the selected text of the body, without the quotation
 * marks and spaces around it, or else the quotation the cursor is in (after a click).
 * The text keeps paragraphs apart with one "\n", as quotations found in the body do.
 *
 * Returns: %TRUE if there is something to add
 */
gboolean
nd_article_view_get_quote_range (NdArticleView  *self,
                                 guint          *start,
                                 guint          *end,
                                 char          **text,
                                 char          **speaker)
{
  const NdQuotation *quotation = NULL;
  guint from, to;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  if (get_selected_body_range (self, &from, &to))
    {
      const NdQuotation *inside = find_quotation_at (self, from);

      if (inside != NULL && to <= inside->end)
        quotation = inside;
      if (text != NULL)
        {
          g_autofree char *raw = g_utf8_substring (nd_article_get_body (self->article), from, to);
          g_auto(GStrv) paragraphs = g_strsplit (raw, "\n\n", -1);

          *text = g_strjoinv ("\n", paragraphs);
        }
    }
  else
    {
      quotation = get_quotation_at_cursor (self);
      if (quotation == NULL)
        return FALSE;
      from = quotation->start;
      to = quotation->end;
      if (text != NULL)
        *text = g_strdup (quotation->text);
    }

  *start = from;
  *end = to;
  if (speaker != NULL)
    *speaker = quotation != NULL ? g_strdup (quotation->speaker) : NULL;

  return TRUE;
}

gboolean
nd_article_view_get_can_add_quote (NdArticleView *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), FALSE);

  return self->can_add_quote;
}

static gboolean
is_selected (NdArticleView     *self,
             const GtkTextIter *first,
             const GtkTextIter *last)
{
  GtkTextIter start, end;

  return gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end) &&
         gtk_text_iter_equal (&start, first) && gtk_text_iter_equal (&end, last);
}

/**
 * nd_article_view_select_body_range:
 * @start: a character offset into the body
 * @end: one past the last character to select
 *
 * Selects that part of the body and scrolls to it, as going to a collected quote does.
 *
 * Returns: %TRUE if an article is shown and the range lies in its body
 */
gboolean
nd_article_view_select_body_range (NdArticleView *self,
                                   guint          start,
                                   guint          end)
{
  GtkTextIter first, last;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), FALSE);

  if (self->article == NULL || start > end || end > self->body_chars)
    return FALSE;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &first, (int)body_to_buffer_offset (self, start));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &last, (int)body_to_buffer_offset (self, end));
  /* Selecting the same text again would claim the X PRIMARY selection again, and the
   * answer to the first claim, arriving after the second, clears the selection. */
  if (!is_selected (self, &first, &last))
    gtk_text_buffer_select_range (self->buffer, &last, &first);
  gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &first);
  scroll_to_scroll_mark (self);

  return TRUE;
}

/**
 * nd_article_view_dup_quotation_tooltip:
 * @body_offset: a character offset into the body
 *
 * Returns: (transfer full) (nullable): what hovering that place shows: who said the
 *   quotation there, or that the article does not say; %NULL outside quotations
 */
char *
nd_article_view_dup_quotation_tooltip (NdArticleView *self,
                                       guint          body_offset)
{
  const NdQuotation *quotation;

  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), NULL);

  quotation = find_quotation_at (self, body_offset);
  if (quotation == NULL)
    return NULL;

  if (quotation->speaker != NULL)
    /* Translators: the tooltip of a quotation in the reader */
    return g_strdup_printf (_("Said by %s"), quotation->speaker);

  return g_strdup (_("Quotation; the article does not say clearly who said it"));
}

/**
 * nd_article_view_get_message:
 *
 * Returns: (transfer none) (nullable): what the banner above the text says, when it is
 *   shown: that the article's link could not be opened
 */
const char *
nd_article_view_get_message (NdArticleView *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_VIEW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->message_revealer))
    return NULL;

  return gtk_label_get_text (self->message_label);
}

/**
 * nd_article_view_set_quote_collection:
 * @collection: (nullable): the Quotes collection
 *
 * Marks the quotes of @collection that come from the shown article, and keeps the marks
 * up to date as quotes are added and removed.
 */
void
nd_article_view_set_quote_collection (NdArticleView     *self,
                                      NdQuoteCollection *collection)
{
  g_return_if_fail (ND_IS_ARTICLE_VIEW (self));
  g_return_if_fail (collection == NULL || ND_IS_QUOTE_COLLECTION (collection));

  if (self->quote_collection == collection)
    return;

  if (self->quote_collection != NULL)
    g_signal_handlers_disconnect_by_data (self->quote_collection, self);
  g_set_object (&self->quote_collection, collection);
  if (collection != NULL)
    g_signal_connect (collection, "items-changed", G_CALLBACK (on_quotes_changed_cb), self);

  mark_collected (self);
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
