package org.corroborate.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD objects of a page ({@code <script type="application/ld+json">}), read leniently:
 * pages carry comments, trailing commas and raw newlines in strings. A block that still does not
 * parse is skipped; the page is then read from its other metadata.
 */
final class JsonLd {
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  /** At most this many objects are collected from a page (a guard against huge catalogues). */
  private static final int MAX_OBJECTS = 2000;
  private static final int MAX_SCRIPT_CHARS = 2_000_000;

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = List.copyOf(objects);
  }

  static JsonLd of(Document doc) {
    List<JsonNode> found = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String data = script.data().strip();
      if (data.isEmpty() || data.length() > MAX_SCRIPT_CHARS) {
        continue;
      }
      if (data.startsWith("<!--")) {
        data = data.substring(4);
      }
      if (data.endsWith("-->")) {
        data = data.substring(0, data.length() - 3);
      }
      JsonNode root;
      try {
        root = LENIENT.readTree(data);
      } catch (JsonProcessingException e) {
        continue; // unparseable metadata is ignored: the page has other sources
      }
      collect(root, found);
    }
    return new JsonLd(found);
  }

  /** Walks arrays and {@code @graph} lists iteratively, keeping every object that has a type. */
  private static void collect(JsonNode root, List<JsonNode> out) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    if (root != null) {
      todo.push(root);
    }
    while (!todo.isEmpty() && out.size() < MAX_OBJECTS) {
      JsonNode n = todo.pop();
      if (n.isArray()) {
        for (int i = n.size() - 1; i >= 0; i--) {
          todo.push(n.get(i));
        }
      } else if (n.isObject()) {
        if (n.has("@type")) {
          out.add(n);
        }
        JsonNode graph = n.get("@graph");
        if (graph != null) {
          todo.push(graph);
        }
        JsonNode main = n.get("mainEntity");
        if (main != null && main.isObject() && main.has("@type")) {
          todo.push(main);
        }
      }
    }
  }

  /** The first article-like object (NewsArticle, BlogPosting, Report...), or null. */
  JsonNode article() {
    JsonNode best = null;
    for (JsonNode n : objects) {
      if (isArticleType(n.get("@type"))) {
        if (best == null || (!best.has("headline") && n.has("headline"))) {
          best = n;
        }
      }
    }
    return best;
  }

  /** The first object of one of these types (case-insensitive), or null. */
  JsonNode first(String... types) {
    for (JsonNode n : objects) {
      for (String t : typeNames(n.get("@type"))) {
        for (String want : types) {
          if (t.equalsIgnoreCase(want)) {
            return n;
          }
        }
      }
    }
    return null;
  }

  static boolean isArticleType(JsonNode type) {
    for (String t : typeNames(type)) {
      String l = t.toLowerCase(Locale.ROOT);
      if (l.endsWith("article") || l.equals("blogposting") || l.equals("liveblogposting")
          || l.equals("report") || l.equals("reportagenews") || l.equals("socialmediaposting")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> typeNames(JsonNode type) {
    List<String> out = new ArrayList<>();
    if (type == null) {
      return out;
    }
    if (type.isTextual()) {
      out.add(stripContext(type.asText()));
    } else if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.isTextual()) {
          out.add(stripContext(t.asText()));
        }
      }
    }
    return out;
  }

  private static String stripContext(String t) {
    int slash = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
    return slash >= 0 ? t.substring(slash + 1) : t;
  }

  /** A field as text: a string, the first string of an array, or an object's name/@value; else null. */
  static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    return asText(node.get(field));
  }

  static String asText(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual() || v.isNumber()) {
      String s = v.asText().strip();
      return s.isEmpty() ? null : s;
    }
    if (v.isArray()) {
      for (JsonNode e : v) {
        String s = asText(e);
        if (s != null) {
          return s;
        }
      }
      return null;
    }
    if (v.isObject()) {
      String s = asText(v.get("name"));
      return s != null ? s : asText(v.get("@value"));
    }
    return null;
  }

  /** The names of authors: strings, objects with a name, or arrays of either. */
  static List<String> names(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      for (JsonNode e : v) {
        if (!e.isArray()) {
          out.addAll(names(e));
        }
      }
    } else {
      String s = v.isObject() ? asText(v.get("name")) : asText(v);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }
}
