/* test-i18n.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The German catalogue that the build compiles (po/de/LC_MESSAGES/newsdesk.mo under the
 * build root, NEWSDESK_LOCALEDIR in tests/meson.build) reaches the core library's messages:
 * load problems, plurals and the date formats. No GTK, no installed German locale needed:
 * with glibc, LANGUAGE picks the catalogue in any locale but C and POSIX, so C.UTF-8 does. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "dates/nd-date-format.h"
#include "formats/nd-formats.h"
#include "model/nd-load-error.h"

/* FALSE when no locale lets gettext switch language; then every test skips. */
static gboolean have_locale;

static gboolean
skip_without_locale (void)
{
  if (have_locale)
    return FALSE;

  g_test_skip ("only C or POSIX locales here, in which gettext ignores LANGUAGE");
  return TRUE;
}

static GPtrArray *
parse_errors (const char *file,
              const char *data)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *errors = g_ptr_array_new_with_free_func ((GDestroyNotify)nd_load_error_free);

  nd_formats_parse (file, data, strlen (data), articles, errors);

  return errors;
}

static void
test_load_problems (void)
{
  g_autoptr(GPtrArray) empty = parse_errors ("empty.json", "");
  g_autoptr(GPtrArray) number = parse_errors ("number.json", "[1]");
  g_autoptr(GPtrArray) bad_utf8 = parse_errors ("bad.json", "{\"title\": \"a\xff\"}");
  const NdLoadError *error;
  g_autofree char *line = NULL;

  if (skip_without_locale ())
    return;

  g_assert_cmpuint (empty->len, ==, 1);
  error = g_ptr_array_index (empty, 0);
  g_assert_cmpstr (error->message, ==, "die Datei ist leer");

  /* A message with a placeholder, the article label and a translated JSON type. */
  g_assert_cmpuint (number->len, ==, 1);
  error = g_ptr_array_index (number, 0);
  g_assert_cmpstr (error->message, ==,
                   "Artikel 1: Artikelobjekt erwartet, gefunden wurde eine Zahl; übersprungen");

  /* The message is German, the compiler-style prefix that scripts parse is not. */
  g_assert_cmpuint (bad_utf8->len, >=, 1);
  error = g_ptr_array_index (bad_utf8, 0);
  g_assert_cmpint (error->severity, ==, ND_LOAD_SEVERITY_WARNING);
  line = nd_load_error_to_string (error);
  g_assert_true (g_str_has_prefix (line, "bad.json:1:"));
  g_assert_nonnull (strstr (line, ": warning: ungültiges UTF-8; "));
}

static void
test_plurals (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 12, 14, 5, 0);
  g_autoptr(GDateTime) one_minute_ago = g_date_time_add_minutes (now, -1);
  g_autoptr(GDateTime) five_minutes_ago = g_date_time_add_minutes (now, -5);
  g_autofree char *one = nd_date_format_relative (one_minute_ago, FALSE, now);
  g_autofree char *five = nd_date_format_relative (five_minutes_ago, FALSE, now);
  g_autofree char *failed_one = NULL;
  g_autofree char *failed_three = NULL;

  if (skip_without_locale ())
    return;

  g_assert_cmpstr (one, ==, "Vor 1 Minute");
  g_assert_cmpstr (five, ==, "Vor 5 Minuten");

  /* As the window's load-problem banner asks for it. */
  failed_one = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file could not be read",
                                             "%u files could not be read", 1), 1);
  failed_three = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file could not be read",
                                               "%u files could not be read", 3), 3);
  g_assert_cmpstr (failed_one, ==, "1 Datei konnte nicht gelesen werden");
  g_assert_cmpstr (failed_three, ==, "3 Dateien konnten nicht gelesen werden");
}

static void
test_date_formats (void)
{
  if (skip_without_locale ())
    return;

  /* The day before the month, with a full stop: "5. März 2026". */
  g_assert_cmpstr (C_("date in another year", "%-e %B %Y"), ==, "%-e. %B %Y");
  g_assert_cmpstr (C_("full date", "%A, %-e %B %Y"), ==, "%A, %-e. %B %Y");
  g_assert_cmpstr (_("%-d %B %Y"), ==, "%-d. %B %Y");
}

/* Names of months and weekdays come from the catalogue too, not from LC_TIME (C.UTF-8 here,
 * whose names are English): no "Wednesday, 1. April 2026". */
static void
test_date_names (void)
{
  g_autoptr(GDateTime) april_first = g_date_time_new_utc (2026, 4, 1, 0, 0, 0);
  g_autoptr(GDateTime) march = g_date_time_new_utc (2026, 3, 5, 0, 0, 0);
  g_autofree char *full = NULL;
  g_autofree char *short_form = NULL;
  g_autofree char *in_march = NULL;
  g_autofree char *percent = NULL;

  if (skip_without_locale ())
    return;

  full = nd_date_format_full (april_first, TRUE);
  g_assert_cmpstr (full, ==, "Mittwoch, 1. April 2026");
  short_form = nd_date_format_with_names (april_first, "%a %-d. %b");
  g_assert_cmpstr (short_form, ==, "Mi 1. Apr.");
  in_march = nd_date_format_with_names (march, C_("timeline axis", "%-d %b"));
  g_assert_cmpstr (in_march, ==, "5. März");
  percent = nd_date_format_with_names (march, "%B: 100%%");
  g_assert_cmpstr (percent, ==, "März: 100%");
}

/* A locale in which glibc's gettext honours LANGUAGE: the environment's (C.UTF-8 in
 * tests/meson.build) unless it is C or POSIX, where LANGUAGE is ignored. */
static gboolean
set_messages_locale (void)
{
  static const char * const fallbacks[] = { "C.UTF-8", "C.utf8", "de_DE.UTF-8" };
  const char *messages;

  setlocale (LC_ALL, "");
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages != NULL && !g_str_equal (messages, "C") && !g_str_equal (messages, "POSIX"))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (fallbacks); i++)
    if (setlocale (LC_ALL, fallbacks[i]) != NULL)
      return TRUE;

  return FALSE;
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("NEWSDESK_LOCALEDIR");
  g_autofree char *catalogue = NULL;

  /* Before anything asks gettext for a string: it caches what it found. */
  g_setenv ("LANGUAGE", "de", TRUE);
  have_locale = set_messages_locale ();

  g_test_init (&argc, &argv, NULL);

  if (localedir == NULL)
    g_error ("NEWSDESK_LOCALEDIR is not set; tests/meson.build sets it to <build>/po");
  catalogue = g_build_filename (localedir, "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (catalogue, G_FILE_TEST_IS_REGULAR))
    g_error ("%s is missing: the build compiles it from po/de.po", catalogue);

  /* As newsdesk and newsdesk-cli do in main(). */
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/nd/i18n/load-problems", test_load_problems);
  g_test_add_func ("/nd/i18n/plurals", test_plurals);
  g_test_add_func ("/nd/i18n/date-formats", test_date_formats);
  g_test_add_func ("/nd/i18n/date-names", test_date_names);

  return g_test_run ();
}
