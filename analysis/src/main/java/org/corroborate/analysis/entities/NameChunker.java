package org.corroborate.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corroborate.analysis.DocText;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.model.EntityType;

/**
 * Finds proper-name mentions and types them: runs of NER-tagged or capitalised proper-noun tokens
 * ("Freedom of Russia Legion" bridges "of"), with a leading title split off ("President Vladimir
 * Putin" -> name "Vladimir Putin", descriptor "President").
 *
 * <p>Typing fixes the classic NER slips with the {@link Lexicon}: a gazetteer place or seat of power
 * ("Kyiv", "Kremlin") is a {@link EntityType#GPE} whatever NER said; a news agency or platform
 * ("RIA Novosti") is an organisation; a name ending in a group noun ("... Legion", "... Corps") is an
 * organisation; a NER location next to "village"/"river"/"settlement" is a {@link EntityType#LOCATION},
 * other NER locations are GPEs (countries, regions, towns).
 */
final class NameChunker {

  /** One proper-name mention: tokens {@code [from, to)}. */
  record NameChunk(int from, int to, EntityType type, String name, String titleDescriptor, Lexicon.Place place) {}

  private static final Set<String> NAME_NER = Set.of(
      "PERSON", "ORGANIZATION", "LOCATION", "MISC", "COUNTRY", "CITY", "STATE_OR_PROVINCE");
  private static final Set<String> BRIDGES = Set.of("of", "for", "de", "al", "-", "‑", "–");
  private static final Set<String> NOT_NAMES = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "i", "we", "you", "he", "she", "it", "they", "yes", "no", "but", "and",
      "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "as", "if", "when", "while");
  private static final Set<String> NON_POLITY_CONTEXT = Set.of(
      "village", "villages", "settlement", "hamlet", "river", "sea", "lake", "mountain", "mountains",
      "island", "airfield", "airport", "checkpoint", "bridge", "dam", "plant", "base");

  private final DocText dt;
  private final Lexicon lex;

  NameChunker(DocText dt, Lexicon lex) {
    this.dt = dt;
    this.lex = lex;
  }

