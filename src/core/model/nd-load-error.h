/* nd-load-error.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/nd-types.h"

G_BEGIN_DECLS

typedef enum
{
  ND_LOAD_SEVERITY_WARNING,
  ND_LOAD_SEVERITY_ERROR,
} NdLoadSeverity;

/* One problem found while loading. An ERROR means something was not loaded (a file, a line,
 * an article); a WARNING means it was loaded with a repair (an unreadable date dropped,
 * invalid UTF-8 replaced). Line and column count from 1; 0 means unknown. */
struct _NdLoadError
{
  char           *file;
  guint           line;
  guint           column;
  NdLoadSeverity  severity;
  char           *message;
};

#define ND_TYPE_LOAD_ERROR (nd_load_error_get_type ())

GType        nd_load_error_get_type  (void) G_GNUC_CONST;
NdLoadError *nd_load_error_new       (NdLoadSeverity     severity,
                                      const char        *file,
                                      guint              line,
                                      guint              column,
                                      const char        *format,
                                      ...) G_GNUC_PRINTF (5, 6);
NdLoadError *nd_load_error_copy      (const NdLoadError *error);
void         nd_load_error_free      (NdLoadError       *error);
char        *nd_load_error_to_string (const NdLoadError *error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NdLoadError, nd_load_error_free)

G_END_DECLS
