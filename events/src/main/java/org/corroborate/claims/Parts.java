package org.corroborate.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a statement's content that can each be a claim: the quotation parts the analyser joined
 * with " … " (the attribution between them left out), the sentences of a quotation, and clauses joined
 * by "and that" / "but that" ("said a group had entered the district and that the army was fighting
 * it"). A part needs {@value #MIN_WORDS} words; a content with fewer than two such parts is one part.
 */
public final class Parts {
  /** Words a part needs to be compared on its own. */
  public static final int MIN_WORDS = 4;

  private static final Pattern SPLIT = Pattern.compile(
      "\\s+\u2026\\s+|(?<=[.!?][\"\u201d\u2019']?)\\s+(?=[\"\u201c\u2018']?\\p{Lu})|[;]\\s+|,?\\s+(?:and|but) that\\s+");

  private Parts() {}

  /** The parts of {@code content}, in order; empty when it is a single part. */
  public static List<String> of(String content) {
    List<String> out = new ArrayList<>();
    for (String p : SPLIT.split(content)) {
      String t = p.strip();
      if (Terms.words(t).size() >= MIN_WORDS) {
        out.add(t);
      }
    }
    return out.size() < 2 ? List.of() : List.copyOf(out);
  }
}
