package org.corroborate.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.util.Json;

/**
 * Calls a running server and checks each response against {@code /api/openapi.json}: the route and
 * status must be documented, and a JSON body must validate against the documented schema (JSON Schema
 * 2020-12, as OpenAPI 3.1 uses). Records which documented operations were called.
 */
final class OpenApiCheck {
  final JsonNode doc;
  private final URI base;
  private final HttpClient client = HttpClient.newHttpClient();
  final Set<String> called = new TreeSet<>();

  OpenApiCheck(URI base) throws IOException {
    this.base = base;
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("#/components/schemas/", "#/$defs/");
      this.doc = Json.mapper().readTree(text);
    }
  }

  /** Every documented operation, as "METHOD template". */
  Set<String> documented() {
    Set<String> out = new TreeSet<>();
    doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> out.add(m.toUpperCase() + " " + p.getKey())));
    return out;
  }

  HttpResponse<String> get(String template, String path) throws Exception {
    return check("GET", template, HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  HttpResponse<String> post(String template, String path, String contentType, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return check("POST", template, b.build());
  }

  /** Opens an event stream, checks status and type against the document, and returns its first line. */
  String stream(String template, String path) throws Exception {
    HttpResponse<java.io.InputStream> resp = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    JsonNode op = doc.path("paths").path(template).path("get");
    assertTrue(op.isObject(), "undocumented operation GET " + template);
    called.add("GET " + template);
    assertTrue(op.path("responses").path(Integer.toString(resp.statusCode())).isObject(), "undocumented status " + resp.statusCode());
    assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
      return in.readLine();
    }
  }

  HttpResponse<String> check(String method, String template, HttpRequest req) throws Exception {
    HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString());
    JsonNode op = doc.path("paths").path(template).path(method.toLowerCase());
    assertTrue(op.isObject(), "undocumented operation " + method + " " + template);
    called.add(method + " " + template);
    JsonNode r = op.path("responses").path(Integer.toString(resp.statusCode()));
    assertTrue(r.isObject(), method + " " + req.uri() + " answered " + resp.statusCode() + ", not documented: " + resp.body());
    String type = resp.headers().firstValue("Content-Type").orElse("");
    JsonNode json = r.path("content").path("application/json");
    if (json.isObject()) {
      assertTrue(type.startsWith("application/json"), req.uri() + ": content type " + type);
      ObjectNode schemaNode = json.path("schema").deepCopy();
      schemaNode.set("$defs", doc.path("components").path("schemas"));
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
      JsonNode body = Json.mapper().readTree(resp.body());
      Set<ValidationMessage> errors = schema.validate(body);
      assertTrue(errors.isEmpty(), method + " " + req.uri() + " " + resp.statusCode() + " does not follow the document: "
          + errors + "\n" + clip(resp.body()));
    } else {
      JsonNode content = r.path("content");
      assertNotNull(content);
      boolean documentedType = false;
      for (var it = content.fieldNames(); it.hasNext(); ) {
        documentedType |= type.startsWith(it.next());
      }
      assertTrue(documentedType, req.uri() + ": undocumented content type " + type);
    }
    return resp;
  }

  private static String clip(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
  }
}
