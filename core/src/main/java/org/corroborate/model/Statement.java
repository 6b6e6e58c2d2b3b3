package org.corroborate.model;

import java.util.List;

/**
 * One attributed statement (or one author-voice sentence that asserts something checkable).
 *
 * @param id          article-local id, "S1", "S2", ...
 * @param sentence    index of the sentence the content starts in
 * @param claimant    who says it
 * @param cue         the cue span ("said", "claims", "according to"); null for AUTHOR statements
 * @param cueClass    the cue's class: "speech", "writing", "claim", "denial", "confirmation",
 *                    "accusation", "report", "according-to", "belief", "prediction", "none"
 * @param content     the content span (for a quote over several paragraphs, from its first to its last character)
 * @param channel     the channel where stated, else null
 * @param negated     the cue is negated ("did not confirm")
 * @param conditional the statement is conditional ("would", "if ... then")
 * @param direct      the content is a direct quote
 * @param parentId    for nested attribution (A said, citing B, that ...): the id of the statement
 *                    through which this one is reported, else null
 */
public record Statement(
    String id,
    int sentence,
    Claimant claimant,
    Span cue,
    String cueText,
    String cueClass,
    Span content,
    String contentText,
    Channel channel,
    Stance stance,
    boolean negated,
    boolean conditional,
    List<Hedge> hedges,
    boolean direct,
    String parentId) {

  public Statement {
    hedges = List.copyOf(hedges);
  }
}
