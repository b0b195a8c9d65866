/* nd-statement-grouper.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "compare/nd-statement.h"
#include "model/nd-article.h"

G_BEGIN_DECLS

#define ND_TYPE_STATEMENT_GROUPER (nd_statement_grouper_get_type ())

G_DECLARE_FINAL_TYPE (NdStatementGrouper, nd_statement_grouper, ND, STATEMENT_GROUPER, GObject)

NdStatementGrouper *nd_statement_grouper_new             (void);
void                nd_statement_grouper_add_article     (NdStatementGrouper *self,
                                                          NdArticle          *article,
                                                          GPtrArray          *quotations);
guint               nd_statement_grouper_get_n_articles  (NdStatementGrouper *self);
GPtrArray          *nd_statement_grouper_dup_statements  (NdStatementGrouper *self);

void                nd_statement_group_in_thread         (GTask              *task,
                                                          gpointer            source_object,
                                                          gpointer            task_data,
                                                          GCancellable       *cancellable);

G_END_DECLS
