package org.corroborate.eval.extraction;

/**
 * What went wrong on one page, judged from its precision and recall, so failures can be studied by
 * kind. The 0.9 and 0.5 bounds are the same for every page.
 */
public enum FailureKind {
  /** Precision and recall both at least 0.9. */
  GOOD,
  /** Nothing was extracted although text was expected. */
  EMPTY,
  /** Recall at least 0.9 but precision below: boilerplate kept. */
  TOO_MUCH,
  /** Precision at least 0.9 but recall below: part of the article lost. */
  TOO_LITTLE,
  /** Precision and recall both below 0.5: mostly the wrong block. */
  WRONG_BLOCK,
  /** Both below 0.9, not both below 0.5: some article lost and some boilerplate kept. */
  MIXED;

  static final double HIGH = 0.9;
  static final double LOW = 0.5;

  /** Classifies one page's figures. */
  public static FailureKind of(ShingleMetric.Counts c) {
    if (!c.hasPrediction() && c.hasExpectation()) {
      return EMPTY;
    }
    double p = c.precision();
    double r = c.recall();
    if (p >= HIGH && r >= HIGH) {
      return GOOD;
    }
    if (r >= HIGH) {
      return TOO_MUCH;
    }
    if (p >= HIGH) {
      return TOO_LITTLE;
    }
    if (p < LOW && r < LOW) {
      return WRONG_BLOCK;
    }
    return MIXED;
  }
}
