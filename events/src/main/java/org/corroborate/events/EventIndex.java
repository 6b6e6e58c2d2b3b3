package org.corroborate.events;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Online event clustering: each new document joins the most similar existing event or starts a new
 * one; nothing already placed is reclustered (except by the optional {@link #mergePass()}).
 *
 * <p>Similarity of a document to an event is the mean cosine of the document's tf-idf vector with the
 * vectors of the event's documents (average link; document frequencies maintained incrementally, a
 * document's vector fixed when it arrives; see {@link TermExtractor} for the term weights), computed
 * in one pass as the dot product with the event's centroid (the sum of its documents' unit vectors,
 * truncated to the heaviest terms) divided by the event's size, times a time factor: 1 within {@link EventConfig#timeGraceDays()} of the event's
 * time span, decaying exponentially beyond it, 0 beyond {@link EventConfig#maxGapDays()}. When only
 * one side has a time, the similarity must reach the join threshold divided by
 * {@link EventConfig#halfTimeFactor()}; when neither has one, time plays no part. The document joins
 * the most similar event that passes its threshold.
 *
 * <p>Cost per document is bounded independently of the corpus size: candidate events come from an
 * inverted index in which each event is posted under its {@code indexTerms} heaviest centroid terms
 * and each term keeps only its {@code postingsCap} most recently posted events; each entry carries
 * the event's latest time, and entries from before the time horizon ({@link #horizonDays}: the
 * distance beyond which time alone rules out a join) are skipped without touching their events, so
 * that the events a document touches are the recent ones however long the stream has run (an event
 * still growing is posted anew every day, so it stays within reach); a document looks up its
 * {@code queryTerms} heaviest terms, and only the best
 * {@code maxCandidates} candidates are scored in full against centroids truncated to
 * {@code centroidTerms} terms. Per document, that is O(L + queryTerms * postingsCap +
 * maxCandidates * centroidTerms + centroidTerms * log indexTerms) for a document of L tokens, plus
 * amortised O(1) lookups in flat fingerprint maps (vocabulary, document ids) that touch one or two
 * cache lines at any size; memory is O(documents + events * centroidTerms + vocabulary + postings),
 * postings being at most min(events * indexTerms, vocabulary * postingsCap). {@link #stats()} counts
 * the work, so that a benchmark can show it does not grow.
 *
 * <p>Deterministic: the same documents added in the same order give the same events and ids.
 * Re-adding a document id returns its existing event. Thread-safe (methods are synchronised; one
 * writer at a time is the intended use). The state is saved with {@link #snapshot(OutputStream)} and
 * read back with {@link #restore(InputStream)}, or rebuilt from stored documents with
 * {@link #rebuild(EventConfig, Iterable)}, which gives the same events as the original run when the
 * documents come in the original order.
 */
public final class EventIndex {
  private static final long NO_TIME = Long.MIN_VALUE;
  private static final int NO_KEY = Integer.MIN_VALUE;
  /** An event is posted anew under all its index terms once its latest time moves on by this much. */
  private static final int REPOST_HOURS = 24;

  private final EventConfig config;
  private final TermExtractor extractor;

  // vocabulary and document frequencies: terms by 64-bit fingerprint (two terms sharing one, odds
  // about n^2 / 2^65, would count as one term), their strings kept only for snapshots
  private final FingerprintMap vocab = new FingerprintMap();
  private String[] terms = new String[1024];
  private int[] df = new int[1024];
  private int nDocs;

  // documents
  private final FingerprintMap docOrdinal = new FingerprintMap(); // checked against docIds
  private final ArrayList<String> docIds = new ArrayList<>();
  private int[] docEvent = new int[1024];

  // events; hot per-event data in flat arrays (candidate scans touch them for many events)
  private final ArrayList<Ev> events = new ArrayList<>();
  private int[] mergedInto = new int[1024];
  private long[] minT = new long[1024];
  private long[] maxT = new long[1024];
  private final java.util.BitSet dirty = new java.util.BitSet(); // changed since the last merge pass
  private int liveEvents;

  // inverted index: term id -> ring of entries, each the event ordinal (low 32 bits) and the event's
  // latest time in hours when it was posted (high 32 bits, NO_KEY for an undated event)
  private long[][] postings = new long[1024][];
  private int[] postingsAdded = new int[1024];
  private int[] postedAt = new int[1024]; // per event: time key of its last full posting, or NO_KEY
  private final long horizonSeconds;

  // work counters (see Stats)
  private long lookups;
  private long scanned;
  private long skipped;
  private long touchedTotal;
  private long scored;

  // scratch for candidate scoring
  private float[] acc = new float[1024];
  private int[] mark = new int[1024];
  private int markStamp;
  private int[] touched = new int[256];

  /**
   * An event: the sum of its documents' unit tf-idf vectors (idf as of each document's arrival),
   * truncated to the heaviest terms; its time span; its documents.
   */
  private static final class Ev {
    final String id;
    final SparseVec centroid = SparseVec.empty();
    int[] indexed = new int[0];
    int[] docs = new int[2];
    int docCount;

    Ev(String id) {
      this.id = id;
    }

    void addDoc(int ord) {
      if (docCount == docs.length) {
        docs = Arrays.copyOf(docs, docCount * 2);
      }
      docs[docCount++] = ord;
    }
  }


  public EventIndex(EventConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.extractor = new TermExtractor(config);
    this.horizonSeconds = (long) (horizonDays(config) * 86400);
  }

  /**
   * How far apart in time a document (or event) and an event can be and still be joined: no more than
   * {@link EventConfig#maxGapDays()}, and no more than where the time factor alone brings a perfect
   * text match (similarity 1) below the least threshold a comparison across a time gap uses (the join
   * threshold, or the merge pass's gap threshold): {@code timeGraceDays + timeScaleDays * ln(1 / that)}.
   * Beyond it nothing can join, so events further away are no candidates at all (7.9 days with the
   * defaults); this is what bounds the candidates to the recent past however long the stream runs.
   */
  static double horizonDays(EventConfig c) {
    double gapMerge = Math.max(c.mergeThreshold(), (c.mergeThreshold() + c.joinThreshold()) / 2);
    double least = Math.min(c.joinThreshold(), gapMerge);
    if (least <= 0) {
      return c.maxGapDays();
    }
    return Math.min(c.maxGapDays(), c.timeGraceDays() + c.timeScaleDays() * Math.log(1 / least));
  }

  /** A new index holding {@code docs}, added in their iteration order. */
  public static EventIndex rebuild(EventConfig config, Iterable<EventDoc> docs) {
    EventIndex idx = new EventIndex(config);
    for (EventDoc d : docs) {
      idx.add(d);
    }
    return idx;
  }

  public EventConfig config() {
    return config;
  }

  /**
   * Places one document and returns its event id. A document id seen before returns its current
   * event and changes nothing.
   */
  public synchronized String add(EventDoc doc) {
    Objects.requireNonNull(doc, "doc");
    int seen = ordinalOf(doc.id());
    if (seen >= 0) {
      return events.get(root(docEvent[seen])).id;
    }
    SparseVec q = vectorize(doc);
    long t = doc.published() == null ? NO_TIME : doc.published().getEpochSecond();

    int best = -1;
    double bestSim = -1;
    int[] cands = candidates(q, -1, t, t);
    scored += cands.length;
    for (int e : cands) {
      Ev ev = events.get(e);
      double sim = dot(q, ev.centroid) / ev.docCount * timeFactor(t, t, e);
      if (sim < threshold(config.joinThreshold(), t, e)) {
        continue;
      }
      if (sim > bestSim || (sim == bestSim && e > best)) {
        bestSim = sim;
        best = e;
      }
    }
    int ord = docIds.size();
    docIds.add(doc.id());
    docOrdinal.add(FingerprintMap.fingerprint(doc.id()), ord);
    if (ord == docEvent.length) {
      docEvent = Arrays.copyOf(docEvent, ord * 2);
    }
    int target = best;
    if (target < 0) {
      target = events.size();
      ensureEventCapacity(target + 1);
      events.add(new Ev("ev-" + doc.id()));
      mergedInto[target] = -1;
      minT[target] = NO_TIME;
      maxT[target] = NO_TIME;
      postedAt[target] = NO_KEY;
      liveEvents++;
    }
    docEvent[ord] = target;
    Ev ev = events.get(target);
    ev.addDoc(ord);
    widen(target, t);
    ev.centroid.addScaled(q, 1f);
    ev.centroid.truncate(config.centroidTerms());
    refresh(target);
    dirty.set(target);
    return ev.id;
  }

  /**
   * Joins pairs of events whose centroids are similar (at least {@link EventConfig#mergeThreshold()},
   * time included as for documents; events further apart than the time grace need a similarity midway
   * between the merge and join thresholds): a clean-up for events that began as two because their first
   * reports differed. Only events changed since the previous pass are looked at (each against all
   * its candidates), so running it after every batch of additions costs O(events changed) lookups
   * of bounded cost. Returns the number of merges.
   */
  public synchronized int mergePass() {
    int merges = 0;
    for (int i = dirty.nextSetBit(0); i >= 0; i = dirty.nextSetBit(i + 1)) {
      dirty.clear(i);
      Ev a = events.get(i);
      if (mergedInto[i] >= 0) {
        continue;
      }
      int best = -1;
      double bestSim = -1;
      for (int e : candidates(a.centroid, i, minT[i], maxT[i])) {
        Ev b = events.get(e);
        double sim = dot(a.centroid, b.centroid) / ((double) a.docCount * b.docCount) * timeFactor(minT[i], maxT[i], e);
        if (sim < threshold(mergeBase(minT[i], maxT[i], e), minT[i], e)) {
          continue;
        }
        if (sim > bestSim || (sim == bestSim && e < best)) {
          bestSim = sim;
          best = e;
        }
      }
      if (best >= 0) {
        int keep = Math.min(i, best);
        merge(keep, Math.max(i, best));
        merges++;
        if (keep == i) {
          i--; // look again from the grown event (merge marked it changed)
        }
      }
    }
    return merges;
  }

  /**
   * The merge pass's base threshold against event {@code e}: {@link EventConfig#mergeThreshold()}
   * for events within the time grace of each other; for events further apart, midway between it and
   * the (higher) join threshold. The merge pass is there to rejoin reports of one event that began
   * apart; a second incident days later whose reports recap the first at length shares much of its
   * vocabulary, and only the time factor and a stricter threshold keep the two apart.
   */
  private double mergeBase(long from, long to, int e) {
    double base = config.mergeThreshold();
    if (gapDays(from, to, e) > config.timeGraceDays()) {
      base = Math.max(base, (base + config.joinThreshold()) / 2);
    }
    return base;
  }

  private void merge(int keep, int gone) {
    Ev k = events.get(keep);
    Ev g = events.get(gone);
    for (int d = 0; d < g.docCount; d++) {
      k.addDoc(g.docs[d]);
    }
    widen(keep, minT[gone]);
    widen(keep, maxT[gone]);
    k.centroid.addScaled(g.centroid, 1f);
    k.centroid.truncate(config.centroidTerms());
    mergedInto[gone] = keep;
    dirty.clear(gone);
    dirty.set(keep);
    g.docs = new int[0];
    g.docCount = 0;
    g.centroid.truncate(0);
    liveEvents--;
    refresh(keep);
  }

  /** The event id of a document added before, or null. */
  public synchronized String eventOf(String docId) {
    int ord = ordinalOf(docId);
    return ord < 0 ? null : events.get(root(docEvent[ord])).id;
  }

  /** Every document id with its event id, in the order the documents were added. */
  public synchronized Map<String, String> assignments() {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < docIds.size(); i++) {
      out.put(docIds.get(i), events.get(root(docEvent[i])).id);
    }
    return out;
  }

  /** The current events in order of creation, each with its documents in the order they were added. */
  public synchronized List<EventCluster> events() {
    List<EventCluster> out = new ArrayList<>(liveEvents);
    for (int e = 0; e < events.size(); e++) {
      Ev ev = events.get(e);
      if (mergedInto[e] >= 0) {
        continue;
      }
      int[] ds = Arrays.copyOf(ev.docs, ev.docCount);
      Arrays.sort(ds);
      List<String> ids = new ArrayList<>(ds.length);
      for (int d : ds) {
        ids.add(docIds.get(d));
      }
      out.add(new EventCluster(ev.id, ids,
          minT[e] == NO_TIME ? null : Instant.ofEpochSecond(minT[e]),
          maxT[e] == NO_TIME ? null : Instant.ofEpochSecond(maxT[e])));
    }
    return out;
  }

  private static final int MAGIC = 0x43455649; // "CEVI"
  private static final int VERSION = 3; // 2: changed-events set for the merge pass; 3: timed postings

  /**
   * Writes the whole state (settings, vocabulary and document frequencies, documents, events,
   * postings) so that {@link #restore(InputStream)} continues exactly where this index is: adding
   * the same further documents to either gives the same events. The stream is not closed.
   */
  public synchronized void snapshot(OutputStream out) throws IOException {
    DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
    o.writeInt(MAGIC);
    o.writeInt(VERSION);
    o.writeUTF(config.toSpec());
    o.writeInt(nDocs);
    int nTerms = vocab.size();
    o.writeInt(nTerms);
    for (int t = 0; t < nTerms; t++) {
      o.writeUTF(terms[t]);
      o.writeInt(df[t]);
      int n = Math.min(postingsAdded[t], config.postingsCap());
      o.writeInt(postingsAdded[t]);
      for (int k = 0; k < n; k++) {
        o.writeLong(postings[t][k]);
      }
    }
    o.writeInt(docIds.size());
    for (int d = 0; d < docIds.size(); d++) {
      o.writeUTF(docIds.get(d));
      o.writeInt(docEvent[d]);
    }
    o.writeInt(events.size());
    o.writeInt(liveEvents);
    for (int e = 0; e < events.size(); e++) {
      Ev ev = events.get(e);
      o.writeUTF(ev.id);
      o.writeInt(mergedInto[e]);
      o.writeLong(minT[e]);
      o.writeLong(maxT[e]);
      o.writeInt(postedAt[e]);
      writeInts(o, ev.docs, ev.docCount);
      writeInts(o, ev.centroid.ids, ev.centroid.size);
      for (int i = 0; i < ev.centroid.size; i++) {
        o.writeFloat(ev.centroid.w[i]);
      }
      writeInts(o, ev.indexed, ev.indexed.length);
    }
    int[] changed = dirty.stream().toArray();
    writeInts(o, changed, changed.length);
    o.flush();
  }

  /**
   * Reads a state written by {@link #snapshot(OutputStream)}, with the settings it was written with.
   * A stream that is not such a snapshot fails with an IOException saying so.
   */
  public static EventIndex restore(InputStream in) throws IOException {
    DataInputStream i = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
    if (i.readInt() != MAGIC) {
      throw new IOException("not an event index snapshot");
    }
    int version = i.readInt();
    if (version != VERSION) {
      throw new IOException("event index snapshot version " + version + ", this build reads " + VERSION);
    }
    EventIndex x;
    try {
      x = new EventIndex(EventConfig.parse(i.readUTF()));
    } catch (IllegalArgumentException e) {
      throw new IOException("event index snapshot with unreadable settings: " + e.getMessage(), e);
    }
    x.nDocs = i.readInt();
    int nTerms = count(i);
    int cap = x.config.postingsCap();
    x.df = new int[Math.max(1024, nTerms)];
    x.terms = new String[x.df.length];
    x.postings = new long[x.df.length][];
    x.postingsAdded = new int[x.df.length];
    for (int t = 0; t < nTerms; t++) {
      String term = i.readUTF();
      x.terms[t] = term;
      x.vocab.add(FingerprintMap.fingerprint(term), t);
      x.df[t] = i.readInt();
      int added = i.readInt();
      int n = Math.min(added, cap);
      x.postingsAdded[t] = added;
      if (n > 0) {
        long[] p = new long[n];
        for (int k = 0; k < n; k++) {
          p[k] = i.readLong();
        }
        x.postings[t] = p;
      }
    }
    int nd = count(i);
    x.docEvent = new int[Math.max(1024, nd)];
    for (int d = 0; d < nd; d++) {
      String id = i.readUTF();
      x.docIds.add(id);
      x.docOrdinal.add(FingerprintMap.fingerprint(id), d);
      x.docEvent[d] = i.readInt();
    }
    int ne = count(i);
    x.liveEvents = i.readInt();
    x.ensureEventCapacity(ne);
    for (int e = 0; e < ne; e++) {
      Ev ev = new Ev(i.readUTF());
      x.mergedInto[e] = i.readInt();
      x.minT[e] = i.readLong();
      x.maxT[e] = i.readLong();
      x.postedAt[e] = i.readInt();
      ev.docs = readInts(i);
      ev.docCount = ev.docs.length;
      if (ev.docs.length == 0) {
        ev.docs = new int[2];
      }
      int[] ids = readInts(i);
      float[] w = new float[ids.length];
      for (int k = 0; k < w.length; k++) {
        w[k] = i.readFloat();
      }
      ev.centroid.ids = ids;
      ev.centroid.w = w;
      ev.centroid.size = ids.length;
      ev.indexed = readInts(i);
      x.events.add(ev);
    }
    for (int e : readInts(i)) {
      if (e >= ne) {
        throw new IOException("corrupt event index snapshot: changed event " + e + " of " + ne);
      }
      x.dirty.set(e);
    }
    return x;
  }

  private static void writeInts(DataOutputStream o, int[] a, int n) throws IOException {
    o.writeInt(n);
    for (int k = 0; k < n; k++) {
      o.writeInt(a[k]);
    }
  }

  private static int[] readInts(DataInputStream i) throws IOException {
    int[] a = new int[count(i)];
    for (int k = 0; k < a.length; k++) {
      a[k] = i.readInt();
    }
    return a;
  }

  private static int count(DataInputStream i) throws IOException {
    int n = i.readInt();
    if (n < 0) {
      throw new IOException("corrupt event index snapshot: negative count " + n);
    }
    return n;
  }

  /**
   * Work counters since this index was made or restored (they are not saved), for benchmarks: what a
   * document's cost is made of, and whether it grows with the corpus. Lookups count postings lists
   * read (of the documents and of the merge pass); postings entries scanned, of which skipped as
   * beyond the time horizon; candidate events touched (within reach, before the best are chosen);
   * candidates scored in full by {@code add}; and the sizes the index has reached.
   */
  public record Stats(long postingsLookups, long entriesScanned, long entriesSkippedByTime, long eventsTouched,
                      long candidatesScored, int vocabulary, int eventsCreated) {}

  public synchronized Stats stats() {
    return new Stats(lookups, scanned, skipped, touchedTotal, scored, vocab.size(), events.size());
  }

  public synchronized int documentCount() {
    return docIds.size();
  }

  public synchronized int eventCount() {
    return liveEvents;
  }

  // ---------------------------------------------------------------------------------------------

  private int root(int e) {
    while (mergedInto[e] >= 0) {
      e = mergedInto[e];
    }
    return e;
  }

  private void widen(int e, long t) {
    if (t == NO_TIME) {
      return;
    }
    if (minT[e] == NO_TIME || t < minT[e]) {
      minT[e] = t;
    }
    if (maxT[e] == NO_TIME || t > maxT[e]) {
      maxT[e] = t;
    }
  }

  /**
   * Interns the document's terms, counts them into the document frequencies, and returns its unit
   * tf-idf vector (ascending term ids).
   */
  private SparseVec vectorize(EventDoc doc) {
    Map<String, Double> weights = extractor.extract(doc);
    String[] keys = weights.keySet().toArray(new String[0]);
    Arrays.sort(keys); // new terms get ids in a fixed order
    long[] packed = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      int id = intern(keys[i]);
      df[id]++;
      packed[i] = ((long) id << 32) | i;
    }
    nDocs++;
    Arrays.sort(packed);
    int[] ids = new int[keys.length];
    float[] ws = new float[keys.length];
    double norm = 0;
    for (int i = 0; i < packed.length; i++) {
      ids[i] = (int) (packed[i] >>> 32);
      double w = weights.get(keys[(int) packed[i]]) * idf(ids[i]);
      ws[i] = (float) w;
      norm += w * w;
    }
    SparseVec v = new SparseVec(ids, ws, ids.length);
    if (v.size > config.docTerms()) {
      v.truncate(config.docTerms());
      norm = 0;
      for (int i = 0; i < v.size; i++) {
        norm += (double) v.w[i] * v.w[i];
      }
    }
    float inv = norm > 0 ? (float) (1.0 / Math.sqrt(norm)) : 0f;
    for (int i = 0; i < v.size; i++) {
      v.w[i] *= inv;
    }
    return v;
  }

  private int intern(String term) {
    long fp = FingerprintMap.fingerprint(term);
    int id = vocab.find(fp, null);
    if (id >= 0) {
      return id;
    }
    int nid = vocab.size();
    vocab.add(fp, nid);
    if (nid == df.length) {
      int n = nid * 2;
      df = Arrays.copyOf(df, n);
      terms = Arrays.copyOf(terms, n);
      postings = Arrays.copyOf(postings, n);
      postingsAdded = Arrays.copyOf(postingsAdded, n);
    }
    terms[nid] = term;
    return nid;
  }

  /** The ordinal of a document added before, or -1. */
  private int ordinalOf(String docId) {
    return docOrdinal.find(FingerprintMap.fingerprint(docId), ord -> docIds.get(ord).equals(docId));
  }

  private float idf(int t) {
    return (float) Math.log(1.0 + (double) nDocs / Math.max(1, df[t]));
  }

  /**
   * Dot product of two sparse vectors. With a unit document vector and an event's sum of unit
   * vectors, divided by the event's size, it is the mean cosine of the document with the event's
   * documents (average link), up to centroid truncation.
   */
  private static double dot(SparseVec x, SparseVec y) {
    int[] ids = x.ids;
    float[] w = x.w;
    int n = x.size;
    int[] cids = y.ids;
    float[] cw = y.w;
    int m = y.size;
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      int a = ids[i];
      int b = cids[j];
      if (a < b) {
        i++;
      } else if (b < a) {
        j++;
      } else {
        dot += (double) w[i++] * cw[j++];
      }
    }
    return dot;
  }

  /**
   * The least similarity to join {@code ev}: {@code base}, raised to {@code base / halfTimeFactor}
   * when only one side has a time, so that time can neither confirm nor rule out the match.
   */
  private double threshold(double base, long t, int e) {
    return (t == NO_TIME) != (minT[e] == NO_TIME) ? base / config.halfTimeFactor() : base;
  }

  /** Time distance in days between [from, to] and the event's span; 0 when either has no time. */
  private double gapDays(long from, long to, int e) {
    if (from == NO_TIME || minT[e] == NO_TIME) {
      return 0;
    }
    return Math.max(0, Math.max(minT[e] - to, from - maxT[e])) / 86400.0;
  }

  /**
   * 1 within the grace distance of the event's time span, decaying beyond, 0 beyond maxGapDays;
   * 1 when either side has no time (see {@link #threshold}).
   */
  private double timeFactor(long from, long to, int e) {
    double days = gapDays(from, to, e);
    if (days > config.maxGapDays()) {
      return 0;
    }
    if (days <= config.timeGraceDays()) {
      return 1.0;
    }
    return Math.exp(-(days - config.timeGraceDays()) / config.timeScaleDays());
  }

  /**
   * Candidate event ordinals (roots, excluding {@code self}, within maxGapDays of [from, to]) for a
   * query with idf-weighted weights {@code w}: the events posted under its heaviest terms, ranked by
   * the summed weight of those terms; at most maxCandidates.
   */
  private int[] candidates(SparseVec q, int self, long from, long to) {
    int[] ids = q.ids;
    float[] w = q.w;
    int[] qpos = TopK.largest(w, q.size, config.queryTerms());
    int nTouched = 0;
    int cap = config.postingsCap();
    // An event within reach of [from, to] has maxT >= from - horizon, and (see refresh) an entry under
    // each of its index terms posted at a time key >= maxT - REPOST_HOURS: older entries are skipped.
    int oldest = from == NO_TIME ? Integer.MIN_VALUE
        : (int) Math.floorDiv(from - horizonSeconds, 3600L) - REPOST_HOURS - 1;
    for (int p : qpos) {
      int t = ids[p];
      long[] post = postings[t];
      if (post == null) {
        continue;
      }
      lookups++;
      float tw = w[p];
      int stamp = ++markStamp;
      int cnt = Math.min(postingsAdded[t], cap);
      for (int k = 0; k < cnt; k++) {
        long entry = post[k];
        int key = (int) (entry >> 32);
        scanned++;
        if (key != NO_KEY && key < oldest) {
          skipped++;
          continue; // posted before the horizon and not since: out of reach, skipped without touching it
        }
        int e = root((int) entry);
        if (e == self || mark[e] == stamp) {
          continue;
        }
        mark[e] = stamp;
        if (acc[e] == 0f) {
          if (gapDays(from, to, e) * 86400 > horizonSeconds) {
            continue; // never joinable: not worth a full comparison
          }
          if (nTouched == touched.length) {
            touched = Arrays.copyOf(touched, nTouched * 2);
          }
          touched[nTouched++] = e;
        }
        acc[e] += tw;
      }
    }
    touchedTotal += nTouched;
    long[] heap = new long[Math.min(config.maxCandidates(), nTouched)];
    int size = 0;
    for (int i = 0; i < nTouched; i++) {
      int e = touched[i];
      size = TopK.offer(heap, size, ((long) Float.floatToIntBits(acc[e]) << 32) | e);
      acc[e] = 0f;
    }
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = (int) (heap[i] & 0xFFFFFFFFL);
    }
    Arrays.sort(out);
    return out;
  }

  private void ensureEventCapacity(int n) {
    if (n > acc.length) {
      int cap = Math.max(n, acc.length * 2);
      acc = Arrays.copyOf(acc, cap);
      mark = Arrays.copyOf(mark, cap);
      mergedInto = Arrays.copyOf(mergedInto, cap);
      minT = Arrays.copyOf(minT, cap);
      maxT = Arrays.copyOf(maxT, cap);
      postedAt = Arrays.copyOf(postedAt, cap);
    }
  }

  /**
   * Posts the event under its current heaviest centroid terms: the terms not posted already, and all
   * of them again once its latest time has moved on by {@link #REPOST_HOURS} since the last full
   * posting. Every entry carries the event's latest time when posted, so that for each index term the
   * event has an entry no older than its latest time minus REPOST_HOURS: candidate lookups skip older
   * entries without touching their events (see {@link #candidates}).
   */
  private void refresh(int e) {
    Ev ev = events.get(e);
    SparseVec c = ev.centroid;
    int[] pos = TopK.largest(c.w, c.size, config.indexTerms());
    int[] top = new int[pos.length];
    for (int i = 0; i < pos.length; i++) {
      top[i] = c.ids[pos[i]]; // ascending, as positions are
    }
    int key = maxT[e] == NO_TIME ? NO_KEY : (int) Math.floorDiv(maxT[e], 3600L);
    boolean all = key != NO_KEY && (postedAt[e] == NO_KEY || key - postedAt[e] >= REPOST_HOURS);
    if (all) {
      postedAt[e] = key;
    }
    for (int t : top) {
      if (all || Arrays.binarySearch(ev.indexed, t) < 0) {
        post(t, e, key);
      }
    }
    ev.indexed = top;
  }

  private void post(int t, int e, int key) {
    int cap = config.postingsCap();
    long[] p = postings[t];
    int n = postingsAdded[t];
    long entry = ((long) key << 32) | (e & 0xFFFFFFFFL);
    if (p == null) {
      p = new long[Math.min(4, cap)];
      postings[t] = p;
    }
    if (n < cap) {
      if (n == p.length) {
        p = Arrays.copyOf(p, Math.min(cap, p.length * 2));
        postings[t] = p;
      }
      p[n] = entry;
    } else {
      p[n % cap] = entry;
    }
    postingsAdded[t] = n + 1;
  }
}
