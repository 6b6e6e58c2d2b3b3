package org.corroborate.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Online event clustering: each new document joins the most similar existing event or starts a new
 * one; nothing already placed is reclustered (except by the optional {@link #mergePass()}).
 *
 * <p>Similarity of a document to an event is the cosine of their tf-idf vectors (document
 * frequencies maintained incrementally, see {@link TermExtractor} for the term weights) times a time
 * factor: 1 within {@link EventConfig#timeGraceDays()} of the event's time span, decaying
 * exponentially beyond it, 0 beyond {@link EventConfig#maxGapDays()}. A document or event without a
 * time gets factor 1.
 *
 * <p>Cost per document is bounded independently of the corpus size: candidate events come from an
 * inverted index in which each event is posted under its {@code indexTerms} heaviest centroid terms
 * and each term keeps only its {@code postingsCap} most recently posted events; a document looks up
 * its {@code queryTerms} heaviest terms, and only the best {@code maxCandidates} candidates are scored
 * in full against centroids truncated to {@code centroidTerms} terms. Per document, that is
 * O(L + queryTerms * postingsCap + maxCandidates * centroidTerms + indexTerms) for a document of L
 * tokens, plus amortised O(1) hash lookups; memory is O(documents + events * centroidTerms +
 * vocabulary * postingsCap).
 *
 * <p>Deterministic: the same documents added in the same order give the same events and ids.
 * Re-adding a document id returns its existing event. Thread-safe (methods are synchronised; one
 * writer at a time is the intended use). The state is rebuilt from stored documents with
 * {@link #rebuild(EventConfig, Iterable)}, which gives the same events as the original run when the
 * documents come in the original order.
 */
public final class EventIndex {
  private static final long NO_TIME = Long.MIN_VALUE;

  private final EventConfig config;
  private final TermExtractor extractor;

  // vocabulary and document frequencies
  private final HashMap<String, Integer> vocab = new HashMap<>();
  private int[] df = new int[1024];
  private float[] idfCache = new float[1024];
  private int[] idfDf = new int[1024];
  private int[] idfN = new int[1024];
  private int nDocs;

  // documents
  private final HashMap<String, Integer> docOrdinal = new HashMap<>();
  private final ArrayList<String> docIds = new ArrayList<>();
  private int[] docEvent = new int[1024];

  // events
  private final ArrayList<Ev> events = new ArrayList<>();
  private int liveEvents;

  // inverted index: term id -> ring of event ordinals
  private int[][] postings = new int[1024][];
  private int[] postingsAdded = new int[1024];

  // scratch for candidate scoring
  private float[] acc = new float[1024];
  private int[] mark = new int[1024];
  private int markStamp;
  private int[] touched = new int[256];

  private static final class Ev {
    final String id;
    final SparseVec centroid = SparseVec.empty();
    long minT = NO_TIME;
    long maxT = NO_TIME;
    int[] indexed = new int[0];
    int mergedInto = -1;
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

    void widen(long t) {
      if (t == NO_TIME) {
        return;
      }
      if (minT == NO_TIME || t < minT) {
        minT = t;
      }
      if (maxT == NO_TIME || t > maxT) {
        maxT = t;
      }
    }
  }

  public EventIndex(EventConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.extractor = new TermExtractor(config);
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
    Integer seen = docOrdinal.get(doc.id());
    if (seen != null) {
      return events.get(root(docEvent[seen])).id;
    }
    SparseVec vec = vectorize(doc);
    long t = doc.published() == null ? NO_TIME : doc.published().getEpochSecond();

    int[] cands = candidates(vec, -1);
    int best = -1;
    double bestSim = -1;
    for (int e : cands) {
      Ev ev = events.get(e);
      double tf = timeFactor(t, t, ev);
      if (tf <= 0) {
        continue;
      }
      double sim = cosine(vec, ev.centroid) * tf;
      if (sim < threshold(config.joinThreshold(), t, ev)) {
        continue;
      }
      if (sim > bestSim || (sim == bestSim && e > best)) {
        bestSim = sim;
        best = e;
      }
    }
    int ord = docIds.size();
    docIds.add(doc.id());
    docOrdinal.put(doc.id(), ord);
    if (ord == docEvent.length) {
      docEvent = Arrays.copyOf(docEvent, ord * 2);
    }
    int target;
    if (best >= 0) {
      target = best;
    } else {
      target = events.size();
      events.add(new Ev("ev-" + doc.id()));
      liveEvents++;
      ensureEventCapacity(events.size());
    }
    docEvent[ord] = target;
    Ev ev = events.get(target);
    ev.addDoc(ord);
    ev.widen(t);
    ev.centroid.addScaled(vec, 1f);
    ev.centroid.truncate(config.centroidTerms());
    reindex(target);
    return ev.id;
  }

  /**
   * Joins pairs of events whose centroids are similar (at least {@link EventConfig#mergeThreshold()},
   * time factor included): a clean-up for events that began as two because their first reports
   * differed. Candidates come from the same bounded index, so a pass costs O(events) lookups.
   * Returns the number of merges.
   */
  public synchronized int mergePass() {
    int merges = 0;
    for (int i = 0; i < events.size(); i++) {
      Ev a = events.get(i);
      if (a.mergedInto >= 0) {
        continue;
      }
      int[] cands = candidates(a.centroid, i);
      int best = -1;
      double bestSim = -1;
      for (int e : cands) {
        Ev b = events.get(e);
        double tf = timeFactor(a.minT, a.maxT, b);
        if (tf <= 0) {
          continue;
        }
        double sim = cosine(a.centroid, b.centroid) * tf;
        if (sim < threshold(config.mergeThreshold(), a.minT, b)) {
          continue;
        }
        if (sim > bestSim || (sim == bestSim && e < best)) {
          bestSim = sim;
          best = e;
        }
      }
      if (best >= 0) {
        int keep = Math.min(i, best);
        int gone = Math.max(i, best);
        merge(keep, gone);
        merges++;
        if (keep == i) {
          i--; // look again from the grown event
        }
      }
    }
    return merges;
  }

  private void merge(int keep, int gone) {
    Ev k = events.get(keep);
    Ev g = events.get(gone);
    for (int d = 0; d < g.docCount; d++) {
      k.addDoc(g.docs[d]);
    }
    k.widen(g.minT);
    k.widen(g.maxT);
    k.centroid.addScaled(g.centroid, 1f);
    k.centroid.truncate(config.centroidTerms());
    g.mergedInto = keep;
    g.docs = new int[0];
    g.docCount = 0;
    g.centroid.truncate(0);
    liveEvents--;
    reindex(keep);
  }

  /** The event id of a document added before, or null. */
  public synchronized String eventOf(String docId) {
    Integer ord = docOrdinal.get(docId);
    return ord == null ? null : events.get(root(docEvent[ord])).id;
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
    for (Ev ev : events) {
      if (ev.mergedInto >= 0) {
        continue;
      }
      int[] ds = Arrays.copyOf(ev.docs, ev.docCount);
      Arrays.sort(ds);
      List<String> ids = new ArrayList<>(ds.length);
      for (int d : ds) {
        ids.add(docIds.get(d));
      }
      out.add(new EventCluster(ev.id, ids,
          ev.minT == NO_TIME ? null : Instant.ofEpochSecond(ev.minT),
          ev.maxT == NO_TIME ? null : Instant.ofEpochSecond(ev.maxT)));
    }
    return out;
  }

  public synchronized int documentCount() {
    return docIds.size();
  }

  public synchronized int eventCount() {
    return liveEvents;
  }

  // ---------------------------------------------------------------------------------------------

  private int root(int e) {
    while (events.get(e).mergedInto >= 0) {
      e = events.get(e).mergedInto;
    }
    return e;
  }

  private SparseVec vectorize(EventDoc doc) {
    Map<String, Double> terms = extractor.extract(doc);
    String[] keys = terms.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    int[] ids = new int[keys.length];
    float[] ws = new float[keys.length];
    double norm = 0;
    for (int i = 0; i < keys.length; i++) {
      ids[i] = intern(keys[i]);
      double w = terms.get(keys[i]);
      ws[i] = (float) w;
      norm += w * w;
    }
    nDocs++;
    for (int id : ids) {
      df[id]++;
    }
    // sort by term id
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(ids[x], ids[y]));
    int[] si = new int[ids.length];
    float[] sw = new float[ids.length];
    float inv = norm > 0 ? (float) (1.0 / Math.sqrt(norm)) : 0f;
    for (int i = 0; i < order.length; i++) {
      si[i] = ids[order[i]];
      sw[i] = ws[order[i]] * inv;
    }
    return new SparseVec(si, sw, si.length);
  }

  private int intern(String term) {
    Integer id = vocab.get(term);
    if (id != null) {
      return id;
    }
    int nid = vocab.size();
    vocab.put(term, nid);
    if (nid == df.length) {
      int n = nid * 2;
      df = Arrays.copyOf(df, n);
      idfCache = Arrays.copyOf(idfCache, n);
      idfDf = Arrays.copyOf(idfDf, n);
      idfN = Arrays.copyOf(idfN, n);
      postings = Arrays.copyOf(postings, n);
      postingsAdded = Arrays.copyOf(postingsAdded, n);
    }
    return nid;
  }

  /** Smoothed idf, cached until the term's df changes or the corpus grows by more than 1%. */
  private float idf(int t) {
    int d = df[t];
    if (idfDf[t] != d || nDocs > idfN[t] + (idfN[t] >> 7) + 1 || idfN[t] == 0) {
      idfCache[t] = (float) Math.log(1.0 + (double) nDocs / Math.max(1, d));
      idfDf[t] = d;
      idfN[t] = nDocs;
    }
    return idfCache[t];
  }

  private double cosine(SparseVec a, SparseVec b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    int i = 0;
    int j = 0;
    while (i < a.size || j < b.size) {
      if (j >= b.size || (i < a.size && a.ids[i] < b.ids[j])) {
        double x = a.w[i] * idf(a.ids[i]);
        na += x * x;
        i++;
      } else if (i >= a.size || b.ids[j] < a.ids[i]) {
        double y = b.w[j] * idf(b.ids[j]);
        nb += y * y;
        j++;
      } else {
        float f = idf(a.ids[i]);
        double x = a.w[i] * f;
        double y = b.w[j] * f;
        na += x * x;
        nb += y * y;
        dot += x * y;
        i++;
        j++;
      }
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /**
   * The least similarity to join {@code ev}: {@code base}, raised to {@code base / halfTimeFactor}
   * when only one side has a time, so that time can neither confirm nor rule out the match.
   */
  private double threshold(double base, long t, Ev ev) {
    return (t == NO_TIME) != (ev.minT == NO_TIME) ? base / config.halfTimeFactor() : base;
  }

  /**
   * 1 within the grace distance of the event's time span, decaying beyond, 0 beyond maxGapDays;
   * 1 when either side has no time (see {@link #threshold}).
   */
  private double timeFactor(long from, long to, Ev ev) {
    if (from == NO_TIME || ev.minT == NO_TIME) {
      return 1.0;
    }
    long gap = Math.max(0, Math.max(ev.minT - to, from - ev.maxT));
    double days = gap / 86400.0;
    if (days > config.maxGapDays()) {
      return 0;
    }
    if (days <= config.timeGraceDays()) {
      return 1.0;
    }
    return Math.exp(-(days - config.timeGraceDays()) / config.timeScaleDays());
  }

  /** Indices of the heaviest {@code k} entries of {@code v} by weight times idf. */
  private int[] topTerms(SparseVec v, int k) {
    int n = v.size;
    if (n == 0) {
      return new int[0];
    }
    k = Math.min(k, n);
    // min-heap of (score, position)
    PriorityQueue<long[]> heap = new PriorityQueue<>(k + 1, (x, y) -> {
      int c = Double.compare(Double.longBitsToDouble(x[0]), Double.longBitsToDouble(y[0]));
      return c != 0 ? c : Long.compare(y[1], x[1]);
    });
    for (int i = 0; i < n; i++) {
      double s = v.w[i] * idf(v.ids[i]);
      if (heap.size() < k) {
        heap.add(new long[] {Double.doubleToLongBits(s), i});
      } else {
        long[] top = heap.peek();
        double ts = Double.longBitsToDouble(top[0]);
        if (s > ts || (s == ts && i < top[1])) {
          heap.poll();
          heap.add(new long[] {Double.doubleToLongBits(s), i});
        }
      }
    }
    int[] out = new int[heap.size()];
    int p = 0;
    for (long[] e : heap) {
      out[p++] = (int) e[1];
    }
    Arrays.sort(out);
    return out;
  }

  /** Candidate event ordinals (roots, excluding {@code self}) for a query vector, best first. */
  private int[] candidates(SparseVec q, int self) {
    int[] qpos = topTerms(q, config.queryTerms());
    int nTouched = 0;
    for (int p : qpos) {
      int t = q.ids[p];
      int[] post = postings[t];
      if (post == null) {
        continue;
      }
      float w = q.w[p] * idf(t);
      int stamp = ++markStamp;
      int cnt = Math.min(postingsAdded[t], config.postingsCap());
      for (int k = 0; k < cnt; k++) {
        int e = root(post[k]);
        if (e == self || mark[e] == stamp) {
          continue;
        }
        mark[e] = stamp;
        if (acc[e] == 0f) {
          if (nTouched == touched.length) {
            touched = Arrays.copyOf(touched, nTouched * 2);
          }
          touched[nTouched++] = e;
        }
        acc[e] += w;
      }
    }
    int c = Math.min(config.maxCandidates(), nTouched);
    // select the best c by accumulated score (ties: the more recent event)
    PriorityQueue<Integer> heap = new PriorityQueue<>(c + 1, (x, y) -> {
      int cmp = Float.compare(acc[x], acc[y]);
      return cmp != 0 ? cmp : Integer.compare(x, y);
    });
    for (int i = 0; i < nTouched; i++) {
      int e = touched[i];
      if (heap.size() < c) {
        heap.add(e);
      } else if (c > 0) {
        int worst = heap.peek();
        if (acc[e] > acc[worst] || (acc[e] == acc[worst] && e > worst)) {
          heap.poll();
          heap.add(e);
        }
      }
    }
    int[] out = new int[heap.size()];
    for (int i = out.length - 1; i >= 0; i--) {
      out[i] = heap.poll();
    }
    for (int i = 0; i < nTouched; i++) {
      acc[touched[i]] = 0f;
    }
    return out;
  }

  private void ensureEventCapacity(int n) {
    if (n > acc.length) {
      int cap = Math.max(n, acc.length * 2);
      acc = Arrays.copyOf(acc, cap);
      mark = Arrays.copyOf(mark, cap);
    }
  }

  /** Posts the event under its current heaviest centroid terms (those not posted already). */
  private void reindex(int e) {
    Ev ev = events.get(e);
    int[] pos = topTerms(ev.centroid, config.indexTerms());
    int[] terms = new int[pos.length];
    for (int i = 0; i < pos.length; i++) {
      terms[i] = ev.centroid.ids[pos[i]];
    }
    Arrays.sort(terms);
    for (int t : terms) {
      if (Arrays.binarySearch(ev.indexed, t) < 0) {
        post(t, e);
      }
    }
    ev.indexed = terms;
  }

  private void post(int t, int e) {
    int cap = config.postingsCap();
    int[] p = postings[t];
    int n = postingsAdded[t];
    if (p == null) {
      p = new int[Math.min(4, cap)];
      postings[t] = p;
    }
    if (n < cap) {
      if (n == p.length) {
        p = Arrays.copyOf(p, Math.min(cap, p.length * 2));
        postings[t] = p;
      }
      p[n] = e;
    } else {
      p[n % cap] = e;
    }
    postingsAdded[t] = n + 1;
  }
}
