package org.corroborate.model;

import java.time.LocalDate;

/**
 * A date expression resolved against the article's publication date: "on Monday" in an article of
 * 23 May 2023 is 2023-05-22; "in March" is 2023-03-01..2023-03-31 with granularity "month".
 *
 * @param start       first day meant
 * @param end         last day meant (== start for a single day)
 * @param granularity "day", "week", "month", "year"
 */
public record DateMention(Span span, String text, LocalDate start, LocalDate end, String granularity, Confidence confidence) {}
