package org.corroborate.ingest.html;

import java.util.ArrayList;
import java.util.List;

/** Word tokens (letters, numbers, underscore runs) and 4-word shingles, for comparing texts. */
final class Words {
  private Words() {}

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean w = cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.LETTER_NUMBER
          || Character.getType(cp) == Character.OTHER_NUMBER;
      if (w && start < 0) {
        start = i;
      } else if (!w && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  static List<String> shingles(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 4 <= tokens.size(); i++) {
      out.add(tokens.get(i) + " " + tokens.get(i + 1) + " " + tokens.get(i + 2) + " " + tokens.get(i + 3));
    }
    return out;
  }
}
