package org.corroborate.ledger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.corroborate.meaning.TextEmbedder;

/**
 * The sentence vectors of statement contents for one ledger build, each text embedded once (outlets
 * repeat quotations word for word). Embeds on all cores; thread-safe. Without an embedder every
 * vector is null and claims compare by words alone.
 */
final class ContentVectors {
  private final TextEmbedder embedder;
  private final Map<String, float[]> cache = new ConcurrentHashMap<>();

  ContentVectors(TextEmbedder embedder) {
    this.embedder = embedder;
  }

  static ContentVectors none() {
    return new ContentVectors(null);
  }

  boolean enabled() {
    return embedder != null;
  }

  /** The vectors of {@code texts}, in order (null each without an embedder). */
  List<float[]> of(List<String> texts) {
    if (embedder == null) {
      return texts.stream().map(t -> (float[]) null).toList();
    }
    texts.stream().distinct().filter(t -> !cache.containsKey(t)).toList()
        .parallelStream().forEach(t -> cache.put(t, embedder.embed(t)));
    return texts.stream().map(cache::get).toList();
  }

  float[] of(String text) {
    return embedder == null ? null : cache.computeIfAbsent(text, embedder::embed);
  }
}
