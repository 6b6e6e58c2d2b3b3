package org.corroborate.model;

/** One mention of an entity in an article. */
public record Mention(Span span, String text, MentionKind kind) {}
