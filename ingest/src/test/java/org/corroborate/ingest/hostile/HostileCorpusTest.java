package org.corroborate.ingest.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corroborate.ingest.Collect;
import org.corroborate.ingest.ReaderConfig;
import org.corroborate.ingest.Readers;
import org.corroborate.ingest.html.MainTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates the hostile corpus and reads it under the surefire heap (-Xmx2g): every input must end
 * as the articles that were good in it or as rejections with the expected reasons; nothing is lost,
 * nothing throws. The timeout only catches a hang; speed is not checked here.
 */
class HostileCorpusTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void everyHostileInputEndsAsArticlesOrReasonedRejections() throws IOException {
    List<HostileCorpus.Case> cases = HostileCorpus.write(dir.resolve("corpus"));
    assertTrue(cases.size() >= 30, "at least 30 cases, got " + cases.size());
    Readers readers = Readers.standard(ReaderConfig.defaults(), new MainTextExtractor(), Collect.CLOCK);
    HostileCorpus.Result r;
    try {
      r = HostileCorpus.check(dir.resolve("corpus"), cases, readers);
    } finally {
      HostileCorpus.restorePermissions(dir.resolve("corpus"));
    }
    assertEquals(List.of(), r.problems());
    assertFalse(r.summary().rejectionsByReason().containsKey("reader-error"), r.summary().toString());
    assertFalse(r.summary().rejectionsByReason().containsKey("no-output"), r.summary().toString());
    for (HostileCorpus.Outcome o : r.outcomes()) {
      assertTrue(o.articles() + o.reasons().values().stream().mapToInt(Integer::intValue).sum() > 0, o.c().path());
    }
  }
}
