/* nd-compare-with-popover.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/nd-article.h"

G_BEGIN_DECLS

#define ND_TYPE_COMPARE_WITH_POPOVER (nd_compare_with_popover_get_type ())

G_DECLARE_FINAL_TYPE (NdCompareWithPopover, nd_compare_with_popover, ND, COMPARE_WITH_POPOVER, GtkPopover)

GtkWidget  *nd_compare_with_popover_new          (void);
void        nd_compare_with_popover_set_articles (NdCompareWithPopover *self,
                                                  GListModel           *articles);
void        nd_compare_with_popover_set_article  (NdCompareWithPopover *self,
                                                  NdArticle            *article);
void        nd_compare_with_popover_set_statements (NdCompareWithPopover *self,
                                                    GPtrArray            *statements);
guint       nd_compare_with_popover_count_shared (NdCompareWithPopover *self,
                                                  NdArticle            *other);
NdArticle  *nd_compare_with_popover_get_article  (NdCompareWithPopover *self);
GListModel *nd_compare_with_popover_get_choices  (NdCompareWithPopover *self);
void        nd_compare_with_popover_choose       (NdCompareWithPopover *self,
                                                  guint                 position);

G_END_DECLS
