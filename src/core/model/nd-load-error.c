/* nd-load-error.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "nd-load-error"

#include "config.h"

#include "model/nd-load-error.h"
#include "util/nd-sanitize.h"

G_DEFINE_BOXED_TYPE (NdLoadError, nd_load_error, nd_load_error_copy, nd_load_error_free)

NdLoadError *
nd_load_error_new (NdLoadSeverity  severity,
                   const char     *file,
                   guint           line,
                   guint           column,
                   const char     *format,
                   ...)
{
  g_autofree char *message = NULL;
  NdLoadError *self;
  va_list args;

  g_return_val_if_fail (format != NULL, NULL);

  self = g_new0 (NdLoadError, 1);
  self->severity = severity;
  self->file = g_strdup (file);
  self->line = line;
  self->column = line > 0 ? column : 0;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Messages quote what the file holds, and json-glib cuts its quotes by bytes, so a
   * message may end inside a character: every message shown or printed is valid UTF-8. */
  self->message = g_utf8_make_valid (message, -1);

  return self;
}

NdLoadError *
nd_load_error_copy (const NdLoadError *error)
{
  NdLoadError *copy;

  g_return_val_if_fail (error != NULL, NULL);

  copy = g_new0 (NdLoadError, 1);
  copy->severity = error->severity;
  copy->file = g_strdup (error->file);
  copy->line = error->line;
  copy->column = error->column;
  copy->message = g_strdup (error->message);

  return copy;
}

void
nd_load_error_free (NdLoadError *error)
{
  if (error == NULL)
    return;

  g_free (error->file);
  g_free (error->message);
  g_free (error);
}

/* The compiler-style `FILE:LINE:COLUMN: message` that editors and scripts understand.
 * The file name and the message come from the files read, so both are made safe to
 * print: a newline in a file name must not start a line that looks like another error. */
char *
nd_load_error_to_string (const NdLoadError *error)
{
  g_autofree char *file = NULL;
  g_autofree char *message = NULL;
  GString *str;

  g_return_val_if_fail (error != NULL, NULL);

  file = nd_sanitize_filename (error->file ? error->file : "");
  message = nd_sanitize_terminal (error->message);
  str = g_string_new (file);
  if (error->line > 0)
    g_string_append_printf (str, ":%u", error->line);
  if (error->line > 0 && error->column > 0)
    g_string_append_printf (str, ":%u", error->column);
  g_string_append (str, ": ");
  if (error->severity == ND_LOAD_SEVERITY_WARNING)
    g_string_append (str, "warning: ");
  g_string_append (str, message);

  return g_string_free (str, FALSE);
}
