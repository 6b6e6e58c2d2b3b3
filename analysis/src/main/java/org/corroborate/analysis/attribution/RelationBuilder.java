package org.corroborate.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.Token;
import org.corroborate.model.Span;

/**
 * Groups a tag sequence into relations. Each cue fragment founds a relation; each source and
 * content fragment joins the cue it is nearest to, counting tokens between their nearest edges
 * plus {@value #SENTENCE_COST} per sentence boundary crossed, so that “...,” he said, “...” gives
 * one relation with a two-fragment content. A cue with no source ("..., saying ...") shares the
 * source of the relation before it in its sentence. Fragments with no cue anywhere in
 * the article are not relations and are left out.
 */
public final class RelationBuilder {
  private RelationBuilder() {}

  static final int SENTENCE_COST = 40;

  /** A run of tokens [start, end) with one role. */
  record Run(Tag.Role role, int start, int end) {}

  static List<Run> runs(Tag[] tags) {
    List<Run> out = new ArrayList<>();
    int i = 0;
    while (i < tags.length) {
      Tag t = tags[i];
      if (t.role() == null) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tags.length && tags[j].role() == t.role() && !tags[j].begin()) {
        j++;
      }
      out.add(new Run(t.role(), i, j));
      i = j;
    }
    return out;
  }

  public static List<Attribution> build(NlpDocument doc, Tag[] tags) {
    List<Token> toks = doc.tokens();
    List<Run> runs = runs(tags);
    List<Run> cues = new ArrayList<>();
    for (Run r : runs) {
      if (r.role() == Tag.Role.CUE) {
        cues.add(r);
      }
    }
    List<List<Run>> sources = new ArrayList<>();
    List<List<Run>> contents = new ArrayList<>();
    for (int k = 0; k < cues.size(); k++) {
      sources.add(new ArrayList<>());
      contents.add(new ArrayList<>());
    }
    if (cues.isEmpty()) {
      return List.of();
    }
    for (Run r : runs) {
      if (r.role() == Tag.Role.CUE) {
        continue;
      }
      int best = -1;
      int bestCost = Integer.MAX_VALUE;
      for (int k = 0; k < cues.size(); k++) {
        int c = cost(toks, r, cues.get(k));
        if (c < bestCost) {
          bestCost = c;
          best = k;
        }
      }
      (r.role() == Tag.Role.SOURCE ? sources : contents).get(best).add(r);
    }
    // a cue without a source of its own ("..., saying ...", "... and vowed ...") shares the source
    // of the relation before it in the same sentence: a token has one tag, so the tagger can mark a
    // shared source only once
    for (int k = 1; k < cues.size(); k++) {
      Run cue = cues.get(k);
      Run prev = cues.get(k - 1);
      if (sources.get(k).isEmpty() && !sources.get(k - 1).isEmpty()
          && toks.get(cue.start()).sentence() == toks.get(prev.start()).sentence()) {
        sources.set(k, sources.get(k - 1));
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (int k = 0; k < cues.size(); k++) {
      Run cue = cues.get(k);
      List<Span> content = spans(toks, contents.get(k));
      boolean direct = false;
      for (Run r : contents.get(k)) {
        for (int i = r.start(); i < r.end() && !direct; i++) {
          direct = Features.quoteMark(toks.get(i).word()) != 0;
        }
      }
      out.add(new Attribution(spans(toks, sources.get(k)), spans(toks, List.of(cue)), content, direct,
          toks.get(cue.start()).sentence()));
    }
    return out;
  }

  private static int cost(List<Token> toks, Run r, Run cue) {
    int a;
    int b;
    if (r.end() <= cue.start()) {
      a = r.end() - 1;
      b = cue.start();
    } else {
      a = cue.end() - 1;
      b = r.start();
    }
    int gap = Math.max(0, b - a - 1);
    int sentences = Math.abs(toks.get(b).sentence() - toks.get(a).sentence());
    return gap + SENTENCE_COST * sentences;
  }

  private static List<Span> spans(List<Token> toks, List<Run> runs) {
    List<Span> out = new ArrayList<>();
    for (Run r : runs) {
      Span s = new Span(toks.get(r.start()).span().start(), toks.get(r.end() - 1).span().end());
      if (!out.isEmpty() && out.get(out.size() - 1).end() >= s.start()) {
        Span prev = out.remove(out.size() - 1);
        s = new Span(prev.start(), Math.max(prev.end(), s.end()));
      }
      out.add(s);
    }
    return out;
  }
}
