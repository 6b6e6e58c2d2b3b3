package org.corroborate.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.corroborate.util.Json;

/**
 * {@code GET /api/stream}: server-sent events. Each batch the background pipeline finishes is sent as
 * {@code event: events} with {@code {"events": [ids changed]}}; a comment line every 15 s keeps
 * proxies from closing the connection. At most {@value #MAX_CLIENTS} clients at once (then 503).
 */
final class Updates {
  static final int MAX_CLIENTS = 64;
  private static final long HEARTBEAT_SECONDS = 15;
  private final Set<BlockingQueue<String>> clients = new CopyOnWriteArraySet<>();
  private volatile boolean closed;

  /** Sends the changed event ids to every client (called by the pipeline's worker). */
  void publish(Set<String> eventIds) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("events", List.copyOf(eventIds));
    String data;
    try {
      data = Json.mapper().writeValueAsString(m);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    for (BlockingQueue<String> q : clients) {
      if (q.size() < 1000) {
        q.add("event: events\ndata: " + data + "\n\n");
      }
    }
  }

  int clients() {
    return clients.size();
  }

  Response handle(Request req) {
    req.params().allow(Set.of());
    if (clients.size() >= MAX_CLIENTS) {
      throw new ApiException(503, "busy", "too many live-update clients (" + MAX_CLIENTS + ")");
    }
    return Response.stream("text/event-stream; charset=utf-8", this::stream);
  }

  private void stream(OutputStream out) throws IOException {
    BlockingQueue<String> q = new LinkedBlockingQueue<>();
    clients.add(q);
    try {
      out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      while (!closed) {
        String msg = q.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        out.write((msg == null ? ": keep-alive\n\n" : msg).getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      clients.remove(q);
    }
  }

  void close() {
    closed = true;
  }
}
