/* nd-statement.c
 *
 * Copyright 2026 The NewsDesk developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A statement: one utterance as each outlet that carries it words it and credits it. It is
 * made whole by NdStatementGrouper and never changes after. */

#define G_LOG_DOMAIN "nd-statement"

#include "config.h"

#include "compare/nd-statement-private.h"

struct _NdStatement
{
  GObject             parent_instance;

  char               *id;
  GPtrArray          *versions;
  guint               fullest;
  GStrv               missing;
  guint               n_outlets;
  NdStatementVerdict  verdict;
  gboolean            wording_differs;
};

G_DEFINE_FINAL_TYPE (NdStatement, nd_statement, G_TYPE_OBJECT)

static void
nd_statement_finalize (GObject *object)
{
  NdStatement *self = ND_STATEMENT (object);

  g_free (self->id);
  g_ptr_array_unref (self->versions);
  g_strfreev (self->missing);

  G_OBJECT_CLASS (nd_statement_parent_class)->finalize (object);
}

static void
nd_statement_class_init (NdStatementClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nd_statement_finalize;
}

static void
nd_statement_init (NdStatement *self)
{
}

NdStatementVersion *
_nd_statement_version_new (NdArticle  *article,
                           guint       start,
                           guint       end,
                           const char *text,
                           const char *speaker)
{
  NdStatementVersion *version = g_new0 (NdStatementVersion, 1);

  version->article = g_object_ref (article);
  version->start = start;
  version->end = end;
  version->text = g_strdup (text);
  version->speaker = g_strdup (speaker);
  version->differences = g_array_new (FALSE, FALSE, sizeof (NdTextRange));

  return version;
}

void
_nd_statement_version_free (NdStatementVersion *version)
{
  g_object_unref (version->article);
  g_free (version->text);
  g_free (version->speaker);
  g_array_unref (version->differences);
  g_free (version);
}

static guint
count_outlets (GPtrArray *versions)
{
  g_autoptr(GHashTable) outlets = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < versions->len; i++)
    {
      NdStatementVersion *version = g_ptr_array_index (versions, i);
      const char *source = nd_article_get_source (version->article);

      /* An article that names no outlet counts as none. */
      if (source != NULL)
        g_hash_table_add (outlets, (gpointer)source);
    }

  return g_hash_table_size (outlets);
}

static NdStatementVerdict
decide_verdict (GPtrArray *versions,
                gboolean   speakers_differ)
{
  if (speakers_differ)
    return ND_STATEMENT_VERDICT_DIFFER;

  for (guint i = 0; i < versions->len; i++)
    if (((NdStatementVersion *)g_ptr_array_index (versions, i))->speaker != NULL)
      return ND_STATEMENT_VERDICT_AGREE;

  return ND_STATEMENT_VERDICT_UNKNOWN;
}

/* The same statement gets the same id in every run and whatever order the articles came
 * in: it is named after its fullest version's place. */
static char *
make_id (const NdStatementVersion *fullest)
{
  g_autofree char *place = g_strdup_printf ("%s:%u", nd_article_get_id (fullest->article),
                                            fullest->start);
  g_autofree char *checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA1, place, -1);

  return g_strndup (checksum, 12);
}

/* Takes @versions and @missing. */
NdStatement *
_nd_statement_new (GPtrArray *versions,
                   guint      fullest,
                   GStrv      missing,
                   gboolean   speakers_differ)
{
  NdStatement *self = g_object_new (ND_TYPE_STATEMENT, NULL);

  self->versions = versions;
  self->fullest = fullest;
  self->missing = missing;
  self->id = make_id (g_ptr_array_index (versions, fullest));
  self->n_outlets = count_outlets (versions);
  self->verdict = decide_verdict (versions, speakers_differ);
  for (guint i = 0; i < versions->len; i++)
    self->wording_differs |= ((NdStatementVersion *)g_ptr_array_index (versions, i))->differences->len > 0;

  return self;
}

const char *
nd_statement_get_id (NdStatement *self)
{
  g_return_val_if_fail (ND_IS_STATEMENT (self), NULL);

  return self->id;
}

NdStatementVerdict
nd_statement_get_verdict (NdStatement *self)
{
  g_return_val_if_fail (ND_IS_STATEMENT (self), ND_STATEMENT_VERDICT_UNKNOWN);

  return self->verdict;
}

/**
 * nd_statement_get_wording_differs:
 * @self: a statement
 *
 * Returns: whether a version words part of the statement otherwise than the fullest
 *   version (leaving words out does not count)
 */
gboolean
nd_statement_get_wording_differs (NdStatement *self)
{
  g_return_val_if_fail (ND_IS_STATEMENT (self), FALSE);

  return self->wording_differs;
}

guint
nd_statement_get_n_versions (NdStatement *self)
{
  g_return_val_if_fail (ND_IS_STATEMENT (self), 0);

  return self->versions->len;
}

/**
 * nd_statement_get_version:
 * @self: a statement
 * @index: which version, below nd_statement_get_n_versions()
 *
 * Versions come ordered by outlet, then article, then place in the article.
 *
 * Returns: (transfer none): the version
 */
const NdStatementVersion *
nd_statement_get_version (NdStatement *self,
                          guint        index)
{
  g_return_val_if_fail (ND_IS_STATEMENT (self), NULL);
  g_return_val_if_fail (index < self->versions->len, NULL);

  return g_ptr_array_index (self->versions, index);
}

/**
 * nd_statement_get_fullest:
 * @self: a statement
 *
 * Returns: (transfer none): the version with the most words, which the others are
 *   compared with
 */
const NdStatementVersion *
nd_statement_get_fullest (NdStatement *self)
{
  g_return_val_if_fail (ND_IS_STATEMENT (self), NULL);

  return g_ptr_array_index (self->versions, self->fullest);
}

/**
 * nd_statement_get_n_outlets:
 * @self: a statement
 *
 * Returns: how many outlets carry a version of the statement
 */
guint
nd_statement_get_n_outlets (NdStatement *self)
{
  g_return_val_if_fail (ND_IS_STATEMENT (self), 0);

  return self->n_outlets;
}

/**
 * nd_statement_get_missing:
 * @self: a statement
 *
 * Returns: (transfer none): the outlets of the compared articles that carry no version
 *   of the statement, sorted
 */
const char * const *
nd_statement_get_missing (NdStatement *self)
{
  g_return_val_if_fail (ND_IS_STATEMENT (self), NULL);

  return (const char * const *)self->missing;
}

/**
 * nd_statement_verdict_to_string:
 * @verdict: a verdict
 *
 * Returns: the verdict's name in files and the CLI's output: "agree", "differ" or "unknown"
 */
const char *
nd_statement_verdict_to_string (NdStatementVerdict verdict)
{
  switch (verdict)
    {
    case ND_STATEMENT_VERDICT_AGREE:
      return "agree";
    case ND_STATEMENT_VERDICT_DIFFER:
      return "differ";
    case ND_STATEMENT_VERDICT_UNKNOWN:
    default:
      return "unknown";
    }
}
