package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.ingest.ReadProgress;
import org.corroborate.ingest.ReadSink;
import org.corroborate.ingest.ReadSummary;
import org.corroborate.ingest.Readers;
import org.corroborate.model.Article;
import org.corroborate.model.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate extract FILE...}: prints each article read as one JSON object per line on stdout
 * (no store, no deduplication); rejections and a closing count go to stderr.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Prints each article read as one JSON object per line.",
      "Fields: source, title, outlet, published (ISO 8601), byline, text, and",
      "the other article fields. Nothing is stored or deduplicated. Rejected",
      "inputs and a closing count go to stderr."})
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or directories to read.")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Inputs.allExist(inputs, err)) {
      return 2;
    }
    ReadProgress progress = ProgressBar.forTerminal(err);
    ReadSummary summary;
    try {
      summary = Readers.standard().read(inputs, new ReadSink() {
        @Override
        public void accept(Article article) {
          out.println(ArticleJson.line(ArticleJson.article(article)));
        }

        @Override
        public void reject(Rejection r) {
          err.println("rejected: " + r.source() + ": " + r.reason() + ": " + r.detail());
        }
      }, progress);
    } finally {
      ProgressBar.finish(progress);
    }
    out.flush();
    err.println("extract: " + summary.files() + " files, " + summary.articles() + " articles, "
        + summary.rejections() + " rejected");
    err.flush();
    return 0;
  }
}
