package org.corroborate.ingest.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.corroborate.ingest.Collect;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReaderConfig;
import org.corroborate.ingest.html.MainTextExtractor;
import org.corroborate.model.Article;
import org.corroborate.model.Confidence;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  private final JsonLinesReader reader = new JsonLinesReader(Collect.context());

  private Collect read(String text) {
    Collect c = new Collect();
    reader.read(Collect.input("news.jsonl", text), c);
    return c;
  }

  @Test
  void fieldsAndABadLineInTheMiddle() {
    Collect c = read("""
        {"id":"r1","url":"https://www.tidewater.example/a","outlet":"Tidewater Times","title":"Levee holds","author":["Kim Ode","Ravi Sen"],"published":"2024-09-01T12:00:00-04:00","language":"en","text":"The levee held overnight.\\n\\nResidents returned on Sunday."}
        {"title": "broken", "text": "no closing brace"

        {"source":{"name":"Ostwind","domain":"www.ostwind.example"},"headline":"Sturm","date":"May 3, 2024","body-paragraphs":[["Ein Satz.","Noch einer."],["Zweiter Absatz."]]}
        {"title":"No body here"}
        [1,2,3]
        {"html":"<div><p>From a fragment.</p><p>Second.</p></div>","pubDate":1717200000}
        """);
    assertEquals(3, c.articles.size(), c.rejections.toString());
    Article a = c.articles.get(0);
    assertEquals("Levee holds", a.title());
    assertEquals("Tidewater Times", a.outlet().name());
    assertEquals("tidewater.example", a.outlet().domain());
    assertEquals("Kim Ode, Ravi Sen", a.byline());
    assertEquals(Instant.parse("2024-09-01T16:00:00Z"), a.published().time());
    assertEquals(Confidence.HIGH, a.published().confidence());
    assertEquals("The levee held overnight.\n\nResidents returned on Sunday.", a.text());
    assertEquals("r1", a.sources().get(0).recordId());
    Article b = c.articles.get(1);
    assertEquals("Ostwind", b.outlet().name());
    assertEquals("ostwind.example", b.outlet().domain());
    assertEquals("Ein Satz. Noch einer.\n\nZweiter Absatz.", b.text());
    assertEquals(Instant.parse("2024-05-03T00:00:00Z"), b.published().time());
    assertEquals("news.jsonl!/line/4", b.sources().get(0).path());
    assertEquals("From a fragment.\n\nSecond.", c.articles.get(2).text());
    assertEquals(Instant.ofEpochSecond(1717200000), c.articles.get(2).published().time());
    assertEquals(List.of("malformed-json", "no-text", "malformed-json"), c.reasons());
    assertEquals("news.jsonl!/line/2", c.rejections.get(0).source());
    assertTrue(c.rejections.get(0).detail().startsWith("line 2 "), c.rejections.get(0).detail());
    assertEquals("news.jsonl!/line/5", c.rejections.get(1).source());
  }

  @Test
  void newsApiStyleRecord() {
    Collect c = read("{\"source\":{\"id\":null,\"name\":\"Quay Wire\"},\"author\":\"Pim Lo\",\"title\":\"T\","
        + "\"description\":\"Only a summary.\",\"url\":\"https://quaywire.example/t\",\"publishedAt\":\"2024-05-02T10:00:00Z\"}");
    Article a = c.only();
    assertEquals("Quay Wire", a.outlet().name());
    assertEquals("quaywire.example", a.outlet().domain());
    assertEquals("Only a summary.", a.text());
    assertEquals(Instant.parse("2024-05-02T10:00:00Z"), a.published().time());
  }

  @Test
  void aLineOverTheLimitIsRejectedAndTheNextLinesRead() {
    JsonLinesReader small = new JsonLinesReader(Collect.context(ReaderConfig.defaults().withMaxLineBytes(100), new MainTextExtractor()));
    String longLine = "{\"text\":\"" + "x".repeat(5000) + "\"}";
    Collect c = new Collect();
    small.read(Collect.input("l.jsonl", "{\"text\":\"short one\"}\n" + longLine + "\n{\"text\":\"after it\"}"), c);
    assertEquals(2, c.articles.size());
    assertEquals(List.of("line-too-long"), c.reasons());
    assertEquals("l.jsonl!/line/2", c.rejections.get(0).source());
  }

  @Test
  void deepNestingIsRejected() {
    Collect c = read("{\"text\":\"ok\"}\n" + "[".repeat(5000) + "\n");
    assertEquals(1, c.articles.size());
    assertEquals(List.of("too-deep"), c.reasons());
  }

  @Test
  void mojibakeAndStrayLatin1BytesAreRepaired() {
    byte[] line = "{\"text\":\"caf\u00e9 \u00e2\u20ac\u201c ok\"}".getBytes(StandardCharsets.UTF_8);
    byte[] stray = "{\"text\":\"na\u00efve\"}".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[line.length + 1 + stray.length];
    System.arraycopy(line, 0, all, 0, line.length);
    all[line.length] = '\n';
    System.arraycopy(stray, 0, all, line.length + 1, stray.length);
    Collect c = new Collect();
    reader.read(Input.ofBytes("m.jsonl", all), c);
    assertEquals("caf\u00e9 \u2013 ok", c.articles.get(0).text());
    assertEquals("na\u00efve", c.articles.get(1).text());
  }

  @Test
  void jsonDocumentsObjectAndArray() {
    JsonDocumentReader doc = new JsonDocumentReader(Collect.context());
    Collect c = new Collect();
    doc.read(Collect.input("one.json", "{\n  \"title\": \"One\",\n  \"text\": \"Only paragraph.\"\n}"), c);
    doc.read(Collect.input("many.json", "[{\"text\":\"First.\"}, {\"text\":\"Second.\"}, {\"text\": oops}]"), c);
    assertEquals(3, c.articles.size());
    assertEquals("many.json!/item/2", c.articles.get(2).sources().get(0).path());
    assertEquals(List.of("malformed-json"), c.reasons());
    Collect d = new Collect();
    doc.read(Collect.input("concat.json", "{\"text\":\"A.\"}\n{\"text\":\"B.\"} {\"text\":\"C.\"}"), d);
    assertEquals(3, d.articles.size());
    assertEquals("concat.json!/item/3", d.articles.get(2).sources().get(0).path());
  }
}
