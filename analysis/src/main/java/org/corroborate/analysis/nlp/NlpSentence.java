package org.corroborate.analysis.nlp;

import org.corroborate.model.Span;

/** A sentence: its span and its tokens {@code [firstToken, endToken)} in the document's token list. */
public record NlpSentence(int index, Span span, int firstToken, int endToken) {}
