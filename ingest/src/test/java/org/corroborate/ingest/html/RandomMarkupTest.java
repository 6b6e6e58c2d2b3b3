package org.corroborate.ingest.html;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random tag soup and random bytes: the extractor returns a page, never throws. */
class RandomMarkupTest {
  private static final String[] PIECES = {
    "<div>", "</div>", "<p>", "</p>", "<article>", "</article>", "<a href='x'>", "</a>", "<table>", "<td>", "</tr>",
    "<ul><li>", "</li>", "<script>", "</script>", "<!--", "-->", "<br>", "&amp;", "&#xD800;", "<h2>", "</h2>",
    "<div class='comments'>", "<div class='article-body'>", "<span style='display:none'>", "<figure>", "<figcaption>",
    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":", "\"", "}", "<meta charset='",
    "utf-8'>", "<![CDATA[", "]]>", "<svg><foreignObject>", "<template>", "<frameset>", "<body>", "</html>",
    "Words of a sentence, with commas, and a full stop. ", "Ünïcödé ‘quotes’ — 中文文本。", "\u0000", "\uFFFD"
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
  void tagSoupNeverThrows(long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int n = 200 + r.nextInt(3000);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    HtmlPage page = new MainTextExtractor().extract(sb.toString().getBytes(StandardCharsets.UTF_8), null,
        r.nextBoolean() ? null : "http://example.org/2020/01/02/x");
    assertNotNull(page);
    assertTrue(!page.paragraphs().isEmpty() || page.problem() != null, "empty text always says why");
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 11, 19})
  void randomBytesNeverThrow(long seed) {
    Random r = new Random(seed);
    byte[] b = new byte[1 + r.nextInt(20_000)];
    r.nextBytes(b);
    HtmlPage page = new MainTextExtractor().extract(b, null, "not a url at all");
    assertNotNull(page);
    assertTrue(!page.paragraphs().isEmpty() || page.problem() != null);
  }
}
