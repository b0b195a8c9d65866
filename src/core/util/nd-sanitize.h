/* nd-sanitize.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* URLs longer than this, in bytes, are never links: no browser needs one, and laying out
 * a line of 100,000 characters takes GTK tens of seconds. */
#define ND_SANITIZE_MAX_LINK_LENGTH 8192

/* A URL shown in the reader is cut in its middle beyond this many characters. */
#define ND_SANITIZE_MAX_SHOWN_URL 64

char     *nd_sanitize_terminal      (const char *text);
char     *nd_sanitize_filename      (const char *filename);
char     *nd_sanitize_json_output   (const char *json);
char     *nd_sanitize_export        (GString    *text);
char     *nd_sanitize_display       (const char *text);
char     *nd_sanitize_display_url   (const char *url);
gboolean  nd_sanitize_is_link_url   (const char *url);

G_END_DECLS
