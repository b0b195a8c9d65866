/* nd-fuzz-replay.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Stands in for libFuzzer where it is not used (gcc, or -Dfuzzing=false): runs a harness
 * once on each file named, or on every file below each folder named.  So every build runs
 * each harness over its seeds and the hostile files, and a crash a fuzzer found stays found. */

#include "config.h"

#include <glib/gstdio.h>

#include "nd-fuzz.h"

static guint n_inputs;

static void
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);

  LLVMFuzzerTestOneInput ((const uint8_t *)contents, length);
  n_inputs++;
}

static void
replay_path (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      replay_file (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    g_error ("Cannot open %s", path);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      replay_path (child);
    }
}

int
main (int    argc,
      char **argv)
{
  if (argc < 2)
    {
      g_printerr ("usage: %s FILE-OR-FOLDER...\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    replay_path (argv[i]);

  g_autofree char *name = g_path_get_basename (argv[0]);

  g_print ("%s: %u inputs, no failure\n", name, n_inputs);
  return n_inputs > 0 ? 0 : 1;
}
