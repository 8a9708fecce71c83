package org.concertation.core.choice;

import java.util.SplittableRandom;
import java.util.function.BiConsumer;

/**
 * A seeded property harness: runs a check on many random cases and, on failure, reports the seed of
 * the failing case so that it can be replayed with {@code -Dseed=...}.
 */
final class Seeded {
  private Seeded() {}

  static void forAll(int tries, BiConsumer<SplittableRandom, Long> check) {
    String fixed = System.getProperty("seed");
    long base = fixed != null ? Long.parseLong(fixed) : new SplittableRandom().nextLong();
    int count = fixed != null ? 1 : tries;
    for (int i = 0; i < count; i++) {
      long seed = base + i;
      try {
        check.accept(new SplittableRandom(seed), seed);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "property failed for seed "
                + seed
                + " (replay with -Dseed="
                + seed
                + "): "
                + e.getMessage(),
            e);
      }
    }
  }
}
