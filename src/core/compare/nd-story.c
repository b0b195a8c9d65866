/* nd-story.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One real-world event as several outlets report it: the articles NdStoryGrouper put
 * together, the headline that stands for them, the outlets and the days covered. */

#define G_LOG_DOMAIN "nd-story"

#include "config.h"

#include "compare/nd-story.h"
#include "compare/nd-story-private.h"

#include <string.h>

struct _NdStory
{
  GObject     parent_instance;

  char       *id;
  char       *label;
  GPtrArray  *articles;
  GStrv       outlets;
  GDateTime  *first;
  GDateTime  *last;
};

G_DEFINE_FINAL_TYPE (NdStory, nd_story, G_TYPE_OBJECT)

static void
nd_story_finalize (GObject *object)
{
  NdStory *self = ND_STORY (object);

  g_free (self->id);
  g_free (self->label);
  g_ptr_array_unref (self->articles);
  g_strfreev (self->outlets);
  g_clear_pointer (&self->first, g_date_time_unref);
  g_clear_pointer (&self->last, g_date_time_unref);

  G_OBJECT_CLASS (nd_story_parent_class)->finalize (object);
}

static void
nd_story_class_init (NdStoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nd_story_finalize;
}

static void
nd_story_init (NdStory *self)
{
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* Each outlet once, in byte order, so that the same story lists them the same way. */
static GStrv
collect_outlets (GPtrArray *articles)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) outlets = g_ptr_array_new ();

  for (guint i = 0; i < articles->len; i++)
    {
      const char *source = nd_article_get_source (g_ptr_array_index (articles, i));

      if (source != NULL && *source != '\0' && g_hash_table_add (seen, (gpointer)source))
        g_ptr_array_add (outlets, (gpointer)source);
    }
  g_ptr_array_sort (outlets, compare_strings);

  {
    GStrv result = g_new0 (char *, outlets->len + 1);

    for (guint i = 0; i < outlets->len; i++)
      result[i] = g_strdup (g_ptr_array_index (outlets, i));
    return result;
  }
}

NdStory *
_nd_story_new (const char *id,
               GPtrArray  *articles,
               NdArticle  *label_article)
{
  NdStory *self = g_object_new (ND_TYPE_STORY, NULL);
  const char *title = nd_article_get_title (label_article);

  self->id = g_strdup (id);
  self->label = g_strdup (title != NULL ? title : "");
  self->articles = articles;
  self->outlets = collect_outlets (articles);

  for (guint i = 0; i < articles->len; i++)
    {
      GDateTime *published = nd_article_get_published (g_ptr_array_index (articles, i));

      if (published == NULL)
        continue;
      if (self->first == NULL || g_date_time_compare (published, self->first) < 0)
        {
          g_clear_pointer (&self->first, g_date_time_unref);
          self->first = g_date_time_ref (published);
        }
      if (self->last == NULL || g_date_time_compare (published, self->last) > 0)
        {
          g_clear_pointer (&self->last, g_date_time_unref);
          self->last = g_date_time_ref (published);
        }
    }

  return self;
}

void
_nd_story_set_id (NdStory    *self,
                  const char *id)
{
  g_free (self->id);
  self->id = g_strdup (id);
}

const char *
nd_story_get_id (NdStory *self)
{
  g_return_val_if_fail (ND_IS_STORY (self), NULL);
  return self->id;
}

/* The headline of the article nearest the middle of the story, by its words. */
const char *
nd_story_get_label (NdStory *self)
{
  g_return_val_if_fail (ND_IS_STORY (self), NULL);
  return self->label;
}

guint
nd_story_get_n_articles (NdStory *self)
{
  g_return_val_if_fail (ND_IS_STORY (self), 0);
  return self->articles->len;
}

/* Newest first, as the article list sorts by default. */
NdArticle *
nd_story_get_article (NdStory *self,
                      guint    index)
{
  g_return_val_if_fail (ND_IS_STORY (self), NULL);
  g_return_val_if_fail (index < self->articles->len, NULL);
  return g_ptr_array_index (self->articles, index);
}

const char * const *
nd_story_get_outlets (NdStory *self)
{
  g_return_val_if_fail (ND_IS_STORY (self), NULL);
  return (const char * const *)self->outlets;
}

/* NULL when no article of the story has a date. */
GDateTime *
nd_story_get_first (NdStory *self)
{
  g_return_val_if_fail (ND_IS_STORY (self), NULL);
  return self->first;
}

GDateTime *
nd_story_get_last (NdStory *self)
{
  g_return_val_if_fail (ND_IS_STORY (self), NULL);
  return self->last;
}

gboolean
nd_story_contains (NdStory   *self,
                   NdArticle *article)
{
  g_return_val_if_fail (ND_IS_STORY (self), FALSE);
  return g_ptr_array_find (self->articles, article, NULL);
}
