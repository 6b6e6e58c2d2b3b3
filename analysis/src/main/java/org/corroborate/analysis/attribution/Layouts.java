package org.corroborate.analysis.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.Token;

/**
 * Relations that the layout of a text states, whatever the tagger made of their words: the
 * vox-pop byline (“...” ― Jane Doe) and the speaker's label before a colon (a headline's "Poll: ...",
 * a transcript's "PENCE: ..."). {@link RelationBuilder} applies them to the tags before it groups them.
 */
final class Layouts {
  private Layouts() {}

  /**
   * The tags with each layout's roles written over the tagger's; {@code contentToCue} gets, for each
   * such relation, the first token of its content and its cue token, so that the content goes to
   * that cue and no other.
   */
  static Tag[] apply(NlpDocument doc, Tag[] tags, Map<Integer, Integer> contentToCue) {
    return withSpeakerLabels(doc, withBylines(doc, tags, contentToCue), contentToCue);
  }

  static final Set<String> DASHES = Set.of("\u2015", "\u2014", "\u2013", "--");

  /**
   * The vox-pop byline: a paragraph that is one quotation followed by a dash and a name,
   * “... .” ― Jane Doe (or “...” — Jane Doe, 34, a nurse). The dash is the cue, the name the
   * source, the quotation the content, whatever the tagger made of them: the layout says it.
   */
  private static Tag[] withBylines(NlpDocument doc, Tag[] tags, Map<Integer, Integer> contentToDash) {
    List<Token> toks = doc.tokens();
    String text = doc.text();
    Tag[] out = null;
    for (int d = 1; d + 1 < toks.size(); d++) {
      if (!DASHES.contains(toks.get(d).word()) || Features.quoteMark(toks.get(d - 1).word()) == 0
          || Features.quoteMark(toks.get(d - 1).word()) == 1 || lineBreak(text, toks.get(d - 1), toks.get(d))) {
        continue;
      }
      // the name: capitalised, up to a comma or the end of the line, at most six words
      int nameEnd = d + 1;
      while (nameEnd < toks.size() && nameEnd - d <= 6 && !toks.get(nameEnd).word().equals(",")
          && !lineBreak(text, toks.get(nameEnd - 1), toks.get(nameEnd))) {
        nameEnd++;
      }
      int lastName = nameEnd;
      while (lastName > d + 1 && !toks.get(lastName - 1).word().chars().anyMatch(Character::isLetterOrDigit)) {
        lastName--;
      }
      if (lastName == d + 1 || nameEnd - d > 6 || !Character.isUpperCase(toks.get(d + 1).word().codePointAt(0))) {
        continue;
      }
      int lineEnd = nameEnd;
      while (lineEnd < toks.size() && !lineBreak(text, toks.get(lineEnd - 1), toks.get(lineEnd)) && lineEnd - d <= 25) {
        lineEnd++;
      }
      if (lineEnd < toks.size() && !lineBreak(text, toks.get(lineEnd - 1), toks.get(lineEnd))) {
        continue;
      }
      // the quotation: from the first token of the paragraph, which must be a quote mark
      int start = d - 1;
      while (start > 0 && !lineBreak(text, toks.get(start - 1), toks.get(start))) {
        start--;
      }
      if (start >= d - 2 || Features.quoteMark(toks.get(start).word()) == 0) {
        continue;
      }
      if (out == null) {
        out = tags.clone();
      }
      for (int i = start; i < d; i++) {
        out[i] = i == start ? Tag.B_CONTENT : Tag.I_CONTENT;
      }
      out[d] = Tag.B_CUE;
      for (int i = d + 1; i < lastName; i++) {
        out[i] = i == d + 1 ? Tag.B_SOURCE : Tag.I_SOURCE;
      }
      contentToDash.put(start, d);
      for (int i = lastName; i < lineEnd; i++) {
        if (out[i].role() != null) {
          out[i] = Tag.O;
        }
      }
    }
    return out == null ? tags : out;
  }

  /** Labels before a colon that name a kind of item, not a speaker ("Update: ...", "Watch: ..."). */
  static final Set<String> NOT_SPEAKERS = Set.of("update", "updated", "updates", "watch", "video",
      "videos", "photo", "photos", "live", "analysis", "opinion", "editorial", "exclusive", "breaking", "review",
      "explainer", "correction", "corrections", "note", "related", "podcast", "quiz", "timeline", "factbox", "transcript",
      "read", "listen", "see", "also", "more", "warning", "editor", "editors", "crosstalk", "q", "a", "source", "sources",
      "credit", "photograph", "illustration", "map", "chart", "graphic", "advertisement", "sponsored", "comment",
      "comments", "share", "follow", "subscribe", "contact", "email", "tags", "topics", "filed", "posted", "published",
      "by", "from", "to", "date", "time", "location", "where", "when", "what", "why", "how", "who", "question", "answer");

