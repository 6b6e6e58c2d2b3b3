package org.corroborate.analysis.nlp;

import org.corroborate.model.Span;

/**
 * One token as the NLP engine saw it, in our own terms (no CoreNLP type leaves the adapter).
 *
 * @param index    0-based index in the document
 * @param span     character offsets in the article text
 * @param sentence index of its sentence
 * @param pos      Penn Treebank tag
 * @param ner      CoNLL-style class ("PERSON", "ORGANIZATION", "LOCATION", "MISC", ...), or "O"
 * @param head     document-level index of its dependency head, -1 for the root, -2 when not parsed
 * @param deprel   dependency relation to the head (UD), or null when not parsed
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner, int sentence, int head, String deprel) {}
