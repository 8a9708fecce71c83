package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The persistent map behaves as a {@link HashMap} would, and never changes once made. */
class PersistentMapProperties {
  /** A key whose hash is chosen, so that collisions and deep tries happen. */
  record Key(int hash, int id) {
    @Override
    public int hashCode() {
      return hash;
    }
  }

  @Test
  void behavesAsAHashMapAndKeepsEveryEarlierVersionIntact() {
    PropertyHarness.forAll(
        PropertyHarness.tries(300),
        random -> operations(random),
        PersistentMapProperties::matchesHashMap);
  }

  private static List<int[]> operations(SplittableRandom random) {
    int n = random.nextInt(400);
    int hashes = 1 + random.nextInt(random.nextBoolean() ? 8 : 100_000);
    List<int[]> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int hash = random.nextInt(hashes) * (random.nextBoolean() ? 1 : 0x100001);
      ops.add(new int[] {hash, random.nextInt(50), random.nextInt(5)});
    }
    return ops;
  }

  private static Optional<String> matchesHashMap(List<int[]> ops) {
    PersistentMap<Key, Integer> map = PersistentMap.empty();
    Map<Key, Integer> expected = new HashMap<>();
    List<PersistentMap<Key, Integer>> versions = new ArrayList<>();
    List<Map<Key, Integer>> snapshots = new ArrayList<>();
    for (int[] op : ops) {
      Key key = new Key(op[0], op[1]);
      map = map.plus(key, op[2]);
      expected.put(key, op[2]);
      versions.add(map);
      snapshots.add(new HashMap<>(expected));
    }
    for (int i = 0; i < versions.size(); i++) {
      PersistentMap<Key, Integer> version = versions.get(i);
      Map<Key, Integer> snapshot = snapshots.get(i);
      if (!version.equals(snapshot)
          || !snapshot.equals(version)
          || version.size() != snapshot.size()) {
        return Optional.of("version " + i + " is " + version + ", expected " + snapshot);
      }
      for (Map.Entry<Key, Integer> entry : snapshot.entrySet()) {
        if (!entry.getValue().equals(version.get(entry.getKey()))) {
          return Optional.of("version " + i + " lost " + entry);
        }
      }
      if (version.get(new Key(-1, -1)) != null) {
        return Optional.of("version " + i + " found a key never added");
      }
    }
    return Optional.empty();
  }

  @Test
  void returnsItselfWhenAKeyAlreadyHasTheValue() {
    PersistentMap<String, Integer> map = PersistentMap.<String, Integer>empty().plus("a", 1);
    assertThat(map.plus("a", 1)).isSameAs(map);
    assertThat(map.plus("a", 2)).containsEntry("a", 2).hasSize(1);
    assertThat(map).containsEntry("a", 1);
  }

  @Test
  void refusesNullsAndMutation() {
    PersistentMap<String, Integer> map = PersistentMap.empty();
    assertThatThrownBy(() -> map.plus(null, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> map.plus("a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> map.put("a", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(map.get(null)).isNull();
  }
}
