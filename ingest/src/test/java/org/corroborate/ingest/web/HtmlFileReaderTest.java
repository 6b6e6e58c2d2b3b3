package org.corroborate.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.ingest.Collect;
import org.corroborate.ingest.ReaderConfig;
import org.corroborate.ingest.html.HtmlExtractor;
import org.corroborate.ingest.html.HtmlPage;
import org.corroborate.model.Article;
import org.corroborate.model.Confidence;
import org.corroborate.model.Outlet;
import org.corroborate.model.Published;
import org.junit.jupiter.api.Test;

/** The wrapper around the extractor, with a stand-in extractor so that only the wrapper is tested. */
class HtmlFileReaderTest {
  private final List<String> urlsSeen = new ArrayList<>();
  private HtmlPage next;
  private final HtmlExtractor fake = (byte[] html, Charset declared, String url) -> {
    urlsSeen.add(url);
    return next;
  };
  private final HtmlFileReader reader = new HtmlFileReader(Collect.context(ReaderConfig.defaults(), fake));

  @Test
  void pageToArticleWithOutletFromTheSavedFromUrl() {
    Published p = new Published(Instant.parse("2024-03-01T08:00:00Z"), "meta:article:published_time", Confidence.HIGH, false);
    next = new HtmlPage("Title", "Mira Holt", p, null, "en", null, List.of("One.", "Two."), null);
    Collect c = new Collect();
    reader.read(Collect.input("saved.html",
        "<!DOCTYPE html>\n<!-- saved from url=(0035)https://www.quayside.example/story -->\n<html><body></body></html>"), c);
    Article a = c.only();
    assertEquals("https://www.quayside.example/story", urlsSeen.get(0));
    assertEquals(new Outlet(null, "quayside.example"), a.outlet());
    assertEquals("https://www.quayside.example/story", a.url());
    assertEquals("Mira Holt", a.byline());
    assertEquals(p, a.published());
    assertEquals("One.\n\nTwo.", a.text());
    assertEquals("html", a.sources().get(0).kind());
  }

  @Test
  void canonicalUrlAndPageOutletWin() {
    next = new HtmlPage("T", null, null, new Outlet("Quayside News", "www.quayside.example"), "und",
        "https://quayside.example/canonical", List.of("Text."), null);
    Collect c = new Collect();
    reader.read(Collect.input("p.htm", "<html><body>x</body></html>"), c);
    Article a = c.only();
    assertEquals("Quayside News", a.outlet().name());
    assertEquals("quayside.example", a.outlet().domain());
    assertEquals("https://quayside.example/canonical", a.url());
  }

  @Test
  void noTextIsARejectionWithTheExtractorsReason() {
    next = new HtmlPage("T", null, null, null, null, null, List.of(), "no body");
    Collect c = new Collect();
    reader.read(Collect.input("e.html", "<html></html>"), c);
    assertEquals(List.of("no-text"), c.reasons());
    assertEquals("no body", c.rejections.get(0).detail());
  }

  @Test
  void sniffing() {
    assertTrue(reader.accepts("x.dat", "\n  <!-- c --><!doctype html><html>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(reader.accepts("x", "<html lang=en>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(reader.accepts("page.HTM", "whatever".getBytes(StandardCharsets.UTF_8)));
    assertFalse(reader.accepts("notes.txt", "A text that mentions <html> later.".getBytes(StandardCharsets.UTF_8)));
  }
}
