package org.corroborate.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.corroborate.model.Confidence;
import org.corroborate.model.Published;
import org.junit.jupiter.api.Test;

class MetadataTest {
  private final MainTextExtractor extractor = new MainTextExtractor();
  private static final String BODY = "<p>A paragraph of the fictional story, long enough to be text, with a comma, and a stop.</p>";

  private HtmlPage page(String head, String body, String url) {
    String html = "<html lang='en-gb'><head>" + head + "</head><body>" + body + BODY + "</body></html>";
    return extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, url);
  }

  private static final String ALL_SOURCES = """
      <title>Title tag headline | Orwen Courier</title>
      <meta property="og:title" content="OG headline">
      <meta property="og:site_name" content="The Orwen Courier">
      <meta property="article:published_time" content="2024-03-05T09:15:00+01:00">
      <meta name="author" content="Meta Author">
      <link rel="canonical" href="https://orwencourier.example/2024/03/01/mill">
      <script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[
        {"@type":"WebPage","name":"page"},
        {"@type":"NewsArticle","headline":"JSON-LD headline","datePublished":"2024-03-04T10:00:00Z",
         "author":[{"@type":"Person","name":"Lin Ferro"},{"@type":"Person","name":"Ode Mar"}],
         "publisher":{"@type":"Organization","name":"Courier Group"}}]}
      </script>
      """;

  @Test
  void everyFieldFromItsBestSource() {
    HtmlPage p = page(ALL_SOURCES, "<h1>H1 headline</h1>", "https://orwencourier.example/x?utm=1");
    assertEquals("OG headline", p.title());
    assertEquals("Lin Ferro, Ode Mar", p.byline());
    assertEquals(new Published(Instant.parse("2024-03-05T08:15:00Z"), "meta:article:published_time", Confidence.HIGH, false),
        p.published());
    assertEquals("The Orwen Courier", p.outlet().name());
    assertEquals("orwencourier.example", p.outlet().domain());
    assertEquals("en-GB", p.language());
    assertEquals("https://orwencourier.example/2024/03/01/mill", p.canonicalUrl());
  }

  @Test
  void titleFallsBackToJsonLdThenH1ThenTitleTag() {
    String ld = "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":\"LD only\"}</script>";
    assertEquals("LD only", page(ld + "<title>T | Site</title>", "<h1>Heading</h1>", null).title());
    assertEquals("Heading", page("<title>T | Site</title>", "<h1>Heading</h1>", null).title());
    assertEquals("Storm closes the coast road for a second day",
        page("<title>Storm closes the coast road for a second day | Orwen Courier</title>", "", null).title());
    assertEquals("Storm closes the coast road - and the evening ferry is cancelled",
        page("<title>Storm closes the coast road - and the evening ferry is cancelled</title>", "", null).title(),
        "a long tail is part of the title, not a site name");
  }

  @Test
  void bylineFallsBackToMetaRelAuthorAndClasses() {
    assertEquals("Meta Author", page("<meta name='author' content='Meta Author'>", "", null).byline());
    assertEquals("Rel Person", page("", "<a rel='author' href='/p'>Rel Person</a>", null).byline());
    assertEquals("Class Person", page("", "<div class='article-byline'>By Class Person</div>", null).byline());
    assertEquals("Ann Lee", page("", "<div class='byline'>By Ann Lee @annlee Nov 18, 2019 at 9:24 pm ET • 2 min read</div>", null).byline());
    assertNull(page("", "", null).byline());
  }

  @Test
  void publishedFallsBackWithFallingConfidence() {
    String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-04\"}</script>";
    Published fromLd = page(ld, "", null).published();
    assertEquals(new Published(Instant.parse("2024-03-04T00:00:00Z"), "jsonld:datePublished", Confidence.HIGH, true), fromLd);

    Published fromItemprop = page("", "<span itemprop='datePublished' content='2024-02-01T12:30:00Z'>1 Feb</span>", null).published();
    assertEquals("microdata:datePublished", fromItemprop.origin());

    Published fromMeta = page("<meta name='pubdate' content='20240115'>", "", null).published();
    assertEquals(Instant.parse("2024-01-15T00:00:00Z"), fromMeta.time());
    assertTrue(fromMeta.dateOnly());

    Published fromTime = page("", "<time datetime='2024-01-10T08:00:00-05:00'>Jan 10</time>", null).published();
    assertEquals(new Published(Instant.parse("2024-01-10T13:00:00Z"), "html:time", Confidence.MEDIUM, false), fromTime);

    Published fromUrl = page("", "", "https://example.org/news/2023/12/24/carols").published();
    assertEquals(new Published(Instant.parse("2023-12-24T00:00:00Z"), "url", Confidence.LOW, true), fromUrl);

    assertNull(page("<meta property='article:published_time' content='not a date'>", "", "https://example.org/a").published());
  }

  @Test
  void datesWrittenForPeopleInMetadata() {
    assertEquals(Instant.parse("2019-11-20T00:47:00Z"),
        page("<meta property='article:published_time' content='November 19, 2019, 07:47 PM EST'>", "", null).published().time());
    assertEquals(Instant.parse("2019-11-19T07:09:00Z"),
        page("<meta name='pubdate' content='19 Nov 2019 07:09 GMT'>", "", null).published().time());
    assertEquals(Instant.parse("2019-11-20T08:08:07Z"),
        page("<meta name='pubdate' content='01:38:07 PM IST Nov 20, 2019'>", "", null).published().time());
    Published slashed = page("<meta name='sn-post-date' content='2019/11/19'>", "", null).published();
    assertEquals(Instant.parse("2019-11-19T00:00:00Z"), slashed.time());
    assertTrue(slashed.dateOnly());
    assertEquals(Instant.parse("2019-11-19T12:00:00Z"),
        page("<meta name='date' content='Tue, 19 Nov 2019 12:00:00 GMT'>", "", null).published().time());
    assertNull(page("<meta name='date' content='February 30, 2019'>", "", null).published());
  }

  @Test
  void outletFromPublisherOrDomain() {
    String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":{\"name\":\"Courier Group\"}}</script>";
    HtmlPage p = page(ld, "", "https://www.courier.example/a");
    assertEquals("Courier Group", p.outlet().name());
    assertEquals("www.courier.example", p.outlet().domain());
    assertEquals("courier.example", p.outlet().key());
    HtmlPage bare = page("", "", "https://news.example.net/a");
    assertEquals("news.example.net", bare.outlet().name());
    assertNull(page("", "", null).outlet());
  }

  @Test
  void brokenJsonLdIsSkippedAndLenientJsonIsRead() {
    String broken = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>";
    assertEquals("Heading", page(broken, "<h1>Heading</h1>", null).title());
    String lenient = "<script type='application/ld+json'>// comment\n{\"@type\":\"NewsArticle\",\"headline\":\"Line\nbreak\",}</script>";
    assertEquals("Line break", page(lenient, "", null).title());
  }

  @Test
  void languageFromContentLanguageWhenHtmlHasNone() {
    String html = "<html><head><meta http-equiv='Content-Language' content='pt_BR'></head><body>" + BODY + "</body></html>";
    assertEquals("pt-BR", extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null).language());
  }
}
