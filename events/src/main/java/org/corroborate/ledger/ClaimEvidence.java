package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.Hedge;
import org.corroborate.model.Span;
import org.corroborate.model.Statement;

/** A statement of a claim tied to its sentences in its article, as the ledger shows it. */
final class ClaimEvidence {
  private ClaimEvidence() {}

  /** The statement's evidence: every span it has, and the sentences around them. */
  static Evidence of(Stated s) {
    AnalyzedArticle a = s.article();
    String text = a.article().text();
    Statement st = s.statement();
    Span claimantSpan = st.claimant() == null ? null : st.claimant().span();
    List<Span> parts = new ArrayList<>();
    parts.add(st.content());
    parts.add(st.cue());
    parts.add(claimantSpan);
    if (st.channel() != null) {
      parts.add(st.channel().span());
    }
    for (Hedge h : st.hedges()) {
      parts.add(h.span());
    }
    Span extent = Texts.union(parts);
    Span context = Texts.sentencesAround(a, extent.start(), extent.end());
    return new Evidence(a.article().id(), a.article().outlet().name(), st.id(), st.sentence(), context,
        context.of(text), st.content(), EventAssembler.contentOf(st, text), claimantSpan,
        claimantSpan == null ? (st.claimant() == null ? null : st.claimant().text()) : claimantSpan.of(text),
        st.cue(), st.cue() == null ? null : st.cue().of(text), s.channel(), st.stance(), st.direct(), st.hedges());
  }
}
