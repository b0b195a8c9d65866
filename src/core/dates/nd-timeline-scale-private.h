/* nd-timeline-scale-private.h
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dates/nd-timeline-scale.h"

G_BEGIN_DECLS

/* Only the tests call these: they stay out of the public header. */

NdTimelineUnit nd_timeline_ticks_unit  (const NdTimelineScale *scale,
                                        double                 min_spacing);
double   nd_timeline_contrast_ratio    (double                 red1,
                                        double                 green1,
                                        double                 blue1,
                                        double                 red2,
                                        double                 green2,
                                        double                 blue2);

G_END_DECLS
