/* fuzz-load.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Loading one file: the same bytes as a .json file and as a JSON Lines file.  Whatever the
 * bytes, nothing crashes, every article's text is valid UTF-8, and every problem names the
 * file. */

#include "config.h"

#include "nd-fuzz.h"

static void
parse_as (const char    *name,
          const uint8_t *data,
          size_t         size)
{
  g_autoptr(GPtrArray) articles = nd_fuzz_parse (name, data, size);

  for (guint i = 0; i < articles->len; i++)
    nd_fuzz_assert_article (g_ptr_array_index (articles, i));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  parse_as ("fuzz.json", data, size);
  parse_as ("fuzz.jsonl", data, size);
  return 0;
}
