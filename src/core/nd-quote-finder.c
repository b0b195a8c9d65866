/* nd-quote-finder.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "nd-quote-finder.h"

G_DEFINE_BOXED_TYPE (NdQuotation, nd_quotation, nd_quotation_copy, nd_quotation_free)

NdQuotation *
nd_quotation_new (guint       start,
                  guint       end,
                  const char *text,
                  const char *speaker)
{
  NdQuotation *self = g_new0 (NdQuotation, 1);

  self->start = start;
  self->end = end;
  self->text = g_strdup (text);
  self->speaker = g_strdup (speaker);

  return self;
}

NdQuotation *
nd_quotation_copy (const NdQuotation *self)
{
  return nd_quotation_new (self->start, self->end, self->text, self->speaker);
}

void
nd_quotation_free (NdQuotation *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self->speaker);
  g_free (self);
}

/**
 * nd_quote_finder_find:
 * @body: an article's body, valid UTF-8
 *
 * Finds every direct quotation in @body and, where the article says, who said it.
 *
 * Returns: (transfer full) (element-type NdQuotation): the quotations in body order
 */
GPtrArray *
nd_quote_finder_find (const char *body)
{
  /* PLACEHOLDER: straight double quotes only, no speakers. The quotes-core work
   * replaces this with the real finder. */
  GPtrArray *quotations = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_quotation_free);
  const char *open = NULL;
  guint offset = 0, open_offset = 0;

  for (const char *p = body; *p != '\0'; p = g_utf8_next_char (p), offset++)
    {
      if (*p != '"')
        continue;
      if (open == NULL)
        {
          open = p + 1;
          open_offset = offset + 1;
          continue;
        }
      g_autofree char *text = g_strndup (open, p - open);
      g_ptr_array_add (quotations, nd_quotation_new (open_offset, offset, text, NULL));
      open = NULL;
    }

  return quotations;
}
