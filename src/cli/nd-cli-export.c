/* nd-cli-export.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "nd-cli.h"

/* Placeholder until the command is written; it must never be called "done". */
int
nd_cli_export (int    argc,
           char **argv)
{
  return nd_cli_usage_error (_("this command is not written yet"));
}
