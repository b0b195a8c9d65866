/* nd-quote-export-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "quotes/nd-quote-export.h"

G_BEGIN_DECLS

/* Each exporter by itself, which the tests call; NewsDesk goes through nd_quote_export(). */
const char *nd_quote_format_get_name       (NdQuoteFormat   format);
const char *nd_quote_format_get_mime_type  (NdQuoteFormat   format);
char       *nd_quote_export_markdown       (GPtrArray      *quotes);
char       *nd_quote_export_text           (GPtrArray      *quotes);
char       *nd_quote_export_csv            (GPtrArray      *quotes);
char       *nd_quote_export_json           (GPtrArray      *quotes);
char       *nd_quote_export_csl_json       (GPtrArray      *quotes);
char       *nd_quote_export_bibtex         (GPtrArray      *quotes);

G_END_DECLS
