package org.corroborate.cli;

import org.corroborate.pipeline.AnalyzeRun;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Statement;

/** The JSON Lines outputs of {@code analyze}: articles.jsonl, rejections.jsonl, statements.jsonl. */
final class JsonlWriters {
  private JsonlWriters() {}

  /** Writes one JSON object per line, in the order {@code objects} hands them to its consumer. */
  private static void writeLines(Path file, Consumer<Consumer<ObjectNode>> objects) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      objects.accept(o -> {
        try {
          w.write(ArticleJson.line(o));
          w.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One article per line, in the run's order; see {@link ArticleJson#article} for the fields. */
  static final class Articles implements OutputWriter {
    @Override
    public String fileName() {
      return "articles.jsonl";
    }

    @Override
    public void write(AnalyzeRun run, Path file) throws IOException {
      writeLines(file, emit -> run.forEachArticle(a -> emit.accept(ArticleJson.article(a))));
    }
  }

  /** One rejection per line: source, reason, detail. */
  static final class Rejections implements OutputWriter {
    @Override
    public String fileName() {
      return "rejections.jsonl";
    }

    @Override
    public void write(AnalyzeRun run, Path file) throws IOException {
      writeLines(file, emit -> run.rejections().forEach(r -> emit.accept(ArticleJson.rejection(r))));
    }
  }

  /** One statement per line, article by article; see {@link StatementJson#statement} for the fields. */
  static final class Statements implements OutputWriter {
    @Override
    public String fileName() {
      return "statements.jsonl";
    }

    @Override
    public void write(AnalyzeRun run, Path file) throws IOException {
      writeLines(file, emit -> {
        for (AnalyzedArticle aa : run.analysed()) {
          for (Statement st : aa.statements()) {
            emit.accept(StatementJson.statement(aa, st));
          }
        }
      });
    }
  }
}
