package org.corroborate.analysis.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.corroborate.util.Json;

/**
 * BERT's uncased WordPiece tokenizer, as a Hugging Face {@code tokenizer.json} of type WordPiece
 * with a BertNormalizer and BertPreTokenizer defines it: clean control characters, lowercase,
 * strip accents, split on white space and punctuation (each punctuation character alone), then
 * greedy longest-match-first pieces with the {@code ##} continuation prefix; a word with no
 * piecing, or longer than 100 characters, is {@code [UNK]}. Immutable and thread-safe.
 */
public final class WordPiece {
  private static final int MAX_WORD = 100;

  private final Map<String, Integer> vocab;
  private final int unk;
  private final int cls;
  private final int sep;
  private final int pad;

  WordPiece(Map<String, Integer> vocab) {
    this.vocab = Map.copyOf(vocab);
    this.unk = id("[UNK]");
    this.cls = id("[CLS]");
    this.sep = id("[SEP]");
    this.pad = id("[PAD]");
  }

  private int id(String special) {
    Integer i = vocab.get(special);
    if (i == null) {
      throw new IllegalArgumentException("the vocabulary has no " + special);
    }
    return i;
  }

  /** Reads the vocabulary of a Hugging Face {@code tokenizer.json} whose model is WordPiece. */
  public static WordPiece read(InputStream tokenizerJson) throws IOException {
    JsonNode root = Json.mapper().readTree(tokenizerJson);
    JsonNode model = root.path("model");
    if (!"WordPiece".equals(model.path("type").asText())) {
      throw new IOException("not a WordPiece tokenizer.json (model.type is '" + model.path("type").asText() + "')");
    }
    Map<String, Integer> vocab = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      vocab.put(e.getKey(), e.getValue().asInt());
    }
    if (vocab.isEmpty()) {
      throw new IOException("tokenizer.json has an empty vocabulary");
    }
    return new WordPiece(vocab);
  }

  public int cls() {
    return cls;
  }

  public int sep() {
    return sep;
  }

  public int pad() {
    return pad;
  }

  public int unknown() {
    return unk;
  }

  /** The piece ids of {@code text} (no [CLS]/[SEP]); empty when the text has no word. */
  public int[] pieces(String text) {
    List<String> words = preTokenize(normalize(text));
    int[] out = new int[Math.max(4, words.size() * 2)];
    int n = 0;
    for (String w : words) {
      for (int id : piece(w)) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = id;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private List<Integer> piece(String word) {
    if (word.length() > MAX_WORD) {
      return List.of(unk);
    }
    List<Integer> ids = new ArrayList<>(2);
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer found = null;
      while (start < end) {
        String sub = start > 0 ? "##" + word.substring(start, end) : word.substring(start, end);
        found = vocab.get(sub);
        if (found != null) {
          break;
        }
        end--;
      }
      if (found == null) {
        return List.of(unk);
      }
      ids.add(found);
      start = end;
    }
    return ids;
  }

  static String normalize(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length();) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == 0 || c == 0xFFFD || (isControl(c))) {
        continue;
      }
      if (isWhite(c)) {
        b.append(' ');
      } else if (isCjk(c)) {
        b.append(' ').appendCodePoint(c).append(' ');
      } else {
        b.appendCodePoint(c);
      }
    }
    String lower = b.toString().toLowerCase(java.util.Locale.ROOT);
    String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder s = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        s.append(c);
      }
    }
    return s.toString();
  }

  static List<String> preTokenize(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length();) {
      int c = text.codePointAt(i);
      int len = Character.charCount(c);
      if (c == ' ') {
        if (start >= 0) {
          out.add(text.substring(start, i));
          start = -1;
        }
      } else if (isPunct(c)) {
        if (start >= 0) {
          out.add(text.substring(start, i));
          start = -1;
        }
        out.add(text.substring(i, i + len));
      } else if (start < 0) {
        start = i;
      }
      i += len;
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  private static boolean isWhite(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static boolean isControl(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    int t = Character.getType(c);
    return t == Character.CONTROL || t == Character.FORMAT;
  }

  private static boolean isPunct(int c) {
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION;
  }

  private static boolean isCjk(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
  }
}
