package org.corroborate.bench.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import org.corroborate.events.EventDoc;

/**
 * A seeded, endless stream of synthetic news articles in publication order, for measuring the event
 * clusterer at scale. Events start as a Poisson process (about {@code articlesPerDay} articles a day
 * overall); each belongs to one of a few hundred kinds (earthquake-like, election-like...) whose
 * vocabulary it shares with every other event of its kind, and has its own actors, places, figures
 * and detail words. An event's articles come in a burst: exponential delays of about a day after it
 * starts, sizes heavy-tailed (most events 1 to 5 articles, a few hundreds). Article words mix a
 * Zipf-distributed common vocabulary (about 55%), kind words (20%), the event's own names, places,
 * numbers and details (20%) and stray names (5%). Memory stays bounded: only running events are held.
 */
public final class SyntheticNews implements Iterator<SyntheticNews.Item> {
  /** One article and the id of the synthetic event it reports. */
  public record Item(EventDoc doc, long eventId) {}

  private static final int COMMON = 30_000;
  private static final int KINDS = 400;
  private static final int KIND_WORDS = 40;
  private static final int DETAIL_POOL = 60_000;
  private static final int NAMES = 300_000;
  private static final int PLACES = 30_000;
  private static final long START = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();

  private final Random rnd;
  private final double[] zipfCdf = new double[COMMON];
  private final double articlesPerDay;
  private final PriorityQueue<Pending> pending = new PriorityQueue<>((a, b) -> {
    int c = Long.compare(a.time, b.time);
    return c != 0 ? c : Long.compare(a.seq, b.seq);
  });
  private long nextEventTime = START;
  private long eventSeq;
  private long articleSeq;
  private long pendingSeq;

  private record Ev(long id, int kind, int[] actors, int[] places, int[] numbers, int[] details) {}

  private record Pending(long time, long seq, Ev ev) {}

  public SyntheticNews(long seed, double articlesPerDay) {
    if (!(articlesPerDay > 0)) {
      throw new IllegalArgumentException("articlesPerDay must be > 0, was " + articlesPerDay);
    }
    this.rnd = new Random(seed);
    this.articlesPerDay = articlesPerDay;
    double s = 0;
    for (int i = 0; i < COMMON; i++) {
      s += 1.0 / (i + 1);
      zipfCdf[i] = s;
    }
    for (int i = 0; i < COMMON; i++) {
      zipfCdf[i] /= s;
    }
  }

  @Override
  public boolean hasNext() {
    return true;
  }

  @Override
  public Item next() {
    // start events until the earliest pending article precedes the next event start
    while (pending.isEmpty() || pending.peek().time > nextEventTime) {
      startEvent();
    }
    Pending p = pending.poll();
    if (p == null) {
      throw new NoSuchElementException();
    }
    return new Item(article(p.ev, p.time), p.ev.id);
  }

  private void startEvent() {
    long t0 = nextEventTime;
    int size = eventSize();
    // mean event size is about 4: events start at articlesPerDay / 4 a day
    double meanGapSec = 86400.0 * 4.0 / articlesPerDay;
    nextEventTime = t0 + Math.max(1, (long) (-Math.log(1 - rnd.nextDouble()) * meanGapSec));
    Ev ev = new Ev(eventSeq++, rnd.nextInt(KINDS), pick(NAMES, 4), pick(PLACES, 2), numbers(), pick(DETAIL_POOL, 12));
    for (int i = 0; i < size; i++) {
      long delay = i == 0 ? 0 : (long) (-Math.log(1 - rnd.nextDouble()) * 86400.0);
      pending.add(new Pending(t0 + delay, pendingSeq++, ev));
    }
  }

  /** Heavy-tailed: P(size >= k) about 1/k, capped at 300; mean about 4. */
  private int eventSize() {
    double u = rnd.nextDouble();
    return (int) Math.min(300, Math.floor(1.0 / Math.max(1e-9, 1 - u * 0.9967)));
  }

  private int[] pick(int pool, int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = rnd.nextInt(pool);
    }
    return out;
  }

  private int[] numbers() {
    return new int[] {2 + rnd.nextInt(300), 1990 + rnd.nextInt(35), 10 + rnd.nextInt(5000)};
  }

  private EventDoc article(Ev ev, long time) {
    long n = articleSeq++;
    StringBuilder title = new StringBuilder();
    title.append(name(ev.actors[0])).append(' ').append(kindWord(ev.kind, rnd.nextInt(6))).append(' ')
        .append(kindWord(ev.kind, rnd.nextInt(KIND_WORDS))).append(" in ").append(place(ev.places[0]));
    StringBuilder body = new StringBuilder();
    int sentences = 6 + rnd.nextInt(10);
    for (int s = 0; s < sentences; s++) {
      int words = 8 + rnd.nextInt(14);
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          body.append(' ');
        }
        double u = rnd.nextDouble();
        String word;
        if (u < 0.55) {
          word = common(zipf());
        } else if (u < 0.75) {
          word = kindWord(ev.kind, rnd.nextInt(KIND_WORDS));
        } else if (u < 0.80) {
          word = name(ev.actors[rnd.nextInt(ev.actors.length)]);
        } else if (u < 0.83) {
          word = place(ev.places[rnd.nextInt(ev.places.length)]);
        } else if (u < 0.85) {
          word = Integer.toString(ev.numbers[rnd.nextInt(ev.numbers.length)]);
        } else if (u < 0.95) {
          word = detail(ev.details[rnd.nextInt(ev.details.length)]);
        } else {
          word = name(rnd.nextInt(NAMES));
        }
        if (w == 0) {
          word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        body.append(word);
      }
      body.append(". ");
    }
    return new EventDoc("syn" + n, title.toString(), body.toString(), Instant.ofEpochSecond(time), List.of(), List.of());
  }

  private int zipf() {
    double u = rnd.nextDouble();
    int lo = 0;
    int hi = COMMON - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (zipfCdf[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String common(int i) {
    return syllables(i * 7919L + 3, 2 + (i % 3), false);
  }

  private static String kindWord(int kind, int j) {
    return syllables(1_000_003L + kind * 131L + j, 3, false);
  }

  private static String detail(int i) {
    return syllables(5_000_011L + i, 3, false);
  }

  private static String name(int i) {
    return syllables(9_000_041L + i, 3, true);
  }

  private static String place(int i) {
    return syllables(20_000_003L + i, 3, true);
  }

  private static final String[] SYL = {
    "ka", "lo", "mi", "ren", "ta", "vo", "sel", "dar", "bi", "nu", "pas", "tor", "el", "gan", "ri", "mo",
    "zu", "fen", "li", "sta", "kor", "va", "den", "ul", "ir", "bro", "ne", "has", "tu", "qui", "mar", "os"};

  /** A pronounceable word determined by {@code key}: distinct keys give (almost always) distinct words. */
  private static String syllables(long key, int n, boolean capital) {
    StringBuilder sb = new StringBuilder();
    long k = key * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < n + 2; i++) {
      sb.append(SYL[(int) ((k >>> (i * 5 + 3)) & 31)]);
    }
    if (capital) {
      sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    }
    return sb.toString();
  }

  /** Convenience for tests and small runs: the next {@code n} items. */
  public List<Item> take(int n) {
    List<Item> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next());
    }
    return out;
  }
}
