/* nd-compare-view.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "compare/nd-statement-list.h"

G_BEGIN_DECLS

/**
 * NdCompareFilter:
 * @ND_COMPARE_FILTER_SHARED: statements that two or more outlets carry
 * @ND_COMPARE_FILTER_SPEAKERS_DIFFER: statements that outlets give to different people
 * @ND_COMPARE_FILTER_ONE_OUTLET: statements that one outlet alone carries
 * @ND_COMPARE_FILTER_ALL: every statement
 */
typedef enum
{
  ND_COMPARE_FILTER_SHARED,
  ND_COMPARE_FILTER_SPEAKERS_DIFFER,
  ND_COMPARE_FILTER_ONE_OUTLET,
  ND_COMPARE_FILTER_ALL,
} NdCompareFilter;

#define ND_TYPE_COMPARE_VIEW (nd_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (NdCompareView, nd_compare_view, ND, COMPARE_VIEW, GtkWidget)

GtkWidget       *nd_compare_view_new          (NdStatementList *list);
void             nd_compare_view_set_filter   (NdCompareView   *self,
                                               NdCompareFilter  filter);
NdCompareFilter  nd_compare_view_get_filter   (NdCompareView   *self);
gboolean         nd_compare_view_is_busy      (NdCompareView   *self);
GPtrArray       *nd_compare_view_get_statements (NdCompareView *self);

G_END_DECLS
