package org.corroborate.util;

/**
 * A country from its adjective without a table: "Ukrainian" names "Ukraine", "Russian" "Russia",
 * "Mirevian" "Mirevia". The adjective's suffix is cut and the stem must start the country's name
 * with at most three letters to spare. Used where text names a country only by its adjective
 * ("Both Russian and Ukrainian officials", "acting as the Ukrainian government").
 */
public final class Demonyms {
  private Demonyms() {}

  /** The adjective without its demonym suffix ("Ukrainian": "Ukrain"); the word itself when it has none. */
  public static String stem(String adjective) {
    return adjective.replaceFirst("(?:ian|an|ese|ish|i|ic)$", "");
  }

  /** Whether {@code name} is the country {@code stem} (from {@link #stem}) points at. */
  public static boolean names(String stem, String name) {
    return !stem.isEmpty() && name.startsWith(stem) && name.length() <= stem.length() + 3;
  }
}
