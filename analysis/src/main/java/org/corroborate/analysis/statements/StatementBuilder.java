package org.corroborate.analysis.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.corroborate.analysis.DocText;
import org.corroborate.analysis.attribution.Attribution;
import org.corroborate.analysis.entities.EntityTable;
import org.corroborate.analysis.entities.Lexicon;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.analysis.stance.CueClassifier;
import org.corroborate.model.Article;
import org.corroborate.model.Channel;
import org.corroborate.model.Claimant;
import org.corroborate.model.ClaimantKind;
import org.corroborate.model.DateMention;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Hedge;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Quantity;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.corroborate.model.Statement;
import org.corroborate.util.Demonyms;

/**
 * Turns the attribution spans of one article into {@link Statement}s:
 * <ol>
 *   <li>each attribution becomes a statement; its cue is read by the {@link CueClassifier}
 *       (class, stance, negation, conditional); a cue with no content ("has denied being behind the
 *       attacks") takes the rest of its clause as content;</li>
 *   <li>reporting frames the attribution model cannot nest (it gives each token one role) are added
 *       by rule ({@link ReportingFrames}): "..., news agencies reported", "According to X, citing Y, ...";
 *       a statement inside another's content gets it as {@code parentId}, and an outlet parent is
 *       the child's channel;</li>
 *   <li>claimants are resolved to entities (a pronoun through the entity table, else to the previous
 *       speaker); a described actor with no name ("self-described partisan forces") becomes an entity;</li>
 *   <li>stance is refined: a speaker saying what it did itself ("said it had crossed") claims it; a
 *       statement about the future ("will", "would") predicts;</li>
 *   <li>channels ("on Telegram", "told Ukrainian media") and hedges are attached;</li>
 *   <li>sentences, or stretches of them, that no attribution covers and that assert something
 *       checkable (a name, number or date, with a finite verb) become author-voice statements.</li>
 * </ol>
 * Stateless and thread-safe; all per-article state lives in the call.
 */
