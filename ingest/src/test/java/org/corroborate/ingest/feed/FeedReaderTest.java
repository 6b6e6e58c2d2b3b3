package org.corroborate.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.corroborate.ingest.Collect;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReaderConfig;
import org.corroborate.ingest.html.MainTextExtractor;
import org.corroborate.model.Article;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private final FeedReader reader = new FeedReader(Collect.context());

  private Collect read(String xml) {
    Collect c = new Collect();
    byte[] b = xml.getBytes(StandardCharsets.UTF_8);
    assertTrue(reader.accepts("feed.xml", b));
    reader.read(Input.ofBytes("feed.xml", b), c);
    return c;
  }

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel>
        <title>Valley Herald</title>
        <link>https://www.valleyherald.example/</link>
        <language>en-us</language>
        <item>
          <title>Dam inspection finds cracks</title>
          <link>https://www.valleyherald.example/2024/05/dam</link>
          <guid isPermaLink="false">vh-1001</guid>
          <pubDate>Tue, 14 May 2024 08:15:00 EST</pubDate>
          <dc:creator>Lea Morn</dc:creator>
          <description>Short summary.</description>
          <content:encoded><![CDATA[<p>Engineers found cracks in the Orrin dam on Monday.</p><p>The reservoir will be lowered&nbsp;as a precaution.</p><script>track()</script>]]></content:encoded>
        </item>
        <item>
          <title>Summary only</title>
          <link>https://www.valleyherald.example/2024/05/fair</link>
          <pubDate>Wed, 15 May 2024 10:00:00 +0000</pubDate>
          <description>&lt;p&gt;The county fair opens on Friday.&lt;/p&gt;&lt;p&gt;Tickets are free for children.&lt;/p&gt;</description>
        </item>
        <item>
          <title>No text at all</title>
          <link>https://www.valleyherald.example/2024/05/empty</link>
        </item>
        <item>
          <title>Entity&nbsp;in title</title>
          <description>Plain text with an HTML entity&nbsp;used without a DTD.</description>
        </item>
      </channel>
      </rss>
      """;

  @Test
  void rssItemsWithFullContentSummaryAndABadItem() {
    Collect c = read(RSS);
    assertEquals(3, c.articles.size(), c.rejections.toString());
    Article a = c.articles.get(0);
    assertEquals("Dam inspection finds cracks", a.title());
    assertEquals("Valley Herald", a.outlet().name());
    assertEquals("valleyherald.example", a.outlet().domain());
    assertEquals("Lea Morn", a.byline());
    assertEquals("en", a.language());
    assertEquals("https://www.valleyherald.example/2024/05/dam", a.url());
    assertEquals(Instant.parse("2024-05-14T13:15:00Z"), a.published().time());
    assertEquals("feed:pubDate", a.published().origin());
    assertEquals("Engineers found cracks in the Orrin dam on Monday.\n\nThe reservoir will be lowered as a precaution.", a.text());
    assertEquals("rss", a.sources().get(0).kind());
    assertEquals("vh-1001", a.sources().get(0).recordId());
    assertEquals("The county fair opens on Friday.\n\nTickets are free for children.", c.articles.get(1).text());
    assertEquals("Plain text with an HTML entity used without a DTD.", c.articles.get(2).text());
    assertEquals("Entity in title", c.articles.get(2).title());
    assertEquals(1, c.rejections.size());
    assertEquals("no-text", c.rejections.get(0).reason());
    assertEquals("feed.xml!/item/3", c.rejections.get(0).source());
  }

  @Test
  void atomEntriesWithXhtmlAndHtmlContent() {
    Collect c = read("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
          <title type="text">Nordblatt</title>
          <link rel="self" href="https://nordblatt.example/feed.atom"/>
          <link href="https://nordblatt.example/"/>
          <entry>
            <title>Hafen erweitert</title>
            <link rel="alternate" href="https://nordblatt.example/hafen"/>
            <id>urn:uuid:1</id>
            <updated>2024-02-03T10:00:00Z</updated>
            <published>2024-02-01T08:00:00+01:00</published>
            <author><name>Jo Behr</name><email>jo@nordblatt.example</email></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Der Hafen wird erweitert.</p><p>Baubeginn ist im März.</p></div></content>
          </entry>
          <entry>
            <title>Nur Zusammenfassung</title>
            <link href="https://nordblatt.example/kurz"/>
            <updated>2024-02-04T10:00:00Z</updated>
            <summary type="html">&lt;p&gt;Kurz gesagt: nichts Neues.&lt;/p&gt;</summary>
          </entry>
        </feed>
        """);
    assertEquals(2, c.articles.size(), c.rejections.toString());
    Article a = c.articles.get(0);
    assertEquals("Hafen erweitert", a.title());
    assertEquals("Jo Behr", a.byline());
    assertEquals("de", a.language());
    assertEquals("Nordblatt", a.outlet().name());
    assertEquals("nordblatt.example", a.outlet().domain());
    assertEquals(Instant.parse("2024-02-01T07:00:00Z"), a.published().time());
    assertEquals("Der Hafen wird erweitert.\n\nBaubeginn ist im März.", a.text());
    assertEquals("atom", a.sources().get(0).kind());
    assertEquals("feed:updated", c.articles.get(1).published().origin());
    assertEquals("Kurz gesagt: nichts Neues.", c.articles.get(1).text());
  }

  @Test
  void billionLaughsIsRejectedWithoutExpansion() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      sb.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        sb.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      sb.append("\">\n");
    }
    sb.append("]>\n<rss><channel><title>x</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>");
    Collect c = read(sb.toString());
    assertEquals(List.of("xml-entities"), c.reasons());
    assertTrue(c.articles.isEmpty());
  }

  @Test
  void externalEntityIsRejected() {
    Collect c = read("""
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss><channel><title>t</title><item><title>a</title><description>&xxe;</description></item></channel></rss>
        """);
    assertEquals(List.of("xml-entities"), c.reasons());
  }

  @Test
  void brokenItemIsRejectedAndTheOthersStillComeOut() {
    Collect c = read("""
        <rss><channel><title>T</title>
        <item><title>Good</title><description>Good item text.</description></item>
        <item><title>Bad</title><description>Broken <b>markup</description></item>
        <item><title>Later</title><description>Later text.</description></item>
        </channel></rss>
        """);
    assertEquals(2, c.articles.size(), c.rejections.toString());
    assertEquals("Good item text.", c.articles.get(0).text());
    assertEquals("Later text.", c.articles.get(1).text());
    assertEquals("feed.xml!/item/3", c.articles.get(1).sources().get(0).path());
    assertEquals(List.of("malformed-xml"), c.reasons());
    assertEquals("feed.xml!/item/2", c.rejections.get(0).source());
    assertTrue(c.rejections.get(0).detail().contains("line 3"), c.rejections.get(0).detail());
  }

  @Test
  void itemLimitAndNonFeedXml() {
    FeedReader small = new FeedReader(Collect.context(ReaderConfig.defaults().withMaxFeedItems(1), new MainTextExtractor()));
    Collect c = new Collect();
    small.read(Collect.input("f.xml", RSS), c);
    assertEquals(1, c.articles.size());
    assertEquals(List.of("limit-exceeded"), c.reasons());
    Collect d = read("<?xml version=\"1.0\"?><urlset><url><loc>https://a.example/</loc></url></urlset>");
    assertEquals(List.of("unsupported-format"), d.reasons());
    assertFalse(reader.accepts("page.html", "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void bareAmpersandsAndEntitiesOutsideCdataOnly() {
    Collect c = read("<rss><channel><title>Q&A Weekly</title><item><title>AT&T &amp; friends&nbsp;&#8212; &bogus; ok</title>"
        + "<description><![CDATA[Plain & simple &nbsp;text]]></description></item></channel></rss>");
    Article a = c.only();
    assertEquals("AT&T & friends \u2014 &bogus; ok", a.title());
    assertEquals("Plain & simple text", a.text());
    assertEquals("Q&A Weekly", a.outlet().name());
  }

  @Test
  void relativeLinksAndEmailAuthors() {
    Collect c = read("<rss><channel><title>R</title><link>https://r.example/news/</link><item><title>T</title>"
        + "<link>2024/story</link><author>ed@r.example (Ed Quill)</author><description>Some text.</description></item></channel></rss>");
    assertEquals("https://r.example/news/2024/story", c.only().url());
    assertEquals("Ed Quill", c.only().byline());
  }

  @Test
  void declaredLegacyEncoding() {
    byte[] b = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Le Fil</title><item><title>\u00c9t\u00e9</title>"
        + "<description>Un \u00e9t\u00e9 chaud \u00e0 Nantes.</description></item></channel></rss>").getBytes(StandardCharsets.ISO_8859_1);
    Collect c = new Collect();
    reader.read(Input.ofBytes("f.rss", b), c);
    assertEquals("\u00c9t\u00e9", c.only().title());
    assertEquals("Un \u00e9t\u00e9 chaud \u00e0 Nantes.", c.only().text());
  }
}
