package org.corroborate.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.corroborate.events.EventDoc;
import org.junit.jupiter.api.Test;

class DocOrderTest {
  private static List<LabeledDoc> docs() {
    List<LabeledDoc> out = new ArrayList<>();
    out.add(new LabeledDoc(EventDoc.of("a", "t", "x", Instant.parse("2020-01-03T00:00:00Z")), "g1"));
    out.add(new LabeledDoc(EventDoc.of("b", "t", "x", null), "g1"));
    out.add(new LabeledDoc(EventDoc.of("c", "t", "x", Instant.parse("2020-01-01T00:00:00Z")), "g2"));
    out.add(new LabeledDoc(EventDoc.of("d", "t", "x", Instant.parse("2020-01-03T00:00:00Z")), "g2"));
    for (int i = 0; i < 20; i++) {
      out.add(new LabeledDoc(EventDoc.of("z" + i, "t", "x", null), "g3"));
    }
    return out;
  }

  private static List<String> ids(List<LabeledDoc> l) {
    return l.stream().map(d -> d.doc().id()).toList();
  }

  @Test
  void ordersAreWhatTheySay() {
    List<LabeledDoc> in = docs();
    assertEquals(ids(in), ids(DocOrder.parse("file").apply(in)));
    assertEquals(List.of("c", "a", "d", "b", "z0"), ids(DocOrder.parse("date").apply(in)).subList(0, 5),
        "by time, ties in file order, undated last");
    assertEquals("z19", ids(DocOrder.parse("reverse").apply(in)).get(0));
    List<String> s7 = ids(DocOrder.parse("shuffle:7").apply(in));
    assertEquals(s7, ids(DocOrder.parse("shuffle:7").apply(in)), "a seed gives one order");
    assertNotEquals(s7, ids(DocOrder.parse("shuffle:8").apply(in)));
    assertEquals(new HashSet<>(ids(in)), new HashSet<>(s7), "a permutation");
    assertEquals(ids(docs()), ids(in), "the input is not changed");
    assertEquals("shuffle:7", DocOrder.parse(" Shuffle:7 ").toString());
  }

  @Test
  void badOrdersAreRejectedWithTheirName() {
    assertThrows(IllegalArgumentException.class, () -> DocOrder.parse("random"));
    assertThrows(IllegalArgumentException.class, () -> DocOrder.parse("shuffle"));
    assertThrows(IllegalArgumentException.class, () -> DocOrder.parse("shuffle:x"));
    assertThrows(IllegalArgumentException.class, () -> new DocOrder("date", 3));
  }
}
