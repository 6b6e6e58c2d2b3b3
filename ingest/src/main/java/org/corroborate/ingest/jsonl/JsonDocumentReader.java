package org.corroborate.ingest.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadSink;
import org.corroborate.ingest.encoding.TextDecoder;
import org.corroborate.ingest.support.Bounded;
import org.corroborate.ingest.support.Emit;
import org.corroborate.ingest.support.Failures;
import org.corroborate.ingest.support.ReadContext;
import org.corroborate.model.Rejection;
import org.corroborate.util.Json;

/**
 * Reads a JSON document (.json, or text starting with '{' or '['): one article object, or an array
 * of them ({@code file!/item/N}, from 1), with the fields of {@link JsonArticles}. Array elements
 * are read one at a time; a syntax error keeps the elements before it and rejects the rest. Several
 * objects one after the other (concatenated JSON) are read as items too.
 */
public final class JsonDocumentReader implements ArticleReader {
  private final ReadContext ctx;
  private final JsonFactory factory;

  public JsonDocumentReader(ReadContext ctx) {
    this.ctx = ctx;
    this.factory = JsonArticles.factory(ctx);
  }

  @Override
  public String format() {
    return "json";
  }

  @Override
  public boolean accepts(String name, byte[] head) {
    if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return true;
    }
    String s = TextDecoder.decode(head).text().stripLeading();
    return s.startsWith("{") || s.startsWith("[{") || s.matches("(?s)^\\[\\s*\\{.*");
  }

  @Override
  public void read(Input input, ReadSink sink) {
    String name = input.name();
    byte[] bytes;
    try (InputStream in = input.open()) {
      bytes = Bounded.readAll(in, ctx.config().maxDocumentBytes(), "the JSON document");
    } catch (IOException e) {
      sink.reject(Failures.of(name, e));
      return;
    }
    String text = TextDecoder.decode(bytes).text();
    int index = 0;
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        sink.reject(new Rejection(name, "empty", "no JSON value"));
        return;
      }
      if (t == JsonToken.START_OBJECT) {
        JsonNode node = Json.mapper().readTree(p);
        if (p.nextToken() == null) {
          JsonArticles.emit(ctx, "json", name, null, node, sink);
          return;
        }
        // several objects one after the other (JSON Lines with long lines, or concatenated JSON)
        index = 1;
        JsonArticles.emit(ctx, "json", name + "!/item/1", "1", node, sink);
        do {
          index++;
          JsonNode next = Json.mapper().readTree(p);
          JsonArticles.emit(ctx, "json", name + "!/item/" + index, String.valueOf(index), next, sink);
        } while (p.nextToken() != null);
        return;
      }
      if (t != JsonToken.START_ARRAY) {
        sink.reject(new Rejection(name, "malformed-json", "expected an object or an array of objects, found " + t));
        return;
      }
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new JsonProcessingException("the array is not closed", p.currentLocation()) { };
        }
        index++;
        JsonNode node = Json.mapper().readTree(p);
        JsonArticles.emit(ctx, "json", name + "!/item/" + index, String.valueOf(index), node, sink);
      }
      if (index == 0) {
        sink.reject(new Rejection(name, "no-text", "an empty array"));
      }
    } catch (StreamConstraintsException e) {
      sink.reject(new Rejection(name, "too-deep", Emit.shorten(e.getOriginalMessage()) + " (after " + index + " items)"));
    } catch (JsonProcessingException e) {
      sink.reject(new Rejection(name, "malformed-json", "not valid JSON after " + index + " items"
          + (e.getLocation() == null ? "" : ", at line " + e.getLocation().getLineNr()) + ": " + Emit.shorten(e.getOriginalMessage())));
    } catch (IOException e) {
      sink.reject(Failures.of(name, e));
    }
  }
}
