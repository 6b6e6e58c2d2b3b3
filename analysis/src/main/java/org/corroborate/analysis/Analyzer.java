package org.corroborate.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.analysis.attribution.Attribution;
import org.corroborate.analysis.attribution.AttributionExtractor;
import org.corroborate.analysis.dates.DateResolver;
import org.corroborate.analysis.entities.EntityExtractor;
import org.corroborate.analysis.entities.EntityTable;
import org.corroborate.analysis.entities.Lexicon;
import org.corroborate.analysis.hedges.HedgeFinder;
import org.corroborate.analysis.nlp.CoreNlpEngine;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.NlpEngine;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.analysis.numbers.QuantityExtractor;
import org.corroborate.analysis.statements.StatementBuilder;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.model.Confidence;
import org.corroborate.model.DateMention;
import org.corroborate.model.Hedge;
import org.corroborate.model.Quantity;
import org.corroborate.model.Sentence;
import org.corroborate.model.Span;
import org.corroborate.model.Statement;

/**
 * The analysis stage: {@code Article -> AnalyzedArticle}. Annotates the text with the {@link NlpEngine},
 * finds attributions, then reads entities (merged per actor, with descriptors), statements (claimant,
 * cue, stance, channel, hedges, nesting, author voice), quantities and dates off the article.
 *
 * <p>Built once (the engine and the attribution model are loaded once); immutable and thread-safe,
 * so {@link #analyze} may be called from many threads; {@link #analyzeAll} does that over
 * {@link AnalyzerConfig#parallelism()} threads. Every span in the result is an offset into
 * {@code article.text()}.
 */
public final class Analyzer {

  /** Finds the attribution spans of an annotated document (the attribution tagger, or a stand-in in tests). */
  @FunctionalInterface
  public interface AttributionSource {
    List<Attribution> find(NlpDocument doc);

    /** The sentences the source wants parsed, or null (see {@link AttributionExtractor#parseFilter()}). */
    default NlpEngine.ParseFilter parseFilter() {
      return null;
    }
  }

  private final NlpEngine engine;
  private final AttributionSource attributions;
  private final AnalyzerConfig config;
  private final EntityExtractor entities;
  private final HedgeFinder hedges = new HedgeFinder();
  private final QuantityExtractor quantities = new QuantityExtractor();
  private final DateResolver dates = new DateResolver();
  private final StatementBuilder statements;

  public Analyzer(NlpEngine engine, AttributionSource attributions, AnalyzerConfig config) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.attributions = Objects.requireNonNull(attributions, "attributions");
    this.config = Objects.requireNonNull(config, "config");
    Lexicon lex = Lexicon.standard();
    this.entities = new EntityExtractor(lex, config.corefWindow());
    this.statements = new StatementBuilder(lex, config.authorStatements(), config.minAuthorTokens());
  }

  /** The standard analyzer: the shared CoreNLP engine and the shipped attribution model (slow to build: models load). */
  public static Analyzer standard(AnalyzerConfig config) {
    AttributionExtractor extractor = AttributionExtractor.shared();
    AttributionSource source = new AttributionSource() {
      @Override
      public List<Attribution> find(NlpDocument doc) {
        return extractor.extract(doc);
      }

      @Override
      public NlpEngine.ParseFilter parseFilter() {
        return extractor.parseFilter();
      }
    };
    return new Analyzer(CoreNlpEngine.shared(extractor.model().syntax()), source, config);
  }

  public AnalyzerConfig config() {
    return config;
  }

  /** Analyses one article. */
  public AnalyzedArticle analyze(Article article) {
    Objects.requireNonNull(article, "article");
    return analyze(article, engine.annotate(article.text(), attributions.parseFilter()));
  }

  /**
   * Analyses one article whose text is already annotated (lets callers time or cache the NLP engine
   * separately). {@code doc} must be the annotation of exactly {@code article.text()}.
   */
  public AnalyzedArticle analyze(Article article, NlpDocument doc) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(doc, "doc");
    return read(article, doc, attributions.find(doc));
  }

  /**
   * Analyses one annotated article with attributions already found: everything this stage adds on top
   * of the engine and the attribution tagger.
   */
  public AnalyzedArticle read(Article article, NlpDocument doc, List<Attribution> found) {
    if (!doc.text().equals(article.text())) {
      throw new IllegalArgumentException("the annotated text is not the article's text (article " + article.id() + ")");
    }
    DocText dt = new DocText(doc);
    String text = article.text();
    List<Span> speakers = statements.speakers(dt, found);
    EntityTable table = entities.extract(dt, speakers);
    List<Hedge> hs = hedges.find(text, new Span(0, text.length()));
    List<Quantity> qs = quantities.extract(dt);
    List<Span> sentenceSpans = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (NlpSentence s : doc.sentences()) {
      sentenceSpans.add(s.span());
      sentences.add(new Sentence(s.index(), s.span()));
    }
    LocalDate pub = null;
    Confidence pubConfidence = null;
    if (article.published() != null) {
      pub = article.published().time().atZone(ZoneOffset.UTC).toLocalDate();
      pubConfidence = article.published().confidence();
    }
    List<DateMention> ds = dates.resolve(text, pub, pubConfidence, sentenceSpans);
    List<Statement> st = statements.build(dt, article, found, table, hs, qs, ds);
    return new AnalyzedArticle(article, sentences, table.entities(), st, qs, ds);
  }

  /**
   * Analyses many articles on {@link AnalyzerConfig#parallelism()} threads; results in input order.
   * A failure in one article is a bug, not bad input: it is rethrown (the first one) after all finish.
   */
  public List<AnalyzedArticle> analyzeAll(List<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    if (articles.isEmpty()) {
      return List.of();
    }
    int threads = Math.min(config.parallelism(), articles.size());
    if (threads == 1) {
      List<AnalyzedArticle> out = new ArrayList<>();
      for (Article a : articles) {
        out.add(analyze(a));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "corroborate-analyze");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<AnalyzedArticle>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> analyze(a)));
      }
      List<AnalyzedArticle> out = new ArrayList<>();
      for (Future<AnalyzedArticle> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing articles", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("analysis failed", c);
    } finally {
      pool.shutdownNow();
    }
  }
}
