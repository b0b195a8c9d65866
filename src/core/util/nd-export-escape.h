/* nd-export-escape.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void  nd_export_escape_markdown         (GString    *out,
                                         const char *text);
void  nd_export_escape_markdown_inline  (GString    *out,
                                         const char *text);
void  nd_export_escape_markdown_url     (GString    *out,
                                         const char *url);
void  nd_export_escape_csv_field        (GString    *out,
                                         const char *value);
void  nd_export_escape_html             (GString    *out,
                                         const char *text);

G_END_DECLS
