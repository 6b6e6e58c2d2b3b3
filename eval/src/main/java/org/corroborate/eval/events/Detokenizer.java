package org.corroborate.eval.events;

import java.util.List;
import java.util.Set;

/** Joins Penn-Treebank-style tokens back into text: no space before closing punctuation or after opening. */
final class Detokenizer {
  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "''", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "%",
          "\u2019s", "\u201d");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "``", "$", "\u201c");

  private Detokenizer() {}

  static String join(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    String prev = null;
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      if (prev != null && !NO_SPACE_BEFORE.contains(t) && !NO_SPACE_AFTER.contains(prev)) {
        sb.append(' ');
      }
      sb.append(t.equals("``") || t.equals("''") ? "\"" : t);
      prev = t;
    }
    return sb.toString();
  }
}
