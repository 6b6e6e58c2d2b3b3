package org.corroborate.eval.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.corroborate.events.EventDoc;
import org.corroborate.model.Rejection;

/**
 * Reads ECB+ ({@code DIR/topics/T/*.xml}, tokenized documents) into event documents. Tokens are
 * joined back into sentences; a first sentence that is a URL is dropped (it is page furniture,
 * not text, but its date, as in {@code /2013/05/02/}, is the publication date when no dateline gives
 * one, and its month reads an ambiguous numeric dateline, as does, failing that, the month the text
 * names most); a dateline among the first sentences gives
 * the publication date (see {@link Datelines}); the first remaining sentence that is not a time
 * stamp or other page furniture is the title. The gold event is (topic, "ecb" | "ecbplus") from the file name.
 */
public final class EcbPlusReader {
  private EcbPlusReader() {}

  public static boolean looksLike(Path dir) {
    return Files.isDirectory(dir.resolve("topics"));
  }

  public static EventSet read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir.resolve("topics"))) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
    }
    List<LabeledDoc> docs = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    XMLInputFactory xf = XMLInputFactory.newFactory();
    xf.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xf.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    for (Path f : files) {
      String name = f.getFileName().toString();
      String kind = name.endsWith("ecbplus.xml") ? "ecbplus" : name.endsWith("ecb.xml") ? "ecb" : null;
      String topic = f.getParent().getFileName().toString();
      if (kind == null) {
        rejections.add(new Rejection(f.toString(), "unsupported-format", "not an *ecb.xml or *ecbplus.xml file"));
        continue;
      }
      List<List<String>> sentences;
      try (InputStream in = Files.newInputStream(f)) {
        sentences = tokens(xf, in);
      } catch (XMLStreamException | RuntimeException e) {
        rejections.add(new Rejection(f.toString(), "malformed-xml", String.valueOf(e.getMessage())));
        continue;
      }
      EventDoc doc = toDoc(name.substring(0, name.length() - 4), sentences);
      if (doc == null) {
        rejections.add(new Rejection(f.toString(), "no-text", "no tokens"));
        continue;
      }
      docs.add(new LabeledDoc(doc, topic + "/" + kind));
    }
    return new EventSet("ecbplus", docs, rejections);
  }

  private static List<List<String>> tokens(XMLInputFactory xf, InputStream in) throws XMLStreamException {
    XMLStreamReader r = xf.createXMLStreamReader(in);
    List<List<String>> sentences = new ArrayList<>();
    String current = null;
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("token")) {
          String sent = r.getAttributeValue(null, "sentence");
          String text = r.getElementText();
          if (sentences.isEmpty() || !String.valueOf(sent).equals(current)) {
            sentences.add(new ArrayList<>());
            current = String.valueOf(sent);
          }
          sentences.get(sentences.size() - 1).add(text.strip());
        }
      }
    } finally {
      r.close();
    }
    return sentences;
  }

  static EventDoc toDoc(String id, List<List<String>> sentences) {
    List<String> lines = new ArrayList<>();
    for (List<String> s : sentences) {
      String line = Detokenizer.join(s);
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    String url = null;
    if (!lines.isEmpty() && lines.get(0).replace(" ", "").matches("(?i)^(https?:|www\\.).*")) {
      url = lines.remove(0);
    }
    if (lines.isEmpty()) {
      return null;
    }
    int hintMonth = Datelines.monthFromUrl(url);
    if (hintMonth == 0) {
      hintMonth = Datelines.monthMentioned(lines);
    }
    Instant published = null;
    int dateline = -1;
    for (int i = 0; i < Math.min(4, lines.size()) && published == null; i++) {
      published = Datelines.parse(lines.get(i), hintMonth);
      if (published != null) {
        dateline = i;
      }
    }
    if (published == null) {
      published = Datelines.fromUrl(url);
    }
    String title = null;
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i == dateline) {
        continue;
      }
      if (title == null && (i >= 4 || !furniture(lines.get(i)))) {
        title = lines.get(i);
        continue;
      }
      if (body.length() > 0) {
        body.append('\n');
      }
      body.append(lines.get(i));
    }
    return EventDoc.of(id, title == null ? "" : title, body.toString(), published);
  }

  /**
   * Whether a line near the top is page furniture rather than a headline: a time stamp or date it
   * could not read ("8:24am:", "APR 28", "9 / 10 / 2010 @ 1: 19PM", "Article posted on ..."), or a
   * bare place; fewer than two words of three letters or more besides date and dateline words.
   */
  static boolean furniture(String line) {
    int words = 0;
    for (String w : line.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 3 && !FURNITURE_WORDS.contains(w)) {
        words++;
      }
    }
    return words < 2;
  }

  private static final java.util.Set<String> FURNITURE_WORDS = java.util.Set.of("article", "posted", "updated",
      "published", "last", "originally", "the", "and", "edt", "est", "pdt", "pst", "cdt", "cst", "gmt", "utc",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
      "fri", "sat", "sun");
}
