package org.corroborate.analysis.nlp;

/**
 * The one adapter to a third-party NLP engine. Built once per JVM (model loading is slow);
 * thread-safe, so articles can be annotated in parallel.
 */
public interface NlpEngine {
  NlpDocument annotate(String text);
}
