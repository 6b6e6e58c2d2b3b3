package org.corroborate.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.ingest.Input;
import org.corroborate.model.Article;
import org.corroborate.model.Rejection;
import org.corroborate.pipeline.IngestRun;
import org.corroborate.store.ArticleStore;

/**
 * {@code POST /api/articles}: the body (JSON, JSON Lines, HTML or plain text, by its content type) goes
 * through the same readers, deduplication and rejections as {@code ingest}; the answer lists what was
 * accepted and rejected, and the accepted articles are queued for analysis in the background.
 */
final class Uploads {
  private static final Map<String, String> EXTENSIONS = Map.of(
      "application/json", ".json",
      "application/x-ndjson", ".jsonl",
      "application/jsonl", ".jsonl",
      "application/x-jsonlines", ".jsonl",
      "text/html", ".html",
      "text/plain", ".txt");

  private final ArticleStore store;
  private final LiveLedger live;
  private final java.util.concurrent.atomic.AtomicLong uploads = new java.util.concurrent.atomic.AtomicLong();

  Uploads(ArticleStore store, LiveLedger live) {
    this.store = store;
    this.live = live;
  }

  Response post(Request req) {
    req.params().allow(Set.of());
    String type = req.contentType() == null ? "" : req.contentType().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    String ext = EXTENSIONS.get(type);
    if (ext == null) {
      throw new ApiException(415, "unsupported-media-type", "Content-Type must be one of "
          + new java.util.TreeSet<>(EXTENSIONS.keySet()) + ", got '" + (type.length() > 80 ? type.substring(0, 80) : type) + "'");
    }
    if (req.body().length == 0) {
      throw ApiException.badRequest("the body is empty");
    }
    String name = "upload-" + java.time.Instant.now().toEpochMilli() + "-" + uploads.incrementAndGet() + ext;
    IngestRun.Done done;
    synchronized (this) { // one upload at a time through the ingest pipeline (deduplication reads what it wrote)
      done = IngestRun.runInputs(List.of(Input.ofBytes(name, req.body())), store);
    }
    List<String> ids = done.pipeline().articleIds();
    List<Map<String, Object>> accepted = new ArrayList<>();
    for (Article a : store.getAll(ids)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.id());
      m.put("title", a.title());
      m.put("outlet", a.outlet().name());
      m.put("href", "/api/articles/" + a.id());
      accepted.add(m);
    }
    List<Map<String, Object>> rejected = new ArrayList<>();
    for (Rejection r : done.pipeline().rejections()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", r.source());
      m.put("reason", r.reason());
      m.put("detail", r.detail());
      rejected.add(m);
    }
    live.enqueue(ids);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("accepted", accepted);
    out.put("rejected", rejected);
    out.put("queued", ids.size());
    return Response.json(202, out);
  }
}
