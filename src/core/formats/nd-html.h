/* nd-html.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *nd_html_to_text        (const char *html,
                                  gssize      length);
char     *nd_html_decode_entities (const char *text,
                                  gssize      length);
gboolean  nd_html_looks_like_html (const char *text);

G_END_DECLS
