package org.corroborate.model;

/** A sentence of an article: its 0-based index and its span in the article text. */
public record Sentence(int index, Span span) {}
