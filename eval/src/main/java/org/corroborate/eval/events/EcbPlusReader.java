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
 * not text); the first remaining sentence is the title; a dateline among the first sentences gives
 * the publication date. The gold event is (topic, "ecb" | "ecbplus") from the file name.
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
    if (!lines.isEmpty() && lines.get(0).replace(" ", "").matches("(?i)^(https?:|www\\.).*")) {
      lines.remove(0);
    }
    if (lines.isEmpty()) {
      return null;
    }
    Instant published = null;
    int dateline = -1;
    for (int i = 0; i < Math.min(4, lines.size()) && published == null; i++) {
      published = Datelines.parse(lines.get(i));
      if (published != null) {
        dateline = i;
      }
    }
    String title = null;
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i == dateline) {
        continue;
      }
      if (title == null) {
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
}
