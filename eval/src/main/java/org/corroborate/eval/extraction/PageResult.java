package org.corroborate.eval.extraction;

/**
 * One page's figures.
 *
 * @param id              the page id (file name without {@code .html.gz})
 * @param expectedTokens  word tokens in the gold text
 * @param predictedTokens word tokens in the extracted text
 * @param problem         the extractor's or the reader's problem sentence, or null
 */
public record PageResult(
    String id,
    String url,
    double tp,
    double fp,
    double fn,
    double precision,
    double recall,
    double f1,
    FailureKind kind,
    int expectedTokens,
    int predictedTokens,
    String problem) {

  static PageResult of(String id, String url, String expected, String predicted, String problem) {
    ShingleMetric.Counts c = ShingleMetric.compare(expected, predicted);
    return new PageResult(id, url, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1(),
        FailureKind.of(c), ShingleMetric.tokens(expected).size(), ShingleMetric.tokens(predicted).size(), problem);
  }

  ShingleMetric.Counts counts() {
    return new ShingleMetric.Counts(tp, fp, fn);
  }
}
