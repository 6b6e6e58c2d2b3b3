package org.corroborate.eval.events;

import org.corroborate.events.EventDoc;

/** A document with its gold event label, kept apart from the document so the clusterer never sees it. */
public record LabeledDoc(EventDoc doc, String goldEvent) {}
