package org.corroborate.eval.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The order in which an evaluation feeds a gold set's documents to the online clusterer. Online
 * clustering depends on arrival order, and a figure measured in one order only can be luck:
 * {@code file} (the set's sorted paths, the default), {@code date} (by publication time, undated
 * documents last, ties in file order: as a news stream arrives), {@code reverse} (file order
 * backwards), and {@code shuffle:SEED} (a seeded random permutation, {@link Collections#shuffle}
 * with {@code new Random(SEED)}).
 *
 * @param kind one of file, date, reverse, shuffle
 * @param seed the shuffle seed (0 and unused for the other kinds)
 */
public record DocOrder(String kind, long seed) {
  public static final DocOrder FILE = new DocOrder("file", 0);

  public DocOrder {
    if (!List.of("file", "date", "reverse", "shuffle").contains(kind)) {
      throw new IllegalArgumentException("unknown document order '" + kind + "' (file, date, reverse, shuffle:SEED)");
    }
    if (!kind.equals("shuffle") && seed != 0) {
      throw new IllegalArgumentException("only the shuffle order takes a seed");
    }
  }

  /** Reads {@code file}, {@code date}, {@code reverse} or {@code shuffle:SEED}. */
  public static DocOrder parse(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("shuffle:")) {
      try {
        return new DocOrder("shuffle", Long.parseLong(t.substring(8)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("shuffle needs an integer seed, e.g. shuffle:7; got '" + s + "'", e);
      }
    }
    if (t.equals("shuffle")) {
      throw new IllegalArgumentException("shuffle needs a seed, e.g. shuffle:7");
    }
    return new DocOrder(t, 0);
  }

  /** The documents in this order; the input list is not changed. */
  public List<LabeledDoc> apply(List<LabeledDoc> docs) {
    List<LabeledDoc> out = new ArrayList<>(docs);
    switch (kind) {
      case "date" -> out.sort(Comparator.comparing((LabeledDoc d) -> d.doc().published(),
          Comparator.nullsLast(Comparator.<Instant>naturalOrder()))); // stable: ties keep file order
      case "reverse" -> Collections.reverse(out);
      case "shuffle" -> Collections.shuffle(out, new Random(seed));
      default -> { }
    }
    return out;
  }

  @Override
  public String toString() {
    return kind.equals("shuffle") ? "shuffle:" + seed : kind;
  }
}
