package org.corroborate.model;

/**
 * A number that matters: a count with what it counts and the event word ("eight people wounded":
 * value 8, counts "people", event "wounded"), a distance, an amount of money, a percentage.
 *
 * @param kind  "count", "distance", "money", "percent", "duration", "other"
 * @param unit  normalised unit ("km", "USD", "%"), null for counts
 * @param counts what is counted ("people", "aircraft"), or null
 * @param event the event word ("wounded", "shot down", "killed"), or null
 */
public record Quantity(Span span, String text, double value, String kind, String unit, String counts, String event) {}
