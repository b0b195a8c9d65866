/* bench-startup.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures how long NewsDesk takes from exec to its first frame showing the sample story,
 * compared with a bare GtkApplication window (bench-bare-window) on the same display.
 *
 * Each run spawns one program and times it from just before the spawn to the moment its
 * ready line (NEWSDESK_READY or BARE_READY) arrives on the child's standard error; the
 * child then quits by itself and is waited for. NewsDesk is a unique application, so the
 * runs are strictly one after another: a second instance would hand its activation to the
 * first over D-Bus and never paint. The two programs alternate (ABBA), so that a slow
 * patch of the machine, or a cache warming up, falls on both alike.
 *
 * This is a benchmark: it prints figures and their target, and exits 0 whatever they are.
 * It exits 1 only when a run fails (no ready line, a crash, a hang). */

#define G_LOG_DOMAIN "bench-startup"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "nd-bench-utils.h"

#define TARGET_RATIO 1.3
#define DEFAULT_RUNS 15
#define DEFAULT_WARMUP 2

/* A cold first run (fonts, shader caches) takes a second or two; a minute means a hang. */
#define RUN_TIMEOUT_US (60 * G_USEC_PER_SEC)

typedef struct
{
  const char *label;        /* as printed in the table */
  const char *path;         /* the executable */
  const char *ready_line;   /* the start of the line that says the first frame is painted */
  GArray     *times_ms;     /* double, one per counted run */
  guint       n_articles;   /* from NEWSDESK_READY; 0 for the bare window */
} Program;

/* Helpers */

static void
summarize (GArray *times_ms,
           double *median,
           double *minimum,
           double *p90)
{
  *median = nd_bench_median (times_ms);
  *minimum = nd_bench_quantile (times_ms, 0.0);
  *p90 = nd_bench_quantile (times_ms, 0.9);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) &&
              !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }

  g_rmdir (path);
}

/* Forwards what a child says on standard error, except its ready line, so that its
 * warnings are seen. */
static void
forward_line (const char *line)
{
  g_printerr ("%s\n", line);
}

/* One run */

typedef struct
{
  GString  *pending;        /* bytes read after the last newline */
  gint64    ready_time;     /* monotonic µs, or -1 */
  guint     n_articles;
} ChildOutput;

/* Takes the complete lines (all of them at the end) out of what was read. Returns TRUE
 * when the ready line was among them. */
static gboolean
take_lines (ChildOutput   *output,
            const Program *program,
            gboolean       at_end)
{
  gboolean found_ready = FALSE;
  char *newline;

  while ((newline = memchr (output->pending->str, '\n', output->pending->len)) != NULL ||
         (at_end && output->pending->len > 0))
    {
      gsize length = newline != NULL ? (gsize)(newline - output->pending->str)
                                     : output->pending->len;
      g_autofree char *line = g_strndup (output->pending->str, length);

      g_string_erase (output->pending, 0, newline != NULL ? (gssize)length + 1 : (gssize)length);

      if (output->ready_time < 0 && !found_ready &&
          g_str_has_prefix (line, program->ready_line))
        {
          found_ready = TRUE;
          output->n_articles = (guint)g_ascii_strtoull (line + strlen (program->ready_line),
                                                        NULL, 10);
        }
      else
        forward_line (line);
    }

  return found_ready;
}

/* Reads once from the child's standard error. Returns FALSE at its end. */
static gboolean
read_some (int             fd,
           const Program  *program,
           ChildOutput    *output,
           GError        **error)
{
  char buffer[4096];
  gssize n_read;
  gint64 now;

  do
    n_read = read (fd, buffer, sizeof buffer);
  while (n_read < 0 && errno == EINTR);
  now = g_get_monotonic_time ();

  if (n_read < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "reading from %s: %s", program->path, g_strerror (saved_errno));
      return FALSE;
    }

  if (n_read > 0)
    g_string_append_len (output->pending, buffer, n_read);
  if (take_lines (output, program, n_read == 0))
    output->ready_time = now;

  return n_read > 0;
}

