/* nd-application-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nd-application.h"

G_BEGIN_DECLS

/* Only the tests call these: they stay out of the public header. */

const char    *nd_application_get_locale_dir   (void);

G_END_DECLS
