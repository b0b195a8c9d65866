/* nd-quote-export.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "quotes/nd-quote.h"

G_BEGIN_DECLS

/**
 * NdQuoteFormat:
 * @ND_QUOTE_FORMAT_MARKDOWN: block quotes with speaker, linked title, source and date
 * @ND_QUOTE_FORMAT_TEXT: plain text
 * @ND_QUOTE_FORMAT_CSV: RFC 4180, UTF-8, CRLF, with a header row
 * @ND_QUOTE_FORMAT_JSON: an array of quotes as NewsDesk keeps them
 * @ND_QUOTE_FORMAT_CSL_JSON: one `article-newspaper` item per quoted article
 * @ND_QUOTE_FORMAT_BIBTEX: one `@article` entry per quoted article
 */
typedef enum
{
  ND_QUOTE_FORMAT_MARKDOWN,
  ND_QUOTE_FORMAT_TEXT,
  ND_QUOTE_FORMAT_CSV,
  ND_QUOTE_FORMAT_JSON,
  ND_QUOTE_FORMAT_CSL_JSON,
  ND_QUOTE_FORMAT_BIBTEX,
  ND_QUOTE_N_FORMATS
} NdQuoteFormat;

gboolean    nd_quote_format_from_name      (const char     *name,
                                            NdQuoteFormat  *format);
const char *nd_quote_format_get_label      (NdQuoteFormat   format);
const char *nd_quote_format_get_extension  (NdQuoteFormat   format);

char       *nd_quote_export                (NdQuoteFormat   format,
                                            GPtrArray      *quotes);
gboolean    nd_quote_export_to_file        (NdQuoteFormat   format,
                                            GPtrArray      *quotes,
                                            GFile          *file,
                                            GCancellable   *cancellable,
                                            GError        **error);

typedef enum
{
  ND_QUOTE_EXPORT_NONE            = 0,
  ND_QUOTE_EXPORT_BYTE_ORDER_MARK = 1 << 0,
} NdQuoteExportFlags;

gboolean    nd_quote_export_to_file_full   (NdQuoteFormat       format,
                                            GPtrArray          *quotes,
                                            GFile              *file,
                                            NdQuoteExportFlags  flags,
                                            GCancellable       *cancellable,
                                            GError            **error);

G_END_DECLS