/* Reads the child's standard error until the ready line comes or the pipe ends. The time
 * is taken as soon as the read returns, before the line is even looked at. */
static gboolean
read_until_ready (int             fd,
                  const Program  *program,
                  gint64          deadline,
                  ChildOutput    *output,
                  GError        **error)
{
  g_autoptr(GError) read_error = NULL;

  while (output->ready_time < 0)
    {
      gint64 remaining = deadline - g_get_monotonic_time ();
      GPollFD poll_fd = { fd, G_IO_IN | G_IO_HUP | G_IO_ERR, 0 };

      if (remaining <= 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                       "%s did not paint within %d s", program->path,
                       (int)(RUN_TIMEOUT_US / G_USEC_PER_SEC));
          return FALSE;
        }

      if (g_poll (&poll_fd, 1, (int)MIN (remaining / 1000 + 1, G_MAXINT)) <= 0)
        continue;

      /* FALSE at the end of the pipe (the ready line never came) or on an error. */
      if (!read_some (fd, program, output, &read_error))
        break;
    }

  if (read_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&read_error));
      return FALSE;
    }

  return TRUE;
}

/* Waits for the child to exit, forwarding what else it says meanwhile. Its exit, not the
 * end of the pipe, ends the wait: a process it started (an autolaunched D-Bus daemon, say)
 * may hold the pipe open for much longer. */
static gboolean
wait_for_exit (GPid            pid,
               int             fd,
               const Program  *program,
               gint64          deadline,
               ChildOutput    *output,
               int            *wait_status,
               GError        **error)
{
  gboolean pipe_open = TRUE;

  for (;;)
    {
      pid_t result = waitpid (pid, wait_status, WNOHANG);

      if (result == pid)
        break;

      if (result < 0 && errno != EINTR)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "waiting for %s: %s", program->path, g_strerror (saved_errno));
          return FALSE;
        }

      if (g_get_monotonic_time () > deadline)
        {
          kill (pid, SIGKILL);
          while (waitpid (pid, wait_status, 0) < 0 && errno == EINTR)
            ;
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                       "%s did not quit within %d s", program->path,
                       (int)(RUN_TIMEOUT_US / G_USEC_PER_SEC));
          return FALSE;
        }

      if (pipe_open)
        {
          GPollFD poll_fd = { fd, G_IO_IN | G_IO_HUP | G_IO_ERR, 0 };

          if (g_poll (&poll_fd, 1, 10) > 0)
            pipe_open = read_some (fd, program, output, NULL);
        }
      else
        g_usleep (1000);
    }

  /* What the child wrote just before it exited. */
  while (pipe_open)
    {
      GPollFD poll_fd = { fd, G_IO_IN | G_IO_HUP | G_IO_ERR, 0 };

      pipe_open = g_poll (&poll_fd, 1, 0) > 0 && read_some (fd, program, output, NULL);
    }
  take_lines (output, program, TRUE);

  return TRUE;
}

static gboolean
run_once (Program      *program,
          char        **envp,
          double       *elapsed_ms,
          GError      **error)
{
  char *argv[] = { (char *)program->path, NULL };
  ChildOutput output = { NULL, -1, 0 };
  GPid pid;
  int stderr_fd = -1;
  int wait_status = 0;
  gboolean ok;
  gint64 start;

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, argv, envp,
                                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                                 NULL, NULL, &pid, NULL, NULL, &stderr_fd, error))
    return FALSE;

  output.pending = g_string_new (NULL);
  ok = read_until_ready (stderr_fd, program, start + RUN_TIMEOUT_US, &output, error);
  if (!ok)
    {
      kill (pid, SIGKILL);
      while (waitpid (pid, &wait_status, 0) < 0 && errno == EINTR)
        ;
    }
  else
    ok = wait_for_exit (pid, stderr_fd, program, start + RUN_TIMEOUT_US, &output,
                        &wait_status, error);

  close (stderr_fd);
  g_spawn_close_pid (pid);
  g_string_free (output.pending, TRUE);

  if (!ok)
    return FALSE;

  if (!g_spawn_check_wait_status (wait_status, error))
    {
      g_prefix_error (error, "%s: ", program->path);
      return FALSE;
    }

  if (output.ready_time < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "%s exited without printing %s (is another instance running on this "
                   "session bus?)", program->path, program->ready_line);
      return FALSE;
    }

  program->n_articles = output.n_articles;
  *elapsed_ms = (output.ready_time - start) / 1000.0;
  return TRUE;
}

