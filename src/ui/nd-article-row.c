/* nd-article-row.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One row of the article list: the title (two lines at most), "Source · date" (the source
 * ellipsized first, so the date always shows) and the first line of the body.
 *
 * The list recycles rows, and may hold 100,000 articles, so a row is cheap: it is filled
 * imperatively from the (immutable) article in set_article(), keeps no bindings or signal
 * handlers on it, and reads at most EXCERPT_MAX_BYTES of the body. Every text is set as plain
 * text, never as markup, because it comes from files we do not control.
 */

#define G_LOG_DOMAIN "nd-article-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nd-article-row-private.h"
#include "dates/nd-date-format.h"
#include "search/nd-search-match.h"

/* About two widths of a wide sidebar: enough to fill the line, which is ellipsized anyway. */
#define EXCERPT_MAX_BYTES 200
/* The excerpt, "…" (3 bytes) and the terminating NUL. */
#define EXCERPT_BUFFER_SIZE (EXCERPT_MAX_BYTES + 4)

struct _NdArticleRow
{
  GtkWidget       parent_instance;

  NdArticle      *article;
  NdSearchQuery  *query;

  GtkInscription *title_label;
  GtkLabel       *source_label;
  GtkLabel       *date_label;
  GtkInscription *excerpt_inscription;
};

