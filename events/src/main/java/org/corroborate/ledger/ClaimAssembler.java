package org.corroborate.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.corroborate.claims.ClaimGrouper;
import org.corroborate.claims.Fingerprint;
import org.corroborate.claims.Said;
import org.corroborate.claims.Similarity;
import org.corroborate.claims.TermWeights;
import org.corroborate.claims.Terms;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.ClaimantKind;
import org.corroborate.model.Hedge;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.corroborate.model.Statement;

/**
 * The claims of one event from its resolved statements: statements grouped into claims
 * ({@link ClaimGrouper}, with sentence vectors), independent outlets counted, denials and confirmations
 * of other claimants' claims found, unverified caveats marked, a status decided. Numbers, ranking and
 * ids by rank follow in {@link ClaimRanking}. One instance per event; not thread-safe.
 */
final class ClaimAssembler {
  /** Words about verifying, left out when matching a caveat to the claim it is about. */
  private static final Set<String> VERIFY_WORDS = termsOf(
      "confirm confirmed confirmation independently independent verify verified journalists ground clear "
      + "unable able immediately unconfirmed reports media");

  private final String eventId;
  private final List<AnalyzedArticle> articles;
  private final List<Stated> stated;
  private final Aliases aliases;
  private final LedgerConfig config;
  private final GlobalEntities globals;
  private final ContentVectors vectors;
  private final ToIntFunction<Stated> unit;
  private final Map<String, Integer> documentFrequency = new HashMap<>(); // term -> statements using it
  private final int statementCount;
  private final TermWeights weights;
  /** Each statement as grouping saw it, built once (by identity: a Stated's fields are large to hash). */
  private final Map<Stated, Said> saids = new java.util.IdentityHashMap<>();

  /**
   * @param articles the event's articles, earliest first
   * @param unit     the independence unit of a statement (its outlet, or the outlet it relays)
   */
  ClaimAssembler(String eventId, List<AnalyzedArticle> articles, List<Stated> stated, Aliases aliases,
      LedgerConfig config, GlobalEntities globals, ContentVectors vectors, ToIntFunction<Stated> unit) {
    this.eventId = eventId;
    this.articles = articles;
    this.stated = stated;
    this.aliases = aliases;
    this.config = config;
    this.globals = globals;
    this.vectors = vectors;
    this.unit = unit;
    this.statementCount = stated.size();
    for (Stated st : stated) {
      for (String t : st.content().terms()) {
        documentFrequency.merge(t, 1, Integer::sum);
      }
    }
    this.weights = TermWeights.idf(stated.stream().map(st -> st.content().terms()).toList());
  }

  List<LedgerClaim> build() {
    return buildClaims(stated);
  }


