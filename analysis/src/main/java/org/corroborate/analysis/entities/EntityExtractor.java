package org.corroborate.analysis.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corroborate.analysis.DocText;
import org.corroborate.analysis.entities.EntityTable.Work;
import org.corroborate.analysis.entities.NameChunker.NameChunk;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.model.EntityType;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Span;

/**
 * Finds the actors and places of one article and merges all mentions of each into one entity, by
 * rules (no statistical coreference):
 * <ol>
 *   <li>proper names ({@link NameChunker}), merged on equal names, last names ("Gladkov" after
 *       "Vyacheslav Gladkov"), the last word of an organisation ("the Legion"), acronyms, gazetteer aliases;</li>
 *   <li>descriptors: appositives on either side ("X, the Y," / "the Y, X,"), "describes itself as Y",
 *       "known as X", pre-modifiers ("Kremlin spokesperson Dmitry Peskov") and post-modifiers
 *       ("the RIA Novosti news agency"); an appositive description is also a mention;</li>
 *   <li>role and group descriptions ("the governor", "the adviser", "the group") linked to the closest
 *       entity introduced with that role; an indefinite one that speaks ("a presidential adviser wrote")
 *       to the person named with that role in the next sentences;</li>
 *   <li>pronouns (he, she, it, they) to the most salient compatible entity of the last sentences:
 *       speakers first, then subjects, then the most recent;</li>
 *   <li>a gazetteer place used as an actor ("Kyiv has denied") gets the descriptor "acting as the
 *       Ukrainian government".</li>
 * </ol>
 * Stateless and thread-safe; each call builds its own {@link EntityTable}.
 */
