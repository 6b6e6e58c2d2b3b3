package org.corroborate.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FingerprintMapTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 99})
  void agreesWithAHashMapThroughGrowth(long seed) {
    Random r = new Random(seed);
    FingerprintMap m = new FingerprintMap();
    Map<String, Integer> ref = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String k = Long.toString(r.nextLong(), 36) + (char) ('a' + r.nextInt(26));
      if (ref.putIfAbsent(k, i) == null) {
        m.add(FingerprintMap.fingerprint(k), i);
        keys.add(k);
      }
    }
    assertEquals(ref.size(), m.size());
    for (String k : keys) {
      assertEquals(ref.get(k), m.find(FingerprintMap.fingerprint(k), null));
    }
    assertEquals(-1, m.find(FingerprintMap.fingerprint("not-a-key"), null));
  }

  @Test
  void entriesSharingAFingerprintAreToldApartByTheCallersCheck() {
    FingerprintMap m = new FingerprintMap();
    String[] owners = {"first", "second"};
    m.add(42L, 0);
    m.add(42L, 1);
    assertEquals(0, m.find(42L, v -> owners[v].equals("first")));
    assertEquals(1, m.find(42L, v -> owners[v].equals("second")));
    assertEquals(-1, m.find(42L, v -> false));
    assertThrows(IllegalArgumentException.class, () -> m.add(7L, -1));
  }

  @Test
  void fingerprintsAreNeverZeroAndDiffer() {
    assertNotEquals(0L, FingerprintMap.fingerprint(""));
    assertNotEquals(FingerprintMap.fingerprint("raid"), FingerprintMap.fingerprint("raids"));
    assertEquals(FingerprintMap.fingerprint("Orsk"), FingerprintMap.fingerprint(new String("Orsk")));
  }
}
