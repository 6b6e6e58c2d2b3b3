package org.corroborate.analysis.attribution;

import java.util.Arrays;
import java.util.List;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.Token;
import org.corroborate.model.Span;

/**
 * Turns known attributions (gold annotations) into the tag sequence the model learns: a token
 * takes a role when its characters overlap one of the role's fragments; B- where a fragment of
 * a relation starts, I- inside. A token claimed by two relations keeps the first (PolNeAR is
 * univocal, so this only happens where tokenization merges two annotated pieces).
 */
public final class GoldTags {
  private GoldTags() {}

  public static Tag[] of(NlpDocument doc, List<Attribution> attributions) {
    List<Token> toks = doc.tokens();
    Tag[] tags = new Tag[toks.size()];
    Arrays.fill(tags, Tag.O);
    int[] owner = new int[toks.size()];
    Arrays.fill(owner, -1);
    for (int r = 0; r < attributions.size(); r++) {
      Attribution a = attributions.get(r);
      mark(toks, tags, owner, r, a.source(), Tag.Role.SOURCE);
      mark(toks, tags, owner, r, a.cue(), Tag.Role.CUE);
      mark(toks, tags, owner, r, a.content(), Tag.Role.CONTENT);
    }
    return tags;
  }

  private static void mark(List<Token> toks, Tag[] tags, int[] owner, int rel, List<Span> frags, Tag.Role role) {
    for (Span f : frags) {
      int i = firstAtOrAfter(toks, f.start());
      for (; i < toks.size() && toks.get(i).span().start() < f.end(); i++) {
        if (owner[i] >= 0 || !toks.get(i).span().overlaps(f)) {
          continue;
        }
        boolean cont = i > 0 && owner[i - 1] == rel && tags[i - 1].role() == role;
        tags[i] = cont ? Tag.inside(role) : Tag.begin(role);
        owner[i] = rel;
      }
    }
  }

  /** Index of the first token ending after {@code offset}. */
  private static int firstAtOrAfter(List<Token> toks, int offset) {
    int lo = 0;
    int hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
