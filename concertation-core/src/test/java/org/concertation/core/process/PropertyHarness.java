package org.concertation.core.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;

/**
 * A seeded property harness without a property-testing library: draws many sequences from a seeded
 * generator, checks each, and on a failure shrinks the sequence to the shortest one it can find
 * that still fails, then reports the seed and that sequence.
 *
 * <p>The number of tries comes from the system property {@code concertation.tries} when set, and
 * the base seed from {@code concertation.seed}, so that a failure can be replayed exactly.
 */
final class PropertyHarness {
  private PropertyHarness() {}

  /** How many tries to run: the system property {@code concertation.tries}, or a default. */
  static int tries(int defaultTries) {
    return Integer.getInteger("concertation.tries", defaultTries);
  }

  /** The base seed: the system property {@code concertation.seed}, or a fixed default. */
  static long baseSeed() {
    return Long.getLong("concertation.seed", 20261128L);
  }

  /**
   * Draws {@code tries} sequences and checks each.
   *
   * @param tries how many sequences
   * @param generator a sequence from a seeded random source
   * @param property the failure of a sequence, or empty when it holds
   * @return how many sequences were checked
   * @throws AssertionFailedError on the first failing sequence, with its seed and shrunk form
   */
  static <T> int forAll(
      int tries,
      Function<SplittableRandom, List<T>> generator,
      Function<List<T>, Optional<String>> property) {
    long base = baseSeed();
    for (int i = 0; i < tries; i++) {
      long seed = base + i;
      List<T> sequence = generator.apply(new SplittableRandom(seed));
      Optional<String> failure = property.apply(sequence);
      if (failure.isPresent()) {
        List<T> shortest = shrink(sequence, property);
        StringBuilder message =
            new StringBuilder()
                .append("property failed for seed ")
                .append(seed)
                .append(" (replay with -Dconcertation.seed=")
                .append(seed)
                .append(" -Dconcertation.tries=1): ")
                .append(property.apply(shortest).orElse(failure.get()))
                .append("\nshortest failing sequence (")
                .append(shortest.size())
                .append(" of ")
                .append(sequence.size())
                .append(" steps):");
        for (int k = 0; k < shortest.size(); k++) {
          message.append("\n  ").append(k + 1).append(". ").append(shortest.get(k));
        }
        throw new AssertionFailedError(message.toString());
      }
    }
    return tries;
  }

  /**
   * Shrinks a failing sequence: removes chunks, halving their size down to single steps, for as
   * long as the property still fails.
   */
  static <T> List<T> shrink(List<T> failing, Function<List<T>, Optional<String>> property) {
    List<T> current = new ArrayList<>(failing);
    int chunk = Math.max(1, current.size() / 2);
    while (true) {
      boolean removed = false;
      for (int start = 0; start < current.size(); ) {
        List<T> candidate = new ArrayList<>(current.subList(0, start));
        candidate.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
        if (candidate.size() < current.size() && property.apply(candidate).isPresent()) {
          current = candidate;
          removed = true;
        } else {
          start += chunk;
        }
      }
      if (chunk == 1 && !removed) {
        return current;
      }
      if (!removed) {
        chunk = Math.max(1, chunk / 2);
      }
    }
  }
}
