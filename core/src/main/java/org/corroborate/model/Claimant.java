package org.corroborate.model;

/**
 * The source of a statement.
 *
 * @param span     the source span in the article text; null for UNNAMED and AUTHOR
 * @param text     as written ("he", "Kremlin spokesperson Dmitry Peskov"); the outlet name for AUTHOR
 * @param entityId the article-local {@link Entity#id()} it resolves to, or null
 * @param name     the resolved entity's name ("Dmitry Peskov"), else the text
 */
public record Claimant(ClaimantKind kind, Span span, String text, String entityId, String name) {}
