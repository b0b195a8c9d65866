/* fuzz-date-parse.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Publication dates as files write them: anything that parses is written back as JSON and
 * parses again to the same instant and the same date-only flag. */

#include "config.h"

#include "model/nd-date.h"
#include "nd-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = nd_fuzz_dup_string (data, size);
  g_autoptr(GDateTime) datetime = NULL;
  g_autoptr(GDateTime) again = NULL;
  g_autofree char *written = NULL;
  gboolean date_only = FALSE;
  gboolean again_date_only = FALSE;

  if (!nd_date_parse (text, &datetime, &date_only))
    return 0;

  g_assert_nonnull (datetime);
  written = nd_date_format_json (datetime, date_only);
  nd_fuzz_assert_text (written);
  g_assert_true (nd_date_parse (written, &again, &again_date_only));
  g_assert_cmpint (again_date_only, ==, date_only);
  g_assert_true (g_date_time_compare (datetime, again) == 0);
  return 0;
}
