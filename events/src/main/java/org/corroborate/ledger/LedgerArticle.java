package org.corroborate.ledger;

import java.time.Instant;

/**
 * An article as the ledger lists it.
 *
 * @param outlet        the outlet's name; {@code outletKey} its grouping key (domain or folded name)
 * @param published     publication time, or null when unknown
 * @param source        where it was read first ({@link org.corroborate.model.SourceRef#location()})
 * @param syndicationOf the article id this one is a syndicated copy of, else null
 */
public record LedgerArticle(String id, String outlet, String outletKey, String title, Instant published,
    String publishedOrigin, String source, String url, String syndicationOf) {}
