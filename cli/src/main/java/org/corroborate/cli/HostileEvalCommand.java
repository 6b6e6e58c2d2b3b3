package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.ingest.Readers;
import org.corroborate.ingest.hostile.HostileCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate eval hostile}: writes the generated corpus of hostile and broken inputs (binary,
 * empty, sparse 2 GB, gzip bomb, truncated WARC, XML entity bombs, bad JSON lines, ...) to a folder,
 * reads it with the standard readers and checks every input ends as the articles expected of it or a
 * rejection with the expected reason: none lost, none crashing.
 */
@Command(name = "hostile", mixinStandardHelpOptions = true,
    description = "Reads the generated hostile-input corpus and checks every input is accounted for.")
public final class HostileEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "New or empty folder to write the corpus to (default: a temporary folder, deleted after).")
  Path dir;

  @Option(names = "--verbose", description = "One line per case.")
  boolean verbose;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    boolean temporary = dir == null;
    Path target = temporary ? Files.createTempDirectory("corroborate-hostile") : dir;
    try {
      List<HostileCorpus.Case> cases;
      try {
        cases = HostileCorpus.write(target);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("corroborate: " + e.getMessage());
        return 2;
      }
      long t0 = System.nanoTime();
      HostileCorpus.Result r = HostileCorpus.check(target, cases, Readers.standard());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      int handled = 0;
      for (HostileCorpus.Outcome o : r.outcomes()) {
        if (o.problems().isEmpty()) {
          handled++;
        }
        if (verbose || !o.problems().isEmpty()) {
          out.printf("%-24s articles=%-5d rejections=%s %s%n", o.c().path(), o.articles(), o.reasons(),
              o.problems().isEmpty() ? "ok" : "FAIL " + o.problems());
        }
      }
      out.println("rejections by reason: " + r.summary().rejectionsByReason());
      out.printf("hostile: inputs=%d handled=%d problems=%d files=%d articles=%d peak_heap_mb=%d ms=%d%n",
          cases.size(), handled, r.problems().size(), r.summary().files(), r.summary().articles(),
          peakHeapBytes() >> 20, ms);
      if (json != null) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("inputs", cases.size());
        m.put("handled", handled);
        m.put("problems", r.problems());
        m.put("files", r.summary().files());
        m.put("articles", r.summary().articles());
        m.put("rejections_by_reason", r.summary().rejectionsByReason());
        m.put("peak_heap_mb", peakHeapBytes() >> 20);
        org.corroborate.util.Json.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), m);
      }
      out.flush();
      return r.problems().isEmpty() ? 0 : 1;
    } finally {
      HostileCorpus.restorePermissions(target);
      if (temporary) {
        deleteTree(target);
      }
    }
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