public final class StatementBuilder {

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "i");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "him", "her", "them");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
  private static final Set<String> PRODUCTS = Set.of("statement", "video", "post", "message", "letter", "report",
      "footage", "communique", "announcement", "tweet", "release");
  private static final Set<String> FUTURE = Set.of("will", "'ll", "would", "shall");
  private static final Set<String> PEOPLE_NOUNS = Set.of("authorities", "officials", "residents", "witnesses",
      "sources", "people", "fighters", "partisans", "soldiers", "troops", "militants", "activists", "analysts",
      "experts", "observers", "locals", "villagers", "police", "forces");

  private final Lexicon lex;
  private final CueClassifier cues;
  private final ChannelFinder channels;
  private final boolean authorStatements;
  private final int minAuthorTokens;

  /**
   * @param authorStatements whether to emit author-voice statements
   * @param minAuthorTokens  fewest tokens an author-voice stretch needs (>= 1)
   */
  public StatementBuilder(Lexicon lex, boolean authorStatements, int minAuthorTokens) {
    this.lex = Objects.requireNonNull(lex, "lex");
    if (minAuthorTokens < 1) {
      throw new IllegalArgumentException("minAuthorTokens must be >= 1, got " + minAuthorTokens);
    }
    this.cues = new CueClassifier();
    this.channels = new ChannelFinder(lex);
    this.authorStatements = authorStatements;
    this.minAuthorTokens = minAuthorTokens;
  }

  /**
   * Who speaks in the article, read before entities are resolved so that pronouns can prefer speakers:
   * the sources of the attributions that become statements (after the same repairs: by-agents, subjects
   * of sourceless cues) and the noun phrases after "citing".
   */
  public List<Span> speakers(DocText dt, List<Attribution> attributions) {
    List<Span> out = new ArrayList<>();
    AttributionReader reader = new AttributionReader(dt, cues);
    for (Attribution a : attributions) {
      Draft d = reader.read(a);
      if (d != null && d.source != null) {
        out.add(d.source);
      }
    }
    for (int k = 0; k + 1 < dt.size(); k++) {
      if (dt.lower(k).equals("citing")) {
        int e = k + 1;
        while (e < dt.size() && dt.token(e).sentence() == dt.token(k).sentence() && !dt.word(e).equals(",")
            && !dt.word(e).equals(".") && e - k < 10) {
          e++;
        }
        if (e > k + 1) {
          out.add(dt.span(k + 1, e));
        }
      }
    }
    return out;
  }

  /**
   * Builds the statements of one article.
   *
   * @param entities the article's entities; pronoun claimants and described actors are added to it
   * @param hedges   every hedge marker of the article text
   */
  public List<Statement> build(DocText dt, Article article, List<Attribution> attributions, EntityTable entities,
      List<Hedge> hedges, List<Quantity> quantities, List<DateMention> dates) {
    Objects.requireNonNull(article, "article");
    List<Draft> drafts = new ArrayList<>();
    AttributionReader reader = new AttributionReader(dt, cues);
    for (Attribution a : attributions) {
      Draft d = reader.read(a);
      if (d != null) {
        drafts.add(d);
      }
    }
    adoptOrphans(dt, drafts, reader.orphans());
    continueQuotes(dt, drafts);
    new ReportingFrames(dt, cues, channels).add(drafts);
    fillEmptyContent(dt, drafts);
    nestedInContent(dt, drafts, entities);
    nest(drafts);
    drafts.sort(Comparator.comparingInt(Draft::anchor));
    for (Draft d : drafts) {
      resolveClaimant(dt, d, drafts, entities);
    }
    drafts.addAll(coordinated(dt, drafts, entities));
    for (Draft d : drafts) {
      refineStance(dt, d, entities);
      attachChannel(dt, d);
    }
    if (authorStatements) {
      drafts.addAll(new AuthorVoice(dt, article, entities, minAuthorTokens).find(drafts, quantities, dates, hedges));
    }
    attachHedges(dt, drafts, hedges);
    drafts.sort(Comparator.comparingInt(Draft::anchor));
    for (int i = 0; i < drafts.size(); i++) {
      drafts.get(i).id = "S" + (i + 1);
    }
    List<Statement> out = new ArrayList<>();
    for (Draft d : drafts) {
      out.add(toStatement(dt, d));
    }
    return out;
  }

  // ---- 1. attributions ------------------------------------------------------------------------

  private static final Set<String> PASSIVE_VERIFY = Set.of("confirm", "verify", "deny", "corroborate", "substantiate");

  /**
   * Statements the tagger left without content, where the sentence says what it is:
   * <ul>
   *   <li>a passive confirmation or denial, "The deaths have not been officially confirmed (by X)":
   *       what it is about is the subject the tagger took for the source; the source is the "by"
   *       phrase, or no one;</li>
   *   <li>a trailing frame, "More than 30,000 people visited the fair, the organisers said, as ...":
   *       the content is the sentence up to the comma before the source.</li>
   * </ul>
   */
  private static void fillEmptyContent(DocText dt, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.cue == null || d.content() != null && d.content().length() > 0) {
        continue;
      }
      int[] c = dt.tokensIn(d.cue);
      boolean be = false;
      boolean verify = false;
      for (int k = c[0]; k < c[1]; k++) {
        be |= dt.lemma(k).equals("be");
        verify |= dt.pos(k).equals("VBN") && PASSIVE_VERIFY.contains(dt.lemma(k));
      }
      if (be && verify && d.source != null && d.source.end() <= d.cue.start()) {
        d.contentParts = new ArrayList<>(List.of(d.source));
        d.source = byAgentAfter(dt, c[1]);
        continue;
      }
      if (d.source != null && d.source.end() <= d.cue.start()) {
        int[] src = dt.tokensIn(d.source);
        NlpSentence sent = dt.sentence(dt.sentenceAt(d.cue.start()));
        if (src[0] - 1 > sent.firstToken() && dt.word(src[0] - 1).equals(",")) {
          Span before = trim(dt.text(), new Span(sent.span().start(), dt.token(src[0] - 1).span().start()));
          if (before.length() > 0) {
            d.contentParts = new ArrayList<>(List.of(before));
          }
        }
      }
    }
  }

  /** "confirmed by journalists on the ground": the agent phrase starting at token {@code k}, or null. */
  private static Span byAgentAfter(DocText dt, int k) {
    while (k < dt.size() && dt.pos(k).equals("RB")) {
      k++;
    }
    if (k >= dt.size() || !dt.lower(k).equals("by")) {
      return null;
    }
    int sentence = dt.token(k).sentence();
    int e = k + 1;
    while (e < dt.size() && dt.token(e).sentence() == sentence && !dt.isPunct(e) && e - k < 8) {
      e++;
    }
    return e > k + 1 ? dt.span(k + 1, e) : null;
  }

  /** A quotation the tagger put in another paragraph's statement continues the direct quote before it. */
  private static void adoptOrphans(DocText dt, List<Draft> drafts, List<Span> orphans) {
    for (Span o : orphans) {
      char c = dt.text().charAt(o.start());
      if (c != '"' && c != '“' && c != '«') {
        continue;
      }
      Draft best = null;
      for (Draft d : drafts) {
        Span content = d.content();
        if (!d.direct || content == null || content.end() > o.start()) {
          continue;
        }
        if (dt.text().substring(content.end(), o.start()).contains("\n\n")) {
          continue;
        }
        if (best == null || content.end() > best.content().end()) {
          best = d;
        }
      }
      if (best != null) {
        best.contentParts.add(o);
      }
    }
  }

  /**
   * A quotation left open at the end of its paragraph goes on in the next paragraph when that one opens
   * with a quotation mark (the newspaper convention for quotes over several paragraphs).
   */
  private static void continueQuotes(DocText dt, List<Draft> drafts) {
    String text = dt.text();
    for (Draft d : drafts) {
      if (!d.direct || d.content() == null) {
        continue;
      }
      for (int guard = 0; guard < 5; guard++) {
        Span c = d.content();
        int paraEnd = text.indexOf("\n\n", c.end());
        if (paraEnd < 0 || !quoteOpen(text, c.start(), paraEnd)) {
          break;
        }
        int next = paraEnd + 2;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next >= text.length() || "“\"«".indexOf(text.charAt(next)) < 0) {
          break;
        }
        int nextEnd = text.indexOf("\n\n", next);
        nextEnd = nextEnd < 0 ? text.length() : nextEnd;
        Span para = new Span(next, nextEnd);
        boolean claimed = false;
        for (Draft o : drafts) {
          claimed |= o != d && (o.cue != null && para.contains(o.cue) || o.content() != null && o.content().overlaps(para));
        }
        if (claimed) {
          break;
        }
        d.contentParts.add(trim(text, para));
      }
    }
  }

  /** Whether a quotation opened in {@code [from, to)} is still open at {@code to}. */
  private static boolean quoteOpen(String text, int from, int to) {
    boolean open = false;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch == '“' || ch == '«') {
        open = true;
      } else if (ch == '”' || ch == '»') {
        open = false;
      } else if (ch == '"') {
        open = i == from || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
      }
    }
    return open;
  }

  /**
   * "The Kremlin said Moscow believed the attack was ...": a content that starts with a named actor and
   * a cue verb holds a statement of its own, reported through the outer one.
   */
  private void nestedInContent(DocText dt, List<Draft> drafts, EntityTable entities) {
    List<Draft> added = new ArrayList<>();
    for (Draft d : drafts) {
      Span content = d.content();
      if (content == null || d.direct) {
        continue;
      }
      int[] t = dt.tokensIn(content);
      int k = t[0];
      if (k < t[1] && dt.lower(k).equals("that")) {
        k++;
      }
      List<EntityTable.Located> ms = entities.mentionsIn(content);
      EntityTable.Located first = null;
      for (EntityTable.Located l : ms) {
        if (l.mention().span().start() == dt.token(Math.min(k, dt.size() - 1)).span().start()) {
          first = l;
          break;
        }
      }
      Span subject;
      if (first != null) {
        subject = first.mention().span();
      } else if (k < t[1] && PRONOUNS.contains(dt.lower(k))) {
        subject = dt.span(k, k + 1); // "said it believed": the speaker's own belief
      } else {
        continue;
      }
      int[] mt = dt.tokensIn(subject);
      int v = mt[1];
      while (v < t[1] && (dt.lemma(v).equals("have") || dt.pos(v).equals("RB") || dt.pos(v).equals("MD"))) {
        v++;
      }
      if (v >= t[1] - 1 || !dt.isVerb(v) || !cues.known(dt, v, v + 1) || dt.pos(v).equals("VBN")
          || dt.pos(v).equals("VBG")) {
        continue;
      }
      Span cue = dt.span(mt[1], v + 1);
      boolean exists = false;
      for (Draft o : drafts) {
        exists |= o.cue != null && o.cue.overlaps(cue);
      }
      if (exists) {
        continue;
      }
      int from = v + 1;
      if (from < t[1] && dt.lower(from).equals("that")) {
        from++;
      }
      Span inner = trim(dt.text(), new Span(dt.token(Math.min(from, t[1] - 1)).span().start(), content.end()));
      if (inner.length() == 0) {
        continue;
      }
      Draft child = new Draft(Draft.Origin.FRAME);
      child.source = subject;
      child.cue = cue;
      child.contentParts.add(inner);
      child.reading = cues.read(dt, mt[1], v + 1);
      // "The presidency said it believed ...": the pronoun is the speaker itself
      if (first == null || first.mention().kind() == MentionKind.PRONOUN) {
        child.selfOf = d;
        d.hasSelfChild = true;
      }
      child.sentence = dt.sentenceAt(inner.start());
      child.parent = d;
      added.add(child);
    }
    drafts.addAll(added);
  }

  /** "Kyiv has denied being behind the attacks, while ...": the rest of the cue's clause. */
  static Span clauseAfter(DocText dt, Span cue) {
    int[] toks = dt.tokensIn(cue);
    int k = toks[1];
    if (k >= dt.size()) {
      return null;
    }
    int sentence = dt.token(Math.max(0, k - 1)).sentence();
    int end = k;
    while (end < dt.size() && dt.token(end).sentence() == sentence) {
      String w = dt.lower(end);
      if (w.equals(";") || w.equals(".") || w.equals(",") && end + 1 < dt.size()
          && Set.of("while", "but", "and", "saying", "as", "although", "though").contains(dt.lower(end + 1))) {
        break;
      }
      end++;
    }
    if (end - k < 1) {
      return null;
    }
    return trim(dt.text(), dt.span(k, end));
  }

  // ---- 2. nesting -----------------------------------------------------------------------------

  private static void nest(List<Draft> drafts) {
    for (Draft child : drafts) {
      if (child.parent != null) {
        continue;
      }
      Span anchor = child.cue != null ? child.cue : child.source;
      if (anchor == null) {
        continue;
      }
      Draft best = null;
      for (Draft p : drafts) {
        if (p == child || p.content() == null) {
          continue;
        }
        if (p.content().contains(anchor) && (child.source == null || p.content().contains(child.source)
            || child.source.end() <= p.content().start() && p.origin == Draft.Origin.FRAME)) {
          if (best == null || p.content().length() < best.content().length()) {
            best = p;
          }
        }
      }
      if (best != null && best.parent != child) {
        child.parent = best;
      }
    }
  }

  // ---- 3. claimants ---------------------------------------------------------------------------

  private void resolveClaimant(DocText dt, Draft d, List<Draft> ordered, EntityTable entities) {
    if (d.claimant != null) {
      return;
    }
    if (d.selfOf != null && d.source != null) {
      resolveClaimant(dt, d.selfOf, ordered, entities);
      Claimant outer = d.selfOf.claimant;
      String pronoun = d.source.of(dt.text()).toLowerCase(Locale.ROOT);
      EntityType t = outer.entityId() == null ? null : entities.type(outer.entityId());
      boolean compatible = PERSON_PRONOUNS.contains(pronoun) ? t == EntityType.PERSON
          : t != EntityType.PERSON || pronoun.equals("they") || pronoun.equals("we");
      if (outer.kind() == ClaimantKind.NAMED && compatible) {
        if (outer.entityId() != null) {
          entities.reassign(d.source, d.source.of(dt.text()), MentionKind.PRONOUN, outer.entityId());
        }
        d.claimant = new Claimant(ClaimantKind.NAMED, d.source, d.source.of(dt.text()), outer.entityId(), outer.name());
        return;
      }
    }
    if (d.source == null) {
      Draft from = participleSubject(dt, d, ordered);
      if (from != null) {
        d.claimant = from.claimant;
        return;
      }
      Span subject = participleMention(dt, d, entities);
      if (subject == null) {
        subject = invertedSubject(dt, d);
      }
      if (subject != null) {
        d.source = subject;
      } else {
        d.claimant = new Claimant(ClaimantKind.UNNAMED, null, "", null, "unnamed source");
        return;
      }
    }
    Span relative = trailingRelative(dt, d.source);
    if (relative != null) {
      // "The attack was also confirmed by Gladkov, the governor, who alleged": the speaker is the
      // relative pronoun's antecedent, not the clause the tagger took in with it
      d.source = relative;
    }
    String text = d.source.of(dt.text());
    String lower = text.toLowerCase(Locale.ROOT);
    String id;
    if (PRONOUNS.contains(lower)) {
      // the entity table resolved pronouns by salience; failing that, the previous speaker
      id = pick(entities.mentionsIn(d.source));
      if (id == null) {
        id = previousSpeaker(dt, d, ordered, entities, lower);
        if (id != null) {
          entities.addMention(id, new Mention(d.source, text, MentionKind.PRONOUN));
        }
      }
    } else if (reportNoun(dt, d.source)) {
      // "Unconfirmed reports on local messaging channels said": no one is named
      d.claimant = new Claimant(ClaimantKind.UNNAMED, null, text, null, "unnamed source");
      d.reading = new CueClassifier.Reading("report", Stance.REPORT, d.reading.negated(), d.reading.conditional(),
          d.reading.headToken());
      return;
    } else if (RELATIVES.contains(lower)) {
      id = antecedent(dt, d.source, entities);
    } else {
      Span agentEnd = byAgentSpan(dt, d.source);
      id = agentEnd == null ? null : pickHead(dt, agentEnd, entities);
      if (id != null) {
        d.source = new Span(d.source.start(), agentEnd.end());
        text = d.source.of(dt.text());
      } else {
        id = pickHead(dt, d.source, entities);
      }
    }
    if (id == null && !PRONOUNS.contains(lower)) {
      id = entities.describedAs(text);
    }
    if (id == null && !PRONOUNS.contains(lower)) {
      EntityType type = describedType(dt, d.source);
      if (type != null) {
        String descriptor = text.replaceFirst("^(?i)(the|a|an)\\s+", "");
        id = entities.addDescribed(type, d.source, text, descriptor);
      }
    }
    // no actor behind it: name it by its head phrase ("Footage of the raid", not its trailing appositive)
    String name = id == null ? headPhrase(text) : entities.name(id);
    d.claimant = new Claimant(ClaimantKind.NAMED, d.source, text, id, name);
    if (channels.outletName(text) != null) {
      d.media = true;
    }
  }

  private static final Set<String> REPORT_NOUNS = Set.of("reports", "rumours", "rumors", "accounts");

  /** A source headed by "reports" or "rumours" names no one. */
  private static boolean reportNoun(DocText dt, Span source) {
    int[] t = dt.tokensIn(source);
    int head = -1;
    for (int k = t[0]; k < t[1]; k++) {
      if (dt.pos(k).equals("IN")) {
        break;
      }
      if (dt.isNoun(k)) {
        head = k;
      }
    }
    return head >= 0 && REPORT_NOUNS.contains(dt.lower(head));
  }

  /** "he said, suggesting that ...", "has disavowed ..., saying that ...": the speaker of the clause it hangs on. */
  private static Draft participleSubject(DocText dt, Draft d, List<Draft> ordered) {
    if (d.cue == null || d.reading == null || d.reading.headToken() < 0 || !dt.pos(d.reading.headToken()).equals("VBG")) {
      return null;
    }
    int sentence = dt.sentenceAt(d.cue.start());
    Draft best = null;
    for (Draft o : ordered) {
      if (o == d || o.claimant == null || o.claimant.kind() != ClaimantKind.NAMED || o.cue == null
          || o.cue.start() >= d.cue.start() || dt.sentenceAt(o.cue.start()) != sentence) {
        continue;
      }
      if (best == null || o.cue.start() > best.cue.start()) {
        best = o;
      }
    }
    return best;
  }

  /** "Vladimir Putin used similar language, saying ...": the named subject of the clause a participle cue hangs on. */
  private static Span participleMention(DocText dt, Draft d, EntityTable entities) {
    if (d.cue == null || d.reading == null || d.reading.headToken() < 0 || !dt.pos(d.reading.headToken()).equals("VBG")) {
      return null;
    }
    NlpSentence s = dt.sentence(dt.sentenceAt(d.cue.start()));
    Span before = new Span(s.span().start(), d.cue.start());
    Span best = null;
    for (EntityTable.Located l : entities.mentionsIn(before)) {
      int[] t = dt.tokensIn(l.mention().span());
      int k = t[1];
      while (k < dt.size() && (dt.pos(k).equals("RB") || dt.lemma(k).equals("have"))) {
        k++;
      }
      if (k < dt.size() && dt.isFiniteVerb(k) && l.type() != EntityType.LOCATION) {
        best = l.mention().span();
      }
    }
    return best;
  }

  /** The last token of a longer source when it is a relative pronoun after a comma (", who"), else null. */
  private static Span trailingRelative(DocText dt, Span source) {
    int[] t = dt.tokensIn(source);
    int last = t[1] - 1;
    if (t[1] - t[0] < 3 || !Set.of("who", "which").contains(dt.lower(last)) || !dt.word(last - 1).equals(",")) {
      return null;
    }
    return dt.token(last).span();
  }

  /**
   * "“Something terrifying is happening,” said one woman filming from her window": after a quotation,
   * a speech cue may come before its speaker. The noun phrase right after the cue (determiners,
   * numbers, adjectives, nouns, names), when the content ends before the cue.
   */
  private static Span invertedSubject(DocText dt, Draft d) {
    Span content = d.content();
    if (d.cue == null || content == null || content.end() > d.cue.start() || !d.direct) {
      return null;
    }
    int[] c = dt.tokensIn(d.cue);
    int k = c[1];
    int sentence = dt.sentenceAt(d.cue.start());
    int end = k;
    boolean noun = false;
    while (end < dt.size() && dt.token(end).sentence() == sentence && end - k < 8) {
      String p = dt.pos(end);
      boolean np = p.equals("DT") || p.equals("CD") || p.startsWith("JJ") || p.startsWith("NN") || p.equals("PRP$")
          || p.equals("POS");
      if (!np) {
        break;
      }
      noun |= p.startsWith("NN");
      end++;
    }
    return noun ? dt.span(k, end) : null;
  }

  /** "Gladkov, the Governor of X, who alleged": the entity named just before the relative pronoun. */
  private static String antecedent(DocText dt, Span relative, EntityTable entities) {
    int[] t = dt.tokensIn(relative);
    int sentenceStart = dt.sentence(dt.token(t[0]).sentence()).firstToken();
    if (t[0] <= sentenceStart) {
      return null;
    }
    List<EntityTable.Located> ms = entities.mentionsIn(new Span(dt.token(sentenceStart).span().start(), relative.start()));
    EntityTable.Located best = null;
    for (EntityTable.Located l : ms) {
      if (l.type() == EntityType.PERSON || l.type() == EntityType.ORGANIZATION || best == null) {
        if (best == null || l.mention().span().end() >= best.mention().span().end()
            && (l.type() == EntityType.PERSON || l.type() == EntityType.ORGANIZATION || best.type() != EntityType.PERSON)) {
          best = l;
        }
      }
    }
    return best == null ? null : best.entityId();
  }

  /**
   * "a statement put out by the Legion on social media": for a source headed by a statement, video or post
   * with no actor inside it, the "by X" phrase after it (as a span), else null.
   */
  private static Span byAgentSpan(DocText dt, Span source) {
    int[] t = dt.tokensIn(source);
    int head = -1;
    for (int k = t[0]; k < t[1]; k++) {
      if (dt.isNoun(k) && PRODUCTS.contains(dt.lower(k))) {
        head = k;
      }
    }
    if (head < 0 || head != t[1] - 1) {
      return null;
    }
    int sentence = dt.token(head).sentence();
    for (int k = head + 1; k + 1 < dt.size() && dt.token(k).sentence() == sentence && k <= head + 4; k++) {
      if (dt.lower(k).equals("by")) {
        int e = k + 1;
        while (e < dt.size() && dt.token(e).sentence() == sentence && !dt.word(e).equals(",")
            && !dt.word(e).equals(".") && !dt.lower(e).equals("on") && e - k < 8) {
          e++;
        }
        return e > k + 1 ? dt.span(k + 1, e) : null;
      }
      if (!dt.isVerb(k) && !dt.pos(k).equals("RP") && !dt.pos(k).equals("RB")) {
        return null;
      }
    }
    return null;
  }

  /** The entity a source refers to: a person first, then an organisation, then a place. */
  private static String pick(List<EntityTable.Located> located) {
    for (EntityType t : new EntityType[] {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GPE,
        EntityType.LOCATION, EntityType.MISC}) {
      for (EntityTable.Located l : located) {
        if (l.type() == t && !nationality(l.mention().text())) {
          return l.entityId();
        }
      }
    }
    return null;
  }

  /**
   * "Both Russian and Ukrainian officials have confirmed ...", "Orvalia and Mirevia denied ...": a
   * source of two actors joined by "and" speaks for both. The draft keeps the first conjunct's
   * actor; a copy with the same cue and content is returned for the second.
   */
  private static List<Draft> coordinated(DocText dt, List<Draft> drafts, EntityTable entities) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.source == null || d.claimant == null || d.claimant.kind() != ClaimantKind.NAMED || d.cue == null) {
        continue;
      }
      int[] t = dt.tokensIn(d.source);
      int and = -1;
      for (int k = t[0]; k < t[1]; k++) {
        if (dt.lower(k).equals("and")) {
          if (and >= 0) {
            and = -1;
            break;
          }
          and = k;
        }
        if (dt.word(k).equals(",") || dt.pos(k).equals("IN") && !dt.lower(k).equals("of")) {
          and = -1; // lists and prepositional phrases ("the mayor of X and Y") are not split
          break;
        }
      }
      int from = t[0] < t[1] && dt.lower(t[0]).equals("both") ? t[0] + 1 : t[0];
      if (and <= from || and >= t[1] - 1) {
        continue;
      }
      String left = conjunct(dt, dt.span(from, and), entities);
      String right = conjunct(dt, dt.span(and + 1, t[1]), entities);
      if (left == null || right == null || left.equals(right)) {
        continue;
      }
      String text = d.source.of(dt.text());
      d.claimant = new Claimant(ClaimantKind.NAMED, d.source, text, left, entities.name(left));
      Draft copy = new Draft(d.origin);
      copy.source = d.source;
      copy.cue = d.cue;
      copy.contentParts = new ArrayList<>(d.contentParts);
      copy.direct = d.direct;
      copy.sentence = d.sentence;
      copy.reading = d.reading;
      copy.channel = d.channel;
      copy.parent = d.parent;
      copy.media = d.media;
      copy.claimant = new Claimant(ClaimantKind.NAMED, d.source, text, right, entities.name(right));
      out.add(copy);
    }
    return out;
  }

  /** The actor one side of "X and Y" names: a person, organisation or place, or a country by its adjective. */
  private static String conjunct(DocText dt, Span side, EntityTable entities) {
    String id = pick(entities.mentionsIn(side));
    if (id != null) {
      return id;
    }
    int[] t = dt.tokensIn(side);
    for (int k = t[0]; k < t[1]; k++) {
      String w = dt.word(k);
      if (!nationality(w)) {
        continue;
      }
      String stem = Demonyms.stem(w);
      for (Entity e : entities.entities()) {
        if ((e.type() == EntityType.GPE || e.type() == EntityType.LOCATION) && Demonyms.names(stem, e.name())) {
          return e.id();
        }
      }
    }
    return null;
  }

  /** "Footage of the raid, purportedly from a checkpoint": the text before the first comma. */
  static String headPhrase(String source) {
    int comma = source.indexOf(',');
    return comma > 0 ? source.substring(0, comma).strip() : source;
  }

  /** "Orvalian", "Russian": a nationality adjective names no speaker. */
  private static boolean nationality(String text) {
    return text.matches("\\p{Lu}\\p{L}*(?:ian|ish|ese|ean|i|ic)") && !text.contains(" ");
  }

  /**
   * Like {@link #pick(List)}, but ignores names inside a prepositional phrase of the source ("a border
   * checkpoint in Grayvoron", "a spokesperson for Ukraine's army"): they are not the speaker.
   */
  private static String pickHead(DocText dt, Span source, EntityTable entities) {
    int[] t = dt.tokensIn(source);
    int pp = -1;
    for (int k = t[0]; k < t[1]; k++) {
      if (dt.pos(k).equals("IN") && !dt.lower(k).equals("of") && k > t[0]) {
        pp = dt.token(k).span().start();
        break;
      }
    }
    List<EntityTable.Located> all = entities.mentionsIn(source);
    if (pp < 0) {
      return pick(all);
    }
    List<EntityTable.Located> before = new ArrayList<>();
    for (EntityTable.Located l : all) {
      if (l.mention().span().start() < pp) {
        before.add(l);
      }
    }
    return pick(before);
  }

  /** "he said": the claimant of the closest earlier statement in the last two sentences, of a compatible kind. */
  private String previousSpeaker(DocText dt, Draft d, List<Draft> ordered, EntityTable entities, String pronoun) {
    String best = null;
    int bestAt = -1;
    for (Draft o : ordered) {
      if (o == d || o.claimant == null || o.claimant.entityId() == null || o.anchor() >= d.anchor()) {
        continue;
      }
      if (dt.sentenceAt(o.anchor()) < dt.sentenceAt(d.anchor()) - 2) {
        continue;
      }
      EntityType t = entities.type(o.claimant.entityId());
      boolean ok = PERSON_PRONOUNS.contains(pronoun) ? t == EntityType.PERSON && genderFits(entities, o.claimant.entityId(), pronoun)
          : pronoun.equals("it") ? t == EntityType.ORGANIZATION || t == EntityType.GPE : t != EntityType.LOCATION;
      if (ok && o.anchor() > bestAt) {
        best = o.claimant.entityId();
        bestAt = o.anchor();
      }
    }
    return best;
  }

  private boolean genderFits(EntityTable entities, String id, String pronoun) {
    String want = pronoun.equals("she") || pronoun.equals("her") ? "female" : pronoun.equals("he") || pronoun.equals("him") ? "male" : null;
    String g = lex.gender(entities.name(id).split(" ")[0]);
    return want == null || g == null || g.equals(want);
  }

  private EntityType describedType(DocText dt, Span source) {
    int[] toks = dt.tokensIn(source);
    int head = -1;
    for (int k = toks[0]; k < toks[1]; k++) {
      if (dt.lower(k).equals("of") || dt.lower(k).equals("for") || dt.word(k).equals(",")) {
        break;
      }
      if (dt.isNoun(k)) {
        head = k;
      }
    }
    if (head < 0) {
      return null;
    }
    String w = dt.word(head);
    String l = w.toLowerCase(Locale.ROOT);
    boolean plural = dt.pos(head).equals("NNS") || dt.pos(head).equals("NNPS");
    if ((lex.isRole(w) || l.equals("woman") || l.equals("man")) && !plural) {
      return EntityType.PERSON;
    }
    if (plural && (lex.isRole(w) || PEOPLE_NOUNS.contains(l))) {
      return EntityType.ORGANIZATION; // "Russian partisans", "Ukrainian officials": a group of people
    }
    if (lex.isGroup(w) || PEOPLE_NOUNS.contains(l) || channels.outletName(source.of(dt.text())) != null) {
      return EntityType.ORGANIZATION;
    }
    return null;
  }

  // ---- 4. stance ------------------------------------------------------------------------------

  private void refineStance(DocText dt, Draft d, EntityTable entities) {
    if (d.reading == null || d.content() == null) {
      return;
    }
    Stance s = d.reading.stance();
    String cls = d.reading.cueClass();
    if (d.media && (cls.equals("speech") || cls.equals("writing"))) {
      d.reading = new CueClassifier.Reading("report", Stance.REPORT, d.reading.negated(), d.reading.conditional(),
          d.reading.headToken());
      return;
    }
    if (s != Stance.ASSERT || d.direct || d.hasSelfChild) {
      return;
    }
    int[] toks = dt.tokensIn(d.content());
    int k = toks[0];
    while (k < toks[1] && (dt.lower(k).equals("that") || dt.isQuote(k))) {
      k++;
    }
    if (k >= toks[1]) {
      return;
    }
    String first = dt.lower(k);
    boolean self = first.equals("we") || first.equals("i") || first.equals("our");
    if (!self && (first.equals("its") || first.equals("their")) && d.claimant != null && d.claimant.entityId() != null) {
      EntityType t = entities.type(d.claimant.entityId());
      self = t == EntityType.ORGANIZATION || t == EntityType.GPE; // "says its fighters met little resistance"
    }
    if (!self && PRONOUNS.contains(first) && d.claimant != null && d.claimant.entityId() != null) {
      String pid = entities.entityAt(dt.span(k, k + 1));
      self = d.claimant.entityId().equals(pid);
    }
    if (self && d.claimant != null && d.claimant.entityId() != null) {
      d.reading = new CueClassifier.Reading(cls, Stance.CLAIM, d.reading.negated(), d.reading.conditional(),
          d.reading.headToken());
      return;
    }
    for (int j = toks[0]; j < Math.min(toks[1], toks[0] + 8); j++) {
      if (FUTURE.contains(dt.lower(j))) {
        d.reading = new CueClassifier.Reading(cls, Stance.PREDICT, d.reading.negated(), d.reading.conditional(),
            d.reading.headToken());
        return;
      }
    }
  }

  // ---- 5. channels ----------------------------------------------------------------------------

  private void attachChannel(DocText dt, Draft d) {
    Span anchor = d.cue != null ? d.cue : d.source;
    if (anchor == null) {
      return;
    }
    NlpSentence s = dt.sentence(dt.sentenceAt(anchor.start()));
    Channel best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Channel c : channels.find(dt.text(), s.span())) {
      boolean inContent = false;
      for (Span p : d.contentParts) {
        inContent |= p.overlaps(c.span());
      }
      if (inContent) {
        continue;
      }
      int dist = Math.abs(c.span().start() - anchor.start());
      if (dist < bestDistance) {
        bestDistance = dist;
        best = c;
      }
    }
    if (best == null && d.media && d.source != null) {
      String name = channels.outletName(d.source.of(dt.text()));
      best = new Channel(d.source, d.source.of(dt.text()), name);
    }
    if (best == null && d.parent != null && d.parent.media && d.parent.source != null) {
      String name = channels.outletName(d.parent.source.of(dt.text()));
      best = new Channel(d.parent.source, d.parent.source.of(dt.text()), name);
    }
    d.channel = best;
  }

  // ---- 6. hedges ------------------------------------------------------------------------------

  private static void attachHedges(DocText dt, List<Draft> drafts, List<Hedge> hedges) {
    for (Hedge h : hedges) {
      Draft best = null;
      int bestScore = Integer.MAX_VALUE;
      int sentence = dt.sentenceAt(h.span().start());
      for (Draft d : drafts) {
        Span e = d.extent();
        if (e == null) {
          continue;
        }
        int score;
        if (e.contains(h.span())) {
          score = e.length();
        } else if (dt.sentenceAt(e.start()) <= sentence && sentence <= dt.sentenceAt(Math.max(e.start(), e.end() - 1))) {
          int dist = h.span().end() <= e.start() ? e.start() - h.span().end() : h.span().start() - e.end();
          score = 1_000_000 + dist * 2 + (d.origin == Draft.Origin.AUTHOR ? 1 : 0);
        } else {
          continue;
        }
        if (score < bestScore) {
          bestScore = score;
          best = d;
        }
      }
      if (best != null) {
        best.hedges.add(h);
      }
    }
  }

  // ---- output ---------------------------------------------------------------------------------

  private static Statement toStatement(DocText dt, Draft d) {
    Span content = d.content();
    if (content != null && !d.direct && d.contentParts.size() == 1 && content.length() > 1
        && dt.text().charAt(content.end() - 1) == '.') {
      content = new Span(content.start(), content.end() - 1);
      d.contentParts = new ArrayList<>(List.of(content));
    }
    String contentText = content == null ? "" : Attribution.text(d.contentParts, dt.text());
    String cueText = d.cue == null ? null : d.cue.of(dt.text());
    CueClassifier.Reading r = d.reading;
    return new Statement(d.id, d.sentence, d.claimant, d.cue, cueText, r.cueClass(),
        content == null ? (d.cue != null ? new Span(d.cue.end(), d.cue.end()) : new Span(0, 0)) : content, contentText,
        d.channel, r.stance(), r.negated(), r.conditional(), d.hedges, d.direct,
        d.parent == null ? null : d.parent.id);
  }

  /** The span without surrounding white space, commas, semicolons and dashes. */
  static Span trim(String text, Span s) {
    int a = s.start();
    int b = s.end();
    while (a < b && isTrimmable(text.charAt(a))) {
      a++;
    }
    while (b > a && isTrimmable(text.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }

  private static boolean isTrimmable(char c) {
    return Character.isWhitespace(c) || c == ',' || c == ';' || c == '–' || c == '—' || c == ':';
  }
}
