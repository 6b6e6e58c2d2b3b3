package org.corroborate.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The project's {@link HtmlExtractor}: decodes the bytes ({@link PageDecoder}), parses them with
 * jsoup, reads the metadata ({@link MetadataReader}) and finds the main text
 * ({@link ContentExtractor}). When the page's JSON-LD carries an {@code articleBody} that the text
 * found in the markup mostly lacks, the markup guess is taken to be wrong and the JSON-LD body is
 * used instead.
 *
 * <p>Work is bounded: pages above {@link #MAX_BYTES} are cut there (and say so in
 * {@link HtmlPage#problem()}), every tree walk is iterative, so nesting depth costs no stack.
 * Thread-safe: no state between calls.
 */
public final class MainTextExtractor implements HtmlExtractor {
  /** Bytes read of one page; beyond this a page is cut (a real article page is far below it). */
  public static final int MAX_BYTES = 10 * 1024 * 1024;
  /** JSON-LD bodies shorter than this many words are not trusted as a fallback. */
  private static final int MIN_LD_WORDS = 50;

  public MainTextExtractor() {}

  @Override
  public HtmlPage extract(byte[] html, Charset declared, String url) {
    Objects.requireNonNull(html, "html");
    if (html.length == 0) {
      return empty(url, "empty input");
    }
    String problem = null;
    byte[] bytes = html;
    if (bytes.length > MAX_BYTES) {
      bytes = java.util.Arrays.copyOf(bytes, MAX_BYTES);
      problem = "page cut at " + MAX_BYTES + " of " + html.length + " bytes";
    }
    PageDecoder.Decoded decoded = PageDecoder.decode(bytes, declared);
    Document doc = Jsoup.parse(decoded.text(), url == null ? "" : url, Parser.htmlParser());
    JsonLd ld = JsonLd.of(doc);
    MetadataReader.Metadata meta = MetadataReader.read(doc, ld, url);
    if (doc.body() == null || doc.body().childNodeSize() == 0) {
      return page(meta, List.of(), join(problem, "no body"));
    }
    ContentExtractor.Result found = ContentExtractor.extract(doc, meta.title());
    List<String> paragraphs = found.paragraphs();
    String ldBody = ldArticleBody(ld);
    if (ldBody != null && words(ldBody) >= MIN_LD_WORDS && coverage(ldBody, paragraphs) < 0.5) {
      paragraphs = splitParagraphs(ldBody);
    }
    if (paragraphs.isEmpty()) {
      return page(meta, paragraphs, join(problem, "no text block found"));
    }
    return page(meta, paragraphs, problem);
  }

  private static HtmlPage page(MetadataReader.Metadata m, List<String> paragraphs, String problem) {
    return new HtmlPage(m.title(), m.byline(), m.published(), m.outlet(), m.language(), m.canonicalUrl(),
        paragraphs, problem);
  }

  private static HtmlPage empty(String url, String problem) {
    return new HtmlPage(null, null, null, null, null, url, List.of(), problem);
  }

  private static String join(String a, String b) {
    return a == null ? b : a + "; " + b;
  }

  private static String ldArticleBody(JsonLd ld) {
    JsonNode article = ld.article();
    String body = JsonLd.text(article, "articleBody");
    if (body == null) {
      return null;
    }
    if (body.indexOf('<') >= 0 && body.indexOf('>') > 0) {
      body = Jsoup.parse(body).body().wholeText();
    }
    return body.strip();
  }

  static List<String> splitParagraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\n")) {
      StringBuilder sb = new StringBuilder();
      BlockSplitter.appendCollapsed(sb, line);
      String t = sb.toString().strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static int words(String s) {
    return Words.tokens(s).size();
  }

  /** The share of the reference text's 4-word shingles found in the paragraphs. */
  static double coverage(String reference, List<String> paragraphs) {
    List<String> ref = Words.tokens(reference);
    List<String> got = Words.tokens(String.join(" ", paragraphs));
    if (ref.size() < 4) {
      return 1;
    }
    Set<String> have = new HashSet<>(Words.shingles(got));
    List<String> want = Words.shingles(ref);
    int hit = 0;
    for (String s : want) {
      if (have.contains(s)) {
        hit++;
      }
    }
    return (double) hit / want.size();
  }
}
