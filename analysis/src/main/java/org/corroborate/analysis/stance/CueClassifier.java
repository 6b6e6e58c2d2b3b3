package org.corroborate.analysis.stance;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corroborate.analysis.DocText;
import org.corroborate.model.Stance;

/**
 * Reads a cue ("said", "has denied", "claims to have", "according to", "did not confirm") and its
 * context: its class, the stance it gives the claimant, and whether it is negated or conditional.
 *
 * <p>The class comes from the cue's main word (its first non-auxiliary verb, else its first noun or
 * word), looked up by lemma; a negation before it ("did not confirm", "has not denied", "declined to
 * confirm") sets {@code negated} but keeps the stance; a modal ("would say", "could confirm") or an
 * "if" clause before the cue sets {@code conditional}. Stateless and thread-safe.
 */
public final class CueClassifier {

  /** What a cue says about the claimant's stance. */
  public record Reading(String cueClass, Stance stance, boolean negated, boolean conditional, int headToken) {}

  private static final Map<String, String> CLASS_BY_LEMMA = Map.ofEntries(
      // speech
      Map.entry("say", "speech"), Map.entry("tell", "speech"), Map.entry("add", "speech"), Map.entry("state", "speech"),
      Map.entry("announce", "speech"), Map.entry("declare", "speech"), Map.entry("explain", "speech"),
      Map.entry("note", "speech"), Map.entry("comment", "speech"), Map.entry("remark", "speech"),
      Map.entry("reply", "speech"), Map.entry("respond", "speech"), Map.entry("stress", "speech"),
      Map.entry("emphasise", "speech"), Map.entry("emphasize", "speech"), Map.entry("reiterate", "speech"),
      Map.entry("statement", "speech"), Map.entry("speak", "speech"), Map.entry("describe", "speech"),
      Map.entry("call", "speech"), Map.entry("urge", "speech"), Map.entry("ask", "speech"), Map.entry("argue", "claim"),
      // writing
      Map.entry("write", "writing"), Map.entry("post", "writing"), Map.entry("tweet", "writing"),
      Map.entry("publish", "writing"), Map.entry("blog", "writing"),
      // claim
      Map.entry("claim", "claim"), Map.entry("contend", "claim"), Map.entry("maintain", "claim"),
      Map.entry("insist", "claim"), Map.entry("assert", "claim"), Map.entry("boast", "claim"),
      Map.entry("purport", "claim"), Map.entry("suggest", "claim"), Map.entry("imply", "claim"),
      // denial
      Map.entry("deny", "denial"), Map.entry("reject", "denial"), Map.entry("dismiss", "denial"),
      Map.entry("refute", "denial"), Map.entry("disavow", "denial"), Map.entry("dispute", "denial"),
      Map.entry("rebut", "denial"), Map.entry("disclaim", "denial"), Map.entry("denial", "denial"),
      Map.entry("disown", "denial"), Map.entry("repudiate", "denial"),
      // confirmation
      Map.entry("confirm", "confirmation"), Map.entry("acknowledge", "confirmation"), Map.entry("admit", "confirmation"),
      Map.entry("verify", "confirmation"), Map.entry("concede", "confirmation"), Map.entry("corroborate", "confirmation"),
      Map.entry("confirmation", "confirmation"),
      // accusation
      Map.entry("allege", "accusation"), Map.entry("accuse", "accusation"), Map.entry("blame", "accusation"),
      Map.entry("charge", "accusation"), Map.entry("allegation", "accusation"),
      // report
      Map.entry("report", "report"), Map.entry("cite", "report"), Map.entry("quote", "report"),
      Map.entry("relay", "report"), Map.entry("show", "report"), Map.entry("indicate", "report"),
      Map.entry("reveal", "report"),
      // belief
      Map.entry("believe", "belief"), Map.entry("think", "belief"), Map.entry("fear", "belief"),
      Map.entry("suspect", "belief"), Map.entry("feel", "belief"), Map.entry("consider", "belief"),
      Map.entry("assume", "belief"), Map.entry("doubt", "belief"), Map.entry("hope", "belief"),
      Map.entry("worry", "belief"), Map.entry("estimate", "belief"), Map.entry("understand", "belief"),
      // prediction
      Map.entry("predict", "prediction"), Map.entry("warn", "prediction"), Map.entry("expect", "prediction"),
      Map.entry("promise", "prediction"), Map.entry("threaten", "prediction"), Map.entry("vow", "prediction"),
      Map.entry("pledge", "prediction"), Map.entry("forecast", "prediction"), Map.entry("anticipate", "prediction"));

