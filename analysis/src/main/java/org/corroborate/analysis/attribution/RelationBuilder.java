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
 * source of the relation before it in its sentence. A fragment joins only a cue it can
 * {@linkplain #reaches reach}, and a cue keeps one source; fragments left without a cue are not
 * relations and are left out.
 */
public final class RelationBuilder {
  private RelationBuilder() {}

  static final int SENTENCE_COST = 40;
  /** Added to the cost of a closed quotation joining a cue in a later sentence with content of its own. */
  static final int FORWARD_QUOTE_COST = 3 * SENTENCE_COST;

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
    // content start -> cue token of the relations a layout makes (bylines, speaker labels)
    java.util.Map<Integer, Integer> layoutCues = new java.util.HashMap<>();
    tags = Layouts.apply(doc, tags, layoutCues);
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
    int[] quoteStates = Features.quoteStates(doc);
    boolean[] quoted = quoted(quoteStates);
    boolean[] sentenceHasContent = new boolean[doc.sentences().size()];
    for (Run r : runs) {
      if (r.role() == Tag.Role.CONTENT) {
        for (int i = r.start(); i < r.end(); i++) {
          sentenceHasContent[toks.get(i).sentence()] = true;
        }
      }
    }
    for (Run r : runs) {
      if (r.role() == Tag.Role.CUE) {
        continue;
      }
      // a quotation with words beside it in a sentence without a cue has its speaker there, missed
      boolean besideWords = r.role() == Tag.Role.CONTENT && quoted[r.start()] && hasWordsBeside(doc, r);
      boolean closedQuote = r.role() == Tag.Role.CONTENT && !besideWords && closedQuotation(doc, quoteStates, r);
      int best = -1;
      int bestCost = Integer.MAX_VALUE;
      Integer layoutCue = r.role() == Tag.Role.CONTENT ? layoutCues.get(r.start()) : null;
      for (int k = 0; k < cues.size(); k++) {
        Run cue = cues.get(k);
        if (layoutCue != null) {
          if (cue.start() == layoutCue) {
            best = k;
            break;
          }
          continue;
        }
        int c = cost(toks, r, cue);
        if (closedQuote && toks.get(cue.start()).sentence() > toks.get(r.end() - 1).sentence()
            && sentenceHasContent[toks.get(cue.start()).sentence()]) {
          c += FORWARD_QUOTE_COST;
        }
        if (c < bestCost && reaches(toks, quoted, r, cue) && (!besideWords || sameSentence(toks, r, cue))) {
          bestCost = c;
          best = k;
        }
      }
      if (best >= 0) {
        (r.role() == Tag.Role.SOURCE ? sources : contents).get(best).add(r);
      }
    }
    oneSourceEach(toks, cues, sources);
    for (int k = 0; k < cues.size(); k++) {
      quotedSideWins(quoted, cues.get(k), contents.get(k));
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
    for (int k = 0; k < cues.size(); k++) {
      contents.set(k, joinedContent(toks, quoted, cues.get(k), sources.get(k), contents.get(k)));
      sources.set(k, withAppositive(doc, tags, cues.get(k), sources.get(k)));
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

  /**
   * “...,” said Peter Morgan, a lawyer for the Sierra Club, who has .... A source after its cue that
   * is followed, to the end of its sentence, by an untagged appositive or relative clause (opening
   * with a comma or a parenthesis) takes it in: the speaker's description is part of the source.
   */
  static List<Run> withAppositive(NlpDocument doc, Tag[] tags, Run cue, List<Run> sources) {
    List<Token> toks = doc.tokens();
    String cueWord = toks.get(cue.start()).word();
    if (sources.size() != 1 || sources.get(0).start() < cue.end() || Layouts.DASHES.contains(cueWord) || cueWord.equals(":")) {
      return sources; // a byline's or a label's name is the name alone
    }
    Run src = sources.get(0);
    int end = doc.sentences().get(toks.get(src.end() - 1).sentence()).endToken();
    // the splitter ends a sentence at "(D-N.C.)"; a "sentence" opening with a comma goes on with it
    while (end < toks.size() && toks.get(end).word().equals(",")) {
      end = doc.sentences().get(toks.get(end).sentence()).endToken();
    }
    if (src.end() >= end) {
      return sources;
    }
    String next = toks.get(src.end()).word();
    int open = 0;
    for (int i = src.start(); i < src.end(); i++) {
      String w = toks.get(i).word();
      open += w.equals("(") || w.equals("-LRB-") ? 1 : w.equals(")") || w.equals("-RRB-") ? -1 : 0;
    }
    // "Rep. G.K. Butterfield (D-N.C" cut inside its parenthesis goes on too
    if (!next.equals(",") && !next.equals("(") && !next.equals("-LRB-") && open <= 0) {
      return sources;
    }
    int last = end;
    while (last > src.end() && !toks.get(last - 1).word().chars().anyMatch(Character::isLetterOrDigit)
        && !toks.get(last - 1).word().equals(")") && !toks.get(last - 1).word().equals("-RRB-")) {
      last--;
    }
    if (last - src.end() < 2) {
      return sources;
    }
    for (int i = src.end(); i < last; i++) {
      if (tags[i] != Tag.O || Features.quoteMark(toks.get(i).word()) != 0) {
        return sources;
      }
    }
    return List.of(new Run(Tag.Role.SOURCE, src.start(), last));
  }

  /**
   * Whether run {@code r} may belong to {@code cue}: in the same sentence; or direct speech (a
   * quoted run) in another sentence, as in “...,” he said. “...”; or the text after a cue that
   * ends in a colon ("The report says:" and a paragraph). An unquoted run in another sentence is
   * the content of a cue the tagger missed far more often than a continuation, and attaching it
   * would spoil the cue's own content.
   */
  static boolean reaches(List<Token> toks, boolean[] quoted, Run r, Run cue) {
    int rs = toks.get(r.start()).sentence();
    int re = toks.get(r.end() - 1).sentence();
    int cs = toks.get(cue.start()).sentence();
    int ce = toks.get(cue.end() - 1).sentence();
    if (rs <= ce && cs <= re) {
      return true;
    }
    if (r.role() == Tag.Role.CONTENT && quoted[r.start()]) {
      return true;
    }
    if (r.role() == Tag.Role.CONTENT && r.start() >= cue.end() && colonAfter(toks, cue)) {
      return true;
    }
    return false;
  }

  private static boolean colonAfter(List<Token> toks, Run cue) {
    String last = toks.get(cue.end() - 1).word();
    if (last.endsWith(":")) {
      return true;
    }
    return cue.end() < toks.size() && toks.get(cue.end()).word().equals(":");
  }

  /**
   * “...,” he said, and an unquoted run on the cue's other side: the quotation is the cue's
   * content and the unquoted run belongs to a cue the tagger missed ("..., adding that ..."), so it
   * is left out. Runs on one side, or quoted on both sides (a quotation split by its cue), stay.
   */
  static void quotedSideWins(boolean[] quoted, Run cue, List<Run> content) {
    boolean quotedBefore = false;
    boolean quotedAfter = false;
    boolean plainBefore = false;
    boolean plainAfter = false;
    for (Run r : content) {
      boolean q = quoted[r.start()];
      if (r.end() <= cue.start()) {
        quotedBefore |= q;
        plainBefore |= !q;
      } else {
        quotedAfter |= q;
        plainAfter |= !q;
      }
    }
    if (quotedBefore && !quotedAfter && plainAfter) {
      content.removeIf(r -> r.start() >= cue.end() && !quoted[r.start()]);
    } else if (quotedAfter && !quotedBefore && plainBefore) {
      content.removeIf(r -> r.end() <= cue.start() && !quoted[r.start()]);
    }
  }

  /**
   * A quoted content run that fills its sentences, nothing but punctuation beside it (“....”):
   * if no cue shares its sentence, it continues the speech of a cue before it far more often than
   * it is the content of a cue in a later sentence that has content of its own. A quotation with
   * words beside it (“...,” a woman can be heard saying) has a speaker there, found or not.
   */
  static boolean closedQuotation(NlpDocument doc, int[] quoteStates, Run r) {
    if (quoteStates[r.start()] == 0 || hasWordsBeside(doc, r)) {
      return false;
    }
    int end = doc.sentences().get(doc.tokens().get(r.end() - 1).sentence()).endToken();
    return quoteStates[end - 1] == 0 || quoteStates[end - 1] == 3;
  }

  /** Whether a word (not just punctuation) shares the sentences of run {@code r}. */
  static boolean hasWordsBeside(NlpDocument doc, Run r) {
    List<Token> toks = doc.tokens();
    int first = doc.sentences().get(toks.get(r.start()).sentence()).firstToken();
    int end = doc.sentences().get(toks.get(r.end() - 1).sentence()).endToken();
    for (int i = first; i < end; i++) {
      if ((i < r.start() || i >= r.end()) && toks.get(i).word().chars().anyMatch(Character::isLetterOrDigit)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameSentence(List<Token> toks, Run r, Run cue) {
    return toks.get(r.start()).sentence() <= toks.get(cue.end() - 1).sentence()
        && toks.get(cue.start()).sentence() <= toks.get(r.end() - 1).sentence();
  }

  /**
   * The content runs of one cue that hang together: from the run nearest the cue, outwards, a run
   * joins while the text between it and its neighbour holds the cue or a source run ("X, he said,
   * Y"), is only punctuation, conjunctions and wh-words ("claims to have crossed ..., where they have ..."),
   * or is quoted speech (a quotation continued across paragraphs). An
   * unquoted clause further on that nothing bridges ("announced a regime on Monday, was a rare case
   * ... [that their army has unleashed]") is the tagger's stray content, not this cue's.
   */
  /** Parts of speech that link a clause to the one before: conjunctions and wh-words ("and", "where", "which"). */
  private static final java.util.Set<String> LINKS = java.util.Set.of("CC", "WRB", "WDT", "WP");

  static List<Run> joinedContent(List<Token> toks, boolean[] quoted, Run cue, List<Run> sources, List<Run> content) {
    if (content.size() < 2) {
      return content;
    }
    List<Run> runs = new ArrayList<>(content);
    runs.sort(java.util.Comparator.comparingInt(Run::start));
    int anchor = 0;
    for (int i = 1; i < runs.size(); i++) {
      if (cost(toks, runs.get(i), cue) < cost(toks, runs.get(anchor), cue)) {
        anchor = i;
      }
    }
    int first = anchor;
    while (first > 0 && bridged(toks, quoted, cue, sources, runs.get(first - 1), runs.get(first))) {
      first--;
    }
    int last = anchor;
    while (last + 1 < runs.size() && bridged(toks, quoted, cue, sources, runs.get(last), runs.get(last + 1))) {
      last++;
    }
    return runs.subList(first, last + 1);
  }

  private static boolean bridged(List<Token> toks, boolean[] quoted, Run cue, List<Run> sources, Run left, Run right) {
    int a = left.end();
    int b = right.start();
    if (quoted[right.start()]) {
      return true;
    }
    if (cue.start() >= a && cue.end() <= b) {
      return true;
    }
    for (Run s : sources) {
      if (s.start() >= a && s.end() <= b) {
        return true;
      }
    }
    for (int i = a; i < b; i++) {
      String w = toks.get(i).word();
      if (Features.quoteMark(w) != 0) {
        return true;
      }
      if (w.chars().anyMatch(Character::isLetterOrDigit) && !LINKS.contains(toks.get(i).pos())) {
        return false;
      }
    }
    return true;
  }

  /** Per token: a quote mark or inside quotation marks (quotes close at a paragraph break). */
  static boolean[] quoted(int[] states) {
    boolean[] out = new boolean[states.length];
    for (int i = 0; i < states.length; i++) {
      out[i] = states[i] != 0;
    }
    return out;
  }

  /**
   * A cue keeps the nearest of its source runs; each other one moves to the nearest cue of its
   * sentence that has no source yet, or is left out. A relation has one source in PolNeAR; two
   * source runs at one cue are nearly always one cue's source and another's.
   */
  private static void oneSourceEach(List<Token> toks, List<Run> cues, List<List<Run>> sources) {
    for (int k = 0; k < cues.size(); k++) {
      List<Run> own = sources.get(k);
      if (own.size() < 2) {
        continue;
      }
      Run cue = cues.get(k);
      own.sort(java.util.Comparator.comparingInt(r -> cost(toks, r, cue)));
      List<Run> extra = new ArrayList<>(own.subList(1, own.size()));
      own.subList(1, own.size()).clear();
      for (Run r : extra) {
        int best = -1;
        int bestCost = Integer.MAX_VALUE;
        for (int j = 0; j < cues.size(); j++) {
          Run c = cues.get(j);
          if (j == k || !sources.get(j).isEmpty()
              || toks.get(c.start()).sentence() != toks.get(r.start()).sentence()) {
            continue;
          }
          int cc = cost(toks, r, c);
          if (cc < bestCost) {
            bestCost = cc;
            best = j;
          }
        }
        if (best >= 0) {
          sources.get(best).add(r);
        }
      }
    }
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

  /**
   * The fragments' character spans; a fragment that starts or ends inside a hyphenated word (the
   * engine splits "far-right" into far / - / right) takes the whole word.
   */
  private static List<Span> spans(List<Token> toks, List<Run> runs) {
    List<Span> out = new ArrayList<>();
    for (Run r : runs) {
      int a = r.start();
      while (a > 0 && hyphenJoined(toks.get(a - 1), toks.get(a))) {
        a--;
      }
      int b = r.end();
      while (b < toks.size() && hyphenJoined(toks.get(b - 1), toks.get(b))) {
        b++;
      }
      Span s = new Span(toks.get(a).span().start(), toks.get(b - 1).span().end());
      if (!out.isEmpty() && out.get(out.size() - 1).end() >= s.start()) {
        Span prev = out.remove(out.size() - 1);
        s = new Span(prev.start(), Math.max(prev.end(), s.end()));
      }
      out.add(s);
    }
    return out;
  }

  /** Two tokens written without a space between them, one of them a hyphen. */
  private static boolean hyphenJoined(Token left, Token right) {
    return left.span().end() == right.span().start() && (left.word().equals("-") || right.word().equals("-"));
  }
}
