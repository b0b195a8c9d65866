/* nd-quote-finder-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "quotes/nd-quote-finder.h"

G_BEGIN_DECLS

/* Outside their own file only the tests call these: kept out of the public header. */
NdQuotation *nd_quotation_new      (guint        start,
                                    guint        end,
                                    const char  *text,
                                    const char  *speaker);

G_END_DECLS
