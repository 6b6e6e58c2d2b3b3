package org.corroborate.meaning;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a text to a unit-length vector so that texts saying the same thing lie close together (cosine
 * = dot product). The contract every stage relies on: {@link #embed} is deterministic, thread-safe,
 * returns a vector of {@link #dimension()} floats with L2 norm 1 (or all zeros for a text with no
 * word), and never throws on odd text.
 *
 * <p>The shipped implementation is the analysis module's {@code ClaimEncoder} (bge-small-en-v1.5, int8);
 * tests use {@link HashingEmbedder}. Stages take an embedder as a constructor argument, so
 * none of them loads a model of its own.
 */
public interface TextEmbedder {
  /** Length of every vector this embedder returns. */
  int dimension();

  /** The unit vector of {@code text}; all zeros when it has no word. */
  float[] embed(String text);

  /** The vectors of several texts, in order (implementations may batch). */
  default List<float[]> embedAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(embed(t));
    }
    return out;
  }

  /** A short name for figures and caches ("all-MiniLM-L6-v2 int8 mean"). */
  String name();
}
