package org.corroborate.analysis.nlp;

/**
 * The one adapter to a third-party NLP engine. Built once per JVM (model loading is slow);
 * thread-safe, so articles can be annotated in parallel.
 */
public interface NlpEngine {
  /** Tokens, sentences, POS, lemmas and NER; a dependency parse of every sentence when the engine parses. */
  NlpDocument annotate(String text);

  /**
   * Which sentences are worth a dependency parse, decided on the annotation without one. Parsing
   * costs several times the rest of the pipeline, and the attribution features need it only in
   * sentences that may hold an attribution.
   */
  @FunctionalInterface
  interface ParseFilter {
    boolean wants(NlpDocument unparsed, NlpSentence sentence);
  }

  /**
   * As {@link #annotate(String)}, with a dependency parse of just the sentences {@code filter}
   * selects (their tokens' {@link Token#head()} and {@link Token#deprel()} set; the others' head
   * is -2). An engine without a parser returns no parse at all. {@code filter} null: as
   * {@link #annotate(String)}.
   */
  default NlpDocument annotate(String text, ParseFilter filter) {
    return annotate(text);
  }
}
