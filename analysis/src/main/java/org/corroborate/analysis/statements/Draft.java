package org.corroborate.analysis.statements;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.analysis.stance.CueClassifier;
import org.corroborate.model.Channel;
import org.corroborate.model.Claimant;
import org.corroborate.model.Hedge;
import org.corroborate.model.Span;

/** A statement while it is assembled; confined to one {@link StatementBuilder#build} call. */
final class Draft {
  /** Where it came from: the attribution model, a rule for reporting frames, or the author's voice. */
  enum Origin { MODEL, FRAME, CITING, AUTHOR }

  final Origin origin;
  Span source;
  Span cue;
  List<Span> contentParts = new ArrayList<>();
  boolean direct;
  int sentence;
  CueClassifier.Reading reading;
  Claimant claimant;
  Channel channel;
  Draft parent;
  /** Set when the source is a pronoun for the speaker of this outer statement ("said it believed"). */
  Draft selfOf;
  /** Set on the outer statement when its content opens with the speaker's own cue ("said it believed"). */
  boolean hasSelfChild;
  /** True when the source is a news outlet or agency passing the content on ("news agencies reported"). */
  boolean media;
  final List<Hedge> hedges = new ArrayList<>();
  String id;

  Draft(Origin origin) {
    this.origin = origin;
  }

  Span content() {
    if (contentParts.isEmpty()) {
      return null;
    }
    return new Span(contentParts.get(0).start(), contentParts.get(contentParts.size() - 1).end());
  }

  /** From the first to the last character of source, cue and content. */
  Span extent() {
    int s = Integer.MAX_VALUE;
    int e = -1;
    for (Span sp : new Span[] {source, cue, content()}) {
      if (sp != null) {
        s = Math.min(s, sp.start());
        e = Math.max(e, sp.end());
      }
    }
    return e < 0 ? null : new Span(s, e);
  }

  /** Cuts the content back so it ends before {@code offset} (drops parts that start after it). */
  void cutContentAt(int offset) {
    List<Span> kept = new ArrayList<>();
    for (Span p : contentParts) {
      if (p.start() >= offset) {
        continue;
      }
      kept.add(p.end() > offset ? new Span(p.start(), offset) : p);
    }
    contentParts = kept;
  }

  /** Cuts the content so it starts at or after {@code offset}. */
  void cutContentBefore(int offset) {
    List<Span> kept = new ArrayList<>();
    for (Span p : contentParts) {
      if (p.end() <= offset) {
        continue;
      }
      kept.add(p.start() < offset ? new Span(offset, p.end()) : p);
    }
    contentParts = kept;
  }

  int anchor() {
    Span c = content();
    if (cue != null) {
      return cue.start();
    }
    return c == null ? 0 : c.start();
  }
}
