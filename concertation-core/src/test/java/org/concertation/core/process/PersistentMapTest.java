package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersistentMapTest {
  @Test
  void iteratesEveryEntryOfKeysWhoseHashesCollide() {
    // "Aa" and "BB" have the same hash code
    PersistentMap<String, Integer> map =
        PersistentMap.<String, Integer>empty().plus("Aa", 1).plus("BB", 2).plus("C", 3);

    List<Map.Entry<String, Integer>> iterated = new ArrayList<>(map.entrySet());

    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(iterated).containsExactlyInAnyOrder(entry("Aa", 1), entry("BB", 2), entry("C", 3));
    assertThat(map.entrySet()).hasSize(3);
  }
}
