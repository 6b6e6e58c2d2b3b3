package org.corroborate.ledger;

import org.corroborate.claims.Fingerprint;
import org.corroborate.claims.Said;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Statement;

/**
 * A statement of an event with what the ledger resolved for it (package-private working record).
 *
 * @param order       position of its article in the event (earliest first)
 * @param claimantKey ledger entity id, "name:&lt;key&gt;", "author" or "unnamed"
 * @param channel     the channel's name or the claimant of the statement it came through, else null
 * @param principalKey  the key of whom the claimant speaks for, where the text says ({@link Principals}:
 *                      "Kremlin spokesperson Dmitry Peskov" speaks for the Kremlin, the Kremlin for
 *                      Russia); the claimant's own key when it speaks for itself
 * @param principalName the principal's name as the ledger shows it; the claimant's name when none
 */
record Stated(int order, AnalyzedArticle article, Statement statement, String claimantKey,
    String entityId, String claimantName, String channel, Fingerprint content,
    String principalKey, String principalName) {

  /**
   * A denial: DENY stance, or a negated cue ("did not say"). A negated confirmation ("had not been
   * confirmed by journalists") is a verification caveat, not a denial: see {@link #unconfirming()}.
   */
  boolean denial() {
    return statement.stance() == org.corroborate.model.Stance.DENY || statement.negated() && !unconfirming();
  }

  /** A negated confirmation: "X has not confirmed", "had not been independently confirmed by journalists". */
  boolean unconfirming() {
    return statement.negated() && (statement.stance() == org.corroborate.model.Stance.CONFIRM
        || "confirmation".equals(statement.cueClass()));
  }

  /**
   * Says the opposite of something: a denial or a negated content ("had nothing to do with"). A
   * negation that is a verification caveat ("has not been independently confirmed") is not a denial,
   * nor is one inside a direct quote (a negation somewhere in a long quote says little about its claim).
   */
  boolean denying() {
    if (denial()) {
      return true;
    }
    boolean caveat = unconfirming()
        || statement.hedges().stream().anyMatch(h -> "unverified".equals(h.kind()) || "hedge".equals(h.kind()));
    return content.negated() && !caveat && !statement.direct();
  }

  /** What claim grouping sees: the statement under its principal's key, so a spokesperson's claim is the principal's. */
  Said said() {
    return new Said(principalKey, statement.stance(), denial(), content);
  }

  /** True when the claimant speaks for someone else. */
  boolean speaksForPrincipal() {
    return !principalKey.equals(claimantKey);
  }

  String articleId() {
    return article.article().id();
  }

  String outlet() {
    return article.article().outlet().name();
  }
}
