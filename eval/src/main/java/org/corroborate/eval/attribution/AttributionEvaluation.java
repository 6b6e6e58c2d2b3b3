package org.corroborate.eval.attribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.analysis.attribution.Attribution;
import org.corroborate.analysis.attribution.AttributionExtractor;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.NlpEngine;
import org.corroborate.model.Rejection;

/**
 * Runs the NLP engine and the attribution extractor over a PolNeAR-style folder and scores the
 * result with {@link AttributionScorer} against the first annotation file of each article.
 */
public final class AttributionEvaluation {
  private final NlpEngine engine;
  private final AttributionExtractor extractor;

  public AttributionEvaluation(NlpEngine engine, AttributionExtractor extractor) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** Per-article outcome, for listing the worst articles. */
  public record ArticleResult(String name, int gold, int predicted, int relationsExact) {}

  /** Everything measured. */
  public record Report(
      AttributionScorer scorer,
      int articles,
      long multiplyAnnotated,
      long tokens,
      long goldRelations,
      List<Rejection> rejections,
      List<ArticleResult> perArticle) {
    public Report {
      rejections = List.copyOf(rejections);
      perArticle = List.copyOf(perArticle);
    }
  }

  public Report run(Path dir, int limit) throws IOException {
    PolnearCorpus.Corpus corpus = PolnearCorpus.read(dir, limit);
    AttributionScorer total = new AttributionScorer();
    long tokens = 0;
    long goldRelations = 0;
    List<ArticleResult> per = new ArrayList<>();
    for (PolnearCorpus.Article a : corpus.articles()) {
      NlpDocument doc = engine.annotate(a.text(), extractor.parseFilter());
      tokens += doc.tokens().size();
      List<Attribution> pred = extractor.extract(doc);
      total.add(a.text(), a.gold(), pred);
      AttributionScorer one = new AttributionScorer();
      one.add(a.text(), a.gold(), pred);
      goldRelations += a.gold().size();
      per.add(new ArticleResult(a.name(), a.gold().size(), pred.size(),
          (int) one.counts(AttributionScorer.Role.RELATION, AttributionScorer.Match.EXACT).tp()));
    }
    return new Report(total, corpus.articles().size(), corpus.multiplyAnnotated(), tokens, goldRelations,
        corpus.rejections(), per);
  }

  /** The figures as a JSON-ready map. */
  public static Map<String, Object> toMap(Report r) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("articles", r.articles());
    out.put("articles_with_several_annotators", r.multiplyAnnotated());
    out.put("scored_against", "first annotation file per article by sorted name");
    out.put("tokens", r.tokens());
    out.put("gold_relations", r.goldRelations());
    out.put("scale", "percent");
    for (AttributionScorer.Match m : AttributionScorer.Match.values()) {
      Map<String, Object> byRole = new java.util.LinkedHashMap<>();
      for (AttributionScorer.Role role : AttributionScorer.Role.values()) {
        AttributionScorer.Counts c = r.scorer().counts(role, m);
        Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("precision", pct(c.precision()));
        f.put("recall", pct(c.recall()));
        f.put("f1", pct(c.f1()));
        f.put("tp", c.tp());
        f.put("predicted", c.predicted());
        f.put("gold", c.gold());
        byRole.put(role.name().toLowerCase(java.util.Locale.ROOT), f);
      }
      out.put(m.name().toLowerCase(java.util.Locale.ROOT), byRole);
    }
    out.put("errors", r.scorer().errors());
    out.put("rejections", r.rejections().size());
    return out;
  }

  static double pct(double v) {
    return Math.round(v * 1000) / 10.0;
  }
}
