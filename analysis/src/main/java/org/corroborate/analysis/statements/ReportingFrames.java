package org.corroborate.analysis.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.analysis.DocText;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.analysis.stance.CueClassifier;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;

/**
 * Adds the reporting frames an attribution model that gives each token one role cannot represent
 * next to the statement they carry, and ties them together:
 * <ul>
 *   <li>a trailing outlet frame: "Gladkov said eight people were wounded, news agencies reported." gives
 *       a REPORT statement by "news agencies" whose content holds Gladkov's statement;</li>
 *   <li>a leading "According to X, ..." when the model missed it;</li>
 *   <li>"citing Y": "According to TASS, citing Kremlin spokesman Dmitry Peskov, Putin has been informed"
 *       gives Peskov's statement as a child of the TASS one, and "A said, citing B, that ..." likewise.</li>
 * </ul>
 * Statements whose content ran into a frame are cut back to end before it.
 */
final class ReportingFrames {
  private static final Set<String> FRAME_VERBS = Set.of("report", "say", "quote", "cite", "write");
  private static final Set<String> MEDIA_HEADS = Set.of("agency", "agencies", "media", "outlet", "outlets",
      "newspaper", "newspapers", "broadcaster", "broadcasters", "television", "tv", "news", "reports", "channel");

  private final DocText dt;
  private final CueClassifier cues;
  private final ChannelFinder channels;

  ReportingFrames(DocText dt, CueClassifier cues, ChannelFinder channels) {
    this.dt = dt;
    this.cues = cues;
    this.channels = channels;
  }

  void add(List<Draft> drafts) {
    for (NlpSentence s : dt.doc().sentences()) {
      trailing(s, drafts);
      accordingTo(s, drafts);
      citing(s, drafts);
      claimsTo(s, drafts);
      whatSaid(s, drafts);
    }
  }

  private static final Set<String> WHAT_VERBS = Set.of("say", "claim", "call", "describe", "allege", "identify");

  /**
   * "footage showing what it said was a fighter inspecting a captured vehicle": the speaker's
   * account folded into a noun phrase, which the tagger rarely marks. Source: the one to four words
   * between "what" and the verb; content: what follows "was" (or "to be", "as"), to the next comma
   * or the end of the sentence.
   */
  private void whatSaid(NlpSentence s, List<Draft> drafts) {
    for (int k = s.firstToken(); k + 3 < s.endToken(); k++) {
      if (!dt.lower(k).equals("what")) {
        continue;
      }
      int v = k + 1;
      while (v < s.endToken() && v - k <= 4 && !dt.isVerb(v)) {
        v++;
      }
      if (v == k + 1 || v >= s.endToken() - 1 || !dt.isVerb(v) || !WHAT_VERBS.contains(dt.lemma(v))) {
        continue;
      }
      int c = v + 1;
      if (dt.lower(c).equals("as")) {
        c++;
      } else if (dt.lower(c).equals("to") && c + 1 < s.endToken() && dt.lower(c + 1).equals("be")) {
        c += 2;
      } else if (dt.lemma(c).equals("be")) {
        c++;
      } else {
        continue;
      }
      int end = c;
      while (end < s.endToken() && !dt.word(end).equals(",") && !dt.word(end).equals(";")) {
        end++;
      }
      while (end > c && dt.isPunct(end - 1)) {
        end--;
      }
      Span cue = dt.span(v, v + 1);
      boolean known = false;
      for (Draft d : drafts) {
        known |= d.cue != null && d.cue.overlaps(cue);
      }
      if (end == c || known) {
        continue;
      }
      Draft d = new Draft(Draft.Origin.FRAME);
      d.source = dt.span(k + 1, v);
      d.cue = cue;
      d.reading = cues.read(dt, v, v + 1);
      d.sentence = s.index();
      d.contentParts = new ArrayList<>(List.of(dt.span(c, end)));
      drafts.add(d);
    }
  }

  private static final Set<String> CLAIM_TO_VERBS = Set.of("claim", "deny", "purport", "profess");

