package org.corroborate.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corroborate.model.Article;

/**
 * The child process of {@link KillNineTest}: stores articles 0..count-1 in groups of 1 to 8 per
 * transaction and prints "ACK id" for each only after its group committed, then "DONE stored=N".
 * Args: dataDir count.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    PrintStream out = System.out;
    Random groups = new Random(42);
    int stored = 0;
    try (SqliteArticleStore store = SqliteArticleStore.open(data)) {
      int i = 0;
      while (i < count) {
        int group = 1 + groups.nextInt(8);
        List<String> acked = new ArrayList<>();
        try (ArticleStore.Transaction tx = store.begin()) {
          for (int g = 0; g < group && i < count; g++, i++) {
            Article a = TestArticles.article(i, "crash/input.txt");
            if (store.put(a, new long[] {i, i + 1L}) == PutOutcome.STORED) {
              stored++;
            }
            acked.add(a.id());
          }
          tx.commit();
        }
        for (String id : acked) {
          out.println("ACK " + id);
        }
        out.flush();
      }
    }
    out.println("DONE stored=" + stored);
    out.flush();
  }
}
