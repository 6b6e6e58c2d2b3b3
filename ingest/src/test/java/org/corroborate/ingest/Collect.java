package org.corroborate.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.ingest.html.HtmlExtractor;
import org.corroborate.ingest.html.MainTextExtractor;
import org.corroborate.ingest.support.ReadContext;
import org.corroborate.model.Article;
import org.corroborate.model.Rejection;

/** A sink that keeps everything, in order, for tests. */
public final class Collect implements ReadSink {
  public final List<Article> articles = new ArrayList<>();
  public final List<Rejection> rejections = new ArrayList<>();
  public final List<Object> all = new ArrayList<>();

  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  public static ReadContext context() {
    return context(ReaderConfig.defaults(), new MainTextExtractor());
  }

  public static ReadContext context(ReaderConfig config, HtmlExtractor html) {
    return new ReadContext(config, CLOCK, html);
  }

  public static Input input(String name, String text) {
    return Input.ofBytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void accept(Article article) {
    articles.add(article);
    all.add(article);
  }

  @Override
  public void reject(Rejection rejection) {
    rejections.add(rejection);
    all.add(rejection);
  }

  public Article only() {
    if (articles.size() != 1 || !rejections.isEmpty()) {
      throw new AssertionError("expected one article, got " + articles.size() + " and rejections " + rejections);
    }
    return articles.get(0);
  }

  public List<String> reasons() {
    return rejections.stream().map(Rejection::reason).toList();
  }
}