  /**
   * "self-described partisan forces claimed to have overrun a village": a claim with an infinitive
   * inside another clause, which the tagger tends to miss. Source: the noun phrase just before
   * the verb; content: from "to" to the end of the sentence, or to the next comma.
   */
  private void claimsTo(NlpSentence s, List<Draft> drafts) {
    for (int k = s.firstToken() + 1; k + 2 < s.endToken(); k++) {
      if (!CLAIM_TO_VERBS.contains(dt.lemma(k)) || !dt.isFiniteVerb(k) || !dt.lower(k + 1).equals("to")) {
        continue;
      }
      Span cue = dt.span(k, k + 1);
      boolean known = false;
      for (Draft d : drafts) {
        known |= d.cue != null && d.cue.overlaps(cue);
      }
      if (known) {
        continue;
      }
      int from = k;
      while (from > s.firstToken() && nounPhrase(from - 1)) {
        from--;
      }
      if (from == k || !dt.isNoun(k - 1)) {
        continue;
      }
      int end = k + 2;
      while (end < s.endToken() && !dt.word(end).equals(",") && !dt.word(end).equals(";")) {
        end++;
      }
      while (end > k + 2 && dt.isPunct(end - 1)) {
        end--;
      }
      Draft d = new Draft(Draft.Origin.FRAME);
      d.source = dt.span(from, k);
      d.cue = cue;
      d.reading = cues.read(dt, k, k + 1);
      d.sentence = s.index();
      d.contentParts = new ArrayList<>(List.of(dt.span(k + 1, end)));
      drafts.add(d);
    }
  }

  /** Words a plain noun phrase before a verb is made of ("the self-described Russian partisan forces"). */
  private boolean nounPhrase(int k) {
    String p = dt.pos(k);
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("CD") || p.equals("POS")
        || p.equals("HYPH") || p.equals("VBN") && k > 0 && dt.word(k).contains("-")
        || k + 1 < dt.size() && dt.word(k + 1).equals("-")
            && dt.token(k).span().end() == dt.token(k + 1).span().start(); // "far" of "far-right", "Moscow" of "Moscow-born"
  }

  /** ", news agencies reported." at the end of a sentence. */
  private void trailing(NlpSentence s, List<Draft> drafts) {
    int end = s.endToken();
    while (end > s.firstToken() && (dt.isPunct(end - 1))) {
      end--;
    }
    // the frame verb is the last word, or followed by a short "on Monday"
    int verb = -1;
    for (int k = end - 1; k >= Math.max(s.firstToken(), end - 4); k--) {
      if (dt.isVerb(k) && FRAME_VERBS.contains(dt.lemma(k)) && !dt.pos(k).equals("VBG")) {
        verb = k;
        break;
      }
    }
    if (verb < 0) {
      return;
    }
    int comma = -1;
    for (int k = verb - 1; k > s.firstToken() && k >= verb - 10; k--) {
      if (dt.word(k).equals(",")) {
        comma = k;
        break;
      }
      if (dt.isVerb(k) || dt.isQuote(k)) {
        return;
      }
    }
    if (comma < 0 || comma + 1 >= verb) {
      return;
    }
    Span source = dt.span(comma + 1, verb);
    if (!isMedia(comma + 1, verb)) {
      return;
    }
    Span cue = dt.span(verb, verb + 1);
    Span before = StatementBuilder.trim(dt.text(), new Span(s.span().start(), dt.token(comma).span().start()));
    if (before.length() == 0) {
      return;
    }
    Draft frame = null;
    for (Draft d : drafts) {
      if (d.cue != null && d.cue.overlaps(cue)) {
        frame = d;
      }
    }
    if (frame == null) {
      frame = new Draft(Draft.Origin.FRAME);
      frame.source = source;
      frame.cue = cue;
      frame.reading = new CueClassifier.Reading("report", Stance.REPORT, false, false, verb);
      frame.sentence = s.index();
      frame.direct = dt.isQuote(dt.tokensIn(before)[0]);
      drafts.add(frame);
    }
    frame.media = true;
    if (frame.content() == null || !frame.content().contains(before)) {
      frame.contentParts = new ArrayList<>(List.of(before));
    }
    int cut = dt.token(comma).span().start();
    for (Draft d : drafts) {
      if (d != frame && d.content() != null && d.content().start() < cut && d.content().end() > cut) {
        d.cutContentAt(cut);
      }
      if (d != frame && d.source != null && d.source.overlaps(source)) {
        d.source = null;
      }
    }
  }

  private boolean isMedia(int from, int to) {
    if (to - from > 10) {
      return false;
    }
    if (channels.outletName(dt.text(from, to)) != null) {
      return true;
    }
    return MEDIA_HEADS.contains(dt.lower(to - 1));
  }

