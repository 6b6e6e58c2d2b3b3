package org.corroborate.ledger;

/**
 * Where a claim stands, in order of precedence (the first that applies wins):
 * <ol>
 *   <li>{@link #CONTESTED}: another actor denies it (a DENY or negated statement whose content
 *       matches) or says the opposite, or denies responsibility ("denied being behind the attacks")
 *       while the claim puts it on that actor ("a Ukrainian group was responsible": its name, demonym
 *       or user alias near words of blame or attack). A claim in an outlet's own voice is contested
 *       only when it restates the denied words or blames the denier. A denial is what a fact-checker
 *       must see first.</li>
 *   <li>{@link #UNCONFIRMED}: an outlet carrying it marks it not verified ("not independently
 *       confirmed", "unconfirmed reports"). An explicit caveat outweighs a count of outlets, which
 *       may all repeat one unverified source.</li>
 *   <li>{@link #CORROBORATED}: two or more independent outlets carry it.</li>
 *   <li>{@link #SINGLE_SOURCE}: otherwise.</li>
 * </ol>
 * The status is about the reporting (who carries the claim, who disputes it), not about its truth.
 */
public enum ClaimStatus {
  CONTESTED("contested"),
  UNCONFIRMED("unconfirmed"),
  CORROBORATED("corroborated"),
  SINGLE_SOURCE("single-source");

  private final String label;

  ClaimStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The JSON and CSV form: "single-source". */
  @Override
  public String toString() {
    return label;
  }
}
