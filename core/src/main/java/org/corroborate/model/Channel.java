package org.corroborate.model;

/**
 * How a statement reached the outlet, where the text says: "on Telegram", "told Ukrainian media",
 * "the state-run RIA Novosti news agency reported", "according to TASS".
 *
 * @param name the normalised channel name ("Telegram", "RIA Novosti", "TASS", "social media")
 */
public record Channel(Span span, String text, String name) {}
