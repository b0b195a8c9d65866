/* nd-types.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _NdArticle      NdArticle;
typedef struct _NdArticleStore NdArticleStore;
typedef struct _NdLoadError    NdLoadError;

G_END_DECLS
