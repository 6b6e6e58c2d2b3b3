package org.corroborate.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.corroborate.util.Json;

/**
 * A bounded loopback load on a running server: {@code connections} clients share a fixed count of
 * requests, each client sending its next request when the last answered (closed loop). Per route:
 * requests, errors (any status but 200), p50 and p99 latency; overall requests per second. Routes: the
 * events list, an event page, a claim page and a search, their ids taken from the server first.
 */
public final class LoadBench {
  private LoadBench() {}

  /** One route's figures. */
  public record RouteFigures(String route, int requests, int errors, double p50Millis, double p99Millis) {
    public String line() {
      return String.format(Locale.ROOT, "  %-10s requests=%d errors=%d p50_ms=%.2f p99_ms=%.2f", route, requests, errors,
          p50Millis, p99Millis);
    }
  }

  public record Figures(List<RouteFigures> routes, int requests, int errors, double seconds, double requestsPerSecond) {}

  /** The paths to load: the events list, then an event page, a claim page and a search (when there are events). */
  public static Map<String, String> paths(URI base) throws IOException, InterruptedException {
    HttpClient c = HttpClient.newHttpClient();
    Map<String, String> out = new LinkedHashMap<>();
    out.put("events", "api/events?limit=50");
    JsonNode events = Json.mapper().readTree(c.send(HttpRequest.newBuilder(base.resolve("api/events?limit=1")).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    String ev = events.path("items").path(0).path("id").asText(null);
    if (ev != null) {
      out.put("event", "api/events/" + ev);
      JsonNode claims = Json.mapper().readTree(c.send(HttpRequest.newBuilder(
          base.resolve("api/claims?limit=1&event=" + ev)).build(), HttpResponse.BodyHandlers.ofString()).body());
      String cl = claims.path("items").path(0).path("id").asText(null);
      if (cl != null) {
        out.put("claim", "api/claims/" + cl);
      }
      String title = events.path("items").path(0).path("title").asText("");
      String word = Arrays.stream(title.split("\\P{L}+")).filter(w -> w.length() >= 5).findFirst().orElse("the");
      out.put("search", "api/search?q=" + word);
    }
    return out;
  }

  /** Runs {@code requests} requests per route over {@code connections} clients. */
  public static Figures run(URI base, Map<String, String> paths, int requests, int connections) throws InterruptedException {
    List<String> names = new ArrayList<>(paths.keySet());
    List<RouteFigures> figures = new ArrayList<>();
    long t0 = System.nanoTime();
    int total = 0;
    int errorsAll = 0;
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (String name : names) {
      URI uri = base.resolve(paths.get(name));
      long[] lat = new long[requests];
      AtomicInteger next = new AtomicInteger();
      AtomicLong errors = new AtomicLong();
      try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
        for (int k = 0; k < connections; k++) {
          pool.submit(() -> {
            int i;
            while ((i = next.getAndIncrement()) < requests) {
              long s = System.nanoTime();
              try {
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                  errors.incrementAndGet();
                }
              } catch (IOException | InterruptedException e) {
                errors.incrementAndGet();
              }
              lat[i] = System.nanoTime() - s;
            }
          });
        }
      }
      Arrays.sort(lat);
      figures.add(new RouteFigures(name, requests, (int) errors.get(), lat[requests / 2] / 1e6,
          lat[Math.min(requests - 1, (int) Math.ceil(requests * 0.99) - 1)] / 1e6));
      total += requests;
      errorsAll += (int) errors.get();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new Figures(figures, total, errorsAll, secs, total / secs);
  }

  /** Heap in use after a GC, in bytes. */
  public static long heapAfterGc() {
    System.gc();
    var mem = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return mem.getUsed();
  }

  /** This process's resident set size in bytes (Linux), or -1. */
  public static long rss() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
