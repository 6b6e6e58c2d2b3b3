package org.corroborate.eval.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corroborate.model.Article;
import org.corroborate.model.SourceRef;
import org.corroborate.model.Span;
import org.corroborate.util.Json;

/**
 * A gold file of claims ({@code examples/belmora/gold-claims.json}, format described in
 * {@code examples/belmora/GOLD.md}): per claim its event, principal claimant, the statements that
 * carry it (a file and an exact text), the number of independent outlets a careful reader counts,
 * and the claims it denies or contradicts.
 *
 * @param articles the articles folder, relative to the gold file's folder (null when not given)
 * @param events   gold event id to a title, in file order
 */
public record ClaimGold(String articles, Map<String, String> events, List<Claim> claims) {
  public ClaimGold {
    events = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(events));
    claims = List.copyOf(claims);
  }

  /** One gold claim. {@code independentOutlets} is the careful reader's count. */
  public record Claim(String id, String event, String claimant, String stance, List<Mention> mentions,
      int independentOutlets, List<Relation> relations) {
    public Claim {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(event, "event");
      mentions = List.copyOf(mentions);
      relations = List.copyOf(relations);
    }
  }

  /** A statement carrying a claim: {@code file} relative to the articles folder (with "!/line/N" or "!/item/N" for one article of several). */
  public record Mention(String file, String text) {}

  /** {@code type}: denies, contradicts or confirms; {@code claim}: the other gold claim's id. */
  public record Relation(String type, String claim) {}

  /** A gold mention found in its article: the article id and the span of its text. */
  public record Anchor(String claimId, String event, String articleId, Span span, Mention mention) {}

  /** Reads a gold file; a missing field or a relation to an unknown claim is an {@link IllegalArgumentException}. */
  public static ClaimGold read(Path file) throws IOException {
    JsonNode root = Json.mapper().readTree(file.toFile());
    Map<String, String> events = new LinkedHashMap<>();
    root.path("events").fields().forEachRemaining(e -> events.put(e.getKey(), e.getValue().asText()));
    List<Claim> claims = new ArrayList<>();
    for (JsonNode c : root.path("claims")) {
      String id = required(c, "id", "a claim");
      List<Mention> mentions = new ArrayList<>();
      for (JsonNode m : c.path("mentions")) {
        mentions.add(new Mention(required(m, "file", "a mention of " + id), required(m, "text", "a mention of " + id)));
      }
      List<Relation> relations = new ArrayList<>();
      for (JsonNode r : c.path("relations")) {
        relations.add(new Relation(required(r, "type", "a relation of " + id), required(r, "claim", "a relation of " + id)));
      }
      if (!c.path("independent_outlets").isInt()) {
        throw new IllegalArgumentException("claim " + id + ": independent_outlets must be an integer");
      }
      claims.add(new Claim(id, required(c, "event", "claim " + id), c.path("claimant").asText(""),
          c.path("stance").asText(""), mentions, c.path("independent_outlets").asInt(), relations));
    }
    ClaimGold gold = new ClaimGold(root.hasNonNull("articles") ? root.get("articles").asText() : null, events, claims);
    gold.validate();
    return gold;
  }

  private static String required(JsonNode n, String field, String what) {
    if (!n.hasNonNull(field) || n.get(field).asText().isEmpty()) {
      throw new IllegalArgumentException(what + " has no '" + field + "'");
    }
    return n.get(field).asText();
  }

  private void validate() {
    Set<String> ids = new HashSet<>();
    for (Claim c : claims) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("claim id " + c.id() + " is used twice");
      }
    }
    for (Claim c : claims) {
      for (Relation r : c.relations()) {
        if (!ids.contains(r.claim())) {
          throw new IllegalArgumentException("claim " + c.id() + ": relation to unknown claim " + r.claim());
        }
      }
    }
  }

  /** The gold event ids, in file order (those of {@link #events()}, then any others the claims name). */
  public List<String> eventIds() {
    Set<String> out = new java.util.LinkedHashSet<>(events.keySet());
    for (Claim c : claims) {
      out.add(c.event());
    }
    return List.copyOf(out);
  }

  /**
   * Finds every mention in its article: the article whose source path ends with the mention's file
   * (record suffix included), and in its text the mention's text, exactly once. Curly and straight
   * quotation marks count as equal (one character for one, so offsets hold).
   *
   * @throws IllegalArgumentException naming the claim and mention when a file or text is not found,
   *                                  or the text occurs more than once
   */
  public List<Anchor> anchor(List<Article> articles) {
    List<Anchor> out = new ArrayList<>();
    for (Claim c : claims) {
      for (Mention m : c.mentions()) {
        Article a = articleOf(m.file(), articles);
        if (a == null) {
          throw new IllegalArgumentException("claim " + c.id() + ": no article read from '" + m.file() + "'");
        }
        String text = foldQuotes(a.text());
        String needle = foldQuotes(m.text());
        int at = text.indexOf(needle);
        if (at < 0) {
          throw new IllegalArgumentException("claim " + c.id() + ": text not found in " + m.file() + ": \"" + m.text() + "\"");
        }
        if (text.indexOf(needle, at + 1) >= 0) {
          throw new IllegalArgumentException("claim " + c.id() + ": text occurs more than once in " + m.file()
              + " (quote a longer part): \"" + m.text() + "\"");
        }
        out.add(new Anchor(c.id(), c.event(), a.id(), new Span(at, at + needle.length()), m));
      }
    }
    return out;
  }

  private static Article articleOf(String file, List<Article> articles) {
    String f = file.replace('\\', '/');
    for (Article a : articles) {
      for (SourceRef s : a.sources()) {
        if (s.path() == null) {
          continue;
        }
        String p = s.path().replace('\\', '/');
        if (p.equals(f) || p.endsWith("/" + f)) {
          return a;
        }
      }
    }
    return null;
  }

  /** Curly single and double quotation marks to straight ones, one character each. */
  static String foldQuotes(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      sb.append(switch (ch) {
        case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
        case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
        default -> ch;
      });
    }
    return sb.toString();
  }
}
