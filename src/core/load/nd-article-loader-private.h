/* nd-article-loader-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "load/nd-article-loader.h"

G_BEGIN_DECLS

/* Only the tests call these: they stay out of the public header. */

void _nd_article_loader_set_max_line_length (gsize length);

G_END_DECLS
