package org.corroborate.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corroborate.model.Article;
import org.corroborate.model.Confidence;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.corroborate.model.SourceRef;

/** Fictional articles for the store tests, made from a seed so a child process can make the same ones. */
final class TestArticles {
  private static final String[] WORDS = {
    "harbour", "council", "ferry", "lantern", "orchard", "bridge", "festival", "mayor", "river",
    "valley", "budget", "school", "market", "storm", "railway", "museum", "library", "clinic",
    "quarry", "meadow", "tower", "canal", "village", "province", "minister", "report", "survey"};

  private TestArticles() {}

  /** Article number {@code n}: deterministic text, title, outlet and one source in {@code path}. */
  static Article article(int n, String path) {
    Random r = new Random(1000L + n);
    List<String> paras = new ArrayList<>();
    int np = 2 + r.nextInt(4);
    for (int p = 0; p < np; p++) {
      StringBuilder sb = new StringBuilder("Item " + n + " paragraph " + p + ":");
      int nw = 20 + r.nextInt(40);
      for (int w = 0; w < nw; w++) {
        sb.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
      }
      sb.append('.');
      paras.add(sb.toString());
    }
    Outlet outlet = new Outlet("The Glenmoor Courier " + (n % 3), "courier" + (n % 3) + ".example");
    Published published = new Published(Instant.parse("2031-04-01T08:00:00Z").plusSeconds(3600L * n),
        "meta:article:published_time", Confidence.HIGH, n % 2 == 0);
    SourceRef src = new SourceRef("text", path, null, "item-" + n, outlet, Instant.parse("2031-05-01T00:00:00Z"));
    return Article.of(outlet, "Headline number " + n, n % 4 == 0 ? null : "By A. Writer", published,
        "en", paras, "https://courier.example/a/" + n, src);
  }
}
