package org.corroborate.eval.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.eval.claims.SystemClaim.Said;
import org.corroborate.model.Article;
import org.corroborate.model.Confidence;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.corroborate.model.Rejection;
import org.corroborate.model.SourceRef;

/**
 * Quotations two outlets both print, as a gold made from the article texts alone (BASIL: one event
 * by three outlets, {@code DIR/articles/YEAR/*.json}, grouped by {@code triplet-uuid}).
 *
 * <p>Gold: for each pair of articles of one triplet from different outlets, every maximal run of
 * {@link #MIN_WORDS} or more words that lies inside quotation marks in both (words lower-cased,
 * punctuation and the kind of quotation mark ignored; a run inside a longer run of the same pair is
 * not counted again). Figures: <b>found</b>, the share of runs for which each of the two articles has
 * a statement whose content contains the run; <b>one claim</b>, the share of runs for which one
 * ledger claim holds such a statement of each article. The split by year ({@link #heldOut}) lets
 * engineers tune on 2010-2012 and report 2013-2014.
 */
public final class BasilQuotes {
  /** The shortest quotation run counted, in words. */
  public static final int MIN_WORDS = 6;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

  private BasilQuotes() {}

  /** One BASIL article: its triplet, year (from its folder) and the article built from its fields. */
  public record Doc(String path, String triplet, int year, Article article) {}

  /** What {@link #read} found: the articles and the files it could not use. */
  public record Corpus(List<Doc> docs, List<Rejection> rejections) {
    public Corpus {
      docs = List.copyOf(docs);
      rejections = List.copyOf(rejections);
    }
  }

  /** A quoted run both articles of a pair print. */
  public record Run(String triplet, int year, Doc a, Doc b, String words) {}

  /** The outcome of one run: statements of each side holding it, and whether one claim holds both. */
  public record Outcome(Run run, List<Hit> inA, List<Hit> inB, boolean oneClaim) {
    public boolean found() {
      return !inA.isEmpty() && !inB.isEmpty();
    }
  }

  /** A statement holding a run, with its claim. */
  public record Hit(SystemClaim claim, Said said) {}

  /** Counts of one split. */
  public record Tally(String name, int runs, int found, int oneClaim) {
    public double foundShare() {
      return runs == 0 ? 0.0 : (double) found / runs;
    }

    public double oneClaimShare() {
      return runs == 0 ? 0.0 : (double) oneClaim / runs;
    }

    public double oneClaimOfFound() {
      return found == 0 ? 0.0 : (double) oneClaim / found;
    }

    /** Counts and shares, for {@code --json}. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("split", name);
      m.put("quotations", runs);
      m.put("found_in_both", found);
      m.put("found_share", foundShare());
      m.put("one_claim", oneClaim);
      m.put("one_claim_share", oneClaimShare());
      m.put("one_claim_of_found", oneClaimOfFound());
      return m;
    }

    public String line(String prefix) {
      return String.format(Locale.ROOT, "%s quotations=%d found_in_both=%d (%.3f) one_claim=%d (%.3f of all, %.3f of found)",
          prefix, runs, found, foundShare(), oneClaim, oneClaimShare(), oneClaimOfFound());
    }
  }

  /** True for the years kept for reporting, never for tuning (2013 and 2014). */
  public static boolean heldOut(int year) {
    return year >= 2013;
  }

