package org.corroborate.analysis.attribution;

/**
 * The per-token labels of the sequence model: outside, or begin/inside of a source, cue or
 * content fragment. PolNeAR is univocal (a token has at most one role in at most one relation),
 * so an article's attributions are one tag sequence.
 */
public enum Tag {
  O(null, false),
  B_SOURCE(Role.SOURCE, true),
  I_SOURCE(Role.SOURCE, false),
  B_CUE(Role.CUE, true),
  I_CUE(Role.CUE, false),
  B_CONTENT(Role.CONTENT, true),
  I_CONTENT(Role.CONTENT, false);

  /** The three roles of an attribution. */
  public enum Role { SOURCE, CUE, CONTENT }

  private static final Tag[] VALUES = values();

  private final Role role;
  private final boolean begin;

  Tag(Role role, boolean begin) {
    this.role = role;
    this.begin = begin;
  }

  public Role role() {
    return role;
  }

  public boolean begin() {
    return begin;
  }

  public static Tag of(int ordinal) {
    return VALUES[ordinal];
  }

  public static Tag begin(Role role) {
    return switch (role) {
      case SOURCE -> B_SOURCE;
      case CUE -> B_CUE;
      case CONTENT -> B_CONTENT;
    };
  }

  public static Tag inside(Role role) {
    return switch (role) {
      case SOURCE -> I_SOURCE;
      case CUE -> I_CUE;
      case CONTENT -> I_CONTENT;
    };
  }

  /** Whether {@code next} may follow {@code prev} (null = sequence start): I-X only after B-X or I-X. */
  public static boolean allowed(Tag prev, Tag next) {
    if (next.role == null || next.begin) {
      return true;
    }
    return prev != null && prev.role == next.role;
  }
}
