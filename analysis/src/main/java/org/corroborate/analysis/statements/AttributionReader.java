package org.corroborate.analysis.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.analysis.DocText;
import org.corroborate.analysis.attribution.Attribution;
import org.corroborate.analysis.stance.CueClassifier;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;

/**
 * Turns one attribution from the tagger into a draft statement, repairing the spans where the
 * tagger's output is predictably off:
 * <ul>
 *   <li>a cue without a known cue word ("Footage of", "the caveat") is not a statement (null);</li>
 *   <li>of a source in several fragments, the one nearest the cue is kept;</li>
 *   <li>a passive "was confirmed by X": X is the source, the subject before the cue the content;</li>
 *   <li>an inverted quote ("“...,” said one woman filming ...") takes the noun phrase after the cue as source;</li>
 *   <li>content fragments in another paragraph than the cue are set aside (see {@link #orphans()});</li>
 *   <li>an empty content takes the cue's own object ("confirmed an attack") or the rest of the clause;
 *       a content of one to three tokens that stops mid-clause is extended to the end of the clause;</li>
 *   <li>{@code direct} is recomputed: the content starts with a quotation mark.</li>
 * </ul>
 * One instance per article (it collects the set-aside fragments); not thread-safe.
 */
final class AttributionReader {
  private static final Set<String> PREPOSITIONS = Set.of("from", "in", "at", "to", "on", "with", "near", "by",
      "into", "over", "onto");
  private static final Set<String> REPORT_NOUNS = Set.of("reports", "report", "rumours", "rumors", "accounts",
      "posts", "messages", "claims");
  private static final Set<String> CLAUSE_OPENERS = Set.of("while", "but", "and", "although", "though", "saying",
      "adding", "as", "which", "who", "whereas");
  private static final Set<String> CLAUSE_STOPS = Set.of(";", ".", "?", "!");
  private static final Set<String> NP_STOPS = Set.of(",", "who", "which", "that", "as", "from", "at", "in", "with", ".", ";");

  private final DocText dt;
  private final CueClassifier cues;
  private final List<Span> orphans = new ArrayList<>();
  private int unknownCues;

  AttributionReader(DocText dt, CueClassifier cues) {
    this.dt = dt;
    this.cues = cues;
  }

  /** Content fragments taken off a statement because they lie in another paragraph than its cue. */
  List<Span> orphans() {
    return orphans;
  }

  /** How many attributions were dropped because their cue has no known cue word. */
  int unknownCues() {
    return unknownCues;
  }

  /**
   * An attribution whose cue is no cue: dropped, but a quotation of its content that fills whole
   * sentences (“We are the same Russians as you,” said a statement put out by the Legion. “We
   * are distinguished ...”: the tagger took "put out" for the second quotation's cue) is set
   * aside with the {@linkplain #orphans() orphans}, for the direct speech before it to adopt.
   */
  private Draft dropped(Attribution a) {
    unknownCues++;
    for (Span p : a.content()) {
      Span t = StatementBuilder.trim(dt.text(), p);
      if (t.length() > 0 && startsWithQuote(t) && endsWithQuote(t) && fillsSentences(t)) {
        orphans.add(t);
      }
    }
    return null;
  }

