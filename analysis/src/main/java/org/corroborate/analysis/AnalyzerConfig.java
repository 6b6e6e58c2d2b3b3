package org.corroborate.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Settings of the {@link Analyzer}, validated when built. Defaults ({@link #DEFAULT}): author-voice
 * statements on, at least 4 tokens each, coreference looks back 3 sentences, {@code analyzeAll} uses
 * every core.
 *
 * @param authorStatements emit sentences with no attribution that assert something checkable as
 *                         author-voice statements
 * @param minAuthorTokens  fewest tokens such a stretch needs (>= 1)
 * @param corefWindow      how many sentences back a role description or pronoun looks for its entity (>= 1)
 * @param parallelism      threads {@link Analyzer#analyzeAll} uses (>= 1)
 */
public record AnalyzerConfig(boolean authorStatements, int minAuthorTokens, int corefWindow, int parallelism) {

  public static final AnalyzerConfig DEFAULT =
      new AnalyzerConfig(true, 4, 3, Runtime.getRuntime().availableProcessors());

  public AnalyzerConfig {
    if (minAuthorTokens < 1) {
      throw new IllegalArgumentException("minAuthorTokens must be >= 1, got " + minAuthorTokens);
    }
    if (corefWindow < 1) {
      throw new IllegalArgumentException("corefWindow must be >= 1, got " + corefWindow);
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, got " + parallelism);
    }
  }

  public AnalyzerConfig withAuthorStatements(boolean v) {
    return new AnalyzerConfig(v, minAuthorTokens, corefWindow, parallelism);
  }

  public AnalyzerConfig withParallelism(int v) {
    return new AnalyzerConfig(authorStatements, minAuthorTokens, corefWindow, v);
  }

  /**
   * Reads settings given as strings ("authorStatements" -> "false", "parallelism" -> "2") over the
   * defaults. Unknown keys and bad values fail with a message naming them.
   */
  public static AnalyzerConfig parse(Map<String, String> settings) {
    Map<String, String> left = new HashMap<>(settings);
    boolean author = bool(left.remove("authorStatements"), DEFAULT.authorStatements(), "authorStatements");
    int minTokens = integer(left.remove("minAuthorTokens"), DEFAULT.minAuthorTokens(), "minAuthorTokens");
    int window = integer(left.remove("corefWindow"), DEFAULT.corefWindow(), "corefWindow");
    int threads = integer(left.remove("parallelism"), DEFAULT.parallelism(), "parallelism");
    if (!left.isEmpty()) {
      throw new IllegalArgumentException("unknown analyzer settings " + left.keySet()
          + " (known: authorStatements, minAuthorTokens, corefWindow, parallelism)");
    }
    return new AnalyzerConfig(author, minTokens, window, threads);
  }

  private static boolean bool(String v, boolean dflt, String key) {
    if (v == null) {
      return dflt;
    }
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(key + " must be true or false, got '" + v + "'");
    };
  }

  private static int integer(String v, int dflt, String key) {
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be an integer, got '" + v + "'", e);
    }
  }
}
