package org.corroborate.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.corroborate.model.EntityType;

/**
 * A claimant written as a pronoun or a bare description ("She added", "the group said", "its foreign
 * ministry said") that the analysis left without an actor is the nearest earlier speaker of the same
 * article that it can refer to: a person for he/she, an organisation, place or group for it/they and
 * descriptions. News writing keeps one speaker across sentences this way; without it, "Aurin said ...
 * She added ..." would give one spokeswoman two claimants.
 */
final class SpeakerContinuity {
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
  private static final Pattern DESCRIPTION = Pattern.compile(
      "(?i)^(?:it|they|its|their|the|this|that)\\b(?:\\s+[\\p{L}-]+){0,3}$");

  private SpeakerContinuity() {}

  /**
   * The statements of one article, in text order, with referring claimants replaced by their
   * antecedent's claimant and principal.
   *
   * @param typeOf the entity type of a ledger entity id, null when unknown
   */
  static List<Stated> resolve(List<Stated> article, Function<String, EntityType> typeOf) {
    List<Stated> out = new ArrayList<>(article.size());
    for (Stated s : article) {
      Stated antecedent = null;
      String written = written(s);
      if (s.entityId() == null && written != null && !anonymous(s)) {
        String w = written.strip().toLowerCase(Locale.ROOT);
        boolean personal = PERSONAL.contains(w);
        if (personal || DESCRIPTION.matcher(written.strip()).matches()) {
          for (int i = out.size() - 1; i >= 0 && antecedent == null; i--) {
            Stated prev = out.get(i);
            if (anonymous(prev) || prev.entityId() == null && prev.principalKey().equals(prev.claimantKey())) {
              continue;
            }
            EntityType t = prev.entityId() == null ? null : typeOf.apply(prev.entityId());
            boolean person = t == EntityType.PERSON;
            if (personal ? person : !person) {
              antecedent = prev;
            }
          }
        }
      }
      out.add(antecedent == null ? s : new Stated(s.order(), s.article(), s.statement(), antecedent.claimantKey(),
          antecedent.entityId(), antecedent.claimantName(), s.channel(), s.content(), antecedent.principalKey(),
          antecedent.principalName()));
    }
    return out;
  }

  private static boolean anonymous(Stated s) {
    return s.claimantKey().equals("author") || s.claimantKey().equals("unnamed");
  }

  private static String written(Stated s) {
    if (s.statement().claimant() == null) {
      return null;
    }
    String t = s.statement().claimant().text();
    return t != null ? t : s.statement().claimant().name();
  }
}