  /** "According to X, ..." that the model missed. */
  private void accordingTo(NlpSentence s, List<Draft> drafts) {
    int a = -1;
    for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
      if (dt.lower(k).equals("according") && dt.lower(k + 1).equals("to")) {
        a = k;
        break;
      }
    }
    if (a < 0) {
      return;
    }
    Span cue = dt.span(a, a + 2);
    int srcEnd = a + 2;
    while (srcEnd < s.endToken() && !dt.word(srcEnd).equals(",") && !dt.word(srcEnd).equals(".")) {
      srcEnd++;
    }
    if (srcEnd == a + 2) {
      return;
    }
    Draft existing = null;
    for (Draft d : drafts) {
      if (d.cue != null && d.cue.overlaps(cue)) {
        existing = d;
      }
    }
    Draft d = existing != null ? existing : new Draft(Draft.Origin.FRAME);
    d.source = dt.span(a + 2, srcEnd);
    d.cue = cue;
    d.reading = new CueClassifier.Reading("according-to", Stance.REPORT, false, false, a);
    d.sentence = s.index();
    Span content;
    if (a == s.firstToken() || a > s.firstToken() && dt.word(a - 1).equals(",") && a - 1 == s.firstToken()) {
      int from = srcEnd + 1;
      // skip a ", citing X," clause
      if (from < s.endToken() && dt.lower(from).equals("citing")) {
        while (from < s.endToken() && !dt.word(from).equals(",")) {
          from++;
        }
        from++;
      }
      if (from >= s.endToken()) {
        return;
      }
      content = StatementBuilder.trim(dt.text(), new Span(dt.token(from).span().start(), s.span().end()));
    } else {
      content = StatementBuilder.trim(dt.text(), new Span(s.span().start(), dt.token(a).span().start()));
    }
    if (content.length() == 0) {
      return;
    }
    d.contentParts = new ArrayList<>(List.of(content));
    d.media = channels.outletName(d.source.of(dt.text())) != null;
    d.direct = dt.isQuote(dt.tokensIn(content)[0]);
    if (existing == null) {
      drafts.add(d);
    }
  }

  private void cutSourceAtCiting(Draft d) {
    if (d.source == null) {
      return;
    }
    int[] toks = dt.tokensIn(d.source);
    for (int k = toks[0]; k < toks[1]; k++) {
      if (dt.lower(k).equals("citing")) {
        int end = k > toks[0] && dt.word(k - 1).equals(",") ? k - 1 : k;
        if (end > toks[0]) {
          d.source = dt.span(toks[0], end);
        }
        return;
      }
    }
  }

  /** "..., citing Kremlin spokesman Dmitry Peskov, ...": a child statement of the statement it is part of. */
  private void citing(NlpSentence s, List<Draft> drafts) {
    for (int k = s.firstToken(); k < s.endToken() - 1; k++) {
      if (!dt.lower(k).equals("citing")) {
        continue;
      }
      int end = k + 1;
      while (end < s.endToken() && !dt.word(end).equals(",") && !dt.lower(end).equals("that")
          && !dt.word(end).equals(".") && end - k <= 12) {
        end++;
      }
      if (end == k + 1 || end - k > 12) {
        continue;
      }
      Span np = dt.span(k + 1, end);
      Span citingCue = dt.span(k, k + 1);
      drafts.removeIf(d -> d.cue != null && d.cue.equals(citingCue) && d.origin == Draft.Origin.MODEL);
      Draft parent = null;
      int citingAt = dt.token(k).span().start();
      for (Draft d : drafts) {
        if (d.cue == null || d.cue.start() > citingAt || dt.sentenceAt(d.cue.start()) != s.index()) {
          continue;
        }
        if (d.source != null && d.source.equals(np)) {
          parent = null;
          break;
        }
        if (parent == null || d.cue.start() > parent.cue.start()) {
          parent = d;
        }
      }
      if (parent == null) {
        continue;
      }
      cutSourceAtCiting(parent);
      int after = dt.token(end - 1).span().end();
      if (parent.content() != null && parent.content().start() < after) {
        parent.cutContentBefore(after);
        parent.contentParts.replaceAll(p -> StatementBuilder.trim(dt.text(), p));
        parent.contentParts.removeIf(p -> p.length() == 0);
      }
      Draft child = new Draft(Draft.Origin.CITING);
      child.source = np;
      child.cue = dt.span(k, k + 1);
      child.reading = new CueClassifier.Reading("speech", Stance.ASSERT, false, false, k);
      child.contentParts = new ArrayList<>(parent.contentParts);
      child.direct = parent.direct;
      child.sentence = parent.sentence;
      child.parent = parent;
      drafts.add(child);
    }
  }
}
