/* fuzz-quotes.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The quotation finder with its speakers, on any body: quotations lie inside the body, in
 * order, and their words and speakers are valid UTF-8. */

#include "config.h"

#include "nd-fuzz.h"
#include "quotes/nd-quote-finder.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *body = nd_fuzz_dup_string (data, size);
  g_autoptr(GPtrArray) quotations = nd_quote_finder_find (body);
  glong n_chars = g_utf8_strlen (body, -1);
  guint previous_end = 0;

  for (guint i = 0; i < quotations->len; i++)
    {
      const NdQuotation *quotation = g_ptr_array_index (quotations, i);

      g_assert_cmpuint (quotation->start, <=, quotation->end);
      g_assert_cmpuint (quotation->end, <=, (guint)n_chars);
      g_assert_cmpuint (quotation->start, >=, previous_end);
      g_assert_nonnull (quotation->text);
      nd_fuzz_assert_text (quotation->text);
      nd_fuzz_assert_text (quotation->speaker);
      g_assert_true (quotation->speaker == NULL || quotation->speaker[0] != '\0');
      previous_end = quotation->end;
    }

  return 0;
}
