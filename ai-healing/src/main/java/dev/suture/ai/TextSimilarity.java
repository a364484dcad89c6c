package dev.suture.ai;

import dev.suture.ai.internal.SharedModels;

/**
 * How alike two short texts (labels, button captions, field names) are, offline: lexical measures plus the
 * in-process all-MiniLM-L6-v2 embedding model, with a guard against opposites ("Log in" vs "Log out", "Next" vs
 * "Previous") that embeddings alone take for near-synonyms. Thread-safe; shared by healing and step planning.
 */
public interface TextSimilarity {
  /** The process-wide instance; its model loads on first use and its embeddings are cached. */
  static TextSimilarity shared() {
    return SharedModels.TEXT;
  }

  /** 0 (unrelated or opposite) to 1 (same meaning): the better of the lexical and the semantic similarity. */
  double similarity(String a, String b);

  /** Token overlap and edit similarity only, no model. */
  double lexical(String a, String b);

  /** Whether the texts mean opposite things (one has a word whose opposite only the other has). */
  boolean opposite(String a, String b);

  /** The 384-dimensional embedding of a text (normalise it first for cache hits across spellings). */
  float[] embed(String text);
}
