package org.corroborate.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The project's {@link HtmlExtractor}. (First version: paragraphs of the body; to be replaced.) */
public final class MainTextExtractor implements HtmlExtractor {
  @Override
  public HtmlPage extract(byte[] html, Charset declared, String url) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(html), declared == null ? null : declared.name(), url == null ? "" : url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> paras = new ArrayList<>();
    for (Element p : doc.select("p")) {
      String t = p.text().strip();
      if (!t.isEmpty()) {
        paras.add(t);
      }
    }
    return new HtmlPage(doc.title(), null, null, null, null, null, paras, paras.isEmpty() ? "no text" : null);
  }
}
