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
 */
record Stated(int order, AnalyzedArticle article, Statement statement, String claimantKey,
    String entityId, String claimantName, String channel, Fingerprint content) {

  boolean denial() {
    return statement.stance() == org.corroborate.model.Stance.DENY || statement.negated();
  }

  /**
   * Says the opposite of something: a denial or a negated content ("had nothing to do with"). A
   * negation that is a verification caveat ("has not been independently confirmed") is not a denial.
   */
  boolean denying() {
    if (denial()) {
      return true;
    }
    boolean caveat = statement.hedges().stream().anyMatch(h -> "unverified".equals(h.kind()) || "hedge".equals(h.kind()));
    return content.negated() && !caveat;
  }

  Said said() {
    return new Said(claimantKey, statement.stance(), denial(), content);
  }

  String articleId() {
    return article.article().id();
  }

  String outlet() {
    return article.article().outlet().name();
  }
}
