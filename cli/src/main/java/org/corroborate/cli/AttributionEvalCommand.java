package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.analysis.attribution.AttributionExtractor;
import org.corroborate.analysis.attribution.AttributionModel;
import org.corroborate.analysis.nlp.CoreNlpEngine;
import org.corroborate.eval.attribution.AttributionEvaluation;
import org.corroborate.eval.attribution.AttributionScorer;
import org.corroborate.eval.attribution.AttributionScorer.Counts;
import org.corroborate.eval.attribution.AttributionScorer.Match;
import org.corroborate.eval.attribution.AttributionScorer.Role;
import org.corroborate.util.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate eval attribution DIR}: attribution extraction (source, cue, content) on a
 * PolNeAR-style folder (text/*.txt, attributions/*.ann), scored against the first annotation file
 * of each article by sorted name. Prints precision, recall and F1 per role, exact and overlap, the
 * main error kinds, and ends with {@code attribution: source_f1=... cue_f1=... content_f1=...
 * relation_f1=...} (exact match, percent). See {@link AttributionScorer} for the definitions.
 */
@Command(
    name = "attribution",
    mixinStandardHelpOptions = true,
    description = "Scores attribution extraction (source, cue, content spans) against PolNeAR brat files.")
public final class AttributionEvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "folder with text/*.txt and attributions/*.ann")
  Path dir;

  @Option(names = "--json", paramLabel = "FILE", description = "also write all figures as JSON")
  Path json;

  @Option(names = "--model", paramLabel = "FILE", description = "attribution model to use (default: the shipped one)")
  Path model;

  @Option(names = "--limit", paramLabel = "N", description = "score only the first N articles (0 = all)")
  int limit;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
      spec.commandLine().getErr().println("corroborate: " + dir + " needs text/ and attributions/ folders");
      return 2;
    }
    AttributionExtractor extractor =
        model == null ? AttributionExtractor.shared() : new AttributionExtractor(AttributionModel.read(model));
    long t0 = System.nanoTime();
    AttributionEvaluation.Report r = new AttributionEvaluation(CoreNlpEngine.shared(extractor.model().syntax()), extractor).run(dir, limit);
    double secs = (System.nanoTime() - t0) / 1e9;
    AttributionScorer s = r.scorer();
    out.printf(Locale.ROOT, "articles: %d (%d with several annotators: scored against the first .ann file by sorted name)%n",
        r.articles(), r.multiplyAnnotated());
    out.printf(Locale.ROOT, "gold relations: %d; tokens: %d; %.1f s including model loading%n", r.goldRelations(),
        r.tokens(), secs);
    out.printf(Locale.ROOT, "model: %s%n", extractor.model().provenance());
    out.println("figures in percent; exact = same characters (fragments trimmed of white space),"
        + " overlap = at least one shared character, one-to-one matching");
    out.printf(Locale.ROOT, "%-9s %-8s %6s %6s %6s %6s %6s %6s%n", "role", "match", "P", "R", "F1", "tp", "pred", "gold");
    for (Match m : Match.values()) {
      for (Role role : Role.values()) {
        Counts c = s.counts(role, m);
        out.printf(Locale.ROOT, "%-9s %-8s %6.1f %6.1f %6.1f %6d %6d %6d%n", name(role), name(m), 100 * c.precision(),
            100 * c.recall(), 100 * c.f1(), c.tp(), c.predicted(), c.gold());
      }
    }
    out.println("error kinds (overlap matching; relation kinds per gold relation whose cue was found):");
    List<Map.Entry<String, Long>> errs = s.errors().entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .toList();
    for (Map.Entry<String, Long> e : errs) {
      out.printf(Locale.ROOT, "  %-45s %6d%n", e.getKey(), e.getValue());
    }
    if (!r.rejections().isEmpty()) {
      out.printf(Locale.ROOT, "annotation lines or files not used: %d (first: %s %s)%n", r.rejections().size(),
          r.rejections().get(0).reason(), r.rejections().get(0).source());
    }
    if (json != null) {
      Json.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), AttributionEvaluation.toMap(r));
    }
    out.printf(Locale.ROOT, "attribution overlap: source_f1=%.1f cue_f1=%.1f content_f1=%.1f relation_f1=%.1f%n",
        f1(s, Role.SOURCE, Match.OVERLAP), f1(s, Role.CUE, Match.OVERLAP), f1(s, Role.CONTENT, Match.OVERLAP),
        f1(s, Role.RELATION, Match.OVERLAP));
    out.printf(Locale.ROOT, "attribution: source_f1=%.1f cue_f1=%.1f content_f1=%.1f relation_f1=%.1f%n",
        f1(s, Role.SOURCE, Match.EXACT), f1(s, Role.CUE, Match.EXACT), f1(s, Role.CONTENT, Match.EXACT),
        f1(s, Role.RELATION, Match.EXACT));
    out.flush();
    return 0;
  }

  private static double f1(AttributionScorer s, Role role, Match m) {
    return 100 * s.counts(role, m).f1();
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
