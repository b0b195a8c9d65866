/* nd-statement-list.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "compare/nd-statement.h"

G_BEGIN_DECLS

#define ND_TYPE_STATEMENT_LIST (nd_statement_list_get_type ())

G_DECLARE_FINAL_TYPE (NdStatementList, nd_statement_list, ND, STATEMENT_LIST, GObject)

NdStatementList *nd_statement_list_new            (void);
void             nd_statement_list_set_articles   (NdStatementList *self,
                                                   GListModel      *articles);
GPtrArray       *nd_statement_list_get_statements (NdStatementList *self);
gboolean         nd_statement_list_get_busy       (NdStatementList *self);
guint            nd_statement_list_get_n_articles (NdStatementList *self);
guint            nd_statement_list_get_n_compared (NdStatementList *self);

G_END_DECLS
