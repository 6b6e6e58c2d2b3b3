package org.corroborate.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Rejection;

/**
 * User-given name equivalences, for what no article text says ("Rosgvardiya" is the "National Guard").
 * Read from TSV: one {@code alias<TAB>canonical} a line; blank lines and lines starting with '#' are
 * skipped. Malformed lines are kept as {@link #problems()}, not thrown. Immutable.
 */
public final class Aliases {
  private static final Aliases NONE = new Aliases(Map.of(), Map.of(), List.of());

  /** name key -> canonical name key. */
  private final Map<String, String> toCanonical;
  /** canonical name key -> canonical name as the user wrote it. */
  private final Map<String, String> display;
  private final List<Rejection> problems;

  private Aliases(Map<String, String> toCanonical, Map<String, String> display, List<Rejection> problems) {
    this.toCanonical = Map.copyOf(toCanonical);
    this.display = Map.copyOf(display);
    this.problems = List.copyOf(problems);
  }

  public static Aliases none() {
    return NONE;
  }

  /** Reads a TSV file (UTF-8). I/O errors propagate: a missing alias file is the caller's mistake. */
  public static Aliases load(Path tsv) throws IOException {
    try (Reader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      return parse(tsv.toString(), r);
    }
  }

  public static Aliases parse(String source, String tsv) {
    try {
      return parse(source, new StringReader(tsv));
    } catch (IOException e) {
      throw new IllegalStateException("a StringReader does not fail", e);
    }
  }

  public static Aliases parse(String source, Reader in) throws IOException {
    Map<String, String> map = new HashMap<>();
    Map<String, String> display = new HashMap<>();
    List<Rejection> problems = new ArrayList<>();
    BufferedReader br = new BufferedReader(in);
    String line;
    int n = 0;
    while ((line = br.readLine()) != null) {
      n++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        problems.add(new Rejection(source + ":" + n, "malformed-alias",
            "line " + n + " is not 'alias<TAB>canonical': " + abbreviate(line)));
        continue;
      }
      String alias = Names.key(parts[0]);
      String canon = Names.key(parts[1]);
      if (alias.isEmpty() || canon.isEmpty()) {
        problems.add(new Rejection(source + ":" + n, "malformed-alias", "line " + n + " has no words in a column"));
        continue;
      }
      String previous = map.get(alias);
      if (previous != null && !previous.equals(canon)) {
        problems.add(new Rejection(source + ":" + n, "conflicting-alias",
            "'" + parts[0].strip() + "' was already an alias of '" + display.get(previous) + "'; line " + n + " ignored"));
        continue;
      }
      if (!alias.equals(canon)) {
        map.put(alias, canon);
      }
      display.putIfAbsent(canon, parts[1].strip());
    }
    return new Aliases(map, display, problems);
  }

  /** The canonical key for a name key, following chains (a -> b -> c) and stopping on cycles. */
  public String canonicalKey(String nameKey) {
    String k = nameKey;
    for (int i = 0; i < 8; i++) {
      String next = toCanonical.get(k);
      if (next == null || next.equals(k)) {
        return k;
      }
      k = next;
    }
    return k;
  }

  /** The canonical name as the user wrote it when {@code nameKey} is an alias or a canonical name, else null. */
  public String displayName(String nameKey) {
    return display.get(canonicalKey(nameKey));
  }

  /**
   * Every name key the user made equivalent to {@code nameKey} (its canonical key, the aliases leading
   * to it, and {@code nameKey} itself), sorted: "Kyiv" with the line "Kyiv<TAB>Ukraine" gives kyiv and
   * ukraine.
   */
  public java.util.SortedSet<String> equivalents(String nameKey) {
    String canon = canonicalKey(nameKey);
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    out.add(nameKey);
    out.add(canon);
    for (String alias : toCanonical.keySet()) {
      if (canonicalKey(alias).equals(canon)) {
        out.add(alias);
      }
    }
    return java.util.Collections.unmodifiableSortedSet(out);
  }

  public int size() {
    return toCanonical.size();
  }

  /** Lines that could not be read, with their line numbers. */
  public List<Rejection> problems() {
    return problems;
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
