package org.corroborate.ingest.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corroborate.ingest.ReadSink;
import org.corroborate.ingest.ReadSummary;
import org.corroborate.ingest.Readers;
import org.corroborate.model.Article;
import org.corroborate.model.Rejection;

/**
 * Writes a corpus of hostile and broken inputs to a folder, each with what reading it must give:
 * binary files, empty files, a 2 GB sparse file, HTML without a body or nested 100,000 deep, a
 * 10 GB gzip bomb (10 MB on disk), truncated WARC and gzip, invalid UTF-8, UTF-16 without BOM,
 * billion laughs and external entities, JSON Lines with a bad line, a 20 MB line, unreadable files,
 * a symbolic-link loop and more. Disk cost is about 120 MB (the sparse file takes none).
 *
 * <p>From the command line: {@code HostileCorpus <empty-or-new-folder>} writes the corpus, reads it
 * with {@link Readers#standard()} and prints, per case, the articles and rejection reasons, and
 * whether that matches the expectation.
 */
public final class HostileCorpus {
  private HostileCorpus() {}

  /**
   * One input of the corpus and what must come of it.
   *
   * @param path        the file or directory, relative to the corpus folder
   * @param minArticles articles that must come out of it
   * @param reasons     the rejection reasons allowed
   * @param mustReject  whether at least one rejection must come (else articles alone are fine)
   * @param why         what it tests
   */
  public record Case(String path, int minArticles, Set<String> reasons, boolean mustReject, String why) {
    Case(String path, int minArticles, Set<String> reasons, String why) {
      this(path, minArticles, reasons, minArticles == 0 && !reasons.isEmpty(), why);
    }
  }

  private static final String BODY = "The harbour authority of Port Selden said on Tuesday that the northern pier"
      + " would stay closed until repairs are finished, which could take several weeks.";

