package org.corroborate.pipeline;

import java.util.List;
import org.corroborate.analysis.nlp.ClaimEncoder;
import org.corroborate.ledger.Aliases;
import org.corroborate.ledger.EventGroup;
import org.corroborate.ledger.Ledger;
import org.corroborate.ledger.LedgerBuilder;
import org.corroborate.ledger.LedgerConfig;

/**
 * The one place that builds a ledger from event groups, as {@code analyze} does: default thresholds and
 * the shipped sentence encoder ({@link ClaimEncoder#shared()}). The evaluations and the server call it
 * too, so they score and serve what users get.
 */
public final class Ledgers {
  private Ledgers() {}

  public static Ledger build(List<EventGroup> events, Aliases aliases) {
    return new LedgerBuilder(LedgerConfig.defaults(), ClaimEncoder.shared()).buildLedger(events, aliases);
  }
}
