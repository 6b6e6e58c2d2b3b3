package org.corroborate.analysis.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.corroborate.model.Entity;
import org.corroborate.model.EntityType;
import org.corroborate.model.Mention;
import org.corroborate.model.MentionKind;
import org.corroborate.model.Span;

/**
 * The entities of one article while it is being analysed: later steps (statements) look mentions up
 * by span and may add a mention (a pronoun claimant) or a described-only actor ("self-described
 * partisan forces"). Confined to one analysis call, so not thread-safe; {@link #entities()} gives the
 * immutable result.
 */
public final class EntityTable {

  /** One entity under construction. */
  static final class Work {
    final String id;
    EntityType type;
    String name;
    int nameTokens;
    String actsFor;
    final List<Mention> mentions = new ArrayList<>();
    final LinkedHashSet<String> descriptors = new LinkedHashSet<>();

    Work(String id, EntityType type, String name, int nameTokens) {
      this.id = id;
      this.type = type;
      this.name = name;
      this.nameTokens = nameTokens;
    }

    int lastMentionStart() {
      return mentions.isEmpty() ? -1 : mentions.get(mentions.size() - 1).span().start();
    }

    boolean hasDescriptorWord(String noun) {
      String n = Lexicon.key(noun);
      for (String d : descriptors) {
        for (String w : Lexicon.key(d).split("[\\s,]+")) {
          if (w.equals(n) || Lexicon.singular(w).equals(Lexicon.singular(n))) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private final List<Work> works = new ArrayList<>();

  Work create(EntityType type, String name, int nameTokens) {
    Work w = new Work("E" + (works.size() + 1), type, name, nameTokens);
    works.add(w);
    return w;
  }

  List<Work> works() {
    return works;
  }

  Work work(String id) {
    for (Work w : works) {
      if (w.id.equals(id)) {
        return w;
      }
    }
    throw new IllegalArgumentException("no entity " + id);
  }

  /** The entity with a mention exactly at {@code span}, else null. */
  public String entityAt(Span span) {
    for (Work w : works) {
      for (Mention m : w.mentions) {
        if (m.span().equals(span)) {
          return w.id;
        }
      }
    }
    return null;
  }

  /** Mentions lying inside {@code span} with their entity ids, in text order. */
  public List<Located> mentionsIn(Span span) {
    List<Located> out = new ArrayList<>();
    for (Work w : works) {
      for (Mention m : w.mentions) {
        if (span.contains(m.span())) {
          out.add(new Located(w.id, w.type, m));
        }
      }
    }
    out.sort(Comparator.comparing(l -> l.mention().span()));
    return out;
  }

  /** A mention with the entity it belongs to. */
  public record Located(String entityId, EntityType type, Mention mention) {}

  public EntityType type(String id) {
    return work(id).type;
  }

  public String name(String id) {
    return work(id).name;
  }

  /** Adds a mention to an entity (no-op if it already has one at that span). */
  public void addMention(String id, Mention mention) {
    Objects.requireNonNull(mention, "mention");
    Work w = work(id);
    for (Mention m : w.mentions) {
      if (m.span().equals(mention.span())) {
        return;
      }
    }
    w.mentions.add(mention);
    w.mentions.sort(Comparator.comparing(Mention::span));
  }

  /** Moves the mention at {@code span} (a pronoun resolved better elsewhere) to entity {@code id}, adding it if absent. */
  public void reassign(Span span, String text, MentionKind kind, String id) {
    for (Work w : works) {
      w.mentions.removeIf(m -> m.span().equals(span));
    }
    addMention(id, new Mention(span, text, kind));
  }

  /** An actor added by {@link #addDescribed} with this description (case-insensitive), else null. */
  public String describedAs(String text) {
    for (Work w : works) {
      if (w.nameTokens == 0 && w.name.equalsIgnoreCase(text.strip())) {
        return w.id;
      }
    }
    return null;
  }

  /** Adds a descriptor to an entity. */
  public void addDescriptor(String id, String descriptor) {
    if (descriptor != null && !descriptor.isBlank()) {
      work(id).descriptors.add(descriptor.strip());
    }
  }

  /**
   * Adds an actor known only by a description ("self-described Russian partisan forces"): its name is
   * the description and it is also its first descriptor. Returns its id.
   */
  public String addDescribed(EntityType type, Span span, String text, String descriptor) {
    Work w = create(type, text, 0);
    w.mentions.add(new Mention(span, text, MentionKind.NOMINAL));
    if (descriptor != null && !descriptor.isBlank()) {
      w.descriptors.add(descriptor.strip());
    }
    return w.id;
  }

  /** The result: entities with at least one mention, each with its mentions in text order. */
  public List<Entity> entities() {
    List<Entity> out = new ArrayList<>();
    for (Work w : works) {
      if (w.mentions.isEmpty()) {
        continue;
      }
      List<String> descriptors = new ArrayList<>(w.descriptors);
      if (w.actsFor != null) {
        String d = "acting as " + w.actsFor;
        if (!descriptors.contains(d)) {
          descriptors.add(d);
        }
      }
      out.add(new Entity(w.id, w.name, w.type, w.mentions, descriptors));
    }
    return out;
  }
}