G_DEFINE_FINAL_TYPE (NdArticleRow, nd_article_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Shared by every row; a label only takes a reference. */
static PangoAttrList *title_attributes;
static PangoAttrList *untitled_attributes;

static gboolean
is_line_break (char c)
{
  return c == '\n' || c == '\r';
}

/* Copies the first line of @body, without leading blanks, into @buffer. Reads at most
 * EXCERPT_MAX_BYTES of the line (and as many leading blanks), whatever the body's length,
 * cuts on a character boundary and marks a cut line with an ellipsis. */
static void
copy_excerpt (const char *body,
              char        buffer[EXCERPT_BUFFER_SIZE])
{
  const char *start = body;
  const char *end;
  gsize length = 0;

  buffer[0] = '\0';
  if (body == NULL)
    return;

  while (*start != '\0' && g_ascii_isspace (*start) && start - body < EXCERPT_MAX_BYTES)
    start++;

  while (length < EXCERPT_MAX_BYTES && start[length] != '\0' && !is_line_break (start[length]))
    length++;

  end = start + length;
  if (*end != '\0' && !is_line_break (*end))
    {
      /* Cut: step back to the start of the character that did not fit. */
      while (end > start && ((guchar)*end & 0xC0) == 0x80)
        end--;
      length = (gsize)(end - start);
      memcpy (buffer, start, length);
      memcpy (buffer + length, "…", strlen ("…") + 1);
      return;
    }

  while (length > 0 && g_ascii_isspace (start[length - 1]))
    length--;
  memcpy (buffer, start, length);
  buffer[length] = '\0';
}

static void
update_accessible (NdArticleRow *self,
                   const char   *title,
                   const char   *source,
                   const char   *date)
{
  g_autofree char *description = NULL;

  if (self->article == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  if (date != NULL)
    /* Translators: the spoken description of an article in the list: "source, date" */
    description = g_strdup_printf (C_("accessible article", "%s, %s"), source, date);
  else
    description = g_strdup (source);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* How much of the body a search snippet shows before its first match, at most, and in all,
 * in characters. Little before it, so that the match is on the snippet's first line even in
 * a narrow sidebar, and the snippet takes two lines (list rows get their minimum height). */
#define SNIPPET_BEFORE 24
#define SNIPPET_LENGTH 160
#define SNIPPET_LINES  2

/* Where the snippet before @match_start begins: at most SNIPPET_BEFORE characters before
 * it, at the start of a word, never inside one. */
static const char *
find_snippet_start (const char *body,
                    const char *match_start)
{
  const char *start = match_start;
  const char *word_start = match_start;

  for (guint n = 0; n < SNIPPET_BEFORE && start > body; n++)
    {
      start = g_utf8_prev_char (start);
      if (start == body || g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (start))))
        word_start = start;
    }

  return word_start;
}

/* Turns each run of blanks and line breaks in @text into one space, in place: paragraphs
 * run on in a one-line snippet. */
static void
collapse_blanks (char *text)
{
  char *out = text;
  gboolean blank = FALSE;

  for (const char *in = text; *in != '\0'; in++)
    {
      if (g_ascii_isspace (*in))
        {
          if (!blank)
            *out++ = ' ';
          blank = TRUE;
          continue;
        }
      *out++ = *in;
      blank = FALSE;
    }
  *out = '\0';
}

/* The body around the query's first match, the match in bold; NULL when nothing in the body
 * matches (a title: match, say), so the row shows its usual excerpt. */
char *
nd_article_row_dup_snippet_markup (NdSearchQuery *query,
                                   const char    *body)
{
  g_autoptr(GArray) matches = NULL;
  const NdSearchMatch *match;
  const char *start, *match_start, *match_end, *end;
  g_autofree char *before = NULL, *hit = NULL, *after = NULL;

  g_return_val_if_fail (query != NULL, NULL);

  if (body == NULL)
    return NULL;

  matches = nd_search_find_matches (query, body, ND_SEARCH_FIELD_BODY);
  if (matches == NULL || matches->len == 0)
    return NULL;

  match = &g_array_index (matches, NdSearchMatch, 0);
  match_start = g_utf8_offset_to_pointer (body, (glong)match->start);
  match_end = g_utf8_offset_to_pointer (match_start, (glong)(match->end - match->start));
  start = find_snippet_start (body, match_start);
  end = match_end;
  for (glong n = g_utf8_pointer_to_offset (start, match_end); n < SNIPPET_LENGTH && *end != '\0'; n++)
    end = g_utf8_next_char (end);

  before = g_markup_escape_text (start, match_start - start);
  hit = g_markup_escape_text (match_start, match_end - match_start);
  after = g_markup_escape_text (match_end, end - match_end);
  collapse_blanks (before);
  collapse_blanks (hit);
  collapse_blanks (after);

  return g_strdup_printf ("%s%s<b>%s</b>%s%s", start > body ? "…" : "", before, hit, after,
                          *end != '\0' ? "…" : "");
}

/* gtk_inscription_set_markup() sets the text and its attributes, gtk_inscription_set_text()
 * only the text: without clearing them, a snippet's bold range would stay on the plain
 * excerpt that follows it in a recycled row. */
static void
set_plain_excerpt (NdArticleRow *self,
                   const char   *text)
{
  gtk_inscription_set_attributes (self->excerpt_inscription, NULL);
  gtk_inscription_set_text (self->excerpt_inscription, text);
  gtk_inscription_set_min_lines (self->excerpt_inscription, 1);
}

static void
update_excerpt (NdArticleRow *self)
{
  const char *body = nd_article_get_body (self->article);
  char excerpt[EXCERPT_BUFFER_SIZE];

  if (self->query != NULL)
    {
      g_autofree char *snippet = nd_article_row_dup_snippet_markup (self->query, body);

      if (snippet != NULL)
        {
          gtk_inscription_set_markup (self->excerpt_inscription, snippet);
          gtk_inscription_set_min_lines (self->excerpt_inscription, SNIPPET_LINES);
          gtk_widget_set_visible (GTK_WIDGET (self->excerpt_inscription), TRUE);
          return;
        }
    }

  copy_excerpt (body, excerpt);
  set_plain_excerpt (self, excerpt);
  gtk_widget_set_visible (GTK_WIDGET (self->excerpt_inscription), excerpt[0] != '\0');
}

/* Fills every child from the article, so a recycled row keeps nothing of its last item. */
static void
update_row (NdArticleRow *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  g_autofree char *date_part = NULL;
  const char *title = NULL;
  const char *source = NULL;
  gboolean untitled;

  if (self->article == NULL)
    {
      gtk_inscription_set_text (self->title_label, "");
      gtk_inscription_set_attributes (self->title_label, title_attributes);
      gtk_label_set_text (self->source_label, "");
      gtk_label_set_text (self->date_label, "");
      set_plain_excerpt (self, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->excerpt_inscription), FALSE);
      update_accessible (self, NULL, NULL, NULL);
      return;
    }

  title = nd_article_get_title (self->article);
  untitled = title == NULL || title[0] == '\0';
  if (untitled)
    title = _("Untitled");
  gtk_inscription_set_text (self->title_label, title);
  gtk_inscription_set_attributes (self->title_label, untitled ? untitled_attributes : title_attributes);

  source = nd_article_get_source (self->article);
  if (source == NULL || source[0] == '\0')
    source = _("Unknown source");

  now = g_date_time_new_now_local ();
  date = nd_date_format_relative (nd_article_get_published (self->article),
                                  nd_article_get_published_is_date (self->article),
                                  now);
  if (date != NULL)
    /* Translators: follows the source under an article's title, as in "Coast Radio · 5 March" */
    date_part = g_strdup_printf (C_("article meta line", " · %s"), date);
  gtk_label_set_text (self->source_label, source);
  gtk_label_set_text (self->date_label, date_part != NULL ? date_part : "");

  update_excerpt (self);
  update_accessible (self, title, source, date);
}

