package org.corroborate.ingest.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadSink;
import org.corroborate.ingest.encoding.Decoded;
import org.corroborate.ingest.encoding.TextDecoder;
import org.corroborate.ingest.support.Emit;
import org.corroborate.ingest.support.Failures;
import org.corroborate.ingest.support.ReadContext;
import org.corroborate.model.Rejection;
import org.corroborate.util.Json;

/**
 * Reads JSON Lines (.jsonl, .ndjson, or several one-line objects): one article per line, with the
 * fields of {@link JsonArticles}. A bad line becomes a rejection that names its line number
 * ({@code file!/line/7}: "malformed-json", "line-too-long" past {@code maxLineBytes}, "no-text");
 * the lines after it are still read. Blank lines are skipped. Each line is decoded as UTF-8, with
 * stray windows-1252 bytes and mojibake repaired; a UTF-16 file (BOM) is rejected as "encoding"
 * because JSON Lines is UTF-8 by definition.
 */
public final class JsonLinesReader implements ArticleReader {
  private static final Pattern TWO_OBJECTS = Pattern.compile("^\\s*\\{[^\\n]*\\}\\s*\\r?\\n\\s*\\{");

  private final ReadContext ctx;
  private final JsonFactory factory;

  public JsonLinesReader(ReadContext ctx) {
    this.ctx = ctx;
    this.factory = JsonArticles.factory(ctx);
  }

  @Override
  public String format() {
    return "jsonl";
  }

  @Override
  public boolean accepts(String name, byte[] head) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonlines")) {
      return true;
    }
    int skip = TextDecoder.bom(head) == StandardCharsets.UTF_8 ? 3 : 0;
    String s = new String(head, skip, head.length - skip, StandardCharsets.ISO_8859_1);
    return TWO_OBJECTS.matcher(s).find();
  }

  @Override
  public void read(Input input, ReadSink sink) {
    String name = input.name();
    int lines = 0;
    try (InputStream in = input.open()) {
      LineSource src = new LineSource(in, ctx.config().maxLineBytes());
      LineSource.Line line;
      while ((line = src.next()) != null) {
        String where = name + "!/line/" + line.number();
        if (line.bytes() == null) {
          lines++;
          sink.reject(new Rejection(where, "line-too-long", "line " + line.number() + " has " + line.length()
              + " bytes, more than " + ctx.config().maxLineBytes() + " (maxLineBytes)"));
          continue;
        }
        byte[] b = line.bytes();
        if (line.number() == 1 && TextDecoder.bom(b) != null) {
          if (TextDecoder.bom(b) != StandardCharsets.UTF_8) {
            sink.reject(new Rejection(name, "encoding", "JSON Lines must be UTF-8; this file starts with a UTF-16 byte-order mark"));
            return;
          }
          b = java.util.Arrays.copyOfRange(b, 3, b.length);
        }
        Decoded d = TextDecoder.decode(b, StandardCharsets.UTF_8);
        if (d.text().isBlank()) {
          continue;
        }
        lines++;
        readLine(d.text(), line.number(), where, sink);
      }
    } catch (IOException e) {
      sink.reject(Failures.of(name, e));
      return;
    }
    if (lines == 0) {
      sink.reject(new Rejection(name, "empty", "no JSON lines"));
    }
  }

  private void readLine(String text, int number, String where, ReadSink sink) {
    JsonNode node;
    try (JsonParser p = factory.createParser(text)) {
      node = Json.mapper().readTree(p);
      if (p.nextToken() != null) {
        sink.reject(new Rejection(where, "malformed-json", "line " + number + ": more than one JSON value on the line"));
        return;
      }
    } catch (StreamConstraintsException e) {
      sink.reject(new Rejection(where, "too-deep", "line " + number + ": " + Emit.shorten(e.getOriginalMessage())));
      return;
    } catch (IOException e) {
      String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      sink.reject(new Rejection(where, "malformed-json", "line " + number + " is not valid JSON: " + Emit.shorten(String.valueOf(msg))));
      return;
    }
    if (node == null) {
      sink.reject(new Rejection(where, "malformed-json", "line " + number + " holds no JSON value"));
      return;
    }
    JsonArticles.emit(ctx, "jsonl", where, String.valueOf(number), node, sink);
  }
}