  /** A claimant's name as lower-case words, without titles and function words ("Stone on Friday": stone, friday). */
  static Set<String> nameWords(String name) {
    Set<String> out = new LinkedHashSet<>();
    if (name == null) {
      return out;
    }
    for (String w : Terms.words(name)) {
      if (w.length() > 1 && !NAME_FILLER.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static final Set<String> NAME_FILLER = Set.of("the", "a", "an", "of", "on", "in", "at", "for", "and",
      "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "minister", "spokesman", "spokeswoman",
      "spokesperson", "secretary", "he", "she", "it", "they", "himself", "herself", "itself", "themselves",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private List<LedgerClaim> buildClaims(List<Stated> stated) {
    List<String> all = new ArrayList<>();
    for (Stated st : stated) {
      String content = EventAssembler.contentOf(st.statement(), st.article().article().text());
      all.add(content);
      all.addAll(org.corroborate.claims.Parts.of(content));
    }
    vectors.of(all); // embeds every text once, on all cores
    List<Said> said = stated.stream().map(this::saidOf).toList();
    for (int i = 0; i < stated.size(); i++) {
      saids.put(stated.get(i), said.get(i));
    }
    List<List<Integer>> groups = new ClaimGrouper(config.matching()).group(said, weights);
    List<Draft> drafts = new ArrayList<>();
    for (List<Integer> g : groups) {
      List<Stated> members = new ArrayList<>();
      for (int i : g) {
        members.add(stated.get(i));
      }
      members.sort(Comparator.comparingInt(Stated::order).thenComparingInt(s -> s.statement().content().start()));
      drafts.add(new Draft(members));
    }
    markContests(drafts);
    markConfirmations(drafts);
    markCaveats(drafts);
    for (Draft d : drafts) {
      d.decide();
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> d.status.ordinal())
        .thenComparing(Comparator.comparingInt((Draft d) -> d.independent).reversed())
        .thenComparing(d -> d.firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(d -> d.members.get(0).order())
        .thenComparingInt(d -> d.members.get(0).statement().content().start()));
    Map<Draft, String> ids = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      ids.put(drafts.get(i), eventId + ".C" + (i + 1));
    }
    List<LedgerClaim> out = new ArrayList<>();
    int rank = 0;
    for (Draft d : drafts) {
      d.rank = ++rank;
      out.add(d.toClaim(ids));
    }
    return out;
  }

  /**
   * Denials and negations against the claims they deny, by another claimant. A denial D contests a
   * claim C when, for some pair of their statements, either
   * <ol>
   *   <li>D restates C: C covers at least half of D's own words, C names the denier or shares three or
   *       more words with D, and their similarity, with the denier's name added to D's words when that
   *       helps, reaches {@link LedgerConfig#contestThreshold()}; or</li>
   *   <li>D denies responsibility ("Kyiv denied being behind the attacks", "denied any connection to
   *       the fighters") and C puts it on the denier: C names the denier (by name, demonym or user
   *       alias: "a Ukrainian group was responsible") with words of blame ("responsible", "behind",
   *       "backed") or, for a named or unnamed claimant, words of attack ("raid", "sabotage group"),
   *       within {@link Blame#WINDOW} words of the denier's name (so that "the ceasefire that ended
   *       its war with neighbouring Mirevia", far from "incursion", blames no one).</li>
   * </ol>
   * A claim in an outlet's own voice is contested by naming the denier only when it blames the denier or
   * restates the denial's three or more words: scene-setting that merely names the denier's country ("a
   * settlement on the border with Ukraine") is not what a denial of responsibility disputes.
   */
  private void markContests(List<Draft> drafts) {
    for (Draft d : drafts) {
      if (!d.denying()) {
        continue;
      }
      Set<String> denierTerms = denierTerms(d.claimantName());
      for (Draft c : drafts) {
        if (c == d || c.denying() || c.negatedContent() || c.claimantKey().equals(d.claimantKey())) {
          continue;
        }
        Stated[] pair = contests(d, c, denierTerms);
        if (pair != null) {
          c.contestedBy.add(d);
          d.contests.add(c);
          d.relations.add(new DraftRelation("denies", c, pair[0], pair[1]));
        }
      }
    }
  }

  /**
   * Confirmations of another claimant's claim: a claim whose statements confirm ("the governor
   * confirmed an attack on the district", "the mission said it had recorded drones crossing") and say
   * what a claim of another claimant says, by the same measure that makes one claimant's statements
   * one claim ({@link ClaimGrouper#pairScore}, the claimant set aside). The confirmation keeps its own
   * claim; the relation links the two.
   */
  private void markConfirmations(List<Draft> drafts) {
    ClaimGrouper grouper = new ClaimGrouper(config.matching());
    for (Draft d : drafts) {
      for (Stated ds : d.members) {
        if (ds.statement().stance() != Stance.CONFIRM || ds.statement().negated() || ds.denying()) {
          continue;
        }
        Said mine = saids.get(ds);
        for (Draft c : drafts) {
          if (c == d || c.claimantKey().equals(d.claimantKey()) || c.claimantKey().equals("author")
              || c.relations.stream().anyMatch(r -> r.other() == d) || d.relations.stream().anyMatch(r -> r.other() == c)) {
            continue;
          }
          for (Stated cs : c.members) {
            Said theirs = saids.get(cs).withClaimantKey(mine.claimantKey());
            if (!cs.denying() && grouper.pairScore(mine, theirs, weights) >= config.claimThreshold()) {
              d.relations.add(new DraftRelation("confirms", c, ds, cs));
              break;
            }
          }
        }
      }
    }
  }

  /** A statement as claim grouping sees it, with its sentence vectors. */
  private Said saidOf(Stated st) {
    String content = EventAssembler.contentOf(st.statement(), st.article().article().text());
    List<String> parts = org.corroborate.claims.Parts.of(content);
    List<float[]> partVectors = vectors.enabled() ? vectors.of(parts) : List.of();
    List<Boolean> partNegations = partVectors.isEmpty() ? List.of() : parts.stream().map(Terms::negated).toList();
    return st.said().withMeaning(vectors.of(content), partVectors, partNegations)
        .withClaimant(nameWords(st.claimantName()), st.statement().direct());
  }

  /**
   * The terms that name a denier: the capitalised words of its name ("Mirevian" of "The Mirevian
   * government", not "government", which any claim about governments has) and the words of the names
   * the user made equivalent to it (aliases.tsv: "Kyiv" and "Ukraine"). Demonyms meet their country
   * through {@link Terms#term} ("Ukrainian" and "Ukraine").
   */
  private Set<String> denierTerms(String name) {
    Set<String> out = new HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(name);
    while (m.find()) {
      if (Character.isUpperCase(m.group().charAt(0))) {
        out.addAll(Terms.contentTerms(m.group()));
      }
    }
    String key = Names.key(name);
    for (String k : aliases.equivalents(aliases.canonicalKey(key))) {
      if (!k.equals(key)) {
        out.addAll(Terms.contentTerms(k));
      }
    }
    return out;
  }

  /** The pair of statements (denial's first) that shows D contests C, or null. */
  private Stated[] contests(Draft d, Draft c, Set<String> denierTerms) {
    boolean ownVoice = c.claimantKey().equals("author");
    for (Stated ds : d.members) {
      Set<String> own = ds.content().terms();
      if (own.isEmpty()) {
        continue;
      }
      boolean deniesResponsibility = Blame.deniesResponsibility(ds.content().words());
      Fingerprint withDenier = ds.content().withTerms(denierTerms);
      for (Stated cs : c.members) {
        Set<String> terms = cs.content().terms();
        int shared = Similarity.intersection(own, terms);
        boolean namesDenier = Similarity.intersection(denierTerms, terms) > 0;
        if (namesDenier && deniesResponsibility && Blame.putsOn(cs.content().words(), denierTerms, !ownVoice)) {
          return new Stated[] {ds, cs};
        }
        double score = Math.max(Similarity.score(cs.content(), ds.content()), Similarity.score(cs.content(), withDenier));
        if (weightedCoverage(own, terms) >= 0.5 && (namesDenier && !ownVoice || shared >= 3)
            && score >= config.contestThreshold()) {
          return new Stated[] {ds, cs};
        }
      }
    }
    return null;
  }

  /**
   * The share of {@code of}'s words found in {@code in}, each word weighted by its inverse document
   * frequency among the event's statements: words every statement of the event uses ("attack",
   * "Russian") count for little, distinctive ones ("responsible", "connection") for much.
   */
  private double weightedCoverage(Set<String> of, Set<String> in) {
    double all = 0;
    double found = 0;
    for (String t : of) {
      double w = Math.log((statementCount + 1.0) / (documentFrequency.getOrDefault(t, 0) + 1.0)) + 1;
      all += w;
      if (in.contains(t)) {
        found += w;
      }
    }
    return all == 0 ? 0 : found / all;
  }

  /**
   * "Not independently confirmed" caveats: a statement's own unverified hedge marks its claim. A caveat
   * in the outlet's own voice or a negated confirmation ("Any capture of territory had not been
   * independently confirmed by journalists") also marks the claims of the same article it is about:
   * those in its sentence, and those whose content holds at least {@link LedgerConfig#caveatCoverage()}
   * of the caveat clause's words, and at least two of them (all when it has fewer), leaving out
   * verification words and, where others remain, names. Denials are never marked: a caveat does not
   * weaken a denial.
   */
  private void markCaveats(List<Draft> drafts) {
    for (AnalyzedArticle a : articles) {
      for (Statement s : a.statements()) {
        List<Hedge> markers = new ArrayList<>(s.hedges());
        boolean unconfirming = s.negated() && (s.stance() == Stance.CONFIRM || "confirmation".equals(s.cueClass()));
        if (unconfirming && s.content() != null && s.cue() != null && Texts.valid(s.content(), a.article().text())
            && Texts.valid(s.cue(), a.article().text())) {
          // "had not been independently confirmed by journalists": the negated cue is the caveat
          markers.add(new Hedge(s.cue(), s.cue().of(a.article().text()), "unverified", false));
        }
        for (Hedge h : markers) {
          if (!"unverified".equals(h.kind()) || h.negated() || h.span() == null || !Texts.valid(h.span(), a.article().text())) {
            continue;
          }
          boolean authorVoice = s.claimant() == null || s.claimant().kind() == ClaimantKind.AUTHOR || unconfirming;
          String scope = caveatScope(a, h);
          Set<String> terms = new LinkedHashSet<>(Terms.contentTerms(scope));
          terms.removeAll(VERIFY_WORDS);
          Set<String> unnamed = new LinkedHashSet<>(terms);
          unnamed.removeAll(Terms.namedTerms(scope));
          if (!unnamed.isEmpty()) {
            terms = unnamed; // "X is not known to have fought": about the fighting, not about everything X did
          }
          Sentence caveatSentence = Texts.sentenceAt(a, h.span().start());
          for (Draft d : drafts) {
            for (Stated m : d.members) {
              if (!m.articleId().equals(a.article().id())) {
                continue;
              }
              boolean own = m.statement() == s;
              boolean about = false;
              if (!own && authorVoice && !d.denying() && !terms.isEmpty()) {
                boolean sameSentence = caveatSentence != null && caveatSentence.span().overlaps(m.statement().content());
                int shared = Similarity.intersection(terms, m.content().terms());
                about = sameSentence
                    || shared >= Math.min(2, terms.size()) && (double) shared / terms.size() >= config.caveatCoverage();
              }
              if (own || about) {
                d.caveats.add(m.outlet() + ": \u201c" + Texts.oneLine(scope) + "\u201d");
              }
            }
          }
        }
      }
    }
  }

  /** The clause of the caveat's sentence that holds it (between commas), else the sentence. */
  private static String caveatScope(AnalyzedArticle a, Hedge h) {
    String text = a.article().text();
    Sentence sent = Texts.sentenceAt(a, h.span().start());
    Span sp = sent == null ? h.span() : sent.span();
    int start = sp.start();
    int end = sp.end();
    for (int i = h.span().start() - 1; i >= sp.start(); i--) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '\u2013' || c == '\u2014') {
        start = i + 1;
        break;
      }
    }
    for (int i = h.span().end(); i < sp.end(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '\u2013' || c == '\u2014') {
        end = i;
        break;
      }
    }
    return text.substring(start, end);
  }

  private static Set<String> termsOf(String words) {
    Set<String> out = new HashSet<>();
    for (String w : words.split(" ")) {
      out.add(Terms.term(w));
    }
    return Set.copyOf(out);
  }

  // ---------------------------------------------------------------- one claim in the making

  private final class Draft {
    final List<Stated> members;
    final List<Draft> contestedBy = new ArrayList<>();
    final List<Draft> contests = new ArrayList<>();
    final List<DraftRelation> relations = new ArrayList<>();
    final LinkedHashSet<String> caveats = new LinkedHashSet<>();
    final List<List<String>> sourceGroups;
    final int independent;
    final Instant firstSeen;
    ClaimStatus status;
    String reason;
    int rank;

    Draft(List<Stated> members) {
      this.members = members;
      this.sourceGroups = independence();
      this.independent = sourceGroups.size();
      Instant first = null;
      for (Stated s : members) {
        Instant t = EventAssembler.published(s.article().article());
        if (t != null && (first == null || t.isBefore(first))) {
          first = t;
        }
      }
      this.firstSeen = first;
    }

    /** The member that names the claimant: the first with a named speaker (a quotation one outlet left unattributed is the speaker's). */
    Stated speaker() {
      for (Stated s : members) {
        if (!s.claimantKey().equals("author") && !s.claimantKey().equals("unnamed")) {
          return s;
        }
      }
      return members.get(0);
    }

    /** The principal's key: whom the claim's speakers speak for (themselves when for no one else). */
    String claimantKey() {
      return speaker().principalKey();
    }

    String claimantName() {
      return speaker().principalName();
    }

    /** All its statements are negated ("has not been confirmed"): a caveat or a negative fact, not contestable by a denial. */
    boolean negatedContent() {
      return members.stream().allMatch(s -> s.content().negated());
    }

    boolean denying() {
      for (Stated s : members) {
        if (s.denying()) {
          return true;
        }
      }
      return false;
    }

    /** Outlets grouped by independent source: same unit, or near-identical statement text. */
    private List<List<String>> independence() {
      List<Integer> units = new ArrayList<>();
      List<Set<String>> shingles = new ArrayList<>();
      for (Stated s : members) {
        units.add(unit.applyAsInt(s));
        String wording = WireText.wording(s);
        shingles.add(wording == null ? Set.of() : WireText.trigrams(wording));
      }
      int n = members.size();
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          boolean sameWire = !shingles.get(i).isEmpty() && !shingles.get(j).isEmpty()
              && WireText.jaccard(shingles.get(i), shingles.get(j)) >= config.nearIdentical();
          if (units.get(i).equals(units.get(j)) || sameWire) {
            int ri = root(parent, i);
            int rj = root(parent, j);
            parent[Math.max(ri, rj)] = Math.min(ri, rj);
          }
        }
      }
      Map<Integer, LinkedHashSet<String>> groups = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        groups.computeIfAbsent(root(parent, i), x -> new LinkedHashSet<>()).add(members.get(i).outlet());
      }
      return groups.values().stream().map(List::copyOf).toList();
    }

    void decide() {
      if (!contestedBy.isEmpty()) {
        status = ClaimStatus.CONTESTED;
        reason = "denied or contradicted by " + String.join(", ",
            contestedBy.stream().map(Draft::claimantName).distinct().toList())
            + (caveats.isEmpty() ? "" : "; also marked as not verified by " + String.join("; ", caveats));
      } else if (!caveats.isEmpty()) {
        status = ClaimStatus.UNCONFIRMED;
        reason = "marked as not verified by " + String.join("; ", caveats);
      } else if (independent >= 2) {
        status = ClaimStatus.CORROBORATED;
        reason = independent + " independent outlets carry it";
      } else {
        status = ClaimStatus.SINGLE_SOURCE;
        reason = outlets().size() > 1
            ? "carried by " + outlets().size() + " outlets that count as one source (syndicated or identical text)"
            : "only " + outlets().get(0) + " carries it";
      }
    }

    List<String> outlets() {
      LinkedHashSet<String> out = new LinkedHashSet<>();
      for (Stated s : members) {
        out.add(s.outlet());
      }
      return List.copyOf(out);
    }

    LedgerClaim toClaim(Map<Draft, String> ids) {
      Stated first = speaker();
      String kind = first.claimantKey().equals("author") ? "author" : first.claimantKey().equals("unnamed") ? "unnamed" : "named";
      String name = kind.equals("author") ? String.join("; ", outlets()) : first.principalName();
      String entity = first.principalKey().equals(first.claimantKey()) ? first.entityId()
          : globals.contains(first.principalKey()) ? first.principalKey() : null;
      LinkedHashSet<String> speakers = new LinkedHashSet<>();
      if (!kind.equals("author")) {
        for (Stated s : members) {
          if (!s.claimantKey().equals("author") && !s.claimantKey().equals("unnamed") && !s.claimantName().equals(name)) {
            speakers.add(s.claimantName());
          }
        }
      }
      LedgerClaim.ClaimantRef claimant = new LedgerClaim.ClaimantRef(kind, name, entity, List.copyOf(speakers));
      Map<Stance, Integer> stances = new LinkedHashMap<>();
      for (Stated s : members) {
        stances.merge(s.statement().stance(), 1, Integer::sum);
      }
      Stance stance = stances.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      List<Evidence> evidence = members.stream().map(ClaimEvidence::of).toList();
      LinkedHashSet<String> channels = new LinkedHashSet<>();
      for (Stated s : members) {
        if (s.channel() != null) {
          channels.add(s.channel());
        }
      }
      String text = Texts.oneLine(EventAssembler.contentOf(representative().statement(), representative().article().article().text()))
          .replaceFirst("^(?i:that)\\s+(?=\\S)", ""); // "said that X": the claim is X
      return new LedgerClaim(ids.get(this), claimant, stance, text, evidence, outlets(), independent, sourceGroups,
          List.copyOf(channels), status, reason, firstSeen,
          contestedBy.stream().map(ids::get).toList(), contests.stream().map(ids::get).toList(),
          relations.stream().map(r -> r.toRelation(ids)).toList(), rank, false);
    }

    /** The member most like the others (the medoid); the earliest on ties. */
    /** The member most like the others: the claim's wording. */
    private Stated representative() {
      Stated best = members.get(0);
      double bestScore = -1;
      for (Stated a : members) {
        double sum = 0;
        for (Stated b : members) {
          if (a != b) {
            sum += Similarity.score(a.content(), b.content());
          }
        }
        // ties (two members are always tied): the fuller wording ("an attack on Monday", not "The attack")
        boolean tie = Math.abs(sum - bestScore) <= 1e-9;
        if (sum > bestScore + 1e-9 || tie && a.content().terms().size() > best.content().terms().size()) {
          bestScore = sum;
          best = a;
        }
      }
      return best;
    }
  }

  /** A relation in the making: its type, the other claim, and the two statements that show it (this claim's first). */
  private record DraftRelation(String type, Draft other, Stated mine, Stated theirs) {
    LedgerClaim.Relation toRelation(Map<Draft, String> ids) {
      String reason = switch (type) {
        case "denies" -> mine.claimantName() + " denies what " + theirs.claimantName() + " says";
        case "confirms" -> mine.claimantName() + " confirms what " + theirs.claimantName() + " says";
        default -> "they cannot both be true";
      };
      return new LedgerClaim.Relation(type, ids.get(other), reason,
          List.of(mine.articleId() + "#" + mine.statement().id(), theirs.articleId() + "#" + theirs.statement().id()));
    }
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }



}