static void
nd_article_row_dispose (GObject *object)
{
  NdArticleRow *self = (NdArticleRow *)object;
  GtkWidget *child;

  g_clear_pointer (&self->query, nd_search_query_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), ND_TYPE_ARTICLE_ROW);
  /* dispose_template() only unparents the children bound to fields. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (nd_article_row_parent_class)->dispose (object);
}

static void
nd_article_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NdArticleRow *self = ND_ARTICLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_article_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  NdArticleRow *self = ND_ARTICLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      nd_article_row_set_article (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nd_article_row_class_init (NdArticleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nd_article_row_dispose;
  object_class->get_property = nd_article_row_get_property;
  object_class->set_property = nd_article_row_set_property;

  properties [PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, ND_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/NewsDesk/nd-article-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NdArticleRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, NdArticleRow, source_label);
  gtk_widget_class_bind_template_child (widget_class, NdArticleRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, NdArticleRow, excerpt_inscription);

  gtk_widget_class_set_css_name (widget_class, "articlerow");

  title_attributes = pango_attr_list_new ();
  pango_attr_list_insert (title_attributes, pango_attr_weight_new (PANGO_WEIGHT_SEMIBOLD));
  untitled_attributes = pango_attr_list_copy (title_attributes);
  pango_attr_list_insert (untitled_attributes, pango_attr_style_new (PANGO_STYLE_ITALIC));
}

static void
nd_article_row_init (NdArticleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_row (self);
}

GtkWidget *
nd_article_row_new (void)
{
  return g_object_new (ND_TYPE_ARTICLE_ROW, NULL);
}

/**
 * nd_article_row_get_article:
 *
 * Returns: (transfer none) (nullable): the article shown
 */
NdArticle *
nd_article_row_get_article (NdArticleRow *self)
{
  g_return_val_if_fail (ND_IS_ARTICLE_ROW (self), NULL);

  return self->article;
}

/**
 * nd_article_row_set_article:
 * @article: (nullable): the article to show, %NULL to empty the row
 *
 * Shows @article, resetting everything the row showed before.
 */
void
nd_article_row_set_article (NdArticleRow *self,
                            NdArticle    *article)
{
  g_return_if_fail (ND_IS_ARTICLE_ROW (self));
  g_return_if_fail (article == NULL || ND_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;

  update_row (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ARTICLE]);
}

/**
 * nd_article_row_set_query:
 * @query: (nullable): the search being shown, or %NULL
 *
 * With a query, the row shows the text around the first match instead of the first line.
 */
void
nd_article_row_set_query (NdArticleRow  *self,
                          NdSearchQuery *query)
{
  g_return_if_fail (ND_IS_ARTICLE_ROW (self));

  if (self->query == query)
    return;

  g_clear_pointer (&self->query, nd_search_query_unref);
  self->query = query ? nd_search_query_ref (query) : NULL;
  if (self->article != NULL)
    update_excerpt (self);
}

/**
 * nd_article_row_dup_excerpt:
 * @body: (nullable): an article body
 *
 * The text the row shows under the title: the first line of @body without leading blanks,
 * cut after about 200 bytes (on a character boundary, marked with "…"). Reads no further
 * than that, however long @body is.
 *
 * Returns: (transfer full): the excerpt, possibly empty
 */
char *
nd_article_row_dup_excerpt (const char *body)
{
  char excerpt[EXCERPT_BUFFER_SIZE];

  copy_excerpt (body, excerpt);

  return g_strdup (excerpt);
}
