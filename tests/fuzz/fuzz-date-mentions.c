/* fuzz-date-mentions.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dates mentioned in any body: each mention is a valid range of days whose text is the
 * body's own at its offset, inside the sentence it names. */

#include "config.h"

#include "dates/nd-date-mention.h"
#include "nd-fuzz.h"

static void
assert_mention (const NdDateMention *mention,
                const char          *body,
                glong                n_chars)
{
  g_autofree char *at_offset = NULL;

  g_assert_true (g_date_valid (&mention->from));
  g_assert_true (g_date_valid (&mention->to));
  g_assert_cmpint (g_date_compare (&mention->from, &mention->to), <=, 0);
  g_assert_cmpuint ((gsize)mention->offset + mention->length, <=, (gsize)n_chars);
  nd_fuzz_assert_text (mention->text);
  nd_fuzz_assert_text (mention->sentence);

  at_offset = g_utf8_substring (body, mention->offset, mention->offset + mention->length);
  g_assert_cmpstr (at_offset, ==, mention->text);
  g_assert_cmpuint (mention->sentence_offset, <=, mention->offset);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *body = nd_fuzz_dup_string (data, size);
  g_autoptr(GDateTime) published = g_date_time_new_utc (2026, 4, 1, 9, 30, 0);
  g_autoptr(GPtrArray) mentions = nd_date_mentions_find (body, published);
  glong n_chars = g_utf8_strlen (body, -1);

  for (guint i = 0; mentions != NULL && i < mentions->len; i++)
    assert_mention (g_ptr_array_index (mentions, i), body, n_chars);

  return 0;
}
