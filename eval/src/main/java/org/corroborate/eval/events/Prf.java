package org.corroborate.eval.events;

/** Precision, recall and their harmonic mean (F1 is 0 when both are 0). */
public record Prf(double precision, double recall, double f1) {
  public static Prf of(double precision, double recall) {
    double f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Prf(precision, recall, f);
  }
}
