package org.corroborate.server;

import java.nio.charset.StandardCharsets;
import org.corroborate.util.Json;

/** A response: status, content type and bytes. */
public record Response(int status, String contentType, byte[] body) {
  public static final String JSON = "application/json; charset=utf-8";

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
}
