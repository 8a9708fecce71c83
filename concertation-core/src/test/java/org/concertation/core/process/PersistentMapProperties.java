package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.concertation.core.testing.PropertyHarness;
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

  /** One operation: put this value under the key of this hash and id. */
  record Put(int hash, int id, int value) {}

  @Test
  void behavesAsAHashMapAndKeepsEveryEarlierVersionIntact() {
    PropertyHarness.forAllSequences(
        "the persistent map behaves as a hash map and keeps every earlier version intact",
        300,
        PersistentMapProperties::operations,
        (ops, random) ->
            matchesHashMap(ops)
                .ifPresent(
                    broken -> {
                      throw new AssertionError(broken);
                    }));
  }

  private static List<Put> operations(SplittableRandom random) {
    int n = random.nextInt(400);
    int hashes = 1 + random.nextInt(random.nextBoolean() ? 8 : 100_000);
    List<Put> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int hash = random.nextInt(hashes) * (random.nextBoolean() ? 1 : 0x100001);
      ops.add(new Put(hash, random.nextInt(50), random.nextInt(5)));
    }
    return ops;
  }

  private static Optional<String> matchesHashMap(List<Put> ops) {
    PersistentMap<Key, Integer> map = PersistentMap.empty();
    Map<Key, Integer> expected = new HashMap<>();
    List<PersistentMap<Key, Integer>> versions = new ArrayList<>();
    List<Map<Key, Integer>> snapshots = new ArrayList<>();
    for (Put op : ops) {
      Key key = new Key(op.hash(), op.id());
      map = map.plus(key, op.value());
      expected.put(key, op.value());
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
