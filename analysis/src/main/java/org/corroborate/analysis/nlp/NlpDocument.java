package org.corroborate.analysis.nlp;

import java.util.List;

/** The NLP engine's reading of one text: tokens and sentences, offsets into {@code text}. */
public record NlpDocument(String text, List<Token> tokens, List<NlpSentence> sentences) {
  public NlpDocument {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
  }
}
