package org.corroborate.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Channel;
import org.corroborate.model.Claimant;
import org.corroborate.model.ClaimantKind;
import org.corroborate.model.Confidence;
import org.corroborate.model.DateMention;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Hedge;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.corroborate.model.Quantity;
import org.corroborate.model.Sentence;
import org.corroborate.model.SourceRef;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;
import org.corroborate.model.Statement;
import org.corroborate.model.Syndication;

/**
 * Builds fictional {@link AnalyzedArticle}s by hand for tests: spans are found by searching the text,
 * so a fixture reads like what the analyser would have found. A missing text fails loudly.
 */
public final class ArticleFixture {
  private final Outlet outlet;
  private final String title;
  private final Instant published;
  private final String text;
  private String syndicatedFrom;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Statement> statements = new ArrayList<>();
  private final List<Quantity> quantities = new ArrayList<>();
  private final List<DateMention> dates = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();

  private ArticleFixture(Outlet outlet, String title, Instant published, String text) {
    this.outlet = outlet;
    this.title = title;
    this.published = published;
    this.text = text;
    Matcher m = Pattern.compile("[^.!?]+(?:[.!?]+[\"\u201d]?|$)").matcher(text);
    while (m.find()) {
      int s = m.start();
      while (s < m.end() && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      if (s < m.end()) {
        sentences.add(new Sentence(sentences.size(), new Span(s, m.end())));
      }
    }
  }

  public static ArticleFixture article(String outletName, String domain, String published, String title, String text) {
    return new ArticleFixture(new Outlet(outletName, domain), title, published == null ? null : Instant.parse(published), text);
  }

  public ArticleFixture syndicatedFrom(String originalId) {
    this.syndicatedFrom = originalId;
    return this;
  }

  public String text() {
    return text;
  }

  /** The span of the first occurrence of {@code s} at or after {@code from}. */
  public Span find(String s, int from) {
    int i = text.indexOf(s, from);
    if (i < 0) {
      throw new IllegalArgumentException("fixture text has no '" + s + "' after " + from + ": " + text);
    }
    return new Span(i, i + s.length());
  }

  public Span find(String s) {
    return find(s, 0);
  }

  /** An entity: every occurrence of each name is a NAME mention, each nominal a NOMINAL mention. */
  public ArticleFixture entity(String id, String name, EntityType type, List<String> names, List<String> nominals,
      List<String> descriptors) {
    List<Mention> mentions = new ArrayList<>();
    for (String n : names) {
      int from = 0;
      int i;
      while ((i = text.indexOf(n, from)) >= 0) {
        mentions.add(new Mention(new Span(i, i + n.length()), n, MentionKind.NAME));
        from = i + n.length();
      }
      if (from == 0) {
        throw new IllegalArgumentException("no mention '" + n + "' in fixture text");
      }
    }
    for (String n : nominals) {
      mentions.add(new Mention(find(n), n, MentionKind.NOMINAL));
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    entities.add(new Entity(id, name, type, mentions, descriptors));
    return this;
  }

  public StatementFixture statement(String id) {
    return new StatementFixture(id);
  }

  public ArticleFixture quantity(String phrase, double value, String counts, String event) {
    quantities.add(new Quantity(find(phrase), phrase, value, "count", null, counts, event));
    return this;
  }

  public ArticleFixture date(String phrase, LocalDate day) {
    dates.add(new DateMention(find(phrase), phrase, day, day, "day", Confidence.MEDIUM));
    return this;
  }

  public AnalyzedArticle build() {
    Article a = Article.of(outlet, title, null,
        published == null ? null : new Published(published, "meta:article:published_time", Confidence.HIGH, false),
        "en", List.of(text), "https://" + outlet.domain() + "/story",
        new SourceRef("html", "fixtures/" + outlet.domain() + ".html", null, null, outlet, Instant.EPOCH));
    if (syndicatedFrom != null) {
      a = a.withSyndication(new Syndication(syndicatedFrom, 0.93, "minhash-shingles"));
    }
    if (!a.text().equals(text)) {
      throw new IllegalStateException("fixture text must be one stripped paragraph");
    }
    return new AnalyzedArticle(a, sentences, entities, statements, quantities, dates);
  }

  /** The id this article will get (its text's hash). */
  public String id() {
    return org.corroborate.util.Ids.articleId(text);
  }

  /** One statement; {@link #add()} returns to the article. */
  public final class StatementFixture {
    private final String id;
    private Claimant claimant = new Claimant(ClaimantKind.AUTHOR, null, null, null, null);
    private Span cue;
    private String cueClass = "none";
    private Span content;
    private Channel channel;
    private Stance stance = Stance.ASSERT;
    private boolean negated;
    private boolean direct;
    private String parentId;
    private String parts;
    private final List<Hedge> hedges = new ArrayList<>();

    private StatementFixture(String id) {
      this.id = id;
    }

    public StatementFixture by(String claimantText, String entityId, String name) {
      claimant = new Claimant(ClaimantKind.NAMED, find(claimantText), claimantText, entityId, name);
      return this;
    }

    /** The outlet's own voice. */
    public StatementFixture author(String outletName) {
      claimant = new Claimant(ClaimantKind.AUTHOR, null, outletName, null, outletName);
      return this;
    }

    public StatementFixture unnamed(String claimantText) {
      claimant = new Claimant(ClaimantKind.UNNAMED, find(claimantText), claimantText, null, claimantText);
      return this;
    }

    public StatementFixture cue(String cueText, String cls) {
      int from = claimant.span() == null ? 0 : claimant.span().end();
      cue = text.indexOf(cueText, from) >= 0 ? find(cueText, from) : find(cueText);
      cueClass = cls;
      return this;
    }

    public StatementFixture content(String contentText) {
      content = find(contentText);
      return this;
    }

    /** A content in two parts with the attribution between them: “...,” X said. “...” */
    public StatementFixture content(String first, String last) {
      Span a = find(first);
      Span b = find(last, a.end());
      content = new Span(a.start(), b.end());
      parts = first + " \u2026 " + last;
      return this;
    }

    public StatementFixture stance(Stance s) {
      stance = s;
      return this;
    }

    public StatementFixture negated() {
      negated = true;
      return this;
    }

    public StatementFixture direct() {
      direct = true;
      return this;
    }

    public StatementFixture channel(String channelText, String name) {
      channel = new Channel(find(channelText), channelText, name);
      return this;
    }

    public StatementFixture hedge(String hedgeText, String kind) {
      hedges.add(new Hedge(find(hedgeText), hedgeText, kind, false));
      return this;
    }

    public StatementFixture parent(String id) {
      parentId = id;
      return this;
    }

    /** Span given directly (to test bad offsets). */
    public StatementFixture contentSpan(Span s, String t) {
      content = s;
      return this;
    }

    public ArticleFixture add() {
      if (content == null) {
        throw new IllegalStateException("statement " + id + " needs content");
      }
      int sentence = 0;
      for (Sentence s : sentences) {
        if (s.span().start() <= content.start()) {
          sentence = s.index();
        }
      }
      String contentText = parts != null ? parts : content.end() <= text.length() ? content.of(text) : "";
      statements.add(new Statement(id, sentence, claimant, cue, cue == null ? null : cue.of(text), cueClass, content,
          contentText, channel, stance, negated, false, hedges, direct, parentId));
      return ArticleFixture.this;
    }
  }
}