public final class EntityExtractor {

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him");
  private static final Set<String> THING_PRONOUNS = Set.of("it");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "another", "this", "that", "its", "their");
  private static final Set<String> NP_STARTS = Set.of("the", "a", "an", "another");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one");
  private static final Set<String> NP_PREPOSITIONS = Set.of("of", "for", "at", "in", "with", "on", "from");
  private static final Set<String> CLAUSE_OPENERS = Set.of("who", "which", "that", "where", "whose", "whom", "when");
  private static final Set<String> COPULAS = Set.of("be", "seem", "appear", "remain", "become", "is", "was", "'s");
  private static final Set<String> GENERIC_GROUP_HEADS = Set.of(
      "group", "organisation", "organization", "militia", "movement", "unit", "network");

  private final Lexicon lex;
  private final int window;

  /**
   * @param lex    the word lists
   * @param window how many sentences back a role description or pronoun may look for its entity (>= 1)
   */
  public EntityExtractor(Lexicon lex, int window) {
    this.lex = Objects.requireNonNull(lex, "lex");
    if (window < 1) {
      throw new IllegalArgumentException("coreference window must be >= 1 sentence, got " + window);
    }
    this.window = window;
  }

  /**
   * Extracts the entities of one document.
   *
   * @param speakers spans of attribution sources (who says things); they make an entity salient for
   *                 pronouns and mark a gazetteer place as acting for its government. May be empty.
   */
  public EntityTable extract(DocText dt, List<Span> speakers) {
    Objects.requireNonNull(dt, "dt");
    Objects.requireNonNull(speakers, "speakers");
    Run run = new Run(dt, speakers);
    run.names();
    run.retypeListedSurnames();
    run.descriptors();
    run.nominals();
    run.pronouns();
    run.labels();
    run.actors();
    return run.table;
  }

  private static final Set<String> LABEL_VERBS = Set.of("designate", "label", "brand", "describe", "classify",
      "list", "declare", "denounce", "condemn", "characterize", "characterise", "portray", "dub", "term");

  /** State of one extraction. */
  private final class Run {
    final DocText dt;
    final List<Span> speakers;
    final EntityTable table = new EntityTable();
    final List<NameChunk> chunks;
    /** token index -> entity of the mention covering it. */
    final Map<Integer, Work> byToken = new HashMap<>();
    /** Token ranges already taken by a mention: [from, to). */
    final List<int[]> taken = new ArrayList<>();

    Run(DocText dt, List<Span> speakers) {
      this.dt = dt;
      this.speakers = speakers;
      this.chunks = new NameChunker(dt, lex).chunks();
    }

    // ---- 1. names -------------------------------------------------------------------------

    void names() {
      for (NameChunk c : chunks) {
        Work w = findNameMatch(c);
        if (w == null) {
          w = table.create(c.type(), c.name(), c.to() - c.from());
        } else if (c.type() != EntityType.MISC && w.type == EntityType.MISC) {
          w.type = c.type();
        }
        if (c.place() == null && c.to() - c.from() > w.nameTokens && compatibleForName(w, c)) {
          w.name = c.name();
          w.nameTokens = c.to() - c.from();
        }
        if (c.place() != null) {
          w.name = c.place().canonical();
        }
        addMention(w, c.from(), c.to(), MentionKind.NAME);
        if (c.titleDescriptor() != null) {
          w.descriptors.add(c.titleDescriptor());
        }
      }
    }

    /**
     * "the border service, Rosgvardiya and the FSB": a lone capitalised word tagged PERSON, never with a
     * first name, title or role, listed among organisations is an organisation.
     */
    void retypeListedSurnames() {
      for (Work w : table.works()) {
        if (w.type != EntityType.PERSON || w.nameTokens != 1 || !w.descriptors.isEmpty()) {
          continue;
        }
        for (Mention m : w.mentions) {
          int[] t = dt.tokensIn(m.span());
          if (listedWithOrganisation(t[0] - 1, -1) || listedWithOrganisation(t[1], 1)) {
            w.type = EntityType.ORGANIZATION;
            break;
          }
        }
      }
    }

    private boolean listedWithOrganisation(int k, int step) {
      if (k < 0 || k >= dt.size() || !(dt.word(k).equals(",") || dt.lower(k).equals("and"))) {
        return false;
      }
      int j = k + step;
      if (j >= 0 && j < dt.size() && dt.lower(j).equals("the")) {
        j += step;
      }
      if (j < 0 || j >= dt.size()) {
        return false;
      }
      Work other = byToken.get(j);
      return other != null && other.type == EntityType.ORGANIZATION
          || lex.isGroup(dt.word(j)) && !dt.isCapitalised(j);
    }

    private boolean compatibleForName(Work w, NameChunk c) {
      return w.type == c.type() || w.type == EntityType.MISC || c.type() == EntityType.MISC;
    }

    private Work findNameMatch(NameChunk c) {
      String name = norm(c.name());
      String[] words = name.split(" ");
      Work best = null;
      for (Work w : table.works()) {
        if (w.nameTokens == 0) {
          continue;
        }
        String wn = norm(w.name);
        boolean typeOk = w.type == c.type() || w.type == EntityType.MISC || c.type() == EntityType.MISC
            || (c.place() == null && words.length == 1);
        if (wn.equals(name)) {
          // the same name twice in one article is the same actor, whatever NER typed it as
          best = w;
          continue;
        }
        if (!typeOk || c.place() != null && !wn.equals(name)) {
          continue;
        }
        String[] wWords = wn.split(" ");
        if (w.type == EntityType.PERSON || c.type() == EntityType.PERSON) {
          // "Gladkov" after "Vyacheslav Gladkov"; "Vladimir Putin" after "Putin"
          if (words.length == 1 && wWords.length > 1 && wWords[wWords.length - 1].equals(words[0])) {
            best = w;
          } else if (wWords.length == 1 && words.length > 1 && words[words.length - 1].equals(wWords[0])
              && w.type == EntityType.PERSON) {
            best = w;
          }
        } else if (w.type == EntityType.ORGANIZATION || c.type() == EntityType.ORGANIZATION) {
          if (words.length == 1 && wWords.length > 1 && (wWords[wWords.length - 1].equals(words[0])
              || acronym(wWords).equals(words[0]))) {
            best = w;
          } else if (wWords.length == 1 && words.length > 1 && acronym(words).equals(wWords[0])) {
            best = w;
          }
        }
      }
      return best;
    }

    // ---- 2. descriptors -------------------------------------------------------------------

    void descriptors() {
      for (NameChunk c : chunks) {
        Work w = byToken.get(c.from());
        if (w == null) {
          continue;
        }
        NlpSentence s = dt.sentence(dt.token(c.from()).sentence());
        premodifiers(w, c, s);
        postmodifiers(w, c, s);
        appositiveAfter(w, c, s);
        appositiveBefore(w, c, s);
        selfDescription(w, c, s);
      }
    }

    /** "Kremlin spokesperson Dmitry Peskov", "the state-run RIA Novosti ...": modifiers before a name. */
    private void premodifiers(Work w, NameChunk c, NlpSentence s) {
      int j = c.from() - 1;
      while (j >= s.firstToken() && (modifierToken(j) || hyphenJoined(j))) {
        j--;
      }
      int from = j + 1;
      if (from >= c.from()) {
        return;
      }
      int last = c.from() - 1;
      boolean nounEnd = dt.isNoun(last) && !dt.isProperNoun(last) || lex.isRole(dt.word(last)) || lex.isGroup(dt.word(last));
      if (w.type == EntityType.PERSON && nounEnd) {
        w.descriptors.add(dt.text(from, c.from()));
      } else if (w.type == EntityType.ORGANIZATION && !nounEnd) {
        String post = postNouns(c, s);
        if (post != null) {
          w.descriptors.add(dt.text(from, c.from()) + " " + post);
        }
      }
    }

    /** A token glued to a following hyphen ("far" in "far-right" when split into far, -, right). */
    private boolean hyphenJoined(int j) {
      return j + 1 < dt.size() && dt.word(j + 1).equals("-")
          && dt.token(j).span().end() == dt.token(j + 1).span().start() && !dt.isDeterminer(j);
    }

    private boolean modifierToken(int j) {
      String p = dt.pos(j);
      String lw = dt.lower(j);
      if (byToken.containsKey(j) && byToken.get(j).type == EntityType.PERSON) {
        return false;
      }
      if (DETERMINERS.contains(lw) || dt.isPunct(j) && !lw.equals("-")) {
        return false;
      }
      return p.startsWith("JJ") || p.equals("NN") || p.equals("NNS") || p.equals("VBN")
          || p.startsWith("NNP") || lw.equals("-") || lw.contains("-") && Character.isLetter(lw.charAt(0));
    }

    /** "RIA Novosti news agency", "the FSB security service": common nouns right after an organisation name. */
    private String postNouns(NameChunk c, NlpSentence s) {
      int j = c.to();
      while (j < s.endToken() && (dt.pos(j).equals("NN") || dt.pos(j).equals("NNS")) && !dt.isCapitalised(j)) {
        j++;
      }
      if (j == c.to() || !(lex.isGroup(dt.word(j - 1)) || dt.lower(j - 1).equals("agency"))) {
        return null;
      }
      return dt.text(c.to(), j);
    }

    private void postmodifiers(Work w, NameChunk c, NlpSentence s) {
      if (w.type != EntityType.ORGANIZATION) {
        return;
      }
      int before = c.from() - 1;
      boolean hasPre = before >= s.firstToken() && modifierToken(before) && !dt.isNoun(before);
      String post = postNouns(c, s);
      if (post != null && !hasPre) {
        w.descriptors.add(post);
      }
    }

    /** "Vyacheslav Gladkov, the Governor of Belgorod Oblast, ..." and "..., wrote Mykhailo Podolyak, the adviser." */
    private void appositiveAfter(Work w, NameChunk c, NlpSentence s) {
      int comma = c.to();
      if (comma >= s.endToken() || !dt.word(comma).equals(",")) {
        return;
      }
      int[] np = nounPhrase(comma + 1, s.endToken());
      if (np == null) {
        return;
      }
      int close = np[1];
      boolean closed = close >= s.endToken() || dt.word(close).equals(",") || dt.word(close).equals(".")
          || dt.word(close).equals(";") || dt.word(close).equals(")") || dt.word(close).equals("—")
          || dt.word(close).equals("–") || CLAUSE_OPENERS.contains(dt.lower(close));
      if (!closed || !DETERMINERS.contains(dt.lower(np[0]))) {
        return;
      }
      addDescription(w, np[0], np[1]);
    }

    /** "The Belgorod governor, Vyacheslav Gladkov, said" / "Another militia, the Russian Volunteer Corps, which". */
    private void appositiveBefore(Work w, NameChunk c, NlpSentence s) {
      int comma = c.from() - 1;
      if (comma >= s.firstToken() && dt.lower(comma).equals("the")) {
        comma--;
      }
      if (comma - 1 < s.firstToken() || !dt.word(comma).equals(",")) {
        return;
      }
      int after = c.to();
      if (after < s.endToken() && !(dt.word(after).equals(",") || CLAUSE_OPENERS.contains(dt.lower(after)))) {
        return;
      }
      // the phrase before the comma must start the sentence (or a clause) and be a noun phrase
      int start = comma - 1;
      while (start > s.firstToken() && !dt.word(start - 1).equals(",") && !dt.word(start - 1).equals(";")
          && !dt.lower(start - 1).equals("and") && !dt.lower(start - 1).equals("but")) {
        start--;
      }
      int[] np = nounPhrase(start, comma);
      if (np == null || np[1] != comma || !DETERMINERS.contains(dt.lower(np[0]))) {
        return;
      }
      // The left phrase is a description, not another name
      for (int k = np[0]; k < np[1]; k++) {
        Work other = byToken.get(k);
        if (other != null && other != w && k == np[1] - 1) {
          return;
        }
      }
      addDescription(w, np[0], np[1]);
    }

    /** "..., which describes itself as an anti-Kremlin militia seeking ..."; "..., known as the X,". */
    private void selfDescription(Work w, NameChunk c, NlpSentence s) {
      int end = s.endToken();
      for (int k = c.to(); k < Math.min(end - 1, c.to() + 6); k++) {
        String lw = dt.lower(k);
        if (lw.equals("as") && k - 1 > c.to()) {
          String prev = dt.lower(k - 1);
          String prev2 = k - 2 >= c.to() ? dt.lower(k - 2) : "";
          if ((prev.equals("itself") || prev.equals("themselves")) && (prev2.startsWith("describ") || prev2.startsWith("present")
              || prev2.startsWith("portray") || prev2.startsWith("bill"))) {
            int[] np = nounPhrase(k + 1, end);
            if (np != null) {
              w.descriptors.add(stripDeterminer(np[0], np[1]));
            }
            return;
          }
        }
      }
      // "The group, known as the Freedom of Russia Legion," -> "The group" is a mention of the Legion
      int k = c.from() - 1;
      if (k >= s.firstToken() && dt.lower(k).equals("the")) {
        k--;
      }
      if (k - 2 >= s.firstToken() && dt.lower(k).equals("as") && dt.lower(k - 1).equals("known")
          && dt.word(k - 2).equals(",")) {
        int start = k - 3;
        while (start > s.firstToken() && !dt.word(start - 1).equals(",")) {
          start--;
        }
        int[] np = nounPhrase(start, k - 2);
        if (np != null && np[1] == k - 2) {
          addDescription(w, np[0], np[1]);
        }
      }
    }

    /** Adds an appositive description: a nominal mention, and a descriptor when it says more than the head. */
    private void addDescription(Work w, int from, int to) {
      if (!isTaken(to - 1)) {
        addMention(w, from, to, MentionKind.NOMINAL);
      }
      String d = stripDeterminer(from, to);
      if (!d.isEmpty() && (d.contains(" ") || !GENERIC_GROUP_HEADS.contains(d.toLowerCase(Locale.ROOT)))) {
        w.descriptors.add(d);
      }
    }

    private String stripDeterminer(int from, int to) {
      int f = from;
      while (f < to && DETERMINERS.contains(dt.lower(f))) {
        f++;
      }
      return f < to ? dt.text(f, to) : "";
    }

    /**
     * A noun phrase from {@code from}: determiner, modifiers, nouns, with "of/for X" attachments and
     * possessives; stops at verbs, clause openers and punctuation other than hyphens. Returns
     * {@code [from, end)} when it holds a noun, else null.
     */
    private int[] nounPhrase(int from, int limit) {
      int k = from;
      int lastNoun = -1;
      while (k < limit) {
        String lw = dt.lower(k);
        String p = dt.pos(k);
        if (CLAUSE_OPENERS.contains(lw) && k > from) {
          break;
        }
        if (DETERMINERS.contains(lw) || p.equals("PRP$") || p.equals("CD")) {
          k++;
          continue;
        }
        if (p.startsWith("JJ") || p.startsWith("NN") || p.equals("POS") || p.equals("VBN") && k + 1 < limit
            && (dt.isNoun(k + 1) || dt.isAdjective(k + 1)) || lw.equals("-") || lw.equals("'s")) {
          if (p.startsWith("NN")) {
            lastNoun = k;
          }
          k++;
          continue;
        }
        if (NP_PREPOSITIONS.contains(lw) && lastNoun >= 0 && k + 1 < limit
            && (dt.isNoun(k + 1) || dt.isDeterminer(k + 1) || dt.isAdjective(k + 1))) {
          k++;
          continue;
        }
        break;
      }
      if (lastNoun < 0) {
        return null;
      }
      return new int[] {from, lastNoun + 1};
    }

    // ---- 3. role and group descriptions ----------------------------------------------------

    void nominals() {
      for (NlpSentence s : dt.doc().sentences()) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
          String lw = dt.lower(i);
          if (!NP_STARTS.contains(lw) || isTaken(i)) {
            continue;
          }
          int[] np = nounPhrase(i, s.endToken());
          if (np == null) {
            continue;
          }
          int head = headNoun(np);
          if (head < 0 || isTaken(head) || byToken.containsKey(head)) {
            continue;
          }
          // "Kremlin spokesperson Dmitry Peskov": a premodifier, handled with the name
          if (np[1] < s.endToken() && byToken.containsKey(np[1])) {
            continue;
          }
          boolean role = lex.isRole(dt.word(head));
          boolean group = lex.isGroup(dt.word(head));
          if (!role && !group) {
            continue;
          }
          Work w = role ? linkRole(np, head, s) : linkGroup(np, head, s);
          if (w != null) {
            addMention(w, np[0], np[1], MentionKind.NOMINAL);
          }
          i = np[1] - 1;
        }
      }
    }

    /** The head noun of a phrase: the last noun before any "of/for" attachment. */
    private int headNoun(int[] np) {
      int head = -1;
      for (int k = np[0]; k < np[1]; k++) {
        if (NP_PREPOSITIONS.contains(dt.lower(k)) && head >= 0) {
          break;
        }
        if (dt.isNoun(k)) {
          head = k;
        }
      }
      return head;
    }

    private Work linkRole(int[] np, int head, NlpSentence s) {
      String noun = dt.word(head);
      boolean indefinite = INDEFINITE.contains(dt.lower(np[0]));
      int sentence = s.index();
      if (!indefinite) {
        Work best = null;
        for (Work w : table.works()) {
          if (w.type != EntityType.PERSON || !w.hasDescriptorWord(noun)) {
            continue;
          }
          int firstPos = w.mentions.isEmpty() ? Integer.MAX_VALUE : w.mentions.get(0).span().start();
          if (firstPos >= dt.token(np[0]).span().start()) {
            continue;
          }
          if (best == null || lastBefore(w, np[0]) > lastBefore(best, np[0])) {
            best = w;
          }
        }
        return best;
      }
      // "A Ukrainian presidential adviser wrote ... wrote Mykhailo Podolyak, the adviser."
      if (!speaksOrActs(np)) {
        return null;
      }
      for (Work w : table.works()) {
        if (w.type != EntityType.PERSON || w.mentions.isEmpty() || !w.hasDescriptorWord(noun)) {
          continue;
        }
        int firstSentence = dt.sentenceAt(w.mentions.get(0).span().start());
        if (w.mentions.get(0).span().start() > dt.token(np[0]).span().start()
            && firstSentence - sentence <= window) {
          return w;
        }
      }
      return null;
    }

    private Work linkGroup(int[] np, int head, NlpSentence s) {
      String noun = dt.word(head);
      if (INDEFINITE.contains(dt.lower(np[0]))) {
        return null;
      }
      Work best = null;
      Work recent = null;
      int recentScore = Integer.MIN_VALUE;
      for (Work w : table.works()) {
        if (w.type != EntityType.ORGANIZATION) {
          continue;
        }
        int last = lastBefore(w, np[0]);
        if (last < 0) {
          continue;
        }
        // a description is not used for something named in the same sentence ("the border service, X and the FSB")
        if (namedInSentence(w, s)) {
          continue;
        }
        String[] words = norm(w.name).split(" ");
        boolean match = words[words.length - 1].equals(norm(noun)) || w.hasDescriptorWord(noun);
        if (match && (best == null || last > lastBefore(best, np[0]))) {
          best = w;
        }
        if (dt.sentenceAt(last) >= s.index() - window) {
          int score = groupScore(w, np[0], s.index());
          if (recent == null || score > recentScore) {
            recent = w;
            recentScore = score;
          }
        }
      }
      if (best != null) {
        return best;
      }
      return GENERIC_GROUP_HEADS.contains(Lexicon.singular(Lexicon.key(noun))) ? recent : null;
    }

    private boolean namedInSentence(Work w, NlpSentence s) {
      for (Mention m : w.mentions) {
        if (m.kind() == MentionKind.NAME && s.span().contains(m.span())) {
          return true;
        }
      }
      return false;
    }

    /** Salience of an organisation for a generic description: speakers, then subjects, then recency. */
    private int groupScore(Work w, int tok, int sentence) {
      int limit = dt.token(tok).span().start();
      int best = Integer.MIN_VALUE;
      for (Mention m : w.mentions) {
        if (m.span().start() >= limit) {
          continue;
        }
        int ms = dt.sentenceAt(m.span().start());
        best = Math.max(best, salience(m) * 150 + (ms - sentence) * 100);
      }
      return best;
    }

    private boolean speaksOrActs(int[] np) {
      Span span = dt.span(np[0], np[1]);
      for (Span sp : speakers) {
        if (sp.overlaps(span)) {
          return true;
        }
      }
      return np[1] < dt.size() && dt.isFiniteVerb(np[1]);
    }

    /** Start offset of the entity's last mention before token {@code tok}, or -1. */
    private int lastBefore(Work w, int tok) {
      int limit = dt.token(tok).span().start();
      int best = -1;
      for (Mention m : w.mentions) {
        if (m.span().start() < limit) {
          best = Math.max(best, m.span().start());
        }
      }
      return best;
    }

    // ---- 4. pronouns ------------------------------------------------------------------------

    void pronouns() {
      for (int i = 0; i < dt.size(); i++) {
        String lw = dt.lower(i);
        boolean person = PERSON_PRONOUNS.contains(lw);
        boolean thing = THING_PRONOUNS.contains(lw);
        boolean group = GROUP_PRONOUNS.contains(lw);
        if (!person && !thing && !group) {
          continue;
        }
        boolean speaker = isSpeaker(i);
        if ((thing || group) && !speaker && !actingSubject(i)) {
          continue;
        }
        if (group && !speaker) {
          continue;
        }
        Work w = antecedent(i, person, lw);
        if (w != null) {
          addMention(w, i, i + 1, MentionKind.PRONOUN);
        }
      }
    }

    private boolean isSpeaker(int i) {
      Span sp = dt.token(i).span();
      for (Span s : speakers) {
        if (s.overlaps(sp)) {
          return true;
        }
      }
      return false;
    }

    /** "it released footage": a subject of a non-copular verb (not "it is not clear"). */
    private boolean actingSubject(int i) {
      if (dt.parsed(i)) {
        if (!dt.deprel(i).startsWith("nsubj")) {
          return false;
        }
        int h = dt.head(i);
        return h >= 0 && dt.isVerb(h) && !COPULAS.contains(dt.lemma(h)) && !hasCopula(h);
      }
      return actsAfter(i + 1);
    }

    /** Without a parse: an auxiliary chain then a non-copular verb starts at {@code k} ("has denied", "was using"). */
    private boolean actsAfter(int k) {
      int sentence = k < dt.size() ? dt.token(k).sentence() : -1;
      int start = k;
      while (k < dt.size() && dt.token(k).sentence() == sentence && (dt.pos(k).equals("RB") || dt.pos(k).equals("MD")
          || dt.isQuote(k) || dt.lemma(k).equals("have") || dt.lemma(k).equals("be"))) {
        k++;
      }
      if (k >= dt.size() || dt.token(k).sentence() != sentence || !dt.isVerb(k) || COPULAS.contains(dt.lemma(k))) {
        return false;
      }
      // "was tightening" is an action; "was founded" or "is known" describe the subject
      boolean afterBe = false;
      for (int j = start; j < k; j++) {
        afterBe |= dt.lemma(j).equals("be");
      }
      return !afterBe || dt.pos(k).equals("VBG");
    }

    private boolean hasCopula(int head) {
      for (int k = Math.max(0, head - 4); k < head; k++) {
        if (dt.head(k) == head && dt.deprel(k).equals("cop")) {
          return true;
        }
      }
      return false;
    }

    /** False when the person's given name or role says the pronoun's gender is wrong. */
    private boolean genderFits(Work w, String pronoun) {
      String want = pronoun.equals("she") || pronoun.equals("her") ? "female"
          : pronoun.equals("he") || pronoun.equals("him") ? "male" : null;
      if (want == null) {
        return true;
      }
      String g = lex.gender(w.name.split(" ")[0]);
      for (String d : w.descriptors) {
        String l = d.toLowerCase(Locale.ROOT);
        if (l.matches(".*\\b(spokeswoman|woman|mother|wife|daughter|mrs|ms|queen|chairwoman)\\b.*")) {
          g = "female";
        } else if (l.matches(".*\\b(spokesman|man|father|husband|son|mr|king|chairman)\\b.*")) {
          g = "male";
        }
      }
      return g == null || g.equals(want);
    }

    private Work antecedent(int pronoun, boolean person, String word) {
      return antecedent(pronoun, person, word, dt.token(pronoun).span().start());
    }

    /** As {@link #antecedent(int, boolean, String)}, among mentions that start before {@code limit}. */
    private Work antecedent(int pronoun, boolean person, String word, int limit) {
      int sentence = dt.token(pronoun).sentence();
      Work best = null;
      int bestScore = Integer.MIN_VALUE;
      for (Work w : table.works()) {
        boolean ok = person ? w.type == EntityType.PERSON && genderFits(w, word)
            : w.type == EntityType.ORGANIZATION || w.type == EntityType.GPE;
        if (!ok) {
          continue;
        }
        for (Mention m : w.mentions) {
          if (m.span().start() >= limit || m.kind() == MentionKind.PRONOUN && !person) {
            continue;
          }
          int ms = dt.sentenceAt(m.span().start());
          if (ms < sentence - window) {
            continue;
          }
          int score = salience(m) * 100 + (ms - sentence) * 150
              + (!person && w.type == EntityType.ORGANIZATION ? 50 : 0);
          if (score > bestScore || score == bestScore && best != null && lastBefore(w, pronoun) > lastBefore(best, pronoun)) {
            bestScore = score;
            best = w;
          }
        }
      }
      return best;
    }

    private int salience(Mention m) {
      for (Span s : speakers) {
        if (s.overlaps(m.span())) {
          return 2;
        }
      }
      int[] toks = dt.tokensIn(m.span());
      for (int k = toks[0]; k < toks[1]; k++) {
        if (dt.deprel(k).startsWith("nsubj")) {
          return 1;
        }
      }
      if (!dt.parsed(toks[0]) && toks[1] < dt.size() && dt.isFiniteVerb(toks[1])) {
        return 1;
      }
      // without a parse, a sentence-initial noun phrase is most likely the subject
      if (!dt.parsed(toks[0])) {
        int first = dt.sentence(dt.token(toks[0]).sentence()).firstToken();
        int k = first;
        while (k < toks[0] && (dt.isDeterminer(k) || dt.isAdjective(k) || dt.word(k).equals("-")
            || lex.isTitle(dt.word(k)) || dt.pos(k).equals("CC") || dt.pos(k).equals("RB"))) {
          k++;
        }
        if (k == toks[0]) {
          return 1;
        }
      }
      return 0;
    }

    // ---- 4b. labels others give ------------------------------------------------------------

    /**
     * "the Supreme Court designated it as a terrorist organisation", "Moscow has branded the group
     * as saboteurs": the label is a descriptor of the actor named (or referred to) between the
     * verb and "as" — how the text frames it, whoever applies the label.
     */
    void labels() {
      for (NlpSentence s : dt.doc().sentences()) {
        for (int k = s.firstToken(); k + 2 < s.endToken(); k++) {
          if (!LABEL_VERBS.contains(dt.lemma(k)) || !dt.isVerb(k)) {
            continue;
          }
          for (int j = k + 1; j < Math.min(s.endToken() - 1, k + 8); j++) {
            if (dt.lower(j).equals("as")) {
              Work w = null;
              for (int o = k + 1; o < j; o++) {
                if (byToken.get(o) != null) {
                  w = byToken.get(o);
                } else if (w == null && THING_PRONOUNS.contains(dt.lower(o))) {
                  // "designated it as": not the verb's own subject, so an actor of an earlier sentence
                  w = antecedent(o, false, dt.lower(o), s.span().start());
                }
              }
              int[] np = w == null ? null : nounPhrase(j + 1, s.endToken());
              String d = np == null ? "" : stripDeterminer(np[0], np[1]);
              if (!d.isEmpty() && !w.descriptors.contains(d)) {
                w.descriptors.add(d);
              }
              break;
            }
            if (dt.isVerb(j) || dt.isPunct(j)) {
              break;
            }
          }
        }
      }
    }

    // ---- 5. places acting for their government ---------------------------------------------

    void actors() {
      for (NameChunk c : chunks) {
        if (c.place() == null) {
          continue;
        }
        Work w = byToken.get(c.from());
        if (w == null) {
          continue;
        }
        boolean acts = isSpeaker(c.from());
        if (!acts && dt.parsed(c.from())) {
          for (int k = c.from(); k < c.to(); k++) {
            acts |= dt.deprel(k).startsWith("nsubj") && dt.head(k) >= 0 && dt.isVerb(dt.head(k))
                && !COPULAS.contains(dt.lemma(dt.head(k)));
          }
        } else if (!acts && c.to() < dt.size()) {
          acts = actsAfter(c.to());
        }
        if (acts) {
          w.actsFor = c.place().actsFor();
        }
      }
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void addMention(Work w, int from, int to, MentionKind kind) {
      Span span = dt.span(from, to);
      table.addMention(w.id, new Mention(span, span.of(dt.text()), kind));
      for (int k = from; k < to; k++) {
        byToken.putIfAbsent(k, w);
      }
      taken.add(new int[] {from, to});
    }

    private boolean isTaken(int tok) {
      for (int[] t : taken) {
        if (t[0] <= tok && tok < t[1]) {
          return true;
        }
      }
      return false;
    }
  }

  static String norm(String name) {
    String n = name.replace('’', '\'').toLowerCase(Locale.ROOT).strip();
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    if (n.endsWith("'s")) {
      n = n.substring(0, n.length() - 2);
    }
    return n.replaceAll("[\\s-]+", " ");
  }

  private static String acronym(String[] words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!w.equals("of") && !w.equals("for") && !w.equals("and") && !w.isEmpty()) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }
}
