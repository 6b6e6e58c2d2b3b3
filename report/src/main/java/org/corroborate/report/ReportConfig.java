package org.corroborate.report;

/**
 * Bounds that keep report.html quick to write and to open for an event with thousands of claims. What
 * falls outside a bound is counted in a note on the page and stays complete in ledger.json and
 * claims.csv; a link to a claim that is not on the page is shown as its id, not as a broken link.
 *
 * @param matrixClaims     claims shown in full (a matrix row with its sentences) per event, in rank
 *                         order; default 300
 * @param listedClaims     claims listed in one line each after those (their element ids still resolve
 *                         from links), per event, and background claims listed likewise; default 2,000
 * @param outletColumns    outlet columns of the matrix; the outlets carrying the most claims are kept and
 *                         the others are counted in one last column; default 40
 * @param sentencesPerClaim sentences shown under one claim (the claim's statements, earliest first); the
 *                         rest are counted; default 25
 * @param relationsPerClaim relations shown under one claim in each direction, with their evidence; the
 *                         rest are counted; default 25
 */
public record ReportConfig(int matrixClaims, int listedClaims, int outletColumns, int sentencesPerClaim,
    int relationsPerClaim) {
  public ReportConfig {
    positive("matrixClaims", matrixClaims);
    if (listedClaims < 0) {
      throw new IllegalArgumentException("listedClaims must be >= 0, was " + listedClaims);
    }
    positive("outletColumns", outletColumns);
    positive("sentencesPerClaim", sentencesPerClaim);
    positive("relationsPerClaim", relationsPerClaim);
  }

  public static ReportConfig defaults() {
    return new ReportConfig(300, 2_000, 40, 25, 25);
  }

  private static void positive(String name, int v) {
    if (v < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, was " + v);
    }
  }
}
