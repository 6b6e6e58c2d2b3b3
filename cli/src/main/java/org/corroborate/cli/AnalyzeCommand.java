package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.ingest.IngestPipeline;
import org.corroborate.store.SqliteArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate analyze INPUT... --out DIR [--data DIR]}: ingests the inputs, then writes the
 * outputs of the run to DIR. Stages run in order (ingest; later analysis, events, ledger), then each
 * {@link OutputWriter} of {@link #writers()}.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the inputs and writes the run's results to a folder.",
      "Ingests as 'ingest' does, then writes to the --out folder:",
      "  articles.jsonl    one article per line: id, source, outlet, title,",
      "                    published, byline, language, url, text,",
      "                    paragraphs, sources, syndication",
      "  rejections.jsonl  one rejected input per line: source, reason, detail"})
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read.")
  List<Path> inputs;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder (created if missing).")
  Path outDir;

  @Mixin StoreOptions store;

  /** The outputs, written in this order. */
  static List<OutputWriter> writers() {
    return List.of(new JsonlWriters.Articles(), new JsonlWriters.Rejections());
  }

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (!Inputs.allExist(inputs, err)) {
      return 2;
    }
    Files.createDirectories(outDir);
    try (SqliteArticleStore s = SqliteArticleStore.open(store.data)) {
      IngestRun.Done done = IngestRun.run(inputs, s, IngestPipeline.Options.DEFAULTS.withTrackIds(true), err);
      AnalyzeRun run = new AnalyzeRun(s, done.pipeline().articleIds(), done.pipeline().rejections(), done.ingest());
      IngestRun.printSummary(out, done, s, store.data);
      for (OutputWriter w : writers()) {
        Path target = outDir.resolve(w.fileName());
        write(w, run, target);
        out.println("wrote " + target);
      }
    }
    out.flush();
    return 0;
  }

  /** Writes to a temporary file beside the target, then moves it into place: no half-written output. */
  private static void write(OutputWriter w, AnalyzeRun run, Path target) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      w.write(run, tmp);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }
}
