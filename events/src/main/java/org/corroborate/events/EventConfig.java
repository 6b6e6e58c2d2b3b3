package org.corroborate.events;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Settings of the {@link EventIndex}, with the defaults in {@link #DEFAULTS}. One configuration is
 * meant for every corpus: where time is missing the time terms simply do not apply.
 *
 * <p>Text weights: a term's weight in a document is {@code (1 + ln count) * kind boost * idf}, where
 * lead occurrences count {@code leadBoost} times and title occurrences {@code titleBoost * leadBoost}
 * times, and the kind boost is {@code nameBoost} for a word written capitalised inside sentences (a name), {@code numberBoost} for a number, and
 * {@code entityBoost} for words of the actor and place names the analysis stage supplied.
 *
 * @param titleBoost      how many lead occurrences one title occurrence counts as (default 4): the
 *                        headline names the event more surely than any sentence
 * @param nameBoost       weight factor of capitalised (name-like) words (default 3.5): names
 *                        tell apart two events of one kind better than any other words
 * @param numberBoost     weight factor of numbers: years, counts, casualty figures (default 1.5)
 * @param entityBoost     weight factor of words of supplied actor/place names (default 3.5, as names)
 * @param joinThreshold   least similarity for a document to join an event: its mean cosine with the
 *                        event's documents (average link) times the time factor; below it, the
 *                        document starts a new event (default 0.25)
 * @param timeGraceDays   time distance without penalty between a document and an event's time span (default 4):
 *                        follow-up reports of one event come within days
 * @param timeScaleDays   beyond the grace, the similarity decays as exp(-excess / scale) (default 2.5): a
 *                        second incident of the same kind a week later, whose reports recap the first at
 *                        length, must not join it ("same topic is not same event"); with a slow decay
 *                        (10 days) such follow-ups did
 * @param maxGapDays      time distance beyond which a document never joins an event (default 45); the
 *                        reach actually used is the shorter of this and the distance where the time
 *                        factor alone rules out a join ({@code EventIndex.horizonDays}, 7.9 days with
 *                        the defaults), which is what bounds the candidates of a document
 * @param queryTerms      how many of a document's heaviest terms look up candidate events (default 20)
 * @param indexTerms      how many of an event's heaviest centroid terms it is indexed under (default 40)
 * @param centroidTerms   how many terms an event centroid keeps; bounds memory and compare cost (default 150)
 * @param postingsCap     how many events (the most recently indexed) one term's postings keep (default 100)
 * @param maxCandidates   how many candidate events per document are scored in full (default 10)
 * @param mergeThreshold  least similarity (mean cosine between their documents, times the time
 *                        factor) of two events for the merge pass to join them (default 0.17); events
 *                        further apart than the time grace need midway between this and joinThreshold
 * @param halfTimeFactor  time factor when only one side (document or event) has a time: neither
 *                        confirmed nor ruled out, so the text must be stronger (default 0.5); when
 *                        neither side has a time the factor is 1 (a corpus without dates)
 * @param leadBoost       how many times an occurrence in the body's first three sentences counts:
 *                        the lead states the event, later paragraphs recall background and earlier
 *                        events (default 2)
 * @param docTerms        how many of its heaviest tf-idf terms a document keeps (default 120): drops
 *                        the long tail of incidental words, and bounds the cost of each document
 */
public record EventConfig(
    double titleBoost,
    double nameBoost,
    double numberBoost,
    double entityBoost,
    double joinThreshold,
    double timeGraceDays,
    double timeScaleDays,
    double maxGapDays,
    int queryTerms,
    int indexTerms,
    int centroidTerms,
    int postingsCap,
    int maxCandidates,
    double mergeThreshold,
    double halfTimeFactor,
    double leadBoost,
    int docTerms) {

  public static final EventConfig DEFAULTS =
      new EventConfig(4, 3.5, 1.5, 3.5, 0.25, 4, 2.5, 45, 20, 40, 150, 100, 10, 0.17, 0.5, 2, 120);

  public EventConfig {
    positive("titleBoost", titleBoost);
    positive("nameBoost", nameBoost);
    positive("numberBoost", numberBoost);
    positive("entityBoost", entityBoost);
    unit("joinThreshold", joinThreshold);
    unit("mergeThreshold", mergeThreshold);
    unit("halfTimeFactor", halfTimeFactor);
    positive("leadBoost", leadBoost);
    if (!(timeGraceDays >= 0)) {
      throw new IllegalArgumentException("timeGraceDays must be >= 0, was " + timeGraceDays);
    }
    positive("timeScaleDays", timeScaleDays);
    if (!(maxGapDays >= timeGraceDays)) {
      throw new IllegalArgumentException("maxGapDays must be >= timeGraceDays, was " + maxGapDays);
    }
    atLeastOne("queryTerms", queryTerms);
    atLeastOne("indexTerms", indexTerms);
    atLeastOne("postingsCap", postingsCap);
    atLeastOne("maxCandidates", maxCandidates);
    atLeastOne("docTerms", docTerms);
    if (centroidTerms < indexTerms) {
      throw new IllegalArgumentException("centroidTerms must be >= indexTerms (" + indexTerms + "), was " + centroidTerms);
    }
  }

  /**
   * Parses {@code "key=value,key=value"} onto {@link #DEFAULTS}. Unknown keys and bad values are
   * errors naming the key; an empty string gives the defaults.
   */
  public static EventConfig parse(String spec) {
    Map<String, String> kv = new LinkedHashMap<>();
    for (String part : spec.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("expected key=value in event config, got '" + p + "'");
      }
      kv.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
    }
    EventConfig d = DEFAULTS;
    double titleBoost = dbl(kv, "titleBoost", d.titleBoost);
    double nameBoost = dbl(kv, "nameBoost", d.nameBoost);
    double numberBoost = dbl(kv, "numberBoost", d.numberBoost);
    double entityBoost = dbl(kv, "entityBoost", d.entityBoost);
    double joinThreshold = dbl(kv, "joinThreshold", d.joinThreshold);
    double timeGraceDays = dbl(kv, "timeGraceDays", d.timeGraceDays);
    double timeScaleDays = dbl(kv, "timeScaleDays", d.timeScaleDays);
    double maxGapDays = dbl(kv, "maxGapDays", d.maxGapDays);
    int queryTerms = integer(kv, "queryTerms", d.queryTerms);
    int indexTerms = integer(kv, "indexTerms", d.indexTerms);
    int centroidTerms = integer(kv, "centroidTerms", d.centroidTerms);
    int postingsCap = integer(kv, "postingsCap", d.postingsCap);
    int maxCandidates = integer(kv, "maxCandidates", d.maxCandidates);
    double mergeThreshold = dbl(kv, "mergeThreshold", d.mergeThreshold);
    double halfTimeFactor = dbl(kv, "halfTimeFactor", d.halfTimeFactor);
    double leadBoost = dbl(kv, "leadBoost", d.leadBoost);
    int docTerms = integer(kv, "docTerms", d.docTerms);
    if (!kv.isEmpty()) {
      throw new IllegalArgumentException("unknown event config keys: " + kv.keySet());
    }
    return new EventConfig(titleBoost, nameBoost, numberBoost, entityBoost, joinThreshold, timeGraceDays,
        timeScaleDays, maxGapDays, queryTerms, indexTerms, centroidTerms, postingsCap, maxCandidates,
        mergeThreshold, halfTimeFactor, leadBoost, docTerms);
  }

  /** The string form: {@code parse(toSpec())} equals this. */
  public String toSpec() {
    return String.format(Locale.ROOT,
        "titleBoost=%s,nameBoost=%s,numberBoost=%s,entityBoost=%s,joinThreshold=%s,timeGraceDays=%s,"
            + "timeScaleDays=%s,maxGapDays=%s,queryTerms=%d,indexTerms=%d,centroidTerms=%d,postingsCap=%d,"
            + "maxCandidates=%d,mergeThreshold=%s,halfTimeFactor=%s,leadBoost=%s,docTerms=%d",
        titleBoost, nameBoost, numberBoost, entityBoost, joinThreshold, timeGraceDays, timeScaleDays,
        maxGapDays, queryTerms, indexTerms, centroidTerms, postingsCap, maxCandidates, mergeThreshold,
        halfTimeFactor, leadBoost, docTerms);
  }

  private static double dbl(Map<String, String> kv, String key, double dflt) {
    String v = kv.remove(key);
    if (v == null) {
      return dflt;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("event config " + key + " must be a number, was '" + v + "'", e);
    }
  }

  private static int integer(Map<String, String> kv, String key, int dflt) {
    String v = kv.remove(key);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("event config " + key + " must be an integer, was '" + v + "'", e);
    }
  }

  private static void positive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be a positive number, was " + v);
    }
  }

  private static void unit(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be within 0..1, was " + v);
    }
  }

  private static void atLeastOne(String name, int v) {
    if (v < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, was " + v);
    }
  }
}
