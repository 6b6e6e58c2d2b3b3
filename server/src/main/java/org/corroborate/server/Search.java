package org.corroborate.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full-text search over the read model's FTS5 index (event titles, claims, statements' sentences,
 * articles, entity names). A query is a client's words, never FTS5 syntax: it is cut into words, each
 * quoted, all required, the last one also as a prefix. Snippets come back as segments
 * {@code {text, match}} rather than marked-up text, so no client has to trust markup around article
 * text.
 */
final class Search {
  static final Set<String> KINDS = Set.of("event", "claim", "statement", "article", "entity");
  private static final char OPEN = '\u0002';
  private static final char CLOSE = '\u0003';
  private static final int MAX_WORDS = 16;

  private final ReadModel model;

  Search(ReadModel model) {
    this.model = model;
  }

  /** The FTS5 MATCH expression for a client's words; a 400 when there is no word in them. */
  static String matchExpression(String q) {
    List<String> words = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i <= q.length(); i++) {
      int cp = i < q.length() ? q.codePointAt(i) : ' ';
      if (Character.isLetterOrDigit(cp)) {
        cur.appendCodePoint(cp);
        if (Character.isSupplementaryCodePoint(cp)) {
          i++;
        }
      } else if (cur.length() > 0) {
        words.add(cur.toString());
        cur.setLength(0);
      }
    }
    if (words.isEmpty()) {
      throw ApiException.badRequest("'q' has no word to search for");
    }
    if (words.size() > MAX_WORDS) {
      throw ApiException.badRequest("'q' has more than " + MAX_WORDS + " words");
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      sb.append(i == 0 ? "" : " ").append('"').append(words.get(i)).append('"');
    }
    String last = words.get(words.size() - 1);
    if (words.size() == 1) {
      return "\"" + last + "\"*";
    }
    return sb + "*";
  }

  Map<String, Object> run(String q, String kind, int limit, int offset) {
    if (kind != null && !KINDS.contains(kind)) {
      throw ApiException.badRequest("'kind' must be one of " + new java.util.TreeSet<>(KINDS) + ", got '" + kind + "'");
    }
    String match = matchExpression(q);
    String where = " WHERE fts MATCH ?" + (kind == null ? "" : " AND kind = ?");
    List<Object> args = new ArrayList<>();
    args.add(match);
    if (kind != null) {
      args.add(kind);
    }
    long total = model.count("SELECT COUNT(*) FROM fts" + where, args);
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(limit);
    pageArgs.add(offset);
    List<Map<String, Object>> items = model.query("SELECT kind, ref, event_id, title,"
        + " snippet(fts, 4, char(2), char(3), '…', 16), snippet(fts, 3, char(2), char(3), '…', 16), substr(body, 1, 200)"
        + " FROM fts" + where
        + " ORDER BY rank LIMIT ? OFFSET ?", pageArgs, rs -> {
          Map<String, Object> m = new LinkedHashMap<>();
          String k = rs.getString(1);
          String ref = rs.getString(2);
          m.put("kind", k);
          m.put("id", ref);
          m.put("event_id", rs.getString(3));
          m.put("title", rs.getString(4));
          String body = rs.getString(5);
          List<Map<String, Object>> snippet;
          if (body != null && body.indexOf(OPEN) >= 0) {
            snippet = segments(body);
          } else {
            // matched in the title only: the title's marks, then the start of the body for context
            snippet = new ArrayList<>(segments(rs.getString(6)));
            String start = rs.getString(7);
            if (start != null && !start.isBlank()) {
              snippet.add(Map.of("text", ": " + start + (start.length() == 200 ? "…" : ""), "match", false));
            }
          }
          m.put("snippet", snippet);
          m.put("href", href(k, ref, rs.getString(3)));
          return m;
        });
    return Api.page(items, total, limit, offset);
  }

  /** Where the API serves a hit. */
  static String href(String kind, String ref, String eventId) {
    return switch (kind) {
      case "event" -> "/api/events/" + ref;
      case "claim" -> "/api/claims/" + ref;
      case "article" -> "/api/articles/" + ref;
      case "statement" -> "/api/articles/" + ref.substring(0, Math.max(0, ref.indexOf('#')));
      case "entity" -> "/api/entities/" + ref;
      default -> "/api/events/" + eventId;
    };
  }

  /** Splits a snippet with the highlight marks into {text, match} segments. */
  static List<Map<String, Object>> segments(String snippet) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (snippet == null) {
      return out;
    }
    StringBuilder cur = new StringBuilder();
    boolean in = false;
    for (int i = 0; i < snippet.length(); i++) {
      char c = snippet.charAt(i);
      if (c == OPEN || c == CLOSE) {
        if (cur.length() > 0) {
          out.add(Map.of("text", cur.toString(), "match", in));
          cur.setLength(0);
        }
        in = c == OPEN;
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(Map.of("text", cur.toString(), "match", in));
    }
    return out;
  }
}
