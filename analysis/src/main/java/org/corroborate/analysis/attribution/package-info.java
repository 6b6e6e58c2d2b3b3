/**
 * Attribution extraction: who said what. {@link org.corroborate.analysis.attribution.AttributionExtractor}
 * turns an {@link org.corroborate.analysis.nlp.NlpDocument} into
 * {@link org.corroborate.analysis.attribution.Attribution} records (source, cue and content
 * fragments as character offsets, a direct-quote flag), for direct, indirect and mixed speech.
 *
 * <h2>Model</h2>
 * A token tagger (B/I for source, cue and content, or O; {@link org.corroborate.analysis.attribution.Tag})
 * with a linear model over {@link org.corroborate.analysis.attribution.Features} (words, lemmas,
 * POS, NER, quotation state, sentence and paragraph position, distance to likely cues) and over
 * each token's contextual vector from a small pretrained transformer
 * ({@link org.corroborate.analysis.nlp.TokenEncoder}: all-MiniLM-L6-v2, int8, 384 dimensions, frozen), decoded by
 * {@link org.corroborate.analysis.attribution.Viterbi} per paragraph, trained as an averaged
 * structured perceptron and stacked in four passes (each pass reads the tags of the pass before,
 * learned on 4-fold jack-knifed output of that pass). No dependency parse: CoreNLP's parser alone would cost more
 * than the whole analysis budget (measured at about 2,200 tokens per CPU-second). Fragments are
 * grouped into relations around their cues by {@link org.corroborate.analysis.attribution.RelationBuilder}.
 * No rule names a word or a file of the data: everything lexical is learned.
 *
 * <h2>Provenance and retraining</h2>
 * The shipped model, {@code attribution-model.bin.gz} in this package's resources, was trained
 * on the train split of PolNeAR v1.0.0 (Newell, Margolin and Ruths, LREC 2018; 840 articles of
 * US political news from 2016, brat annotations, first annotation file per article), with the
 * default {@link org.corroborate.analysis.attribution.AttributionTrainer.Config} and the default
 * {@link org.corroborate.analysis.nlp.CoreNlpEngine} and {@link org.corroborate.analysis.nlp.TokenEncoder}.
 * To retrain (deterministic for a given seed; about 9 minutes on two cores):
 * <pre>
 *   CORROBORATE_HEAP=8g ./corroborate train attribution PATH/TO/polnear/train --out attribution-model.bin.gz
 *   cp attribution-model.bin.gz analysis/src/main/resources/org/corroborate/analysis/attribution/
 *   ./corroborate eval attribution PATH/TO/polnear/dev
 * </pre>
 * The model holds 64-bit feature hashes, 16-bit weights, a lemma-to-cue-probability table and
 * the weights of the token vectors: no text of the corpus beyond single lemmas. About 4.3 MB.
 */
package org.corroborate.analysis.attribution;
