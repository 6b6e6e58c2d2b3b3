package org.corroborate.cli;

import org.corroborate.pipeline.IngestRun;
import org.corroborate.pipeline.LedgerRun;
import org.corroborate.pipeline.Ledgers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corroborate.analysis.AnalyzerConfig;
import org.corroborate.eval.claims.BasilQuotes;
import org.corroborate.eval.claims.ClaimGold;
import org.corroborate.eval.claims.ClaimScorer;
import org.corroborate.eval.claims.SystemClaim;
import org.corroborate.events.EventConfig;
import org.corroborate.ingest.IngestPipeline;
import org.corroborate.ledger.Aliases;
import org.corroborate.ledger.EventGroup;
import org.corroborate.ledger.Ledger;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Article;
import org.corroborate.store.SqliteArticleStore;
import org.corroborate.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate eval claims}: claim-level quality, in two modes.
 *
 * <ul>
 *   <li>{@code eval claims ARTICLES_DIR --gold FILE}: runs what {@code analyze} runs (ingest,
 *       analysis, events, ledger) on the folder and scores the ledger against a hand-written gold of
 *       claims ({@link ClaimScorer}).</li>
 *   <li>{@code eval claims --basil DIR}: quotations two outlets of a BASIL triplet both print
 *       ({@link BasilQuotes}); each triplet is one event group, so clustering does not enter.</li>
 * </ul>
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Claim-level quality: statements grouped into claims, independent",
      "outlets, contest links.",
      "With ARTICLES_DIR --gold FILE: runs analyze's stages on the folder",
      "  and scores the ledger against a gold of claims (format:",
      "  examples/belmora/GOLD.md).",
      "With --basil DIR: quotations of six or more words that two outlets",
      "  of a BASIL triplet both print: found as statements in both",
      "  articles, ending as one claim; each triplet is one event group.",
      "  Years 2010-2012 (tuning) and 2013-2014 (held out) printed apart."})