  /** Reads {@code dir/articles/YEAR/*.json}: title, body paragraphs, date, outlet ({@code source}), triplet. */
  public static Corpus read(Path dir) throws IOException {
    List<Doc> docs = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (Path f : org.corroborate.eval.events.BasilReader.files(dir)) {
      JsonNode n = org.corroborate.eval.events.BasilReader.json(f, rejections);
      if (n == null) {
        continue;
      }
      String triplet = n.path("triplet-uuid").asText("");
      String source = n.path("source").asText("");
      if (triplet.isEmpty() || source.isEmpty()) {
        rejections.add(new Rejection(f.toString(), "no-gold", "no triplet-uuid or source"));
        continue;
      }
      List<String> paragraphs = new ArrayList<>();
      for (JsonNode para : n.path("body-paragraphs")) {
        StringBuilder p = new StringBuilder();
        if (para.isArray()) {
          for (JsonNode piece : para) {
            p.append(p.length() > 0 ? " " : "").append(piece.asText(""));
          }
        } else {
          p.append(para.asText(""));
        }
        paragraphs.add(p.toString());
      }
      if (paragraphs.stream().allMatch(String::isBlank)) {
        rejections.add(new Rejection(f.toString(), "no-text", "no body paragraphs"));
        continue;
      }
      Published published = null;
      String date = n.path("date").asText("");
      try {
        if (!date.isEmpty()) {
          Instant t = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
          published = new Published(t, "basil:date", Confidence.HIGH, true);
        }
      } catch (DateTimeParseException e) {
        rejections.add(new Rejection(f.toString(), "bad-date", "unreadable date '" + date + "', read without one"));
      }
      String rel = dir.resolve("articles").relativize(f).toString().replace('\\', '/');
      int year = yearOf(rel);
      Outlet outlet = new Outlet(source, null);
      String url = n.hasNonNull("url") ? n.get("url").asText() : null;
      Article a = Article.of(outlet, n.path("title").asText(""), null, published, "en", paragraphs, url,
          new SourceRef("basil", rel, url, null, outlet, null));
      docs.add(new Doc(rel, triplet, year, a));
    }
    return new Corpus(docs, rejections);
  }

  private static int yearOf(String rel) {
    int slash = rel.indexOf('/');
    try {
      return slash > 0 ? Integer.parseInt(rel.substring(0, slash)) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The gold runs of every triplet, per pair of articles of different outlets, in file order. */
  public static List<Run> runs(List<Doc> docs) {
    Map<String, List<Doc>> byTriplet = new LinkedHashMap<>();
    for (Doc d : docs) {
      byTriplet.computeIfAbsent(d.triplet(), k -> new ArrayList<>()).add(d);
    }
    List<Run> out = new ArrayList<>();
    for (List<Doc> group : byTriplet.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          Doc a = group.get(i);
          Doc b = group.get(j);
          if (a.article().outlet().name().equalsIgnoreCase(b.article().outlet().name())) {
            continue;
          }
          for (String w : commonRuns(quotes(a.article().text()), quotes(b.article().text()))) {
            out.add(new Run(a.triplet(), a.year(), a, b, w));
          }
        }
      }
    }
    return out;
  }

  /**
   * The quotations of a text as word lists: what lies between an opening and a closing quotation
   * mark (curly or straight) within one paragraph.
   */
  static List<List<String>> quotes(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String para : text.split("\n\\s*\n")) {
      int open = -1;
      for (int i = 0; i < para.length(); i++) {
        char c = para.charAt(i);
        boolean straight = c == '"';
        if (c == '\u201C' || (straight && open < 0)) {
          open = i + 1;
        } else if ((c == '\u201D' || straight) && open >= 0) {
          List<String> w = words(para.substring(open, i));
          if (!w.isEmpty()) {
            out.add(w);
          }
          open = -1;
        }
      }
    }
    return out;
  }

