package org.corroborate.analysis.hedges;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Hedge;
import org.corroborate.model.Span;

/**
 * Finds hedges and verification markers in article text:
 * <ul>
 *   <li>{@code unverified}: "not (been) independently confirmed", "no independent confirmation",
 *       "unconfirmed (reports)", "could not be verified", "is not known to", "was unable to verify";</li>
 *   <li>{@code hedge}: "reportedly", "purportedly", "allegedly", "apparently", "appear(s) to",
 *       "seem(s) to", "is said to", "is believed to", "it is not clear";</li>
 *   <li>{@code verified}: "independently confirmed/verified" (not negated), "verified by", "geolocated".</li>
 * </ul>
 * A hedge or verified marker preceded by a negation ("did not appear to", "is not alleged") is
 * {@link Hedge#negated()}; a negated verification is reported as {@code unverified} instead.
 * Surface patterns only, so it works on any text; stateless and thread-safe.
 */
public final class HedgeFinder {

  /** A pattern, its kind, and words one of which must occur (lower-cased) for it to be worth running. */
  private record Rule(Pattern pattern, String kind, List<String> needles) {
    Rule(Pattern pattern, String kind) {
      this(pattern, kind, needlesOf(pattern.pattern()));
    }
  }

  /** Cheap pre-check: the literal words of a pattern's first alternation group that any match must contain. */
  private static List<String> needlesOf(String regex) {
    List<String> out = new ArrayList<>();
    for (String w : List.of("independ", "unconfirm", "unverif", "unsubstant", "uncorrob", "verif", "confirm", "corrob",
        "known", "evidence", "reported", "purported", "alleged", "apparent", "suppos", "seeming", "ostensib", "appear",
        "seem", "said", "believed", "thought", "understood", "clear", "geolocat", "unable", "impossible", "possible")) {
      if (regex.contains(w.substring(0, Math.min(5, w.length())))) {
        out.add(w.substring(0, Math.min(5, w.length())));
      }
    }
    return out;
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String NEG = "(?:not|n['’]t|never)";

  private static final List<Rule> RULES = List.of(
      new Rule(Pattern.compile("\\b" + NEG + "\\s+(?:yet\\s+|immediately\\s+)?(?:been\\s+|be\\s+)?(?:independently\\s+)"
          + "(?:confirmed|verified|corroborated|confirm|verify)\\b", FLAGS), "unverified"),
      new Rule(Pattern.compile("\\b(?:could|can|would)\\s*" + NEG + "\\s+(?:be\\s+)?(?:immediately\\s+)?(?:independently\\s+)?"
          + "(?:verified|confirmed|verify|confirm|corroborated)\\b", FLAGS), "unverified"),
      new Rule(Pattern.compile("\\bcannot\\s+(?:be\\s+)?(?:immediately\\s+)?(?:independently\\s+)?(?:verified|confirmed|verify|confirm)\\b",
          FLAGS), "unverified"),
      new Rule(Pattern.compile("\\b(?:unable|impossible|not possible)\\s+to\\s+(?:immediately\\s+)?(?:independently\\s+)?"
          + "(?:verify|confirm|corroborate)\\b", FLAGS), "unverified"),
      new Rule(Pattern.compile("\\b(?:neither|none|nor)\\b[^.;]{0,80}?\\b(?:could|can|has|have|had|was|were|is|are)\\s+"
          + "(?:yet\\s+)?(?:been\\s+|be\\s+)?independently\\s+(?:confirmed|verified|corroborated)\\b", FLAGS), "unverified"),
      new Rule(Pattern.compile("\\bno\\s+(?:immediate\\s+)?independent\\s+(?:confirmation|verification|corroboration)\\b", FLAGS),
          "unverified"),
      new Rule(Pattern.compile("\\bhas\\s+not\\s+been\\s+(?:verified|confirmed)\\b|\\bhave\\s+not\\s+been\\s+(?:verified|confirmed)\\b",
          FLAGS), "unverified"),
      new Rule(Pattern.compile("\\bun(?:confirmed|verified|substantiated|corroborated)\\b", FLAGS), "unverified"),
      new Rule(Pattern.compile("\\b(?:is|are|was|were)\\s+not\\s+known\\s+to\\b", FLAGS), "unverified"),
      new Rule(Pattern.compile("\\bno\\s+evidence\\b", FLAGS), "unverified"),
      new Rule(Pattern.compile("\\b(?:reportedly|purportedly|allegedly|apparently|supposedly|seemingly|ostensibly)\\b", FLAGS),
          "hedge"),
      new Rule(Pattern.compile("\\b(?:appear(?:s|ed|ing)?|seem(?:s|ed|ing)?)\\s+to\\b", FLAGS), "hedge"),
      new Rule(Pattern.compile("\\b(?:is|are|was|were)\\s+(?:said|believed|thought|understood|alleged|reported)\\s+to\\b", FLAGS),
          "hedge"),
      new Rule(Pattern.compile("\\bit\\s+(?:is|was|remains)\\s+(?:not\\s+clear|unclear)\\b", FLAGS), "hedge"),
      new Rule(Pattern.compile("(?<!\\b(?:who|he|she|they|it|has|have|had|and|also)\\s)\\balleged\\b(?!\\s+that\\b)", FLAGS),
          "hedge"),
      new Rule(Pattern.compile("\\bindependently\\s+(?:confirmed|verified|corroborated)\\b|\\bverified\\s+by\\b|\\bgeolocated\\b",
          FLAGS), "verified"));

  private static final Pattern NEGATION_BEFORE = Pattern.compile("\\b" + NEG + "(?:\\s+\\w+)?\\s*$", FLAGS);

  /** All markers in {@code text} within {@code span}, in text order, without overlaps (the longest wins). */
  public List<Hedge> find(String text, Span span) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    List<Hedge> found = new ArrayList<>();
    String region = span.of(text);
    String lower = region.toLowerCase(java.util.Locale.ROOT);
    for (Rule r : RULES) {
      boolean worth = r.needles().isEmpty();
      for (String n : r.needles()) {
        worth |= lower.contains(n);
      }
      if (!worth) {
        continue;
      }
      Matcher m = r.pattern().matcher(region);
      while (m.find()) {
        Span s = new Span(span.start() + m.start(), span.start() + m.end());
        String kind = r.kind();
        boolean negated = false;
        if (!kind.equals("unverified")) {
          int from = Math.max(span.start(), s.start() - 20);
          negated = NEGATION_BEFORE.matcher(text.substring(from, s.start())).find();
          if (negated && kind.equals("verified")) {
            kind = "unverified";
            negated = false;
          }
        }
        found.add(new Hedge(s, s.of(text), kind, negated));
      }
    }
    found.sort(Comparator.comparing((Hedge h) -> h.span().start()).thenComparing(h -> -h.span().length()));
    List<Hedge> out = new ArrayList<>();
    for (Hedge h : found) {
      if (!out.isEmpty() && out.get(out.size() - 1).span().overlaps(h.span())) {
        continue;
      }
      out.add(h);
    }
    return out;
  }
}
