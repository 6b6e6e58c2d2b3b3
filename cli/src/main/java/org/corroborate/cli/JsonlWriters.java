package org.corroborate.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Rejection;
import org.corroborate.model.Statement;

/** The JSON Lines outputs of {@code analyze}: articles.jsonl, rejections.jsonl, statements.jsonl. */
final class JsonlWriters {
  private JsonlWriters() {}

  /** One article per line, in the run's order; see {@link ArticleJson#article} for the fields. */
  static final class Articles implements OutputWriter {
    @Override
    public String fileName() {
      return "articles.jsonl";
    }

    @Override
    public void write(AnalyzeRun run, Path file) throws IOException {
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        run.forEachArticle(a -> {
          try {
            w.write(ArticleJson.line(ArticleJson.article(a)));
            w.write('\n');
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
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
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (Rejection r : run.rejections()) {
          w.write(ArticleJson.line(ArticleJson.rejection(r)));
          w.write('\n');
        }
      }
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
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (AnalyzedArticle aa : run.analysed()) {
          for (Statement st : aa.statements()) {
            w.write(ArticleJson.line(StatementJson.statement(aa, st)));
            w.write('\n');
          }
        }
      }
    }
  }
}
