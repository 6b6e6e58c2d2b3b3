package org.corroborate.eval.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.corroborate.analysis.attribution.Attribution;
import org.corroborate.model.Rejection;

/**
 * A PolNeAR-style folder: {@code DIR/text/NAME.txt} articles and {@code DIR/attributions/NAME_XXXX.ann}
 * brat files, one per annotator. When an article has several annotators, the first file by sorted
 * name is used (and the others counted), so results are reproducible.
 */
public final class PolnearCorpus {
  private PolnearCorpus() {}

  /** One article with the gold relations of its first annotation file. */
  public record Article(String name, String text, Path annotationFile, int annotationFiles, List<Attribution> gold) {
    public Article {
      gold = List.copyOf(gold);
    }
  }

  /** The articles of a folder and what could not be read. */
  public record Corpus(List<Article> articles, List<Rejection> rejections) {
    public Corpus {
      articles = List.copyOf(articles);
      rejections = List.copyOf(rejections);
    }

    /** Articles with more than one annotation file. */
    public long multiplyAnnotated() {
      return articles.stream().filter(a -> a.annotationFiles() > 1).count();
    }
  }

  /**
   * Reads the folder; {@code limit} caps the number of articles (in sorted name order), 0 for all.
   *
   * @throws IllegalArgumentException when {@code dir} has no {@code text/} and {@code attributions/} folders
   */
  public static Corpus read(Path dir, int limit) throws IOException {
    Path textDir = dir.resolve("text");
    Path annDir = dir.resolve("attributions");
    if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
      throw new IllegalArgumentException(dir + " needs text/ and attributions/ folders (PolNeAR layout)");
    }
    List<Path> texts;
    try (Stream<Path> s = Files.list(textDir)) {
      texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<Path> anns;
    try (Stream<Path> s = Files.list(annDir)) {
      anns = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
    }
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (Path t : texts) {
      if (limit > 0 && articles.size() >= limit) {
        break;
      }
      String file = t.getFileName().toString();
      String name = file.substring(0, file.length() - 4);
      List<Path> mine = anns.stream().filter(a -> {
        String an = a.getFileName().toString();
        return an.startsWith(name + "_") && an.indexOf('_', name.length() + 1) < 0;
      }).toList();
      if (mine.isEmpty()) {
        rejections.add(new Rejection(t.toString(), "no-annotation", "no " + name + "_*.ann in " + annDir));
        continue;
      }
      String text = Files.readString(t, StandardCharsets.UTF_8);
      Path first = mine.get(0);
      BratReader.Result r = BratReader.read(first.toString(), Files.readString(first, StandardCharsets.UTF_8), text);
      rejections.addAll(r.rejections());
      articles.add(new Article(name, text, first, mine.size(), r.relations()));
    }
    return new Corpus(articles, rejections);
  }
}
