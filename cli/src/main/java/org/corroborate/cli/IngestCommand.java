package org.corroborate.cli;

import org.corroborate.pipeline.IngestRun;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.ingest.IngestPipeline;
import org.corroborate.store.SqliteArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corroborate ingest INPUT... [--data DIR]}: read, deduplicate, store; print a summary. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles into the store, deduplicated.",
      "Inputs: text, HTML, RSS/Atom, JSON (Lines), WARC; directories; .gz.",
      "Exact copies are stored once with every place seen; republished",
      "near-copies are linked to their original. Re-ingesting the same inputs",
      "adds nothing. Ends with a summary: read, accepted, duplicates (exact),",
      "near-duplicates, rejected by reason."})
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to read.")
  List<Path> inputs;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (!Inputs.allExist(inputs, err)) {
      return 2;
    }
    try (SqliteArticleStore s = SqliteArticleStore.open(store.data)) {
      IngestRun.Done done = IngestOutput.run(inputs, s, IngestPipeline.Options.DEFAULTS, err);
      IngestOutput.printSummary(out, done, s, store.data);
    }
    out.flush();
    return 0;
  }
}