  private static final Map<String, Stance> STANCE_BY_CLASS = Map.of(
      "speech", Stance.ASSERT, "writing", Stance.ASSERT, "claim", Stance.CLAIM, "denial", Stance.DENY,
      "confirmation", Stance.CONFIRM, "accusation", Stance.ALLEGE, "report", Stance.REPORT,
      "according-to", Stance.REPORT, "belief", Stance.BELIEVE, "prediction", Stance.PREDICT);

  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "could", "can", "may",
      "might", "should", "must", "shall", "not", "n't", "also", "to", "reportedly");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nor", "neither");
  private static final Set<String> REFUSALS = Set.of("decline", "refuse", "fail", "yet");
  private static final Set<String> REFUSAL_WORDS = Set.of("declined", "declines", "refused", "refuses", "failed",
      "fails", "yet");
  private static final Set<String> CONDITIONAL_MODALS = Set.of("would", "could", "might", "may");
  private static final Set<String> NOUN_CUES = Set.of("report", "statement", "claim", "denial", "confirmation",
      "allegation", "announcement");

  /** The stance a cue class gives by itself. */
  public static Stance stanceOf(String cueClass) {
    Stance s = STANCE_BY_CLASS.get(cueClass);
    return s == null ? Stance.ASSERT : s;
  }

  /** Reads the cue on tokens {@code [from, to)}; with no tokens it is a "speech" cue. */
  public Reading read(DocText dt, int from, int to) {
    Objects.requireNonNull(dt, "dt");
    if (from >= to) {
      return new Reading("speech", Stance.ASSERT, false, false, -1);
    }
    String joined = dt.text(from, to).toLowerCase(java.util.Locale.ROOT);
    int head = headOf(dt, from, to);
    String cls;
    if (joined.startsWith("according to") || joined.equals("according")) {
      cls = "according-to";
    } else {
      cls = CLASS_BY_LEMMA.getOrDefault(lemma(dt, head), "speech");
      if (NOUN_CUES.contains(lemma(dt, head)) && dt.isNoun(head) && lemma(dt, head).equals("report")) {
        cls = "report";
      }
    }
    // "claims to have", "said it had": the first verb may be a speech verb followed by "claim"
    for (int k = from; k < to; k++) {
      String l = lemma(dt, k);
      if (k != head && CLASS_BY_LEMMA.containsKey(l) && !CLASS_BY_LEMMA.get(l).equals("speech")
          && cls.equals("speech")) {
        cls = CLASS_BY_LEMMA.get(l);
      }
    }
    boolean negated = false;
    boolean conditional = false;
    int sentenceStart = dt.sentence(dt.token(from).sentence()).firstToken();
    for (int k = Math.max(sentenceStart, head - 4); k < head; k++) {
      if (separatedByClause(dt, k, head)) {
        continue;
      }
      String l = dt.lower(k);
      boolean refusal = (REFUSALS.contains(lemma(dt, k)) || REFUSAL_WORDS.contains(l)) && dt.lower(k + 1).equals("to");
      if (NEGATIONS.contains(l) || refusal) {
        negated = true;
      }
      if (CONDITIONAL_MODALS.contains(l)) {
        conditional = true;
      }
    }
    // "if" earlier in the same clause: "If the town falls, officials would say ..."
    for (int k = sentenceStart; k < from; k++) {
      if (dt.lower(k).equals("if") || dt.lower(k).equals("unless")) {
        conditional = true;
      }
    }
    return new Reading(cls, stanceOf(cls), negated, conditional, head);
  }

  private static boolean separatedByClause(DocText dt, int a, int b) {
    for (int k = a + 1; k < b; k++) {
      String w = dt.word(k);
      if (w.equals(",") || w.equals(";") || dt.lower(k).equals("that")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue on tokens {@code [from, to)} has a known cue word ("said", "denied", "according to",
   * "reports"): attributions with other cues ("footage of", "the caveat") are not statements.
   */
  public boolean known(DocText dt, int from, int to) {
    if (from >= to) {
      return false;
    }
    String joined = dt.text(from, to).toLowerCase(java.util.Locale.ROOT);
    if (joined.startsWith("according to")) {
      return true;
    }
    return CLASS_BY_LEMMA.containsKey(lemma(dt, headOf(dt, from, to)));
  }

  /**
   * The main word of a cue. With a parse: the first verb whose head lies outside the cue and that does
   * not just modify a noun ("videos posted on social media appear": appear). Else the first verb that
   * is not an auxiliary, else the first noun, else the first word.
   */
  public static int headOf(DocText dt, int from, int to) {
    if (dt.parsed(from)) {
      for (int k = from; k < to; k++) {
        int h = dt.head(k);
        String rel = dt.deprel(k);
        if (dt.isVerb(k) && !AUXILIARIES.contains(lemma(dt, k)) && (h < from || h >= to)
            && !rel.startsWith("acl") && !rel.startsWith("amod") && !rel.startsWith("aux")) {
          return k;
        }
      }
    }
    int first = -1;
    int lastFinite = -1;
    for (int k = from; k < to; k++) {
      if (dt.isVerb(k) && !AUXILIARIES.contains(lemma(dt, k)) && !dt.pos(k).equals("MD")) {
        if (first < 0) {
          first = k;
        }
        if (dt.isFiniteVerb(k)) {
          lastFinite = k;
        }
      }
    }
    // "videos posted on social media appear": the last finite verb governs a participle before it
    if (lastFinite > first && first >= 0 && first + 1 < to && dt.pos(first + 1).equals("IN")) {
      return lastFinite;
    }
    if (first >= 0) {
      return first;
    }
    for (int k = from; k < to; k++) {
      if (dt.isNoun(k) || CLASS_BY_LEMMA.containsKey(lemma(dt, k))) {
        return k;
      }
    }
    return from;
  }

  private static String lemma(DocText dt, int k) {
    String l = dt.lemma(k);
    if (l.equals(dt.lower(k)) && l.endsWith("s") && CLASS_BY_LEMMA.containsKey(l.substring(0, l.length() - 1))) {
      return l.substring(0, l.length() - 1);
    }
    return l;
  }
}
