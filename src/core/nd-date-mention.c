/* nd-date-mention.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nd-date-mention.h"

G_DEFINE_BOXED_TYPE (NdDateMention, nd_date_mention, nd_date_mention_copy, nd_date_mention_free)

NdDateMention *
nd_date_mention_copy (const NdDateMention *self)
{
  NdDateMention *copy = g_memdup2 (self, sizeof *self);

  copy->text = g_strdup (self->text);
  copy->sentence = g_strdup (self->sentence);

  return copy;
}

void
nd_date_mention_free (NdDateMention *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self->sentence);
  g_free (self);
}

const char *
nd_date_precision_to_string (NdDatePrecision precision)
{
  static const char * const names[] = { "day", "week", "month", "year", "decade", "approximate" };

  g_return_val_if_fail (precision < G_N_ELEMENTS (names), NULL);

  return names[precision];
}

/**
 * nd_date_mentions_find:
 * @body: an article's body, valid UTF-8
 * @published: (nullable): the article's publication date; without it, only absolute
 *   dates can be resolved
 *
 * Finds the dates and stretches of time that @body mentions.
 *
 * Returns: (transfer full) (element-type NdDateMention): the mentions in body order
 */
GPtrArray *
nd_date_mentions_find (const char *body,
                       GDateTime  *published)
{
  /* PLACEHOLDER: finds nothing. The date-mentions work replaces this. */
  return g_ptr_array_new_with_free_func ((GDestroyNotify)nd_date_mention_free);
}