  /**
   * "was (also) confirmed by": a form of "be" or "get" before the participle, past adverbs and
   * "not". Without one, "Doran, a teacher, said by phone that ..." is active, and "by" names a means.
   */
  private boolean passiveAuxiliaryBefore(int head) {
    int sentenceStart = dt.sentence(dt.token(head).sentence()).firstToken();
    for (int k = head - 1; k >= sentenceStart && k >= head - 4; k--) {
      String lemma = dt.lemma(k);
      if (lemma.equals("be") || lemma.equals("get")) {
        return true;
      }
      if (!dt.pos(k).startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  /** Whether nothing but punctuation shares the sentences of {@code span}. */
  private boolean fillsSentences(Span span) {
    int[] t = dt.tokensIn(span);
    if (t[0] >= t[1]) {
      return false;
    }
    int first = dt.sentence(dt.token(t[0]).sentence()).firstToken();
    int end = dt.sentence(dt.token(t[1] - 1).sentence()).endToken();
    for (int k = first; k < end; k++) {
      if ((k < t[0] || k >= t[1]) && !dt.isPunct(k)) {
        return false;
      }
    }
    return true;
  }

  Draft read(Attribution a) {
    Span cue = a.cueSpan();
    if (cue == null) {
      return null;
    }
    int[] ct = dt.tokensIn(cue);
    if (ct[0] >= ct[1] || !cues.known(dt, ct[0], ct[1])) {
      return dropped(a);
    }
    int head = CueClassifier.headOf(dt, ct[0], ct[1]);
    // "self-described": part of a compound adjective, not a cue
    if (head > 0 && dt.word(head - 1).equals("-") && dt.token(head - 1).span().end() == dt.token(head).span().start()) {
      return dropped(a);
    }
    // "the disputed Sarn valley": a participle between a determiner and a noun is an adjective, not a cue
    if (head > 0 && (dt.pos(head).equals("VBN") || dt.pos(head).equals("JJ")) && dt.isDeterminer(head - 1)
        && head + 1 < dt.size() && (dt.isNoun(head + 1) || dt.isAdjective(head + 1))) {
      return dropped(a);
    }
    // "videos posted on Telegram": a participle right after a noun and before a preposition modifies the noun
    if (head > 0 && (dt.pos(head).equals("VBN") || dt.pos(head).equals("VBD")) && dt.isNoun(head - 1)
        && !dt.isProperNoun(head - 1) && head + 1 < dt.size() && dt.pos(head + 1).equals("IN")
        && !dt.lower(head + 1).equals("that") && !dt.lower(head + 1).equals("by") && finiteVerbFollows(head + 1)) {
      return dropped(a);
    }
    // "which describes itself as an anti-Kremlin militia": a self-description (kept as a descriptor), not a statement
    if (dt.lemma(head).equals("describe") && head + 2 < dt.size()
        && (dt.lower(head + 1).equals("itself") || dt.lower(head + 1).equals("themselves") || dt.lower(head + 1).equals("himself")
        || dt.lower(head + 1).equals("herself")) && dt.lower(head + 2).equals("as")) {
      return dropped(a);
    }
    Draft d = new Draft(Draft.Origin.MODEL);
    int cueEnd = ct[1];
    while (cueEnd - 1 > head && (dt.pos(cueEnd - 1).equals("IN") || dt.pos(cueEnd - 1).equals("TO"))
        && !dt.lower(cueEnd - 1).equals("by") && !dt.text(ct[0], cueEnd).toLowerCase(java.util.Locale.ROOT).startsWith("according")) {
      cueEnd--;
    }
    if (cueEnd < ct[1]) {
      cue = dt.span(ct[0], cueEnd);
      ct = new int[] {ct[0], cueEnd};
    }
    d.cue = cue;
    // content fragments in the cue's paragraph
    int para = paragraph(cue.start());
    for (Span p : a.content()) {
      Span t = StatementBuilder.trim(dt.text(), p);
      if (t.length() == 0) {
        continue;
      }
      if (paragraph(t.start()) != para) {
        orphans.add(t);
      } else {
        d.contentParts.add(t);
      }
    }
    Span src = nearest(a.source(), cue);
    d.source = src == null ? null : StatementBuilder.trim(dt.text(), src);
    if (d.source != null) {
      int[] st = dt.tokensIn(d.source);
      if (st[1] - st[0] > 1 && Set.of("which", "who", "whom", "that").contains(dt.lower(st[0]))) {
        d.source = dt.span(st[0] + 1, st[1]); // "which Orvalian officials dismissed"
      }
    }
    // "Footage of the raid, purportedly from a border checkpoint in X, showed": a source that starts
    // after a preposition is the object of that preposition; the subject starts the sentence
    if (d.source != null && d.source.end() <= cue.start()) {
      int[] st = dt.tokensIn(d.source);
      int sentenceStart = dt.sentence(dt.token(ct[0]).sentence()).firstToken();
      int prep = st[0] - 1;
      boolean parenthetical = st[1] < dt.size() && dt.word(st[1]).equals(",")
          || prep - 1 >= sentenceStart && (dt.pos(prep - 1).equals("VBN") || dt.pos(prep - 1).equals("VBD"));
      if (st[0] > sentenceStart && st[0] < st[1] && PREPOSITIONS.contains(dt.lower(prep)) && parenthetical) {
        d.source = StatementBuilder.trim(dt.text(), new Span(dt.token(sentenceStart).span().start(), d.source.end()));
      }
    }
    // passive with a by-agent: "was also confirmed by Vyacheslav Gladkov, the Governor ..."
    int after = ct[1];
    boolean byAgent = dt.lower(ct[1] - 1).equals("by") || after < dt.size() && dt.lower(after).equals("by");
    if (byAgent && dt.pos(head).equals("VBN") && passiveAuxiliaryBefore(head)) {
      int from = dt.lower(ct[1] - 1).equals("by") ? ct[1] : after + 1;
      int to = nounPhraseEnd(from);
      if (to > from) {
        Span agent = dt.span(from, to);
        Span subject = subjectBefore(ct[0]);
        d.source = agent;
        if (subject != null) {
          d.contentParts = new ArrayList<>(List.of(subject));
        }
        d.contentParts.removeIf(p -> p.overlaps(agent));
      }
    }
    // inverted quote: “...,” said one woman filming from her window
    if (d.source == null && !d.contentParts.isEmpty()) {
      Span before = null;
      Span afterPart = null;
      for (Span p : d.contentParts) {
        if (p.end() <= cue.start()) {
          before = p;
        } else if (p.start() >= cue.end() && afterPart == null) {
          afterPart = p;
        }
      }
      if (before != null && afterPart != null && startsWithQuote(before)) {
        int[] at = dt.tokensIn(afterPart);
        int end = nounPhraseEnd(at[0]);
        if (end > at[0]) {
          d.source = dt.span(at[0], end);
          d.contentParts.remove(afterPart);
        }
      }
    }
    if (d.source != null && (d.source.length() == 0 || !hasNominal(d.source))) {
      // "unconfirmed reports": an adjective is not a source; it belongs to the cue
      if (d.source.end() <= d.cue.start() && dt.text().substring(d.source.end(), d.cue.start()).isBlank()) {
        d.cue = new Span(d.source.start(), d.cue.end());
      }
      d.source = null;
    }
    // "the group's claims of ...": the possessor of a noun cue is its source
    if (d.source == null && dt.isNoun(head)) {
      int pos = head - 1;
      if (pos > 0 && dt.pos(pos).equals("POS")) {
        if (d.cue.start() <= dt.token(pos).span().start()) {
          d.cue = dt.span(head, ct[1]);
        }
        int end = pos;
        int start = end - 1;
        while (start > 0 && (dt.isNoun(start - 1) || dt.isAdjective(start - 1))) {
          start--;
        }
        if (start > 0 && dt.isDeterminer(start - 1)) {
          start--;
        }
        if (start >= 0 && start < end && dt.isNoun(end - 1)) {
          d.source = dt.span(start, end);
        }
      }
    }
    boolean perfect = dt.pos(head).equals("VBN") && head > 0 && (dt.lemma(head - 1).equals("have")
        || dt.pos(head - 1).equals("RB") && head > 1 && dt.lemma(head - 2).equals("have"));
    if (d.source == null && (dt.isFiniteVerb(head) || perfect)) {
      d.source = subjectOf(head);
    }
    // "Fighting has been reported along the border": a passive report with no agent reports its subject too
    boolean passive = dt.pos(head).equals("VBN") && head > 0 && !perfect && !byAgent
        && (dt.lemma(head - 1).equals("be") || head > 1 && dt.lemma(head - 2).equals("be"));
    if (passive && d.source == null && d.contentParts.size() == 1 && d.contentParts.get(0).start() >= cue.end()) {
      Span subject = subjectBefore(ct[0]);
      if (subject != null) {
        d.contentParts.add(0, subject);
      }
    }
    // "told Mirevian media that ...": the addressee is not content
    if (dt.lemma(head).equals("tell") && !d.contentParts.isEmpty()) {
      int[] t0 = dt.tokensIn(d.contentParts.get(0));
      for (int k = t0[0]; k < Math.min(t0[1], t0[0] + 6); k++) {
        if (dt.lower(k).equals("that") && k > t0[0]) {
          d.contentParts.set(0, StatementBuilder.trim(dt.text(), new Span(dt.token(k).span().start(), d.contentParts.get(0).end())));
          break;
        }
      }
    }
    // fragments between the source and the cue belong to the subject ("X, an armed group that presents itself as ..., said")
    Span cueNow = cue;
    if (d.source != null && d.source.end() <= cueNow.start() && d.contentParts.stream().anyMatch(p -> p.start() >= cueNow.end())) {
      Span src2 = d.source;
      d.contentParts.removeIf(p -> p.start() >= src2.start() && p.end() <= cueNow.start());
    }
    // a direct quote's unquoted fragments are not content ("said in a message posted on social media")
    if (d.contentParts.size() > 1 && d.contentParts.stream().anyMatch(this::startsWithQuote)) {
      d.contentParts.removeIf(p -> !startsWithQuote(p) && !endsWithQuote(p));
    }
    d.reading = cues.read(dt, ct[0], ct[1]);
    if (d.contentParts.isEmpty()) {
      // "confirmed an attack on Monday": the object inside the cue is the content
      int objFrom = head + 1;
      while (objFrom < ct[1] && (dt.lower(objFrom).equals("to") || dt.lemma(objFrom).equals("have")
          || dt.pos(objFrom).equals("RP"))) {
        objFrom++;
      }
      Span before = reportedBefore(d.source, ct);
      if (before != null) {
        d.contentParts.add(before);
      } else if (objFrom < ct[1] && head >= ct[0]) {
        d.contentParts.add(dt.span(objFrom, ct[1]));
        d.cue = dt.span(ct[0], objFrom);
      } else {
        Span rest = StatementBuilder.clauseAfter(dt, cue);
        if (rest != null) {
          d.contentParts.add(rest);
        }
      }
    } else if (d.contentParts.size() == 1) {
      Span only = d.contentParts.get(0);
      int[] t = dt.tokensIn(only);
      // a content that stops mid-clause ("that two of the wounded were") runs to the end of its clause;
      // a comma before a participle ("confirmed an attack on Monday, writing that ...") ends it too
      if (only.start() >= cue.end() && t[1] < dt.size() && !dt.isPunct(t[1]) && !startsWithQuote(only)
          && dt.token(t[1]).sentence() == dt.token(t[0]).sentence()) {
        int end = t[1];
        while (end < dt.size() && dt.token(end).sentence() == dt.token(t[0]).sentence()
            && !CLAUSE_STOPS.contains(dt.word(end)) && !(dt.word(end).equals(",") && end + 1 < dt.size()
            && (CLAUSE_OPENERS.contains(dt.lower(end + 1)) || dt.pos(end + 1).equals("VBG")))) {
          end++;
        }
        d.contentParts.set(0, StatementBuilder.trim(dt.text(), dt.span(t[0], end)));
      }
    }
    cutAtMatrixClause(d);
    Span c = d.content();
    d.direct = c != null && startsWithQuote(c);
    d.sentence = dt.sentenceAt(c != null ? c.start() : cue.start());
    if (d.reading == null) {
      d.reading = new CueClassifier.Reading("speech", Stance.ASSERT, false, false, head);
    }
    return d;
  }

  /** "Most residents had fled, she said.": a sentence-final "SOURCE CUE" reports what came before its comma. */
  private Span reportedBefore(Span source, int[] ct) {
    int sentence = dt.token(ct[0]).sentence();
    int end = ct[1];
    while (end < dt.size() && dt.token(end).sentence() == sentence && dt.isPunct(end) && !dt.isQuote(end)) {
      end++;
    }
    if (end < dt.size() && dt.token(end).sentence() == sentence) {
      return null;
    }
    int first = source != null && source.end() <= dt.token(ct[0]).span().start() ? dt.tokensIn(source)[0] : ct[0];
    int comma = first - 1;
    int sentenceStart = dt.sentence(sentence).firstToken();
    if (comma <= sentenceStart || !dt.word(comma).equals(",")) {
      return null;
    }
    return StatementBuilder.trim(dt.text(), dt.span(sentenceStart, comma));
  }

  private boolean hasNominal(Span s) {
    int[] t = dt.tokensIn(s);
    for (int k = t[0]; k < t[1]; k++) {
      String p = dt.pos(k);
      if (p.startsWith("NN") || p.startsWith("PRP") || p.startsWith("W") || p.equals("CD") || p.equals("DT") && t[1] - t[0] == 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Without a source from the tagger, the subject of a finite cue: the noun phrase right before it
   * ("self-described Russian partisan forces claimed"), else a sentence-initial noun phrase whose clause
   * the cue ends ("The Legion, which ..., said").
   */
  private Span subjectOf(int head) {
    int sentenceStart = dt.sentence(dt.token(head).sentence()).firstToken();
    int k = head - 1;
    while (k >= sentenceStart && (dt.pos(k).equals("RB") || dt.pos(k).equals("MD") || dt.lemma(k).equals("have")
        || dt.lemma(k).equals("be") || dt.lemma(k).equals("do"))) {
      k--;
    }
    int end = k + 1;
    while (k >= sentenceStart && (dt.isNoun(k) || dt.isAdjective(k) || dt.pos(k).equals("PRP") || inCompound(k)
        || (dt.isDeterminer(k) || dt.pos(k).equals("CD")) && k + 1 < end && (dt.isNoun(k + 1) || dt.isAdjective(k + 1))
        && k - 1 >= sentenceStart && dt.pos(k - 1).equals("IN")
        || dt.pos(k).equals("IN") && !dt.lower(k).equals("that") && k - 1 >= sentenceStart && dt.isNoun(k - 1)
        && k + 1 < end)) {
      k--;
    }
    int start = k + 1;
    while (start < end && dt.word(start).equals("-")) {
      start++;
    }
    if (start < end && dt.isNoun(end - 1) || start < end && dt.pos(end - 1).equals("PRP")) {
      if (start > sentenceStart && dt.isDeterminer(start - 1)) {
        start--;
      }
      return dt.span(start, end);
    }
    if (end - 1 >= sentenceStart && dt.word(end - 1).equals(",")) {
      int e = sentenceStart;
      while (e < head && !dt.word(e).equals(",") && !dt.isVerb(e)) {
        e++;
      }
      if (e > sentenceStart && hasNominal(dt.span(sentenceStart, e))) {
        return dt.span(sentenceStart, e);
      }
    }
    return null;
  }

  /** A finite verb within a few tokens after {@code k}, before any comma or "that": the clause's real verb. */
  private boolean finiteVerbFollows(int k) {
    int sentence = dt.token(k).sentence();
    for (int j = k + 1; j < dt.size() && j <= k + 6 && dt.token(j).sentence() == sentence; j++) {
      String w = dt.lower(j);
      if (w.equals(",") || w.equals("that") || w.equals(".")) {
        return false;
      }
      if (dt.isFiniteVerb(j)) {
        return true;
      }
    }
    return false;
  }

  /** A hyphen, or a word glued to one ("self-described" split as self, -, described). */
  private boolean inCompound(int k) {
    if (dt.word(k).equals("-")) {
      return true;
    }
    boolean right = k + 1 < dt.size() && dt.word(k + 1).equals("-")
        && dt.token(k).span().end() == dt.token(k + 1).span().start();
    boolean left = k > 0 && dt.word(k - 1).equals("-") && dt.token(k - 1).span().end() == dt.token(k).span().start();
    return right || left;
  }

  /** "announced a regime on Monday evening, was a rare case": a comma then a bare finite verb ends the content. */
  private void cutAtMatrixClause(Draft d) {
    if (d.direct || d.contentParts.size() != 1) {
      return;
    }
    Span c = d.contentParts.get(0);
    int[] t = dt.tokensIn(c);
    boolean inQuote = false;
    for (int k = t[0]; k + 1 < t[1]; k++) {
      String w = dt.word(k);
      if (w.equals("“") || w.equals("«") || w.equals("``")) {
        inQuote = true;
      } else if (w.equals("”") || w.equals("»") || w.equals("''")) {
        inQuote = false;
      } else if (w.equals("\"")) {
        inQuote = !inQuote;
      }
      // inside a quotation the commas are the speaker's
      if (!inQuote && w.equals(",") && dt.isFiniteVerb(k + 1) && !dt.pos(k + 1).equals("MD")) {
        d.contentParts.set(0, StatementBuilder.trim(dt.text(), dt.span(t[0], k)));
        return;
      }
    }
  }

  private boolean endsWithQuote(Span s) {
    char c = dt.text().charAt(s.end() - 1);
    return c == '"' || c == '”' || c == '»';
  }

  private boolean startsWithQuote(Span s) {
    char c = dt.text().charAt(s.start());
    return c == '"' || c == '“' || c == '«' || c == '\'' || c == '‘';
  }

  private int paragraph(int offset) {
    String text = dt.text();
    int n = 0;
    int at = text.indexOf("\n\n");
    while (at >= 0 && at < offset) {
      n++;
      at = text.indexOf("\n\n", at + 2);
    }
    return n;
  }

  /** Of the source fragments, the one nearest the cue (fragments that start with a verb only if nothing else). */
  private Span nearest(List<Span> fragments, Span cue) {
    Span best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Span f : fragments) {
      int[] t = dt.tokensIn(f);
      if (fragments.size() > 1 && t[0] < t[1] && (dt.isVerb(t[0]) || dt.pos(t[0]).startsWith("W"))) {
        continue;
      }
      int dist = f.end() <= cue.start() ? cue.start() - f.end() : f.start() - cue.end();
      if (dist < bestDist) {
        bestDist = dist;
        best = f;
      }
    }
    return best;
  }

  /** A noun phrase from token {@code from}: up to a comma, relative pronoun, participle or finite verb. */
  private int nounPhraseEnd(int from) {
    int sentence = from < dt.size() ? dt.token(from).sentence() : -1;
    int k = from;
    while (k < dt.size() && dt.token(k).sentence() == sentence && k - from < 12) {
      String w = dt.lower(k);
      if (k > from && (NP_STOPS.contains(w) || dt.isVerb(k) || dt.isQuote(k))) {
        break;
      }
      k++;
    }
    return k;
  }

  /** The subject before a passive cue: from the clause start (sentence start or after a comma) to the cue. */
  private Span subjectBefore(int cueToken) {
    int sentenceStart = dt.sentence(dt.token(cueToken).sentence()).firstToken();
    int k = cueToken - 1;
    while (k >= sentenceStart && !dt.word(k).equals(",") && !dt.word(k).equals(";")) {
      k--;
    }
    if (k + 1 >= cueToken) {
      return null;
    }
    return dt.span(k + 1, cueToken);
  }
}