  /** Lower-cased words, curly apostrophes as straight ones, punctuation dropped. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The maximal common word runs of at least {@link #MIN_WORDS} words between any quotation of a and any of b. */
  static List<String> commonRuns(List<List<String>> a, List<List<String>> b) {
    Set<String> runs = new LinkedHashSet<>();
    for (List<String> qa : a) {
      if (qa.size() < MIN_WORDS) {
        continue;
      }
      for (List<String> qb : b) {
        if (qb.size() < MIN_WORDS) {
          continue;
        }
        int[][] len = new int[qa.size() + 1][qb.size() + 1];
        for (int i = 1; i <= qa.size(); i++) {
          for (int j = 1; j <= qb.size(); j++) {
            if (qa.get(i - 1).equals(qb.get(j - 1))) {
              len[i][j] = len[i - 1][j - 1] + 1;
            }
          }
        }
        for (int i = 1; i <= qa.size(); i++) {
          for (int j = 1; j <= qb.size(); j++) {
            int n = len[i][j];
            boolean extends_ = i < qa.size() && j < qb.size() && qa.get(i).equals(qb.get(j));
            if (n >= MIN_WORDS && !extends_) {
              runs.add(String.join(" ", qa.subList(i - n, i)));
            }
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String r : runs) {
      boolean inside = false;
      for (String other : runs) {
        if (other.length() > r.length() && (" " + other + " ").contains(" " + r + " ")) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        out.add(r);
      }
    }
    return out;
  }

  /** Looks each run up among the ledger's statements of its two articles. */
  public static List<Outcome> score(List<Run> runs, List<SystemClaim> system) {
    Map<String, List<Hit>> byArticle = new LinkedHashMap<>();
    for (SystemClaim c : system) {
      for (Said s : c.statements()) {
        byArticle.computeIfAbsent(s.articleId(), k -> new ArrayList<>()).add(new Hit(c, s));
      }
    }
    List<Outcome> out = new ArrayList<>();
    for (Run r : runs) {
      List<Hit> inA = holding(byArticle.getOrDefault(r.a().article().id(), List.of()), r.words());
      List<Hit> inB = holding(byArticle.getOrDefault(r.b().article().id(), List.of()), r.words());
      boolean one = false;
      for (Hit ha : inA) {
        for (Hit hb : inB) {
          if (ha.claim().id().equals(hb.claim().id())) {
            one = true;
          }
        }
      }
      out.add(new Outcome(r, inA, inB, one));
    }
    return out;
  }

  private static List<Hit> holding(List<Hit> hits, String run) {
    List<Hit> out = new ArrayList<>();
    String needle = " " + run + " ";
    for (Hit h : hits) {
      if (h.said().contentText() != null && (" " + String.join(" ", words(h.said().contentText())) + " ").contains(needle)) {
        out.add(h);
      }
    }
    return out;
  }

  /** Counts outcomes whose run's year passes {@code years}. */
  public static Tally tally(String name, List<Outcome> outcomes, java.util.function.IntPredicate years) {
    int runs = 0;
    int found = 0;
    int one = 0;
    for (Outcome o : outcomes) {
      if (!years.test(o.run().year())) {
        continue;
      }
      runs++;
      found += o.found() ? 1 : 0;
      one += o.oneClaim() ? 1 : 0;
    }
    return new Tally(name, runs, found, one);
  }

  /** A line per outcome that is not one claim: the run, and what each side made of it. */
  public static String describeMiss(Outcome o) {
    Run r = o.run();
    String head = r.year() + " " + r.triplet().substring(0, Math.min(8, r.triplet().length())) + " \""
        + ClaimScorer.shorten(r.words()) + "\": ";
    if (!o.found()) {
      return head + "not found as a statement in " + (o.inA().isEmpty() ? r.a().article().outlet().name() : "")
          + (o.inA().isEmpty() && o.inB().isEmpty() ? " and " : "") + (o.inB().isEmpty() ? r.b().article().outlet().name() : "");
    }
    return head + "split: " + side(r.a(), o.inA().get(0)) + " | " + side(r.b(), o.inB().get(0));
  }

  private static String side(Doc d, Hit h) {
    return d.article().outlet().name() + " " + h.claim().id() + " [" + h.said().claimant() + " / " + h.said().stance()
        + "; claim: " + h.claim().claimant() + " / " + h.claim().stance() + ", " + h.claim().statements().size() + " stmts]";
  }
}
