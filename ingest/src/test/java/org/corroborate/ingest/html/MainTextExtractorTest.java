package org.corroborate.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {
  private final MainTextExtractor extractor = new MainTextExtractor();

  /** A fictional news page with the usual furniture around a short article. */
  static final String PAGE = """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens | Velna Post</title></head>
      <body>
        <header class="site-header"><a href="/">Velna Post</a>
          <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/arts">Arts</a></li></ul></nav>
        </header>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue reading.</div>
        <main>
          <article>
            <h1>Harbour bridge reopens after six months of repairs</h1>
            <div class="byline">By Ada Morrow</div>
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
            <p>The harbour bridge in Velna reopened on Tuesday morning, six months after a barge struck one of its piers, city officials said.</p>
            <figure><img src="bridge.jpg"><figcaption>The bridge at dawn on Tuesday. Photo: City of Velna</figcaption></figure>
            <p>Engineers replaced two steel girders and reinforced the damaged pier, at a cost of 14 million crowns, according to the works department.</p>
            <div class="ad-slot">Advertisement</div>
            <h2>Traffic expected to ease</h2>
            <p>Commuters had faced detours of up to forty minutes, and the ferry service had doubled its sailings to cope with demand.</p>
            <ul>
              <li>The bridge is open to cars and bicycles from 6 a.m.</li>
              <li>Lorries over 30 tonnes remain banned until March.</li>
            </ul>
            <blockquote><p>We are relieved to have our bridge back, and grateful to the crews who worked through the winter.</p></blockquote>
            <p>The mayor said a ceremony would be held in the spring, once the painting work was finished.</p>
            <div class="newsletter-signup"><p>Get the morning briefing in your inbox. Sign up for our newsletter today.</p></div>
            <div class="related-stories"><h3>Related</h3><ul>
              <li><a href="/a">Ferry fares rise again for the third time this year</a></li>
              <li><a href="/b">Barge captain fined over the bridge collision</a></li>
              <li><a href="/c">New cycle lanes planned for the old town centre</a></li></ul></div>
          </article>
          <section id="comments" class="comments">
            <h3>Comments</h3>
            <div class="comment"><p>Finally! It took them long enough, and the detours were a nightmare for everyone in the east end.</p></div>
          </section>
        </main>
        <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x">Storm warning for the coast this weekend</a></li></ol></aside>
        <footer class="site-footer"><p>© 2025 Velna Post. All rights reserved.</p></footer>
      </body></html>
      """;

  @Test
  void keepsArticleTextInOrderAndDropsFurniture() {
    HtmlPage page = extractor.extract(PAGE.getBytes(StandardCharsets.UTF_8), null, "https://velnapost.example/news/bridge");
    List<String> p = page.paragraphs();
    assertEquals(List.of(
        "The harbour bridge in Velna reopened on Tuesday morning, six months after a barge struck one of its piers, city officials said.",
        "Engineers replaced two steel girders and reinforced the damaged pier, at a cost of 14 million crowns, according to the works department.",
        "Traffic expected to ease",
        "Commuters had faced detours of up to forty minutes, and the ferry service had doubled its sailings to cope with demand.",
        "The bridge is open to cars and bicycles from 6 a.m.",
        "Lorries over 30 tonnes remain banned until March.",
        "We are relieved to have our bridge back, and grateful to the crews who worked through the winter.",
        "The mayor said a ceremony would be held in the spring, once the painting work was finished."), p);
    assertNull(page.problem());
  }

  @Test
  void dropsNavigationAdsCommentsAndRelatedLinks() {
    String all = String.join("\n", extractor.extract(PAGE.getBytes(StandardCharsets.UTF_8), null, null).paragraphs());
    for (String junk : List.of("Sport", "cookies", "Share on", "Advertisement", "Photo: City", "newsletter",
        "Ferry fares rise", "nightmare", "Storm warning", "All rights reserved", "By Ada Morrow")) {
      assertFalse(all.contains(junk), junk);
    }
  }

  @Test
  void articleSplitAcrossSiblingsIsJoined() {
    StringBuilder html = new StringBuilder("<html><body><div class='nav'><a href='/'>Home</a> <a href='/w'>World</a></div><div id='story'>");
    for (int part = 0; part < 3; part++) {
      html.append("<div class='story-part'>");
      for (int i = 0; i < 3; i++) {
        html.append("<p>Paragraph ").append(part).append('.').append(i)
            .append(" of the story, long enough to count as prose, with a comma, and a full stop at the end.</p>");
      }
      html.append("</div><div class='ad'>Advertisement</div>");
    }
    html.append("</div></body></html>");
    List<String> p = extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), null, null).paragraphs();
    assertEquals(9, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("Paragraph 0.0"));
    assertTrue(p.get(8).startsWith("Paragraph 2.2"));
  }

  @Test
  void subheadsWithoutHeadingMarkupAreKept() {
    String html = "<html><body><div class='story'>"
        + "<p>The council voted on Monday to close the old market hall, after a survey found cracks in its roof.</p>"
        + "<p><strong>What happens next</strong></p>"
        + "<p>Traders will move to a temporary site by the river, and the hall will be fenced off, officials said.</p>"
        + "<p>TRADERS ANGRY</p>"
        + "<p>Several stallholders said they had not been consulted, and would ask for compensation.</p>"
        + "<p>Share</p></div></body></html>";
    List<String> p = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null).paragraphs();
    assertEquals("What happens next", p.get(1));
    assertEquals("TRADERS ANGRY", p.get(3));
    assertEquals(5, p.size(), p.toString());
  }

  @Test
  void anArticleInAMisleadinglyNamedWrapperIsFoundOnRetry() {
    StringBuilder links = new StringBuilder("<div class='x'>");
    for (int i = 0; i < 120; i++) {
      links.append("<a href='/s").append(i).append("'>Section number ").append(i).append("</a> ");
    }
    links.append("</div>");
    String html = "<html><body>" + links + "<div class='sidebar-wide'>"
        + "<p>The regional orchestra will tour four coastal towns next summer, its director said on Friday.</p>"
        + "<p>Tickets go on sale in March, and children under twelve will be admitted free of charge.</p>"
        + "</div></body></html>";
    List<String> p = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null).paragraphs();
    assertEquals(2, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("The regional orchestra"));
  }

  @Test
  void aDeclaredArticleBodyBeatsALongerBlockElsewhere() {
    StringBuilder letters = new StringBuilder("<div class='letters'>");
    for (int i = 0; i < 12; i++) {
      letters.append("<p>Letter ").append(i).append(": I have lived by the estuary for thirty years, and I have never seen")
          .append(" the water so low, so brown, or so still as it was this autumn, and I blame the new weir.</p>");
    }
    letters.append("</div>");
    String article = "<div itemprop='articleBody'>"
        + "<p>The estuary weir will be opened for a month from Monday, the river authority said, after residents complained about low water.</p>"
        + "<p>Engineers will measure salt levels upstream every day, and the weir will be closed again if they rise above the agreed limit.</p>"
        + "<p>Fishing clubs welcomed the decision but said a month was too short to judge whether the fish would return to the upper reaches.</p>"
        + "<p>The authority will publish the measurements on its website every Friday, and hold a public meeting in the town hall in May.</p>"
        + "</div>";
    String html = "<html><body>" + article + letters + "</body></html>";
    List<String> p = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null).paragraphs();
    assertEquals(4, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("The estuary weir"));
  }

  @Test
  void responsiveClassesAreNotFurnitureButHiddenOnesAre() {
    String html = "<html><body><div class='story'>"
        + "<p>The lighthouse will reopen to visitors in April, after a two-year restoration of its lamp room.</p>"
        + "<div class='hidden-xs'><p>Volunteers rebuilt the spiral stair by hand, using oak from a local estate.</p></div>"
        + "<div class='d-none d-print-block'><p>Cite this page: Orwen Courier, the lighthouse story, printed edition.</p></div>"
        + "<p>Tickets will be sold at the harbour office, and children under five go free of charge.</p>"
        + "</div></body></html>";
    List<String> p = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null).paragraphs();
    assertEquals(3, p.size(), p.toString());
    assertTrue(p.get(1).startsWith("Volunteers rebuilt"));
  }

  @Test
  void textInDivsWithLineBreaksIsKept() {
    String html = "<html><body><div id='menu'><a href='/'>Home</a></div><div class='entry'>"
        + "The old lighthouse keeper retired on Friday after forty years, the parish council said.<br><br>"
        + "He will move inland, to his daughter's farm, and plans to keep bees.</div></body></html>";
    List<String> p = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null).paragraphs();
    assertEquals(List.of("The old lighthouse keeper retired on Friday after forty years, the parish council said.",
        "He will move inland, to his daughter's farm, and plans to keep bees."), p, "a blank line ends a paragraph");
  }

  @Test
  void jsonLdBodyReplacesAMarkupGuessThatMissesTheArticle() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      body.append("Sentence ").append(i).append(" of the real story about the tidal mill restoration in Orwen. ");
    }
    String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Mill\","
        + "\"articleBody\":\"" + body + "\"}</script></head><body>"
        + "<div class='teaser'><p>Unrelated teaser text that is long enough to be scored as a paragraph of prose, really.</p></div>"
        + "</body></html>";
    List<String> p = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null).paragraphs();
    assertTrue(String.join(" ", p).contains("tidal mill restoration"), p.toString());
  }

  @Test
  void emptyAndBodilessPagesGiveAProblemNotAnException() {
    HtmlPage empty = extractor.extract(new byte[0], null, null);
    assertTrue(empty.paragraphs().isEmpty());
    assertNotNull(empty.problem());

    HtmlPage headOnly = extractor.extract("<html><head><title>Only a title</title></head></html>".getBytes(StandardCharsets.UTF_8), null, null);
    assertTrue(headOnly.paragraphs().isEmpty());
    assertNotNull(headOnly.problem());
    assertEquals("Only a title", headOnly.title());

    HtmlPage binary = extractor.extract(new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0x7f, 0x10}, null, null);
    assertNotNull(binary.problem());
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    int depth = 20_000;
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(depth));
    html.append("<p>A paragraph at the bottom of a very deep tree, still readable, and still kept by the extractor.</p>");
    html.append("</div>".repeat(depth));
    html.append("</body></html>");
    HtmlPage page = extractor.extract(html.toString().getBytes(StandardCharsets.UTF_8), null, null);
    assertNotNull(page);
    assertTrue(String.join(" ", page.paragraphs()).contains("very deep tree"), page.paragraphs().toString());
  }

  @Test
  void malformedMarkupIsReadAsBrowsersWould() {
    String html = "<html><body><div class='content'><p>First paragraph of the report, unclosed, with a comma, and more"
        + "<p>Second paragraph <b>bold <i>crossed</b> tags</i> and a stray </span> end tag, still the report."
        + "<table><tr><td>cell without table end</div></body>";
    HtmlPage page = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);
    String text = String.join(" ", page.paragraphs());
    assertTrue(text.contains("First paragraph of the report"), text);
    assertTrue(text.contains("Second paragraph bold crossed tags"), text);
  }

  @Test
  void oversizedPagesAreCutAndSaySo() {
    // the usual shape of a huge page: a small article and megabytes of inline script data
    String head = "<html><body><div class='story'><p>The article of a page bloated by inline data, with commas,"
        + " clauses, and a proper full stop.</p><p>A second paragraph, so the story has some body to it.</p></div><script>var d='";
    int size = MainTextExtractor.MAX_BYTES + 4096;
    byte[] big = new byte[size];
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(h, 0, big, 0, h.length);
    java.util.Arrays.fill(big, h.length, size, (byte) 'x');
    HtmlPage page = extractor.extract(big, null, null);
    assertNotNull(page.problem());
    assertTrue(page.problem().contains("cut"), page.problem());
    assertEquals(2, page.paragraphs().size(), page.paragraphs().toString());
  }

  @Test
  void nullBytesAreMisuse() {
    assertThrows(NullPointerException.class, () -> extractor.extract(null, null, null));
  }
}
