/* main.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "nd-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(NdApplication) app = NULL;

  setlocale (LC_ALL, "");
  nd_application_bind_text_domain ();

  app = nd_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
