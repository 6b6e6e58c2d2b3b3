package org.corroborate.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.util.Demonyms;

/**
 * Capitals as the articles of an event name them ("the Mirevian capital, Aldra", "Korvel, the Orvalian
 * capital", "Orvalia's capital Korvel"), so that a capital acting as its government ("Aldra accused
 * Korvel") is that country as an actor, as the analysis already does for the capitals it knows. Read from
 * the text, never from a list: fictional or little-known capitals are found the same way.
 */
final class Capitals {
  private static final String NAME = "(\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+)?)";
  private static final List<Pattern> PATTERNS = List.of(
      Pattern.compile("\\bthe (\\p{Lu}\\p{L}+) capital,?\\s+" + NAME),
      Pattern.compile(NAME + ",\\s+the (\\p{Lu}\\p{L}+) capital\\b"),
      Pattern.compile("\\b(\\p{Lu}\\p{L}+)['\u2019]s capital,?\\s+" + NAME));

  private Capitals() {}

  /** For each capital's name key, the stem of its country ({@link Demonyms#stem}: "Mirev" for Aldra). */
  static Map<String, String> of(List<AnalyzedArticle> articles) {
    Map<String, String> out = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      String text = a.article().text();
      for (int p = 0; p < PATTERNS.size(); p++) {
        Matcher m = PATTERNS.get(p).matcher(text);
        while (m.find()) {
          String country = p == 1 ? m.group(2) : m.group(1);
          String city = p == 1 ? m.group(1) : m.group(2);
          out.putIfAbsent(Names.key(city), Demonyms.stem(country));
        }
      }
    }
    return out;
  }
}
