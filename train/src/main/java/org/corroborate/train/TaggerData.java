package org.corroborate.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.analysis.attribution.CueLexicon;
import org.corroborate.analysis.attribution.GoldTags;
import org.corroborate.analysis.attribution.Tag;
import org.corroborate.analysis.nlp.EncoderWindows;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.NlpEngine;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.analysis.nlp.Token;
import org.corroborate.analysis.nlp.TokenEncoder;
import org.corroborate.analysis.nlp.WordPiece;
import org.corroborate.eval.attribution.PolnearCorpus;

/**
 * Training windows for the encoder's token tagger: PolNeAR-style articles tokenised by the
 * analysis' own NLP engine, tagged with the attribution tagger's scheme ({@link GoldTags}: B/I of
 * source, cue, content, and O), cut into word-piece windows by {@link EncoderWindows} exactly as
 * at tagging time. A token's label sits on its first word piece; other pieces, and the context
 * pieces before a window's body, carry no label (-1), so each token is learnt once per epoch.
 */
public final class TaggerData {
  private TaggerData() {}

  /** Most word pieces kept of one token (a long URL), as at tagging time. */
  public static final int MAX_TOKEN_PIECES = TokenEncoder.MAX_TOKEN_PIECES;

  /** One window: word-piece ids with [CLS] and [SEP], and a label per piece (-1: none). */
  public record Sample(long[] ids, int[] labels) {
    public int labelled() {
      int n = 0;
      for (int l : labels) {
        n += l >= 0 ? 1 : 0;
      }
      return n;
    }
  }

  /** The samples and the cue lexicon of the training articles (for the softmax head's model). */
  public record Data(List<Sample> samples, CueLexicon lexicon, int articles, long pieces) {}

  public static Data read(Path dir, int limit, NlpEngine engine, WordPiece wp, int maxPieces, int context, int threads,
      PrintWriter log) throws IOException {
    PolnearCorpus.Corpus corpus = PolnearCorpus.read(dir, limit);
    List<PolnearCorpus.Article> articles = corpus.articles();
    NlpDocument[] docs = new NlpDocument[articles.size()];
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        int k = i;
        done.add(pool.submit(() -> {
          docs[k] = engine.annotate(articles.get(k).text());
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotating a training article failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<Sample> samples = new ArrayList<>();
    List<NlpDocument> docList = new ArrayList<>();
    List<Tag[]> tagList = new ArrayList<>();
    long pieces = 0;
    for (int d = 0; d < docs.length; d++) {
      Tag[] tags = GoldTags.of(docs[d], articles.get(d).gold());
      docList.add(docs[d]);
      tagList.add(tags);
      for (Sample s : samples(docs[d], tags, wp, maxPieces, context)) {
        samples.add(s);
        pieces += s.ids().length;
      }
    }
    log.printf("training data: %d articles (%d rejected lines or files), %d windows, %d word pieces%n", docs.length,
        corpus.rejections().size(), samples.size(), pieces);
    log.flush();
    return new Data(samples, CueLexicon.learn(docList, tagList), docs.length, pieces);
  }

  /** The windows of one tagged document. */
  public static List<Sample> samples(NlpDocument doc, Tag[] tags, WordPiece wp, int maxPieces, int context) {
    List<Token> toks = doc.tokens();
    int[][] pieces = pieces(doc, wp);
    int[] counts = new int[pieces.length];
    for (int i = 0; i < pieces.length; i++) {
      counts[i] = pieces[i].length;
    }
    List<Sample> out = new ArrayList<>();
    for (EncoderWindows.Window w : EncoderWindows.cut(counts, starts(doc), maxPieces, context)) {
      int len = 2;
      for (int i = w.from(); i < w.to(); i++) {
        len += counts[i];
      }
      long[] ids = new long[len];
      int[] labels = new int[len];
      java.util.Arrays.fill(labels, -1);
      int p = 0;
      ids[p++] = wp.cls();
      for (int i = w.from(); i < w.to(); i++) {
        if (i >= w.body() && counts[i] > 0) {
          labels[p] = tags[i].ordinal();
        }
        for (int id : pieces[i]) {
          ids[p++] = id;
        }
      }
      ids[p] = wp.sep();
      if (toks.isEmpty()) {
        continue;
      }
      out.add(new Sample(ids, labels));
    }
    return out;
  }

  static int[][] pieces(NlpDocument doc, WordPiece wp) {
    List<Token> toks = doc.tokens();
    int[][] pieces = new int[toks.size()][];
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      int[] p = wp.pieces(doc.text().substring(t.span().start(), t.span().end()));
      pieces[i] = p.length > MAX_TOKEN_PIECES ? java.util.Arrays.copyOf(p, MAX_TOKEN_PIECES) : p;
    }
    return pieces;
  }

  static int[] starts(NlpDocument doc) {
    return doc.sentences().stream().mapToInt(NlpSentence::firstToken).toArray();
  }
}
