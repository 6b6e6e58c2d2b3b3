package org.corroborate.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.corroborate.ingest.dedup.SyndicationFixtures;
import org.corroborate.model.Article;
import org.corroborate.model.Outlet;
import org.corroborate.model.SourceRef;
import org.corroborate.store.SqliteArticleStore;

/**
 * The child process of {@link IngestKillNineIT}: ingests a generated corpus (stories, near-copies,
 * same-topic articles) through the {@link IngestPipeline} in groups of 8, printing "ACK id" for each
 * article only when the pipeline reports its group committed, then "DONE". Args: dataDir stories.
 */
public final class IngestCrashChild {
  private IngestCrashChild() {}

  static List<Article> corpus(int stories) {
    return SyndicationFixtures.generate(21, stories).stream().map(it -> {
      Outlet o = new Outlet(it.outlet(), null);
      return Article.of(o, it.title(), null, null, "en", it.paragraphs(), null,
          new SourceRef("text", "corpus/" + it.key() + ".txt", null, null, o, Instant.parse("2031-01-01T00:00:00Z")));
    }).toList();
  }

  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    int stories = Integer.parseInt(args[1]);
    PrintStream out = System.out;
    try (SqliteArticleStore store = SqliteArticleStore.open(data);
        IngestPipeline pipeline = new IngestPipeline(store, IngestPipeline.Options.DEFAULTS.withBatchSize(8),
            new IngestPipeline.Listener() {
              @Override
              public void committed(List<String> ids) {
                for (String id : ids) {
                  out.println("ACK " + id);
                }
                out.flush();
              }
            })) {
      for (Article a : corpus(stories)) {
        pipeline.accept(a);
      }
    }
    out.println("DONE");
    out.flush();
  }
}