  List<NameChunk> chunks() {
    List<NameChunk> out = new ArrayList<>();
    for (NlpSentence s : dt.doc().sentences()) {
      int i = s.firstToken();
      while (i < s.endToken()) {
        if (!nameish(i)) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < s.endToken()) {
          if (nameish(j)) {
            j++;
          } else if (BRIDGES.contains(dt.lower(j)) && j + 1 < s.endToken() && nameish(j + 1)
              && !adjacentHyphenBreak(j)) {
            j += 2;
          } else {
            break;
          }
        }
        split(i, j, s.firstToken(), out);
        i = j;
      }
    }
    return out;
  }

  /** A hyphen bridges only when written without spaces ("France-Presse"). */
  private boolean adjacentHyphenBreak(int j) {
    if (Character.isLetter(dt.word(j).charAt(0))) {
      return false;
    }
    return dt.token(j - 1).span().end() != dt.token(j).span().start()
        || dt.token(j).span().end() != dt.token(j + 1).span().start();
  }

  private boolean nameish(int i) {
    String w = dt.word(i);
    if (w.isEmpty() || NOT_NAMES.contains(dt.lower(i)) || dt.pos(i).equals("POS")) {
      return false;
    }
    if (NAME_NER.contains(dt.ner(i))) {
      return Character.isLetterOrDigit(w.codePointAt(0));
    }
    return dt.isProperNoun(i) && dt.isCapitalised(i);
  }

  /** Splits a run at titles ("Belgorod Governor Vyacheslav Gladkov") and keeps the valid names. */
  private void split(int from, int to, int sentenceStart, List<NameChunk> out) {
    // a leading title, or "Title of X"
    int k = from;
    while (k < to && lex.isTitle(dt.word(k))) {
      k++;
    }
    if (k > from && k < to) {
      if (dt.lower(k).equals("of")) {
        emit(k + 1, to, null, sentenceStart, out);
        return;
      }
      if (hasPerson(k, to)) {
        emit(k, to, dt.text(from, k), sentenceStart, out);
        return;
      }
    }
    // a title inside the run: "Belgorod Governor Vyacheslav Gladkov"
    for (int t = from + 1; t < to - 1; t++) {
      if (lex.isTitle(dt.word(t)) && hasPerson(t + 1, to)) {
        int e = t;
        while (e < to && lex.isTitle(dt.word(e))) {
          e++;
        }
        if (e < to) {
          emit(from, t, null, sentenceStart, out);
          emit(e, to, dt.text(from, e), sentenceStart, out);
          return;
        }
      }
    }
    emit(from, to, null, sentenceStart, out);
  }

  private boolean hasPerson(int from, int to) {
    for (int i = from; i < to; i++) {
      if (dt.ner(i).equals("PERSON")) {
        return true;
      }
    }
    return false;
  }

  private void emit(int from, int to, String titleDescriptor, int sentenceStart, List<NameChunk> out) {
    while (from < to && (BRIDGES.contains(dt.lower(from)) || dt.isPunct(from))) {
      from++;
    }
    while (to > from && (BRIDGES.contains(dt.lower(to - 1)) || dt.isPunct(to - 1))) {
      to--;
    }
    if (from >= to) {
      return;
    }
    // "Richard Blumenthal of Connecticut", "Harry Reid of Nevada": a person and a place, not one name
    for (int b = from + 1; b + 1 < to; b++) {
      if (dt.lower(b).equals("of") && dt.ner(b - 1).equals("PERSON") && !dt.ner(b + 1).equals("PERSON")) {
        emit(from, b, titleDescriptor, sentenceStart, out);
        emit(b + 1, to, null, sentenceStart, out);
        return;
      }
    }
    String name = dt.text(from, to);
    // "Mirevian media", "Orvalian army": a nationality adjective before a common noun is not a name
    if (to - from == 1 && name.matches("\\p{Lu}\\p{L}+(?:ian|ean|ese|ish|i)") && to < dt.size()
        && dt.isNoun(to) && !dt.isProperNoun(to) && lex.place(name) == null) {
      return;
    }
    Lexicon.Place place = lex.place(name);
    String agency = lex.agency(name);
    String platform = lex.platform(name);
    boolean groupSuffix = to - from >= 2 && lex.isGroup(dt.word(to - 1)) && dt.isCapitalised(to - 1);
    boolean tagged = false;
    for (int i = from; i < to; i++) {
      tagged |= NAME_NER.contains(dt.ner(i));
    }
    if (!tagged && place == null && agency == null && platform == null && !groupSuffix) {
      return;
    }
    // a nationality adjective before an organisation belongs to it: "the Russian Volunteer Corps"
    if ((groupSuffix || majority(from, to) == EntityType.ORGANIZATION) && from - 1 >= sentenceStart
        && dt.isCapitalised(from - 1) && dt.isAdjective(from - 1)
        && (from - 2 < sentenceStart || dt.isDeterminer(from - 2))) {
      from--;
      name = dt.text(from, to);
    }
    EntityType type;
    if (place != null) {
      type = EntityType.GPE;
      name = place.canonical();
    } else if (agency != null) {
      type = EntityType.ORGANIZATION;
      name = agency;
    } else if (platform != null) {
      type = EntityType.ORGANIZATION;
      name = platform;
    } else if (groupSuffix) {
      type = EntityType.ORGANIZATION;
    } else {
      type = majority(from, to);
      if (type == EntityType.LOCATION) {
        type = nonPolityContext(from, to) ? EntityType.LOCATION : EntityType.GPE;
      }
    }
    out.add(new NameChunk(from, to, type, name, titleDescriptor, place));
  }

  private boolean nonPolityContext(int from, int to) {
    if (to < dt.size() && NON_POLITY_CONTEXT.contains(dt.lower(to))) {
      return true;
    }
    if (from >= 2 && dt.lower(from - 1).equals("of") && NON_POLITY_CONTEXT.contains(dt.lower(from - 2))) {
      return true;
    }
    return from >= 1 && NON_POLITY_CONTEXT.contains(dt.lower(from - 1));
  }

  private EntityType majority(int from, int to) {
    int per = 0;
    int org = 0;
    int loc = 0;
    int misc = 0;
    for (int i = from; i < to; i++) {
      switch (dt.ner(i)) {
        case "PERSON" -> per++;
        case "ORGANIZATION" -> org++;
        case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> loc++;
        case "MISC" -> misc++;
        default -> { }
      }
    }
    int max = Math.max(Math.max(per, org), Math.max(loc, misc));
    if (max == 0) {
      return EntityType.MISC;
    }
    if (org == max) {
      return EntityType.ORGANIZATION;
    }
    if (per == max) {
      return EntityType.PERSON;
    }
    if (loc == max) {
      return EntityType.LOCATION;
    }
    return EntityType.MISC;
  }
}
