package org.corroborate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.server.LoadBench;
import org.corroborate.server.Server;
import org.corroborate.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate bench serve --data DIR}: starts the server on a free loopback port over a data
 * folder, waits until the stored articles are in the read model, then runs a bounded closed-loop load
 * on the events list, an event page, a claim page and a search; prints latency per route, requests per
 * second, errors, heap after GC and RSS.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Loopback load on the server's API over a data folder: p50/p99 per route, requests/s, errors, heap, RSS.")
public final class ServeBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", required = true, description = "Data folder (a store made by analyze or serve).")
  Path data;

  @Option(names = "--requests", paramLabel = "N", defaultValue = "2000", description = "requests per route (default ${DEFAULT-VALUE})")
  int requests;

  @Option(names = "--connections", paramLabel = "N", defaultValue = "32", description = "concurrent clients (default ${DEFAULT-VALUE})")
  int connections;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (!Files.isDirectory(data) || requests < 1 || connections < 1) {
      err.println("corroborate: --data must be a folder, --requests and --connections at least 1");
      return 2;
    }
    ServerConfig config = new ServerConfig(data, "127.0.0.1", 0, null, ServerConfig.DEFAULT_MAX_BODY);
    try (Server server = Server.start(config, err)) {
      long t0 = System.nanoTime();
      while (!server.live().idle()) {
        Thread.sleep(100);
      }
      out.println(String.format(Locale.ROOT, "read model ready in %.1f s (%d articles analysed or read back now)",
          (System.nanoTime() - t0) / 1e9, server.live().status().articlesDone()));
      Map<String, String> paths = LoadBench.paths(server.url());
      LoadBench.run(server.url(), paths, Math.min(200, requests), connections); // warm-up
      LoadBench.Figures f = LoadBench.run(server.url(), paths, requests, connections);
      for (LoadBench.RouteFigures r : f.routes()) {
        out.println(r.line());
      }
      out.println(String.format(Locale.ROOT,
          "bench serve: requests=%d connections=%d errors=%d requests_per_s=%.0f heap_after_gc_mib=%d rss_mib=%d",
          f.requests(), connections, f.errors(), f.requestsPerSecond(), LoadBench.heapAfterGc() >> 20, LoadBench.rss() >> 20));
    }
    out.flush();
    return 0;
  }
}
