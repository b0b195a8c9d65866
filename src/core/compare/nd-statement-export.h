/* nd-statement-export.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "compare/nd-statement.h"

G_BEGIN_DECLS

/**
 * NdStatementFormat:
 * @ND_STATEMENT_FORMAT_MARKDOWN: a heading per statement, a block quote per outlet
 * @ND_STATEMENT_FORMAT_CSV: RFC 4180, UTF-8, CRLF, one row per version
 * @ND_STATEMENT_FORMAT_HTML: one self-contained HTML5 page, readable printed
 */
typedef enum
{
  ND_STATEMENT_FORMAT_MARKDOWN,
  ND_STATEMENT_FORMAT_CSV,
  ND_STATEMENT_FORMAT_HTML,
  ND_STATEMENT_N_FORMATS
} NdStatementFormat;

/**
 * NdStatementReport:
 * @n_articles: how many articles were compared
 * @n_outlets: how many outlets they come from
 * @all: whether the statements are all of them, or only those two or more outlets carry
 * @date: (nullable): when they were compared; the report says no date without it
 *
 * What a coverage report says about the comparison in its header.
 */
typedef struct
{
  guint      n_articles;
  guint      n_outlets;
  gboolean   all;
  GDateTime *date;
} NdStatementReport;

gboolean  nd_statement_format_from_name  (const char              *name,
                                          NdStatementFormat       *format);
char     *nd_statement_export            (NdStatementFormat        format,
                                          GPtrArray               *statements,
                                          const NdStatementReport *report);

G_END_DECLS