public final class ClaimsEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "ARTICLES_DIR", description = "Folder of articles the gold describes.")
  Path articles;

  @Option(names = "--gold", paramLabel = "FILE", description = "Gold claims (JSON) for ARTICLES_DIR.")
  Path gold;

  @Option(names = "--aliases", paramLabel = "FILE", description = "Alias file, as for analyze.")
  Path aliases;

  @Option(names = "--basil", paramLabel = "DIR", description = "BASIL folder (articles/YEAR/*.json).")
  Path basil;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Article store to use and keep (analyses are reused on a rerun); default: a temporary"
          + " store for ARTICLES_DIR, ./data for --basil.")
  Path data;

  @Option(names = "--misses", paramLabel = "N", defaultValue = "200", description = "Misses to list at most (default: ${DEFAULT-VALUE}).")
  int maxMisses;

  @Option(names = "--json", paramLabel = "FILE", description = "also write all figures as JSON")
  Path json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((basil == null) == (articles == null)) {
      err.println("corroborate: give either ARTICLES_DIR --gold FILE or --basil DIR");
      return 2;
    }
    if (basil != null) {
      if (!Files.isDirectory(basil.resolve("articles"))) {
        err.println("corroborate: not a BASIL folder (no articles/): " + basil);
        return 2;
      }
      return basil(out, err);
    }
    if (gold == null) {
      err.println("corroborate: --gold FILE is required with ARTICLES_DIR");
      return 2;
    }
    if (!Files.isDirectory(articles) || !Files.isRegularFile(gold)) {
      err.println("corroborate: not found: " + (Files.isDirectory(articles) ? gold : articles));
      return 2;
    }
    Aliases aliasTable = Aliases.none();
    if (aliases != null) {
      if (!Files.isRegularFile(aliases)) {
        err.println("corroborate: alias file not found: " + aliases);
        return 2;
      }
      aliasTable = Aliases.load(aliases);
    }
    ClaimGold g;
    try {
      g = ClaimGold.read(gold);
    } catch (IllegalArgumentException e) {
      err.println("corroborate: bad gold file: " + e.getMessage());
      return 1;
    }
    Path store = data;
    Path tmp = null;
    if (store == null) {
      tmp = Files.createTempDirectory("corroborate-eval-claims");
      store = tmp.resolve("data");
    }
    try (SqliteArticleStore s = SqliteArticleStore.open(store)) {
      IngestRun.Done done = IngestOutput.run(List.of(articles), s, IngestPipeline.Options.DEFAULTS.withTrackIds(true), err);
      List<Article> read = s.getAll(done.pipeline().articleIds());
      List<ClaimGold.Anchor> anchors;
      try {
        // Before the analysis: a gold text that is not in its article stops the run at once.
        anchors = g.anchor(read);
      } catch (IllegalArgumentException e) {
        err.println("corroborate: gold mention not found: " + e.getMessage());
        return 1;
      }
      LedgerRun stages = LedgerRun.standard(s, AnalyzerConfig.DEFAULT, err);
      LedgerRun.Result result = stages.run(read, EventConfig.DEFAULTS);
      Ledger ledger = Ledgers.build(result.events(), aliasTable);
      ClaimScorer.Result r = ClaimScorer.score(g, anchors, SystemClaim.of(ledger));
      out.println("articles: " + read.size() + "; events: " + ledger.events().size() + "; rule: a statement matches the gold"
          + " mention it overlaps most, by >= " + ClaimScorer.MIN_OVERLAP + " of the shorter span");
      out.println("misses (" + r.misses().size() + "):");
      for (String m : r.misses().subList(0, Math.min(maxMisses, r.misses().size()))) {
        out.println("  " + m);
      }
      for (ClaimScorer.EventScore e : r.events()) {
        out.println(e.line("event " + e.event() + ":"));
      }
      out.println(r.all().line("claims:"));
      if (json != null) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("all", r.all().toMap());
        m.put("events", r.events().stream().map(ClaimScorer.EventScore::toMap).toList());
        m.put("misses", r.misses());
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), m);
      }
    } finally {
      if (tmp != null) {
        deleteTree(tmp);
      }
    }
    out.flush();
    return 0;
  }

  private int basil(PrintWriter out, PrintWriter err) throws IOException {
    BasilQuotes.Corpus corpus = BasilQuotes.read(basil);
    for (var rej : corpus.rejections()) {
      err.println("corroborate: skipped " + rej.source() + ": " + rej.reason() + " (" + rej.detail() + ")");
    }
    Path store = data == null ? Path.of("data") : data;
    List<BasilQuotes.Outcome> outcomes;
    try (SqliteArticleStore s = SqliteArticleStore.open(store)) {
      LedgerRun stages = LedgerRun.standard(s, AnalyzerConfig.DEFAULT, err);
      List<Article> arts = corpus.docs().stream().map(BasilQuotes.Doc::article).toList();
      List<AnalyzedArticle> analysed = stages.analyseAll(arts);
      err.println("analysed: " + stages.analysedNow() + " article(s), " + stages.analysisReused() + " reused from " + store);
      Map<String, List<AnalyzedArticle>> byTriplet = new LinkedHashMap<>();
      for (int i = 0; i < analysed.size(); i++) {
        byTriplet.computeIfAbsent(corpus.docs().get(i).triplet(), k -> new ArrayList<>()).add(analysed.get(i));
      }
      List<EventGroup> groups = new ArrayList<>();
      byTriplet.forEach((t, list) -> groups.add(new EventGroup(t, list)));
      Ledger ledger = Ledgers.build(groups, Aliases.none());
      outcomes = BasilQuotes.score(BasilQuotes.runs(corpus.docs()), SystemClaim.of(ledger));
    }
    List<BasilQuotes.Outcome> missed = outcomes.stream().filter(o -> !o.oneClaim())
        .sorted(Comparator.comparing((BasilQuotes.Outcome o) -> o.found()).thenComparing(o -> o.run().year())).toList();
    out.println("articles: " + corpus.docs().size() + "; misses (" + missed.size() + "), not found first:");
    for (BasilQuotes.Outcome o : missed.subList(0, Math.min(maxMisses, missed.size()))) {
      out.println("  " + BasilQuotes.describeMiss(o));
    }
    BasilQuotes.Tally tune = BasilQuotes.tally("2010-2012", outcomes, y -> !BasilQuotes.heldOut(y));
    BasilQuotes.Tally held = BasilQuotes.tally("2013-2014", outcomes, BasilQuotes::heldOut);
    BasilQuotes.Tally all = BasilQuotes.tally("all", outcomes, y -> true);
    out.println(tune.line("years 2010-2012 (tuning):"));
    out.println(held.line("years 2013-2014 (held out):"));
    out.println(all.line("basil quotations:"));
    if (json != null) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("tuning", tune.toMap());
      m.put("held_out", held.toMap());
      m.put("all", all.toMap());
      m.put("misses", missed.stream().map(BasilQuotes::describeMiss).toList());
      Json.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), m);
    }
    out.flush();
    return 0;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
