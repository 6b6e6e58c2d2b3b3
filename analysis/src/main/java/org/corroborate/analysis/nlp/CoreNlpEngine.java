package org.corroborate.analysis.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.corroborate.model.Span;

/**
 * The {@link NlpEngine} backed by Stanford CoreNLP 4.5.10; the only class that sees CoreNLP types.
 *
 * <p>Annotators are chosen for speed and for what attribution and entity work need:
 * tokenize + ssplit (a blank line ends a sentence), the left3words POS tagger, Morpha lemmas,
 * optionally the 3-class CRF NER (no SUTime, no numeric or fine-grained classifiers), and
 * optionally the neural UD dependency parser. Coreference, constituency parsing and CoreNLP's own
 * quote attribution are left out: they cost most of CoreNLP's time (see {@code bench analysis}).
 *
 * <p>Instances are immutable after construction and safe to share between threads: each call
 * works on its own {@link Annotation}; the annotators hold only read-only model state.
 * Building one loads models (seconds): use {@link #shared()} for the default one per JVM.
 */
public final class CoreNlpEngine implements NlpEngine {

  /**
   * Which optional annotators run.
   *
   * @param ner   3-class CRF named entities (PERSON, ORGANIZATION, LOCATION)
   * @param parse neural dependency parse (UD), filling {@link Token#head()} and {@link Token#deprel()}
   */
  public record Options(boolean ner, boolean parse) {
    /**
     * What the analysis uses: NER, no parse (the parser alone runs at ~2.6k tokens/s, measured; the
     * shipped attribution model reads no parse).
     */
    public static final Options DEFAULT = new Options(true, false);
    /** NER and the parser: for attribution models trained with syntax features. */
    public static final Options PARSING = new Options(true, true);
  }

  private static final class Holder {
    static final CoreNlpEngine SHARED = new CoreNlpEngine(Options.DEFAULT);
  }

  private static final class ParsingHolder {
    static final CoreNlpEngine SHARED = new CoreNlpEngine(Options.PARSING);
  }

  private final Options options;
  private final List<String> stageNames = new ArrayList<>();
  private final List<Annotator> stages = new ArrayList<>();
  private final List<AtomicLong> stageNanos = new ArrayList<>();
  private final long loadNanos;

  /** Loads the models for {@code options} (slow: build once, share). */
  public CoreNlpEngine(Options options) {
    this.options = Objects.requireNonNull(options, "options");
    long t0 = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("ner.language", "en");
    props.setProperty("depparse.language", "english");
    add("tokenize", new TokenizerAnnotator(false, props));
    add("ssplit", new WordsToSentencesAnnotator(props));
    add("pos", new POSTaggerAnnotator("pos", props));
    add("lemma", new MorphaAnnotator(false));
    if (options.ner()) {
      try {
        add("ner", new NERCombinerAnnotator(props));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the CoreNLP NER model", e);
      }
    }
    if (options.parse()) {
      add("parse", new DependencyParseAnnotator(props));
    }
    loadNanos = System.nanoTime() - t0;
  }

  /** The default engine ({@link Options#DEFAULT}), loaded on first use, one per JVM. */
  public static CoreNlpEngine shared() {
    return Holder.SHARED;
  }

  /**
   * The shared engine with the parser ({@link Options#PARSING}) when {@code parse}, else
   * {@link #shared()}; each loaded on first use, once per JVM.
   */
  public static CoreNlpEngine shared(boolean parse) {
    return parse ? ParsingHolder.SHARED : Holder.SHARED;
  }

  private void add(String name, Annotator annotator) {
    stageNames.add(name);
    stages.add(annotator);
    stageNanos.add(new AtomicLong());
  }

  public Options options() {
    return options;
  }

  /** Time it took to load the models, in nanoseconds. */
  public long loadNanos() {
    return loadNanos;
  }

  /** Nanoseconds spent so far in each stage, summed over all threads, in pipeline order. */
  public Map<String, Long> stageNanos() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      out.put(stageNames.get(i), stageNanos.get(i).get());
    }
    return out;
  }

  @Override
  public NlpDocument annotate(String text) {
    return annotate(text, null);
  }

  @Override
  public NlpDocument annotate(String text, ParseFilter filter) {
    Objects.requireNonNull(text, "text");
    Annotation doc = new Annotation(text);
    int parse = options.parse() ? stages.size() - 1 : stages.size();
    for (int i = 0; i < parse; i++) {
      run(i, doc);
    }
    if (parse == stages.size()) {
      return convert(text, doc);
    }
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (filter == null || all == null) {
      run(parse, doc);
      return convert(text, doc);
    }
    NlpDocument unparsed = convert(text, doc);
    List<CoreMap> wanted = new ArrayList<>();
    for (NlpSentence s : unparsed.sentences()) {
      if (filter.wants(unparsed, s)) {
        wanted.add(all.get(s.index()));
      }
    }
    if (wanted.isEmpty()) {
      return unparsed;
    }
    // the parser annotates each sentence of the list it is given, in place
    Annotation part = new Annotation(text);
    part.set(CoreAnnotations.SentencesAnnotation.class, wanted);
    run(parse, part);
    return convert(text, doc);
  }

  private void run(int stage, Annotation doc) {
    long t0 = System.nanoTime();
    stages.get(stage).annotate(doc);
    stageNanos.get(stage).addAndGet(System.nanoTime() - t0);
  }

  private NlpDocument convert(String text, Annotation doc) {
    List<Token> tokens = new ArrayList<>();
    List<NlpSentence> sentences = new ArrayList<>();
    List<CoreMap> cms = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (cms == null) {
      cms = List.of();
    }
    for (CoreMap cm : cms) {
      int si = sentences.size();
      int first = tokens.size();
      List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
      int n = labels.size();
      int[] heads = new int[n];
      String[] rels = new String[n];
      java.util.Arrays.fill(heads, -2);
      SemanticGraph g = options.parse() ? cm.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) : null;
      if (g != null) {
        for (IndexedWord root : g.getRoots()) {
          heads[root.index() - 1] = -1;
          rels[root.index() - 1] = "root";
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
          int dep = e.getDependent().index() - 1;
          heads[dep] = first + e.getGovernor().index() - 1;
          rels[dep] = e.getRelation().toString();
        }
      }
      for (int k = 0; k < n; k++) {
        CoreLabel cl = labels.get(k);
        int b = clamp(cl.beginPosition(), text.length());
        int e = Math.max(b, clamp(cl.endPosition(), text.length()));
        String ner = cl.ner();
        tokens.add(new Token(first + k, new Span(b, e), cl.word(), cl.lemma() == null ? cl.word() : cl.lemma(),
            cl.tag(), ner == null ? "O" : ner, si, heads[k], rels[k]));
      }
      int sb = tokens.isEmpty() || n == 0 ? 0 : tokens.get(first).span().start();
      int se = n == 0 ? sb : tokens.get(tokens.size() - 1).span().end();
      sentences.add(new NlpSentence(si, new Span(sb, se), first, tokens.size()));
    }
    return new NlpDocument(text, tokens, sentences);
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(v, max));
  }
}
