package org.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.corroborate.ingest.html.MainTextExtractor;
import org.corroborate.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
  @TempDir
  Path dir;

  private final Readers readers = Readers.standard(ReaderConfig.defaults(), new MainTextExtractor(), Collect.CLOCK);

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void walksDirectoriesInNameOrderAndDispatchesByFormat() throws IOException {
    Path news = Files.createDirectories(dir.resolve("news"));
    Path sub = Files.createDirectories(news.resolve("b-sub"));
    Files.writeString(news.resolve("c.txt"), "Third title\n\nThird body text.");
    Files.writeString(news.resolve("a.txt"), "First title\n\nFirst body text.");
    Files.writeString(sub.resolve("z.jsonl"), "{\"title\":\"J1\",\"text\":\"Json one.\"}\n{\"title\":\"J2\",\"text\":\"Json two.\"}\n");
    Files.write(sub.resolve("page.html.gz"), gzip("<html><body><p>A page paragraph that is long enough to count as text.</p></body></html>"));
    Files.writeString(news.resolve("d.rss"), "<rss><channel><title>F</title><item><title>R</title><description>Feed text.</description></item></channel></rss>");
    Files.write(news.resolve("e.bin"), new byte[] {0, 1, 2, 3});
    Files.write(news.resolve("f.txt"), new byte[0]);
    Collect c = new Collect();
    List<ReadProgress.Progress> progress = new ArrayList<>();
    ReadSummary s = readers.read(List.of(news), c, progress::add);
    List<String> order = c.all.stream().map(o -> o instanceof Article a ? a.sources().get(0).path() : ((org.corroborate.model.Rejection) o).source()).toList();
    String n = news.toString();
    assertEquals(List.of(n + "/a.txt", n + "/b-sub/page.html.gz", n + "/b-sub/z.jsonl!/line/1", n + "/b-sub/z.jsonl!/line/2",
        n + "/c.txt", n + "/d.rss!/item/1", n + "/e.bin", n + "/f.txt"), order);
    assertEquals(List.of("binary", "empty"), c.reasons());
    assertEquals("html", c.articles.get(1).sources().get(0).kind());
    assertEquals("jsonl", c.articles.get(2).sources().get(0).kind());
    assertEquals("rss", c.articles.get(5).sources().get(0).kind());
    assertEquals(7, s.files());
    assertEquals(6, s.articles());
    assertEquals(2, s.rejections());
    assertEquals(7, progress.size());
    assertEquals(7, progress.get(6).filesDone());
    assertEquals(s.bytes(), progress.get(6).bytesDone());
  }

  @Test
  void dataAndCodeFilesAreNotArticles() throws IOException {
    Files.writeString(dir.resolve("table.csv"), "a,b\n1,2\n");
    Files.writeString(dir.resolve("app.js"), "console.log('x');\n");
    Collect c = new Collect();
    readers.read(List.of(dir), c);
    assertEquals(List.of("unsupported-format", "unsupported-format"), c.reasons());
  }

  @Test
  void symlinkLoopsAreRejectedNotFollowed() throws IOException {
    Path d = Files.createDirectories(dir.resolve("d"));
    Files.writeString(d.resolve("s.txt"), "Title\n\nBody text here.");
    Files.createSymbolicLink(d.resolve("up"), Path.of(".."));
    Collect c = new Collect();
    readers.read(List.of(d), c);
    assertEquals(1, c.articles.size());
    assertEquals(List.of("symlink-loop"), c.reasons());
  }

  @Test
  void limitsAreEnforcedAndMisuseFailsFast() throws IOException {
    Files.writeString(dir.resolve("big.txt"), "Title\n\n" + "word ".repeat(1000));
    Readers small = Readers.standard(ReaderConfig.defaults().withMaxInputBytes(100), new MainTextExtractor(), Collect.CLOCK);
    Collect c = new Collect();
    small.read(List.of(dir.resolve("big.txt")), c);
    assertEquals(List.of("too-large"), c.reasons());
    assertThrows(IllegalArgumentException.class, () -> ReaderConfig.defaults().withMaxLineBytes(0));
    assertThrows(NullPointerException.class, () -> readers.read(List.of(dir), null));
    Collect m = new Collect();
    readers.read(List.of(dir.resolve("missing.txt")), m);
    assertEquals(List.of("unreadable"), m.reasons());
  }

  @Test
  void progressWithinALargeFile() throws IOException {
    StringBuilder sb = new StringBuilder();
    String line = "{\"text\":\"" + "word ".repeat(200) + "\"}\n";
    while (sb.length() < (9 << 20)) {
      sb.append(line);
    }
    Files.writeString(dir.resolve("big.jsonl"), sb);
    List<Long> positions = new ArrayList<>();
    ReadProgress p = new ReadProgress() {
      @Override
      public void fileDone(Progress progress) {
        positions.add(-1L);
      }

      @Override
      public void inFile(String source, long bytesRead, long fileBytes) {
        positions.add(bytesRead);
      }
    };
    ReadSummary s = readers.read(List.of(dir.resolve("big.jsonl")), new Collect(), p);
    assertEquals(0, s.rejections());
    assertEquals(2, positions.size(), positions.toString());
    assertTrue(positions.get(0) >= 8 << 20, positions.toString());
    assertEquals(-1L, positions.get(1));
  }

  @Test
  void walkAndArchiveLimits() throws IOException {
    Path deep = dir.resolve("a/b/c");
    Files.createDirectories(deep);
    Files.writeString(deep.resolve("x.txt"), "T\n\nBody.");
    for (int i = 0; i < 5; i++) {
      Files.writeString(dir.resolve("f" + i + ".txt"), "T\n\nBody " + i + ".");
    }
    Collect shallow = new Collect();
    Readers.standard(ReaderConfig.defaults().withMaxDirectoryDepth(2), new MainTextExtractor(), Collect.CLOCK)
        .read(List.of(dir.resolve("a")), shallow);
    assertEquals(List.of("too-deep"), shallow.reasons());
    Collect few = new Collect();
    ReadSummary s = Readers.standard(ReaderConfig.defaults().withMaxFiles(3), new MainTextExtractor(), Collect.CLOCK)
        .read(List.of(dir), few);
    assertEquals(3, few.articles.size());
    assertEquals(List.of("limit-exceeded"), few.reasons());
    assertEquals(4, s.files());

    String rec = "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n";
    Files.writeString(dir.resolve("r.warc"), rec.repeat(5));
    Collect w = new Collect();
    Readers.standard(ReaderConfig.defaults().withMaxWarcRecords(2), new MainTextExtractor(), Collect.CLOCK)
        .read(List.of(dir.resolve("r.warc")), w);
    assertEquals(List.of("limit-exceeded", "warc-skipped"), w.reasons());

    Files.write(dir.resolve("big.txt.gz"), gzip("T\n\n" + "Words and more words. ".repeat(100_000)));
    Collect g = new Collect();
    Readers.standard(ReaderConfig.defaults().withMaxDecompressedBytes(100_000), new MainTextExtractor(), Collect.CLOCK)
        .read(List.of(dir.resolve("big.txt.gz")), g);
    assertEquals(List.of("gzip-bomb"), g.reasons());
    assertTrue(g.rejections.get(0).detail().contains("maxDecompressedBytes"), g.rejections.get(0).detail());
  }

  @Test
  void configFromAString() {
    ReaderConfig c = ReaderConfig.defaults().with("maxInputBytes=2g, maxFeedItems=500,maxLineBytes=64k");
    assertEquals(2L << 30, c.maxInputBytes());
    assertEquals(500, c.maxFeedItems());
    assertEquals(65536, c.maxLineBytes());
    assertEquals(ReaderConfig.defaults().maxDocumentBytes(), c.maxDocumentBytes());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.with("maxFeedItem=3"));
    assertTrue(e.getMessage().contains("maxFeedItem"));
    assertThrows(IllegalArgumentException.class, () -> c.with("maxFeedItems=lots"));
    assertThrows(IllegalArgumentException.class, () -> c.with("maxFeedItems=-1"));
    assertThrows(IllegalArgumentException.class, () -> c.with("maxDocumentBytes=8g"));
  }

  @Test
  void gzipBombStopsAtTheRatioLimit() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 40; i++) {
        g.write(spaces);
      }
    }
    Files.write(dir.resolve("b.txt.gz"), out.toByteArray());
    Collect c = new Collect();
    readers.read(List.of(dir.resolve("b.txt.gz")), c);
    assertEquals(List.of("gzip-bomb"), c.reasons());
    assertTrue(c.rejections.get(0).detail().contains("ratio"), c.rejections.get(0).detail());
  }

  @Test
  void aFailingSinkFailsTheReadInsteadOfPassingForABadInput() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "A title\n\nA body of text.");
    Files.writeString(dir.resolve("b.jsonl"), "{\"title\":\"J1\",\"text\":\"Json one.\"}\n");
    List<org.corroborate.model.Rejection> rejected = new ArrayList<>();
    ReadSink failing = new ReadSink() {
      @Override
      public void accept(Article article) {
        throw new IllegalStateException("store is closed");
      }

      @Override
      public void reject(org.corroborate.model.Rejection rejection) {
        rejected.add(rejection);
      }
    };
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> readers.read(List.of(dir), failing));
    assertEquals("store is closed", e.getMessage());
    assertTrue(rejected.isEmpty(), "not recorded as a bad input: " + rejected);
    Input one = new Input(dir.resolve("b.jsonl").toString(), Files.size(dir.resolve("b.jsonl")),
        () -> Files.newInputStream(dir.resolve("b.jsonl")));
    assertThrows(IllegalStateException.class, () -> readers.read(one, failing));
    assertTrue(rejected.isEmpty(), "not recorded as a bad input: " + rejected);
  }
}
