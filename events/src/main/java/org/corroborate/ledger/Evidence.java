package org.corroborate.ledger;

import java.util.List;
import org.corroborate.model.Hedge;
import org.corroborate.model.Span;
import org.corroborate.model.Stance;

/**
 * One statement carrying a claim, tied to its place in its article. All spans are character offsets
 * into that article's text; {@code sentence} covers the sentences the claimant, cue and content lie
 * in, and {@code sentenceText} is that text, so the statement can be shown in context.
 *
 * @param claimant the claimant span, null for the author's voice and unnamed sources without a span
 * @param cue      the cue span, null for the author's voice
 * @param channel  the channel's name, or the claimant of the statement it was reported through, else null
 */
public record Evidence(String articleId, String outlet, String statementId, int sentenceIndex,
    Span sentence, String sentenceText, Span content, String contentText, Span claimant,
    String claimantText, Span cue, String cueText, String channel, Stance stance, boolean direct,
    List<Hedge> hedges) {
  public Evidence {
    hedges = List.copyOf(hedges);
  }
}
