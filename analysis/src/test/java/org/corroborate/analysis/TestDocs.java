package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.analysis.nlp.NlpDocument;
import org.corroborate.analysis.nlp.NlpSentence;
import org.corroborate.analysis.nlp.Token;
import org.corroborate.model.Span;

/**
 * A tiny hand tokenizer and tagger for unit tests, so the rule-based readers can be tested without
 * models: regex tokens, sentence breaks at end punctuation and blank lines, a word-list POS tagger,
 * NER from a phrase map given by the test, no dependency parse (head -2).
 */
public final class TestDocs {
  private static final Pattern TOKEN = Pattern.compile(
      "\\d+(?:[.,]\\d+)*|[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*|['’]s\\b|n't|[^\\s\\p{L}\\p{N}]");
  private static final Set<String> DT = Set.of("the", "a", "an", "another", "this", "that", "these", "those", "any", "some", "no", "both", "every", "each");
  private static final Set<String> IN = Set.of("of", "in", "on", "at", "for", "from", "to", "with", "by", "after", "before", "into", "over", "near", "under", "about", "across", "along", "since", "during", "as", "than", "while", "because", "whether", "if", "including", "against", "within", "without", "per");
  private static final Set<String> PRP = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "itself", "themselves");
  private static final Set<String> PRPS = Set.of("his", "her", "its", "their", "our", "my", "your");
  private static final Set<String> CC = Set.of("and", "or", "but", "nor");
  private static final Set<String> WH = Set.of("who", "which", "where", "when", "what", "whose", "whom");
  private static final Set<String> MD = Set.of("will", "would", "could", "can", "may", "might", "should", "must", "shall");
  private static final Set<String> RB = Set.of("not", "n't", "never", "also", "late", "early", "earlier", "later", "then", "still", "already", "very", "only", "independently", "yesterday", "today", "ago", "most", "nearly", "about", "almost", "reportedly", "purportedly", "allegedly", "apparently", "down", "up");
  private static final Set<String> NUM = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "dozens", "hundreds", "thousands", "dozen");
  private static final Map<String, String> VERBS = new HashMap<>();
  private static final Set<String> ADJ = Set.of("russian", "ukrainian", "orvalian", "mirevian", "military", "independent", "unconfirmed", "local", "regional", "armed", "anti-halvar", "state-run", "former", "presidential", "nearby", "new", "same", "other", "major", "clear", "minor", "prominent", "tense", "self-described", "far-right", "cross-border");

  static {
    String[][] v = {
        {"said", "say", "VBD"}, {"says", "say", "VBZ"}, {"say", "say", "VBP"}, {"told", "tell", "VBD"},
        {"wrote", "write", "VBD"}, {"writes", "write", "VBZ"}, {"is", "be", "VBZ"}, {"was", "be", "VBD"},
        {"were", "be", "VBD"}, {"are", "be", "VBP"}, {"been", "be", "VBN"}, {"be", "be", "VB"},
        {"has", "have", "VBZ"}, {"have", "have", "VBP"}, {"had", "have", "VBD"}, {"did", "do", "VBD"},
        {"does", "do", "VBZ"}, {"denied", "deny", "VBN"}, {"denies", "deny", "VBZ"}, {"deny", "deny", "VB"},
        {"confirmed", "confirm", "VBN"}, {"confirm", "confirm", "VB"}, {"claimed", "claim", "VBD"},
        {"claims", "claim", "VBZ"}, {"claim", "claim", "VBP"}, {"reported", "report", "VBD"}, {"alleged", "allege", "VBD"},
        {"believed", "believe", "VBD"}, {"believes", "believe", "VBZ"}, {"warned", "warn", "VBD"},
        {"showed", "show", "VBD"}, {"show", "show", "VBP"}, {"shot", "shoot", "VBN"}, {"added", "add", "VBD"},
        {"released", "release", "VBD"}, {"crossed", "cross", "VBN"}, {"taken", "take", "VBN"},
        {"disavowed", "disavow", "VBN"}, {"stated", "state", "VBD"}, {"posted", "post", "VBN"},
        {"killed", "kill", "VBN"}, {"destroyed", "destroy", "VBN"}, {"hit", "hit", "VBD"}, {"left", "leave", "VBN"},
        {"seen", "see", "VBN"}, {"filmed", "film", "VBN"}, {"informed", "inform", "VBN"}, {"citing", "cite", "VBG"},
        {"according", "accord", "VBG"}, {"saying", "say", "VBG"}, {"writing", "write", "VBG"}, {"showing", "show", "VBG"}, {"known", "know", "VBN"}, {"describes", "describe", "VBZ"},
        {"led", "lead", "VBN"}, {"seized", "seize", "VBN"}, {"entered", "enter", "VBD"}, {"fell", "fall", "VBD"},
        {"verified", "verify", "VBN"}, {"appear", "appear", "VBP"}, {"appears", "appear", "VBZ"}, {"insisted", "insist", "VBD"},
        {"expects", "expect", "VBZ"}, {"designated", "designate", "VBD"}, {"seeks", "seek", "VBZ"}, {"predicted", "predict", "VBD"}, {"accused", "accuse", "VBD"}, {"thinks", "think", "VBZ"},
    };
    for (String[] e : v) {
      VERBS.put(e[0], e[1] + "/" + e[2]);
    }
  }

  private TestDocs() {}

  /** Tokenises and tags {@code text}; {@code ner} maps phrases to NER classes (every occurrence). */
  public static NlpDocument doc(String text, Map<String, String> ner) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    String[] nerTags = new String[spans.size()];
    java.util.Arrays.fill(nerTags, "O");
    for (Map.Entry<String, String> e : ner.entrySet()) {
      int from = 0;
      while (true) {
        int at = text.indexOf(e.getKey(), from);
        if (at < 0) {
          break;
        }
        int end = at + e.getKey().length();
        for (int k = 0; k < spans.size(); k++) {
          if (spans.get(k)[0] >= at && spans.get(k)[1] <= end) {
            nerTags[k] = e.getValue();
          }
        }
        from = end;
      }
    }
    List<Token> tokens = new ArrayList<>();
    List<NlpSentence> sentences = new ArrayList<>();
    int sentence = 0;
    int first = 0;
    boolean sentenceStart = true;
    for (int k = 0; k < spans.size(); k++) {
      int[] sp = spans.get(k);
      // blank line before this token ends the sentence
      if (k > first && text.substring(spans.get(k - 1)[1], sp[0]).contains("\n\n")) {
        sentences.add(sentence(sentence++, first, k, tokens));
        first = k;
        sentenceStart = true;
      }
      String w = text.substring(sp[0], sp[1]);
      String[] tag = tag(w, sentenceStart, nerTags[k]);
      // a past form after "be"/"have" is a participle: "has been reported", "was shot"
      if (tag[0].equals("VBD") && !tokens.isEmpty() && Set.of("be", "have").contains(tokens.get(tokens.size() - 1).lemma())) {
        tag = new String[] {"VBN", tag[1]};
      }
      tokens.add(new Token(k, new Span(sp[0], sp[1]), w, tag[1], tag[0], nerTags[k], sentence, -2, null));
      sentenceStart = false;
      if (w.equals(".") || w.equals("?") || w.equals("!")) {
        int next = k + 1;
        // a closing quote belongs to the sentence it ends
        if (next < spans.size() && isCloseQuote(text.substring(spans.get(next)[0], spans.get(next)[1]))
            && spans.get(next)[0] == sp[1]) {
          continue;
        }
        sentences.add(sentence(sentence++, first, k + 1, tokens));
        first = k + 1;
        sentenceStart = true;
      } else if (isCloseQuote(w) && k > 0 && tokens.get(k - 1).word().matches("[.?!]")) {
        sentences.add(sentence(sentence++, first, k + 1, tokens));
        first = k + 1;
        sentenceStart = true;
      }
    }
    if (first < tokens.size()) {
      sentences.add(sentence(sentence, first, tokens.size(), tokens));
    }
    // re-number token sentence indices (a closing quote may have shifted them)
    List<Token> fixed = new ArrayList<>();
    for (NlpSentence s : sentences) {
      for (int k = s.firstToken(); k < s.endToken(); k++) {
        Token t = tokens.get(k);
        fixed.add(new Token(t.index(), t.span(), t.word(), t.lemma(), t.pos(), t.ner(), s.index(), t.head(), t.deprel()));
      }
    }
    return new NlpDocument(text, fixed, sentences);
  }

  public static NlpDocument doc(String text) {
    return doc(text, Map.of());
  }

  private static boolean isCloseQuote(String w) {
    return w.equals("”") || w.equals("\"") || w.equals("’");
  }

  private static NlpSentence sentence(int index, int first, int end, List<Token> tokens) {
    return new NlpSentence(index, new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end()), first, end);
  }

  /** {pos, lemma}. */
  private static String[] tag(String w, boolean sentenceStart, String ner) {
    String l = w.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (l.equals("'s")) {
      return new String[] {"POS", "'s"};
    }
    if (!Character.isLetterOrDigit(w.codePointAt(0))) {
      return new String[] {w.equals(",") ? "," : w.equals(".") ? "." : "``", w};
    }
    if (Character.isDigit(w.charAt(0))) {
      return new String[] {"CD", l};
    }
    if (VERBS.containsKey(l)) {
      String[] v = VERBS.get(l).split("/");
      return new String[] {v[1], v[0]};
    }
    boolean cap = Character.isUpperCase(w.codePointAt(0));
    boolean known = DT.contains(l) || IN.contains(l) || PRP.contains(l) || PRPS.contains(l) || CC.contains(l)
        || WH.contains(l) || MD.contains(l) || RB.contains(l) || NUM.contains(l) || l.equals("that") || l.equals("to");
    if (cap && (!sentenceStart || !known && !ner.equals("O") || !known && !ADJ.contains(l))) {
      if (ADJ.contains(l) && ner.equals("O")) {
        return new String[] {"JJ", l};
      }
      return new String[] {w.endsWith("s") && ner.equals("O") && !w.endsWith("ss") ? "NNPS" : "NNP", w};
    }
    if (DT.contains(l)) {
      return new String[] {"DT", l};
    }
    if (l.equals("to")) {
      return new String[] {"TO", l};
    }
    if (IN.contains(l)) {
      return new String[] {"IN", l};
    }
    if (PRP.contains(l)) {
      return new String[] {"PRP", l};
    }
    if (PRPS.contains(l)) {
      return new String[] {"PRP$", l};
    }
    if (CC.contains(l)) {
      return new String[] {"CC", l};
    }
    if (WH.contains(l)) {
      return new String[] {"WDT", l};
    }
    if (MD.contains(l)) {
      return new String[] {"MD", l};
    }
    if (RB.contains(l) || l.endsWith("ly")) {
      return new String[] {"RB", l};
    }
    if (NUM.contains(l)) {
      return new String[] {"CD", l};
    }
    if (ADJ.contains(l) || l.contains("-")) {
      return new String[] {"JJ", l};
    }
    if (l.endsWith("ed")) {
      return new String[] {"VBN", l.substring(0, l.length() - 2)};
    }
    if (l.endsWith("ing")) {
      return new String[] {"VBG", l.substring(0, l.length() - 3)};
    }
    if (l.endsWith("s") && !l.endsWith("ss") && l.length() > 3) {
      return new String[] {"NNS", l.endsWith("ies") ? l.substring(0, l.length() - 3) + "y" : l.substring(0, l.length() - 1)};
    }
    return new String[] {"NN", l};
  }
}
