package org.corroborate.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongIntMapTest {
  /** Behaves like a HashMap under seeded random puts, gets and growth. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void agreesWithHashMap(long seed) {
    Random r = new Random(seed);
    LongIntMap m = new LongIntMap(4);
    Map<Long, Integer> ref = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      long k = r.nextInt(3000) * 0x9E3779B97F4A7C15L;
      if (r.nextBoolean()) {
        int v = r.nextInt(1000);
        Integer old = ref.put(k, v);
        assertEquals(old == null ? -1 : old, m.put(k, v, -1));
      } else {
        assertEquals(ref.getOrDefault(k, -7), m.get(k, -7));
      }
    }
    assertEquals(ref.size(), m.size());
  }
}
