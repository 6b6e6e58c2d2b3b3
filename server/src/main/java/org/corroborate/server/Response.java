package org.corroborate.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.corroborate.util.Json;

/**
 * A response: status, content type and bytes; or, for a stream (server-sent events), a {@link Streamer}
 * that writes until the client goes away.
 */
public record Response(int status, String contentType, byte[] body, Streamer streamer) {
  public static final String JSON = "application/json; charset=utf-8";

  /** Writes a streamed body; returns when the stream ends (the client left, or the server stops). */
  @FunctionalInterface
  public interface Streamer {
    void stream(OutputStream out) throws IOException;
  }

  public Response(int status, String contentType, byte[] body) {
    this(status, contentType, body, null);
  }

  public static Response json(int status, Object value) {
    try {
      return new Response(status, JSON, Json.mapper().writeValueAsBytes(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("response does not serialise", e);
    }
  }

  public static Response ok(Object value) {
    return json(200, value);
  }

  public static Response text(int status, String contentType, String text) {
    return new Response(status, contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  public static Response stream(String contentType, Streamer streamer) {
    return new Response(200, contentType, new byte[0], streamer);
  }
}
