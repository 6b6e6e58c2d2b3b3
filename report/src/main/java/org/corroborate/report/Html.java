package org.corroborate.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Escaping for untrusted text in HTML. Every string that comes from an article (titles, sentences,
 * outlet names, descriptors) goes through {@link #text} or {@link #attr}; nothing from input is ever
 * written raw. Stateless.
 */
public final class Html {
  private Html() {}

  /**
   * Escapes for element content and for quoted attribute values alike: &amp; &lt; &gt; &quot; &#39;,
   * and drops characters HTML forbids (NUL and C0 controls other than tab, line feed, carriage return;
   * lone surrogates). Null becomes the empty string.
   */
  public static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
            continue;
          }
          if (Character.isHighSurrogate(c)) {
            if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
              b.append(c).append(s.charAt(++i));
            }
            continue;
          }
          if (Character.isLowSurrogate(c)) {
            continue;
          }
          b.append(c);
        }
      }
    }
    return b.toString();
  }

  /** Escapes for a double-quoted attribute value (same rules as {@link #text}). */
  public static String attr(String s) {
    return text(s);
  }

  /** A highlighted range of a text: {@code [start, end)} relative to the text, with a CSS class and a label. */
  public record Mark(int start, int end, String cssClass, String label, int priority) {}

  /**
   * The text escaped, with each marked range wrapped in {@code <mark class=... title=...>}. Where marks
   * overlap, the one with the highest priority wins for the overlapping characters. Ranges outside the
   * text are clipped.
   */
  public static String highlight(String text, List<Mark> marks) {
    int n = text.length();
    List<Integer> cuts = new ArrayList<>(List.of(0, n));
    for (Mark m : marks) {
      cuts.add(clip(m.start(), n));
      cuts.add(clip(m.end(), n));
    }
    List<Integer> sorted = cuts.stream().distinct().sorted().toList();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i + 1 < sorted.size(); i++) {
      int s = sorted.get(i);
      int e = sorted.get(i + 1);
      Mark best = null;
      for (Mark m : marks) {
        if (clip(m.start(), n) <= s && e <= clip(m.end(), n) && (best == null || m.priority() > best.priority())) {
          best = m;
        }
      }
      String piece = text(text.substring(s, e));
      if (best == null) {
        b.append(piece);
      } else {
        b.append("<mark class=\"").append(attr(best.cssClass())).append("\" title=\"").append(attr(best.label()))
            .append("\">").append(piece).append("</mark>");
      }
    }
    return b.toString();
  }

  private static int clip(int x, int n) {
    return Math.max(0, Math.min(n, x));
  }
}
