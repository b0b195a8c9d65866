/* nd-article-view-buffer.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The buffer of NdArticleView: the headline, the meta line, the link and the paragraphs of
 * the body (see the comment at the top of nd-article-view.c), and the mapping between body
 * offsets, which count each paragraph separator as two characters, and buffer offsets. */

#define G_LOG_DOMAIN "nd-article-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nd-article-view-private.h"
#include "dates/nd-date-format.h"
#include "util/nd-sanitize.h"

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

void
_nd_article_view_rebuild (NdArticleView *self)
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

      append_line (self, shown_url, self->meta_tag,
                   _nd_article_view_is_openable_uri (url) ? self->link_tag : NULL);
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

/* The body is shown with each "\n\n" as one "\n": an offset into the body moves back by
 * the number of separators before it. */
guint
_nd_article_view_body_to_buffer_offset (NdArticleView *self,
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

/* The inverse of _nd_article_view_body_to_buffer_offset(): each separator before the place
 * is one character longer in the body than in the buffer. */
guint
_nd_article_view_buffer_to_body_offset (NdArticleView *self,
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
