package org.corroborate.eval.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.corroborate.analysis.attribution.Attribution;
import org.corroborate.eval.attribution.AttributionScorer.Counts;
import org.corroborate.eval.attribution.AttributionScorer.Match;
import org.corroborate.eval.attribution.AttributionScorer.Role;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {
  static final String TEXT = "Ann said rain fell . Bob said snow . Cal hoped .";

  static Span at(String s, int n) {
    int a = -1;
    for (int k = 0; k <= n; k++) {
      a = TEXT.indexOf(s, a + 1);
    }
    return new Span(a, a + s.length());
  }

  static Attribution rel(Span src, Span cue, Span content) {
    return new Attribution(src == null ? List.of() : List.of(src), List.of(cue),
        content == null ? List.of() : List.of(content), false, 0);
  }

  @Test
  void figuresComputedByHand() {
    List<Attribution> gold = List.of(
        rel(at("Ann", 0), at("said", 0), at("rain fell", 0)),
        rel(at("Bob", 0), at("said", 1), at("snow", 0)));
    List<Attribution> pred = List.of(
        rel(at("Ann", 0), at("said", 0), at("rain", 0)),
        rel(null, at("said", 1), at("snow", 0)),
        rel(at("Cal", 0), at("hoped", 0), null));
    AttributionScorer s = new AttributionScorer();
    s.add(TEXT, gold, pred);
    assertEquals(new Counts(1, 2, 2), s.counts(Role.SOURCE, Match.EXACT));
    assertEquals(new Counts(1, 2, 2), s.counts(Role.SOURCE, Match.OVERLAP));
    assertEquals(new Counts(2, 3, 2), s.counts(Role.CUE, Match.EXACT));
    assertEquals(0.8, s.counts(Role.CUE, Match.EXACT).f1(), 1e-9);
    assertEquals(new Counts(1, 2, 2), s.counts(Role.CONTENT, Match.EXACT));
    assertEquals(new Counts(2, 2, 2), s.counts(Role.CONTENT, Match.OVERLAP));
    assertEquals(new Counts(0, 3, 2), s.counts(Role.RELATION, Match.EXACT));
    assertEquals(new Counts(1, 3, 2), s.counts(Role.RELATION, Match.OVERLAP));
    assertEquals(0.4, s.counts(Role.RELATION, Match.OVERLAP).f1(), 1e-9);
    assertEquals(Map.of("source: missed", 1L, "source: spurious", 1L, "cue: spurious", 1L, "content: too short", 1L,
        "relation: source missing", 1L), s.errors());
  }

  @Test
  void whiteSpaceAroundAndBetweenFragmentsDoesNotMatter() {
    // gold content as two fragments split at a space, with a trailing space; prediction one span
    Span rain = at("rain", 0);
    Span fell = at("fell", 0);
    Attribution g = new Attribution(List.of(at("Ann", 0)), List.of(at("said", 0)),
        List.of(rain, new Span(fell.start(), fell.end() + 1)), false, 0);
    Attribution p = new Attribution(List.of(at("Ann", 0)), List.of(at("said", 0)), List.of(at("rain fell", 0)), false, 0);
    AttributionScorer s = new AttributionScorer();
    s.add(TEXT, List.of(g), List.of(p));
    assertEquals(new Counts(1, 1, 1), s.counts(Role.RELATION, Match.EXACT));
    assertEquals(Map.of(), s.errors());
  }

  @Test
  void emptyInputScoresZeroWithoutDividingByZero() {
    AttributionScorer s = new AttributionScorer();
    s.add(TEXT, List.of(), List.of());
    assertEquals(0.0, s.counts(Role.CUE, Match.EXACT).f1());
  }
}