  /** Writes the corpus into {@code dir} (created if needed) and returns its cases. */
  public static List<Case> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (var entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalArgumentException("the hostile corpus needs a new or empty folder: " + dir);
      }
    }
    List<Case> cases = new ArrayList<>();
    Random random = new Random(20240522L);

    put(dir, "empty.txt", new byte[0]);
    cases.add(new Case("empty.txt", 0, Set.of("empty"), "an empty file"));
    put(dir, "whitespace.txt", " \n\n\t \r\n".getBytes(StandardCharsets.US_ASCII));
    cases.add(new Case("whitespace.txt", 0, Set.of("empty"), "only white space"));
    put(dir, "bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    cases.add(new Case("bom-only.txt", 0, Set.of("empty"), "a UTF-8 byte-order mark and nothing else"));
    byte[] png = new byte[4096];
    random.nextBytes(png);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
    put(dir, "image.png", png);
    cases.add(new Case("image.png", 0, Set.of("binary"), "a PNG image"));
    put(dir, "archive-named.txt", zip());
    cases.add(new Case("archive-named.txt", 0, Set.of("binary"), "a ZIP archive named .txt"));
    put(dir, "document.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII));
    cases.add(new Case("document.pdf", 0, Set.of("binary"), "a PDF"));
    put(dir, "nul-bytes.txt", ("Some text\0with NUL\0bytes in it.\n" + BODY).getBytes(StandardCharsets.US_ASCII));
    cases.add(new Case("nul-bytes.txt", 0, Set.of("binary"), "text with NUL bytes"));
    byte[] noise = new byte[65536];
    random.nextBytes(noise);
    put(dir, "random.bin", noise);
    cases.add(new Case("random.bin", 0, Set.of("binary"), "64 KiB of random bytes"));
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("sparse-2g.txt").toFile(), "rw")) {
      f.write(bigText(16 * 1024));
      f.setLength((2L << 30) + 1);
    }
    cases.add(new Case("sparse-2g.txt", 0, Set.of("too-large"), "a 2 GB sparse file starting with text"));
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("sparse-9g.warc").toFile(), "rw")) {
      f.setLength(9L << 30);
    }
    cases.add(new Case("sparse-9g.warc", 0, Set.of("too-large"), "a 9 GB sparse file (over maxInputBytes)"));
    put(dir, "archive.tar", tar());
    cases.add(new Case("archive.tar", 0, Set.of("binary"), "a tar archive"));
    put(dir, "control-chars.txt", controlChars(random));
    cases.add(new Case("control-chars.txt", 0, Set.of("encoding"), "control characters, no NUL"));

    put(dir, "no-body.html", "<!DOCTYPE html><html><head><title>Nothing</title></head></html>".getBytes(StandardCharsets.UTF_8));
    cases.add(new Case("no-body.html", 0, Set.of("no-text"), "HTML without a body"));
    put(dir, "script-only.html", "<html><body><script>var a = 1;</script><style>p{}</style></body></html>".getBytes(StandardCharsets.UTF_8));
    cases.add(new Case("script-only.html", 0, Set.of("no-text"), "HTML whose body is only script"));
    put(dir, "deep-nesting.html", deepHtml(100_000));
    cases.add(new Case("deep-nesting.html", 0, Set.of("no-text", "too-deep"), false, "HTML nested 100,000 levels deep"));
    put(dir, "unclosed-tags.html", ("<html><body>" + "<p><b><i>".repeat(2000) + BODY).getBytes(StandardCharsets.UTF_8));
    cases.add(new Case("unclosed-tags.html", 0, Set.of("no-text", "too-deep"), false, "thousands of unclosed inline tags"));

    gzipBomb(dir.resolve("bomb.txt.gz"), 10L << 30, (byte) ' ');
    cases.add(new Case("bomb.txt.gz", 0, Set.of("gzip-bomb"), "10 GB of spaces gzipped (10 MB)"));
    gzipBomb(dir.resolve("zeros.gz"), 1L << 30, (byte) 0);
    cases.add(new Case("zeros.gz", 0, Set.of("binary", "gzip-bomb"), "1 GB of zero bytes gzipped (1 MB)"));
    byte[] textGz = gzip(("A story\n\n" + (BODY + "\n\n").repeat(200)).getBytes(StandardCharsets.UTF_8));
    put(dir, "truncated.txt.gz", Arrays.copyOf(textGz, textGz.length / 2));
    cases.add(new Case("truncated.txt.gz", 0, Set.of("truncated"), "a gzip file cut in half"));
    byte[] corrupt = Arrays.copyOf(textGz, textGz.length);
    for (int i = 20; i < corrupt.length - 8; i += 7) {
      corrupt[i] ^= 0x5A;
    }
    put(dir, "corrupt.gz", corrupt);
    cases.add(new Case("corrupt.gz", 0, Set.of("corrupt-gzip", "truncated", "binary", "encoding"), "gzip with flipped bits"));
    put(dir, "double.txt.gz", gzip(gzip(BODY.getBytes(StandardCharsets.UTF_8))));
    cases.add(new Case("double.txt.gz", 0, Set.of("binary"), "gzip inside gzip"));
    put(dir, "gzipped-html.dat", gzip(page("Gzip sniffed", BODY).getBytes(StandardCharsets.UTF_8)));
    cases.add(new Case("gzipped-html.dat", 1, Set.of(), "gzipped HTML without a .gz name"));

    byte[] warc = concat(
        gzip(warcRecord("warcinfo", null, "application/warc-fields", "software: hostile\r\n".getBytes(StandardCharsets.UTF_8))),
        gzip(warcResponse("https://news.example/one", "text/html; charset=utf-8", page("One", BODY).getBytes(StandardCharsets.UTF_8))),
        gzip(warcResponse("https://news.example/two", "text/html", page("Two", BODY + " Two.").getBytes(StandardCharsets.UTF_8))),
        gzip(warcResponse("https://news.example/three", "text/html", page("Three", BODY + " Three.").getBytes(StandardCharsets.UTF_8))));
    put(dir, "truncated.warc.gz", Arrays.copyOf(warc, warc.length - 40));
    cases.add(new Case("truncated.warc.gz", 2, Set.of("truncated", "warc-skipped"), "a WARC cut inside its last record"));
    put(dir, "images-only.warc", concat(warcResponse("https://news.example/a.png", "image/png", png),
        warcResponse("https://news.example/b.css", "text/css", "p{}".getBytes(StandardCharsets.UTF_8))));
    cases.add(new Case("images-only.warc", 0, Set.of("not-html"), "a WARC without HTML"));
    byte[] zeros = new byte[80 << 20];
    put(dir, "http-bomb.warc", warcRecord("response", "https://news.example/bomb", "application/http; msgtype=response",
        concat("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
            gzip(zeros))));
    cases.add(new Case("http-bomb.warc", 0, Set.of("too-large", "gzip-bomb"), "a WARC response gzipped 80 MB of zeros"));
    put(dir, "bad-length.warc", ("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nxyz").getBytes(StandardCharsets.US_ASCII));
    cases.add(new Case("bad-length.warc", 0, Set.of("malformed-warc"), "a WARC record without a valid length"));
    put(dir, "endless-header.warc", ("WARC/1.0\r\nX: " + "a".repeat(200_000)).getBytes(StandardCharsets.US_ASCII));
    cases.add(new Case("endless-header.warc", 0, Set.of("malformed-warc"), "a WARC header line of 200 KB"));

    put(dir, "invalid-utf8.txt", invalidUtf8());
    cases.add(new Case("invalid-utf8.txt", 1, Set.of(), "UTF-8 with invalid bytes"));
    put(dir, "utf16-no-bom.txt", ("Utf-16 story\n\n" + BODY).getBytes(StandardCharsets.UTF_16LE));
    cases.add(new Case("utf16-no-bom.txt", 1, Set.of(), "UTF-16LE without a BOM"));
    put(dir, "mojibake.txt", ("Mojibake\n\n" + new String(("It\u2019s the \u201cport\u201d caf\u00e9. " + BODY)
        .getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"))).getBytes(StandardCharsets.UTF_8));
    cases.add(new Case("mojibake.txt", 1, Set.of(), "UTF-8 once read as windows-1252"));
    put(dir, "cr-only.txt", ("Old Mac\r\r" + BODY + "\r\r" + BODY).getBytes(StandardCharsets.US_ASCII));
    cases.add(new Case("cr-only.txt", 1, Set.of(), "CR line ends"));
    put(dir, "one-char.txt", "a".getBytes(StandardCharsets.US_ASCII));
    cases.add(new Case("one-char.txt", 0, Set.of("no-text"), "a single character"));
    put(dir, "ten-mb-word.txt", "x".repeat(10 << 20).getBytes(StandardCharsets.US_ASCII));
    cases.add(new Case("ten-mb-word.txt", 0, Set.of("too-large"), "one 10 MB word (over maxTextChars)"));
    put(dir, "seventy-mb.txt", bigText(70 << 20));
    cases.add(new Case("seventy-mb.txt", 0, Set.of("too-large"), "a 70 MB text (over maxDocumentBytes)"));

    put(dir, "billion-laughs.xml", billionLaughs().getBytes(StandardCharsets.UTF_8));
    cases.add(new Case("billion-laughs.xml", 0, Set.of("xml-entities"), "XML entity expansion bomb"));
    put(dir, "xxe.rss", ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        + "<rss><channel><title>t</title><item><title>a</title><description>&x;</description></item></channel></rss>")
        .getBytes(StandardCharsets.UTF_8));
    cases.add(new Case("xxe.rss", 0, Set.of("xml-entities"), "an external entity"));
    put(dir, "deep.rss", ("<rss><channel><title>t</title><item><title>d</title><description>"
        + "<x>".repeat(100_000) + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
    cases.add(new Case("deep.rss", 0, Set.of("too-deep", "malformed-xml"), "XML nested 100,000 deep"));
    put(dir, "comments.xml", ("<?xml version=\"1.0\"?>" + "<!-- -->".repeat(20_000) + "<rss><channel><title>C</title>"
        + "<item><title>After comments</title><description>" + BODY + "</description></item></channel></rss>")
        .getBytes(StandardCharsets.UTF_8));
    cases.add(new Case("comments.xml", 1, Set.of(), "a feed behind 20,000 comments (regex recursion)"));
    put(dir, "sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://a.example/</loc></url></urlset>"
        .getBytes(StandardCharsets.UTF_8));
    cases.add(new Case("sitemap.xml", 0, Set.of("unsupported-format"), "XML that is not a feed"));
    StringBuilder many = new StringBuilder("<rss><channel><title>Many</title>");
    for (int i = 0; i <= 10_000; i++) {
      many.append("<item><title>N").append(i).append("</title><description>Item number ").append(i)
          .append(" of a very long feed.</description></item>");
    }
    put(dir, "many-items.rss", many.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
    cases.add(new Case("many-items.rss", 10_000, Set.of("limit-exceeded"), "10,001 items (over maxFeedItems)"));
    put(dir, "bad-item.rss", ("<rss><channel><title>Feed</title>"
        + "<item><title>Good</title><description>" + BODY + "</description></item>"
        + "<item><title>Empty</title></item>"
        + "<item><title>Good too</title><description>" + BODY + " Again.</description></item></channel></rss>")
        .getBytes(StandardCharsets.UTF_8));
    cases.add(new Case("bad-item.rss", 2, Set.of("no-text"), "a feed with an item without text"));
    put(dir, "broken.atom", ("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title>"
        + "<entry><title>Fine</title><content>" + BODY + "</content></entry>"
        + "<entry><title>Bro<ken</title><content>x</content></entry></feed>").getBytes(StandardCharsets.UTF_8));
    cases.add(new Case("broken.atom", 1, Set.of("malformed-xml"), "an Atom feed broken after its first entry"));

    put(dir, "bad-middle.jsonl", ("{\"title\":\"A\",\"text\":\"" + BODY + "\"}\n{\"title\": \"B\", oops}\n"
        + "{\"title\":\"C\",\"text\":\"" + BODY + " C.\"}\n").getBytes(StandardCharsets.UTF_8));
    cases.add(new Case("bad-middle.jsonl", 2, Set.of("malformed-json"), "JSON Lines with a bad line in the middle"));
    put(dir, "huge-line.jsonl", hugeLine(20 << 20));
    cases.add(new Case("huge-line.jsonl", 1, Set.of("line-too-long"), "a 20 MB JSON line among good ones"));
    put(dir, "deep.json", "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
    cases.add(new Case("deep.json", 0, Set.of("too-deep"), "JSON nested 100,000 deep"));
    put(dir, "utf16.jsonl", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        ("{\"text\":\"x\"}\n{\"text\":\"y\"}\n").getBytes(StandardCharsets.UTF_16LE)));
    cases.add(new Case("utf16.jsonl", 0, Set.of("encoding"), "JSON Lines in UTF-16"));

    Path locked = Files.createDirectories(dir.resolve("unreadable"));
    put(locked, "secret.txt", ("Locked\n\n" + BODY).getBytes(StandardCharsets.UTF_8));
    Path lockedDir = Files.createDirectories(locked.resolve("closed"));
    put(lockedDir, "inside.txt", ("Closed\n\n" + BODY).getBytes(StandardCharsets.UTF_8));
    setPermissions(locked.resolve("secret.txt"), "---------");
    setPermissions(lockedDir, "---------");
    cases.add(new Case("unreadable", 0, Set.of("unreadable"), false, "files and folders without read permission"
        + " (root reads them anyway)"));
    Path loop = Files.createDirectories(dir.resolve("loop"));
    put(loop, "story.txt", ("Loop story\n\n" + BODY).getBytes(StandardCharsets.UTF_8));
    Files.createSymbolicLink(loop.resolve("again"), Path.of(".."));
    cases.add(new Case("loop", 1, Set.of("symlink-loop"), "a symbolic link to its parent"));
    Files.createSymbolicLink(dir.resolve("dangling.txt"), Path.of("no-such-target.txt"));
    cases.add(new Case("dangling.txt", 0, Set.of("unreadable"), "a link to nothing"));
    if (mkfifo(dir.resolve("pipe.txt"))) {
      cases.add(new Case("pipe.txt", 0, Set.of("not-a-file"), "a named pipe (reading it would block)"));
    }
    return cases;
  }

  /** Gives back the permissions the corpus took away, so that the folder can be deleted by its owner. */
  public static void restorePermissions(Path dir) {
    setPermissions(dir.resolve("unreadable").resolve("closed"), "rwx------");
    setPermissions(dir.resolve("unreadable").resolve("secret.txt"), "rw-------");
  }

  /** Reads a written corpus and checks each case: the outcome per case, and the failures found. */
  public record Outcome(Case c, int articles, Map<String, Integer> reasons, List<String> problems) {}

  public record Result(List<Outcome> outcomes, ReadSummary summary, List<String> problems) {}

  public static Result check(Path dir, List<Case> cases, Readers readers) {
    Map<String, int[]> articles = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> reasons = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Case c : cases) {
      articles.put(c.path(), new int[1]);
      reasons.put(c.path(), new TreeMap<>());
    }
    String root = dir.toString();
    ReadSink sink = new ReadSink() {
      @Override
      public void accept(Article a) {
        String c = caseOf(root, a.sources().get(0).path(), articles.keySet());
        if (c == null) {
          problems.add("an article from no case: " + a.sources().get(0).path());
        } else {
          articles.get(c)[0]++;
          if (a.text().contains("\u00e2\u20ac") || a.text().contains("\u00c3\u00a9")) {
            problems.add(c + ": mojibake in the output");
          }
        }
      }

      @Override
      public void reject(Rejection r) {
        String c = caseOf(root, r.source(), articles.keySet());
        if (c == null) {
          problems.add("a rejection from no case: " + r);
        } else {
          reasons.get(c).merge(r.reason(), 1, Integer::sum);
        }
      }
    };
    ReadSummary summary = readers.read(List.of(dir), sink);
    List<Outcome> outcomes = new ArrayList<>();
    for (Case c : cases) {
      List<String> p = new ArrayList<>();
      int a = articles.get(c.path())[0];
      Map<String, Integer> rs = reasons.get(c.path());
      if (a < c.minArticles()) {
        p.add("expected at least " + c.minArticles() + " articles, got " + a);
      }
      for (String reason : rs.keySet()) {
        if (!c.reasons().contains(reason)) {
          p.add("unexpected rejection reason " + reason);
        }
      }
      if (a == 0 && rs.isEmpty()) {
        p.add("nothing came out: the input is lost");
      }
      if (c.mustReject() && rs.isEmpty()) {
        p.add("expected a rejection (" + c.reasons() + ")");
      }
      p.forEach(x -> problems.add(c.path() + ": " + x));
      outcomes.add(new Outcome(c, a, rs, p));
    }
    return new Result(outcomes, summary, problems);
  }

  private static String caseOf(String root, String source, Set<String> cases) {
    String rel = source.startsWith(root + "/") ? source.substring(root.length() + 1) : source;
    for (String c : cases) {
      if (rel.equals(c) || rel.startsWith(c + "!/") || rel.startsWith(c + "/")) {
        return c;
      }
    }
    return null;
  }

  /** Writes the corpus to the folder given, reads it, prints the outcome per case. */
  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    if (args.length != 1) {
      out.println("usage: HostileCorpus <new-or-empty-folder>");
      return;
    }
    Path dir = Path.of(args[0]);
    List<Case> cases;
    try {
      cases = write(dir);
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      return;
    }
    long t0 = System.nanoTime();
    Result r = check(dir, cases, Readers.standard());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    for (Outcome o : r.outcomes()) {
      out.printf("%-22s articles=%-3d rejections=%-40s %s%n", o.c().path(), o.articles(), o.reasons(),
          o.problems().isEmpty() ? "ok" : "FAIL " + o.problems());
    }
    out.printf("%d cases, %d files, %d articles, rejections by reason %s, %d problems, %d ms%n",
        cases.size(), r.summary().files(), r.summary().articles(), r.summary().rejectionsByReason(), r.problems().size(), ms);
  }

  // ---- generators ----

  private static void put(Path dir, String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
  }

  private static void setPermissions(Path p, String perms) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    } catch (UnsupportedOperationException | IOException e) {
      // A file system without POSIX permissions: the case is then a readable file, which is fine.
    }
  }

  private static boolean mkfifo(Path p) {
    try {
      Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
      proc.getInputStream().readAllBytes();
      return proc.waitFor() == 0 && Files.exists(p);
    } catch (IOException e) {
      return false;  // no mkfifo on this system: the case is left out
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>"
        + body + "</p><p>" + body + " More.</p></article></body></html>";
  }

  private static byte[] deepHtml(int depth) {
    StringBuilder sb = new StringBuilder(depth * 11 + 200);
    sb.append("<html><body>");
    sb.append("<div>".repeat(depth)).append("<p>").append(BODY).append("</p>").append("</div>".repeat(depth));
    return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] controlChars(Random random) {
    byte[] b = new byte[4096];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (1 + random.nextInt(31));
    }
    return b;
  }

  private static byte[] invalidUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("Invalid bytes\n\nThe na\u00efve ".getBytes(StandardCharsets.UTF_8));
    out.writeBytes(new byte[] {(byte) 0xC3, '(', (byte) 0x80, (byte) 0xFF, (byte) 0xE2, (byte) 0x82});
    out.writeBytes((" reporter wrote: " + BODY).getBytes(StandardCharsets.UTF_8));
    out.write(0xE9);
    return out.toByteArray();
  }

  private static byte[] bigText(int size) {
    byte[] para = (BODY + "\n\n").getBytes(StandardCharsets.US_ASCII);
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = para[i % para.length];
    }
    return b;
  }

  private static byte[] hugeLine(int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(size + 1000);
    out.writeBytes(("{\"title\":\"Before\",\"text\":\"" + BODY + "\"}\n{\"text\":\"").getBytes(StandardCharsets.UTF_8));
    byte[] filler = new byte[size];
    Arrays.fill(filler, (byte) 'y');
    out.writeBytes(filler);
    out.writeBytes(("\"}\n{\"title\":\"After\",\"text\":\"" + BODY + " After.\"}\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String billionLaughs() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      sb.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10))
          .append("\">\n");
    }
    return sb.append("]>\n<rss><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description>"
        + "</item></channel></rss>\n").toString();
  }

  private static byte[] tar() {
    byte[] t = new byte[1024];
    byte[] name = "story.txt".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(name, 0, t, 0, name.length);
    System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, t, 257, 5);
    byte[] body = BODY.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(body, 0, t, 512, Math.min(body.length, 512));
    return t;
  }

  private static byte[] zip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("story.txt"));
      z.write(BODY.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A gzip file of {@code total} bytes {@code fill}: one member of 64 MiB written again and again (concatenated members). */
  private static void gzipBomb(Path p, long total, byte fill) throws IOException {
    int chunk = 64 << 20;
    ByteArrayOutputStream member = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(member, 1 << 16)) {
      byte[] zeros = new byte[1 << 20];
      Arrays.fill(zeros, fill);
      for (int i = 0; i < chunk / zeros.length; i++) {
        g.write(zeros);
      }
    }
    byte[] m = member.toByteArray();
    try (OutputStream out = Files.newOutputStream(p)) {
      for (long written = 0; written < total; written += chunk) {
        out.write(m);
      }
    }
  }

  private static byte[] warcRecord(String type, String uri, String contentType, byte[] block) {
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + Math.abs((type + uri).hashCode()) + ">\r\n"
        + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n") + "WARC-Date: 2024-05-22T10:00:00Z\r\n"
        + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  private static byte[] warcResponse(String uri, String contentType, byte[] body) {
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1), body);
    return warcRecord("response", uri, "application/http; msgtype=response", http);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