/* The environment both programs start in: hermetic settings, a private runtime folder (so
 * that nothing is left in, or read from, the user's), the X11 backend of Xvfb, no
 * accessibility bus, and the chosen renderer. */
static char **
create_child_environment (const char *renderer,
                          const char *schema_dir,
                          const char *runtime_dir)
{
  char **envp = g_get_environ ();

  envp = g_environ_setenv (envp, "NEWSDESK_EXIT_WHEN_READY", "1", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_SCHEMA_DIR", schema_dir, TRUE);
  envp = g_environ_setenv (envp, "GDK_BACKEND", "x11", TRUE);
  envp = g_environ_setenv (envp, "GTK_A11Y", "none", TRUE);
  envp = g_environ_setenv (envp, "GSK_RENDERER", renderer, TRUE);
  envp = g_environ_setenv (envp, "XDG_RUNTIME_DIR", runtime_dir, TRUE);

  return envp;
}

/* Output */

static void
print_program_line (const Program *program)
{
  double median, minimum, p90;

  summarize (program->times_ms, &median, &minimum, &p90);
  g_print ("%-29s %6.1f ms median (min %.1f, p90 %.1f)\n",
           program->label, median, minimum, p90);
}

static double
median_of (const Program *program)
{
  return nd_bench_median (program->times_ms);
}

static void
print_table (const Program *bare,
             const Program *newsdesk,
             guint          runs,
             const char    *renderer)
{
  g_print ("startup, exec to first frame with the sample story (%u runs each, GSK_RENDERER=%s)\n",
           runs, renderer);
  print_program_line (bare);
  print_program_line (newsdesk);
  g_print ("%-29s %6.2f   (target <= %.1f)\n", "ratio NewsDesk / bare:",
           median_of (newsdesk) / median_of (bare), TARGET_RATIO);
}

static void
append_figures (GString       *json,
                const char    *name,
                const Program *program)
{
  g_autofree char *median_name = g_strconcat (name, "_median_ms", NULL);
  g_autofree char *minimum_name = g_strconcat (name, "_min_ms", NULL);
  g_autofree char *p90_name = g_strconcat (name, "_p90_ms", NULL);
  double median, minimum, p90;

  summarize (program->times_ms, &median, &minimum, &p90);
  nd_bench_json_add_double (json, median_name, median, "%.1f");
  nd_bench_json_add_double (json, minimum_name, minimum, "%.1f");
  nd_bench_json_add_double (json, p90_name, p90, "%.1f");
}

static void
print_json (const Program *bare,
            const Program *newsdesk,
            guint          runs,
            const char    *renderer)
{
  g_autoptr(GString) json = nd_bench_json_new ();

  nd_bench_json_add_uint (json, "runs", runs);
  nd_bench_json_add_string (json, "renderer", renderer);
  nd_bench_json_add_uint (json, "articles", newsdesk->n_articles);
  append_figures (json, "bare", bare);
  append_figures (json, "newsdesk", newsdesk);
  nd_bench_json_add_double (json, "ratio", median_of (newsdesk) / median_of (bare), "%.3f");
  nd_bench_json_add_double (json, "target_ratio", TARGET_RATIO, "%.1f");
  nd_bench_json_print (json);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *default_newsdesk = g_build_filename (ND_BENCH_BUILD_ROOT, "src", "ui",
                                                        "newsdesk", NULL);
  g_autofree char *default_bare = g_build_filename (ND_BENCH_BUILD_ROOT, "tests", "bench",
                                                    "bench-bare-window", NULL);
  g_autofree char *build_schema_dir = g_build_filename (ND_BENCH_BUILD_ROOT, "data", NULL);
  g_autofree char *runtime_dir = NULL;
  g_auto(GStrv) envp = NULL;
  const char *renderer = nd_bench_get_renderer ();
  const char *schema_dir = g_getenv ("GSETTINGS_SCHEMA_DIR");
  int runs = DEFAULT_RUNS;
  int warmup = DEFAULT_WARMUP;
  gboolean json = FALSE;
  Program bare = { "bare GtkApplication window:", NULL, "BARE_READY", NULL, 0 };
  Program newsdesk = { "NewsDesk with sample story:", NULL, "NEWSDESK_READY", NULL, 0 };
  int status = 0;
  const char *summary = "[NEWSDESK [BENCH_BARE_WINDOW]] - time NewsDesk's startup";
  const char *help_text =
    "Runs NewsDesk (with NEWSDESK_EXIT_WHEN_READY=1) and a bare GtkApplication window\n"
    "alternately, and times each from exec to its first painted frame. Needs a display\n"
    "(run it under xvfb-run) and a session bus of its own (dbus-run-session), since\n"
    "NewsDesk is a unique application. GSK_RENDERER is passed on; it defaults to cairo.\n"
    "This is a benchmark: it prints figures and exits 0 whatever they are.";
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Counted runs of each program (default 15)", "N" },
    { "warmup", 0, 0, G_OPTION_ARG_INT, &warmup,
      "Uncounted runs of each program first (default 2)", "N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      "Also print the figures as one JSON object on the last line", NULL },
    { NULL }
  };

  if (!nd_bench_parse_options (&argc, &argv, summary, help_text, entries))
    return 2;

  if (argc > 3 || runs < 1 || warmup < 0)
    {
      g_printerr ("bench-startup: usage: bench-startup [--runs=N] [--warmup=N] [--json] "
                  "[NEWSDESK [BENCH_BARE_WINDOW]]\n");
      return 2;
    }

  newsdesk.path = argc > 1 ? argv[1] : default_newsdesk;
  bare.path = argc > 2 ? argv[2] : default_bare;
  for (guint i = 0; i < 2; i++)
    {
      const char *path = i == 0 ? newsdesk.path : bare.path;

      if (!g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
        {
          g_printerr ("bench-startup: %s is not an executable; build first\n", path);
          return 1;
        }
    }

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-startup: no display; run it under xvfb-run\n");
      return 1;
    }
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    g_printerr ("bench-startup: no DBUS_SESSION_BUS_ADDRESS; run it under dbus-run-session "
                "so that NewsDesk registers on a bus of its own\n");

  if (schema_dir == NULL || *schema_dir == '\0')
    schema_dir = build_schema_dir;

  runtime_dir = g_dir_make_tmp ("bench-startup-XXXXXX", &error);
  if (runtime_dir == NULL)
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return 1;
    }
  envp = create_child_environment (renderer, schema_dir, runtime_dir);

  bare.times_ms = g_array_new (FALSE, FALSE, sizeof (double));
  newsdesk.times_ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < warmup + runs && status == 0; i++)
    {
      /* ABBA: the bare window goes first in even rounds, NewsDesk in odd ones. */
      Program *order[2] = { &bare, &newsdesk };

      if (i % 2 == 1)
        {
          order[0] = &newsdesk;
          order[1] = &bare;
        }

      for (guint j = 0; j < 2; j++)
        {
          double elapsed_ms;

          if (!run_once (order[j], envp, &elapsed_ms, &error))
            {
              g_printerr ("bench-startup: %s\n", error->message);
              status = 1;
              break;
            }

          if (i >= warmup)
            g_array_append_val (order[j]->times_ms, elapsed_ms);
        }
    }

  if (status == 0)
    {
      print_table (&bare, &newsdesk, (guint)runs, renderer);
      if (json)
        print_json (&bare, &newsdesk, (guint)runs, renderer);
    }

  remove_tree (runtime_dir);
  g_array_unref (bare.times_ms);
  g_array_unref (newsdesk.times_ms);

  return status;
}
