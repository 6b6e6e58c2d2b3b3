package org.corroborate.analysis.attribution;

import java.util.List;
import java.util.Objects;
import org.corroborate.model.Span;

/**
 * One attribution relation in an article: who (source) said, via which words (cue), what (content).
 * All spans are character offsets into the article text, sorted, non-overlapping.
 *
 * @param source    the source's fragments; empty when the text names no source ("it was reported")
 * @param cue       the cue's fragments ("said", "according to", "claims to have"); never empty
 *                  for extracted relations
 * @param content   the content's fragments; more than one when the content is interrupted
 *                  ("“We will win,” she said, “and soon.”")
 * @param direct    the content is (or starts with) a verbatim quote
 * @param sentence  index of the sentence holding the cue (of the content when there is no cue)
 */
public record Attribution(List<Span> source, List<Span> cue, List<Span> content, boolean direct, int sentence) {
  public Attribution {
    source = List.copyOf(Objects.requireNonNull(source, "source"));
    cue = List.copyOf(Objects.requireNonNull(cue, "cue"));
    content = List.copyOf(Objects.requireNonNull(content, "content"));
  }

  /** From the first to the last character of the source, or null when there is no source. */
  public Span sourceSpan() {
    return cover(source);
  }

  /** From the first to the last character of the cue, or null when there is none. */
  public Span cueSpan() {
    return cover(cue);
  }

  /** From the first to the last character of the content, or null when there is none. */
  public Span contentSpan() {
    return cover(content);
  }

  /** The covered text of the fragments of {@code spans}, joined by " … " where interrupted. */
  public static String text(List<Span> spans, String articleText) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      if (!sb.isEmpty()) {
        sb.append(" … ");
      }
      sb.append(s.of(articleText));
    }
    return sb.toString();
  }

  private static Span cover(List<Span> spans) {
    if (spans.isEmpty()) {
      return null;
    }
    return new Span(spans.get(0).start(), spans.get(spans.size() - 1).end());
  }
}