  /**
   * A speaker's label before a colon at the start of a line: the headline convention "Pence: Flowers
   * won't be at debate" (the article's first line, a label of up to six capitalised words) and the
   * transcript's "PENCE: Well, look, ..." (any line, possibly opening with a quote mark, a label of up
   * to three upper-case words). The colon is the cue, the label the source, the rest of the line the
   * content (without a headline's final period).
   */
  private static Tag[] withSpeakerLabels(NlpDocument doc, Tag[] tags, Map<Integer, Integer> contentToCue) {
    List<Token> toks = doc.tokens();
    String text = doc.text();
    Tag[] out = null;
    int lineStart = 0;
    boolean firstLine = true;
    while (lineStart < toks.size()) {
      int lineEnd = lineStart + 1;
      while (lineEnd < toks.size() && !lineBreak(text, toks.get(lineEnd - 1), toks.get(lineEnd))) {
        lineEnd++;
      }
      int from = lineStart;
      if (Features.quoteMark(toks.get(from).word()) != 0 && from + 1 < lineEnd) {
        from++;
      }
      int colon = -1;
      for (int i = from + 1; i < lineEnd && i <= from + 6; i++) {
        if (toks.get(i).word().equals(":")) {
          colon = i;
          break;
        }
      }
      if (colon > 0 && lineEnd - colon >= 4 && speakerLabel(toks, from, colon, firstLine)) {
        int end = lineEnd;
        if (firstLine && end > colon + 2 && toks.get(end - 1).word().equals(".")) {
          end--;
        }
        if (out == null) {
          out = tags.clone();
        }
        for (int i = lineStart; i < lineEnd; i++) {
          out[i] = Tag.O;
        }
        for (int i = from; i < colon; i++) {
          out[i] = i == from ? Tag.B_SOURCE : Tag.I_SOURCE;
        }
        out[colon] = Tag.B_CUE;
        for (int i = colon + 1; i < end; i++) {
          out[i] = i == colon + 1 ? Tag.B_CONTENT : Tag.I_CONTENT;
        }
        contentToCue.put(colon + 1, colon);
      }
      firstLine = false;
      lineStart = lineEnd;
    }
    return out == null ? tags : out;
  }

  private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "COUNTRY",
      "STATE_OR_PROVINCE", "GPE");

  /** Head words of a headline label that name a source without a name ("Poll: ...", "Clinton camp: ..."). */
  static final Set<String> SOURCE_NOUNS = Set.of("poll", "polls", "survey", "study", "report",
      "newspaper", "police", "officials", "official", "sources", "campaign", "camp", "spokesman", "spokeswoman",
      "spokesperson", "aide", "aides", "experts", "analysts", "guide", "ministry", "army", "military", "government",
      "kremlin", "pentagon", "white", "house", "un", "nato", "fbi", "cia");

  private static boolean speakerLabel(List<Token> toks, int from, int colon, boolean headline) {
    if (colon - from > (headline ? 6 : 3)) {
      return false;
    }
    if (headline) {
      // title case makes every word look like a name: a headline label needs a named actor or a source noun
      boolean named = false;
      for (int i = from; i < colon; i++) {
        String ner = toks.get(i).ner();
        named |= ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("TITLE")
            || SOURCE_NOUNS.contains(toks.get(i).word().toLowerCase(Locale.ROOT));
      }
      if (!named) {
        return false;
      }
    }
    for (int i = from; i < colon; i++) {
      String w = toks.get(i).word();
      if (NOT_SPEAKERS.contains(w.toLowerCase(Locale.ROOT).replace("'s", "").replace("’s", ""))) {
        return false;
      }
      boolean word = w.chars().anyMatch(Character::isLetter);
      if (PLACES.contains(toks.get(i).ner())) {
        return false; // a dateline, "NEW DELHI: ..."
      }
      if (!word && !w.equals(".") && !w.equals("-")) {
        return false;
      }
      if (word && !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
      if (!headline && word && !w.equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static boolean lineBreak(String text, Token left, Token right) {
    return Features.newlineBetween(text, left.span().end(), right.span().start());
  }
}
