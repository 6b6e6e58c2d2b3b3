package org.corroborate.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPieceTest {
  private static final String[] VOCAB = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "gov", "##ernor", "said", ",",
      ".", "\"", "cafe", "un", "##conf", "##irmed", "-", "中"};

  private static WordPiece wp() {
    Map<String, Integer> v = new HashMap<>();
    for (int i = 0; i < VOCAB.length; i++) {
      v.put(VOCAB[i], i);
    }
    return new WordPiece(v);
  }

  private static int[] ids(String... pieces) {
    List<String> all = List.of(VOCAB);
    return java.util.Arrays.stream(pieces).mapToInt(all::indexOf).toArray();
  }

  @Test
  void lowercasesSplitsPunctuationAndPiecesWords() {
    assertArrayEquals(ids("the", "gov", "##ernor", "said", ",", "\"", "un", "##conf", "##irmed", ".", "\""),
        wp().pieces("The GOVERNOR said, \"unconfirmed.\""));
  }

  @Test
  void stripsAccentsAndDropsControlCharacters() {
    assertArrayEquals(ids("cafe"), wp().pieces("Caf\u00e9\u0007"));
    assertArrayEquals(ids("cafe"), wp().pieces("Cafe\u0301"));
  }

  @Test
  void aWordWithoutPiecingOrTooLongIsUnknownAndEmptyTextHasNoPieces() {
    assertArrayEquals(ids("[UNK]"), wp().pieces("xyzzy"));
    assertArrayEquals(ids("[UNK]"), wp().pieces("un".repeat(51)));
    assertArrayEquals(new int[0], wp().pieces(" \t\n"));
  }

  @Test
  void cjkCharactersAndDashesStandAlone() {
    assertArrayEquals(ids("the", "中", "-", "the"), wp().pieces("the中-the"));
  }

  @Test
  void specialIdsComeFromTheVocabulary() {
    WordPiece w = wp();
    assertEquals(2, w.cls());
    assertEquals(3, w.sep());
    assertEquals(0, w.pad());
    assertEquals(1, w.unknown());
  }

  @Test
  void readsATokenizerJsonAndRejectsOtherModels() throws IOException {
    String json = "{\"model\":{\"type\":\"WordPiece\",\"vocab\":{\"[PAD]\":0,\"[UNK]\":1,\"[CLS]\":2,\"[SEP]\":3,\"said\":4}}}";
    WordPiece w = WordPiece.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertArrayEquals(new int[] {4, 1}, w.pieces("said so"));
    String bpe = "{\"model\":{\"type\":\"BPE\",\"vocab\":{}}}";
    assertThrows(IOException.class, () -> WordPiece.read(new ByteArrayInputStream(bpe.getBytes(StandardCharsets.UTF_8))));
    String noSpecials = "{\"model\":{\"type\":\"WordPiece\",\"vocab\":{\"said\":0}}}";
    assertThrows(IllegalArgumentException.class,
        () -> WordPiece.read(new ByteArrayInputStream(noSpecials.getBytes(StandardCharsets.UTF_8))));
  }
}
