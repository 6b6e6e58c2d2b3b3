package org.corroborate.analysis.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.NlpEngine;
import org.corroborate.analysis.nlp.TokenEncoder;

/**
 * Finds attributions (who said what: source, cue, content) in an annotated article.
 *
 * <p>A tag sequence model ({@link AttributionModel}: averaged structured perceptron, Viterbi)
 * labels each token as part of a source, cue or content or none; {@link RelationBuilder} groups
 * the labelled fragments into relations around their cues. The shipped model,
 * {@value #MODEL_RESOURCE}, was trained on the PolNeAR v1.0.0 train split (840 articles) with
 * {@code corroborate train attribution DIR/train --out FILE}; see {@link AttributionTrainer}.
 *
 * <p>Immutable and thread-safe; build once ({@link #shared()}).
 */
public final class AttributionExtractor {
  public static final String MODEL_RESOURCE = "/org/corroborate/analysis/attribution/attribution-model.bin.gz";

  private static final class Holder {
    static final AttributionExtractor SHARED = new AttributionExtractor(loadDefaultModel());
  }

  private final AttributionModel model;

  private final TokenEncoder encoder;

  /** Loads the {@link TokenEncoder} now when the model reads token vectors. */
  public AttributionExtractor(AttributionModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.encoder = model.denseDimension() > 0 ? TokenEncoder.attribution() : null;
    if (encoder != null && encoder.dimension() != model.denseDimension()) {
      throw new IllegalArgumentException("the attribution model reads token vectors of length " + model.denseDimension()
          + ", the token encoder makes " + encoder.dimension());
    }
  }

  /** The extractor with the shipped model, loaded on first use. */
  public static AttributionExtractor shared() {
    return Holder.SHARED;
  }

  /** Reads the shipped model from the class path. */
  public static AttributionModel loadDefaultModel() {
    try (InputStream in = AttributionExtractor.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("attribution model " + MODEL_RESOURCE + " is not on the class path");
      }
      return AttributionModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the attribution model " + MODEL_RESOURCE, e);
    }
  }

  public AttributionModel model() {
    return model;
  }

  /**
   * The sentences this extractor wants parsed in the documents it is given (pass it to
   * {@link NlpEngine#annotate(String, NlpEngine.ParseFilter)}), or null when it reads no parse.
   */
  public NlpEngine.ParseFilter parseFilter() {
    return model.parseFilter();
  }

  /** The attributions of {@code doc}, in text order of their cues; spans are offsets into {@code doc.text()}. */
  public List<Attribution> extract(NlpDocument doc) {
    return extract(doc, vectors(doc));
  }

  /**
   * The token vectors the model reads ({@link TokenEncoder#encode}), or null when it reads none:
   * the costliest step of the extraction, apart so that it can be timed on its own.
   */
  public float[][] vectors(NlpDocument doc) {
    return encoder == null ? null : encoder.encode(doc);
  }

  /** As {@link #extract(NlpDocument)}, with the token vectors from {@link #vectors}. */
  public List<Attribution> extract(NlpDocument doc, float[][] vectors) {
    return RelationBuilder.build(doc, model.tag(doc, vectors));
  }
}
