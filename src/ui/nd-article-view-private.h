/* nd-article-view-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the parts of NdArticleView share: its data and the functions one part calls in
 * another. nd-article-view.c is the widget (its properties, fonts, sizes, layout and public
 * API), nd-article-view-buffer.c builds the buffer and maps body offsets to buffer offsets,
 * nd-article-view-quotes.c marks quotations and collected quotes, nd-article-view-search.c
 * marks search matches and scrolls to a place, and nd-article-view-links.c opens the
 * article's link and holds the message banner. */

#pragma once

#include <gtk/gtk.h>

#include "nd-article-view.h"

G_BEGIN_DECLS

/* How many tints tell paired statements apart; the next one takes the first again. */
#define ND_ARTICLE_VIEW_N_PAIR_COLOURS 6

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
  guint                 n_jump_frames;
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

  /* The statements of the articles compared (nd-article-view-statements.c): the shown
   * article's quotations that other outlets carry are tinted, and their tooltip says where
   * else they are and who those outlets give them to. */
  GPtrArray            *statements;
  GtkTextTag           *shared_tag;

  /* Side by side (nd-side-by-side-view.c): the statements this article shares with the
   * other one shown, in order; each is tinted in the colour of its index, the same in both
   * readers, in place of the green tint. */
  GPtrArray            *paired;
  GtkTextTag           *pair_tags[ND_ARTICLE_VIEW_N_PAIR_COLOURS];
  /* The statement gone to, in a stronger tint of its colour and underlined: not the text
   * selection, which only one of the two readers could hold (both claim the X PRIMARY
   * selection, and the first loses its selection to the second). */
  GtkTextTag           *pair_current_tags[ND_ARTICLE_VIEW_N_PAIR_COLOURS];
  int                   current_pair;

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
  guint                 menu_watched : 1;
};

/* nd-article-view.c: the widget. */
void         _nd_article_view_set_can_add_quote         (NdArticleView *self,
                                                         gboolean       can_add);

/* nd-article-view-buffer.c: the headline, meta line, link and paragraphs in the buffer. */
void         _nd_article_view_rebuild                   (NdArticleView *self);
guint        _nd_article_view_body_to_buffer_offset     (NdArticleView *self,
                                                         guint          body_char_offset);
guint        _nd_article_view_buffer_to_body_offset     (NdArticleView *self,
                                                         int            buffer_offset);

/* nd-article-view-quotes.c: quotations, their tooltips, collected quotes, "Add to Quotes". */
void         _nd_article_view_setup_quotations          (NdArticleView *self);
void         _nd_article_view_mark_quotations           (NdArticleView *self);
void         _nd_article_view_mark_collected            (NdArticleView *self);
void         _nd_article_view_update_can_add_quote      (NdArticleView *self);
void         _nd_article_view_restore_tooltips          (NdArticleView *self);
void         _nd_article_view_mark_shared               (NdArticleView *self);
void         _nd_article_view_setup_statements          (NdArticleView *self);
char        *_nd_article_view_dup_shared_tooltip        (NdArticleView *self,
                                                         guint          body_offset);

/* nd-article-view-search.c: search matches, and scrolling to a place in the text. */
void         _nd_article_view_highlight_matches         (NdArticleView *self);
void         _nd_article_view_scroll_to_first_match_or_top (NdArticleView *self);
void         _nd_article_view_scroll_to_scroll_mark     (NdArticleView *self);
void         _nd_article_view_stop_checking_scroll      (NdArticleView *self);

/* nd-article-view-links.c: the link (pointer, opening, copying) and the message banner. */
void         _nd_article_view_links_class_init          (GtkWidgetClass *widget_class);
void         _nd_article_view_setup_links               (NdArticleView *self);
gboolean     _nd_article_view_is_openable_uri           (const char    *uri);
gboolean     _nd_article_view_iter_at_widget_point      (NdArticleView *self,
                                                         double         x,
                                                         double         y,
                                                         GtkTextIter   *iter);
void         _nd_article_view_set_over_link             (NdArticleView *self,
                                                         gboolean       over_link);
void         _nd_article_view_hide_message              (NdArticleView *self);

/* Outside the widget only the tests call these: kept out of the public header. */
char        *nd_article_view_dup_text                   (NdArticleView *self);
guint        nd_article_view_get_n_matches              (NdArticleView *self);
int          nd_article_view_get_current_match          (NdArticleView *self);
const char  *nd_article_view_get_message                (NdArticleView *self);
char        *nd_article_view_dup_quotation_tooltip      (NdArticleView *self,
                                                         guint          body_offset);
int          nd_article_view_get_pair_colour_at         (NdArticleView *self,
                                                         guint          body_offset);
gboolean     nd_article_view_activate_paired_at         (NdArticleView *self,
                                                         guint          body_offset);
gboolean     nd_article_view_get_current_pair_range     (NdArticleView *self,
                                                         guint         *start,
                                                         guint         *end);

G_END_DECLS
