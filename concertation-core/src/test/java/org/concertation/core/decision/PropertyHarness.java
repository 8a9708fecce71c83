package org.concertation.core.decision;

import java.util.SplittableRandom;

/**
 * A seeded property harness: runs a property on many random cases and, on a failure, reports the
 * seed that replays the run and the simplest failing case it can find by shrinking.
 *
 * <p>{@code -Dconcertation.tries=N} sets the number of cases per property (2,000 by default) and
 * {@code -Dconcertation.seed=S} replays a run; without it every run draws a new seed.
 */
final class PropertyHarness {
  /** Cases tried per property. */
  static final int TRIES = Integer.getInteger("concertation.tries", 2_000);

  /** The seed of this run. */
  static final long SEED = Long.getLong("concertation.seed", new SplittableRandom().nextLong());

  private PropertyHarness() {}

  /** A property of one case; the random source serves its own choices. */
  @FunctionalInterface
  interface Property {
    /**
     * Checks the property, throwing an {@link AssertionError} when it does not hold.
     *
     * @return whether the case was one the property is about (not vacuously true)
     */
    boolean check(DecisionCase decisionCase, SplittableRandom random);
  }

  /**
   * Checks a property on {@link #TRIES} random cases.
   *
   * @param name the property, for the report
   * @param minimumRelevantPerMille the least share of cases, in thousandths, that must be relevant,
   *     so that a property is not passed vacuously (checked from 500 tries up)
   * @param property the property
   */
  static void forAll(String name, int minimumRelevantPerMille, Property property) {
    SplittableRandom seeds = new SplittableRandom(SEED ^ name.hashCode());
    int relevant = 0;
    for (int attempt = 1; attempt <= TRIES; attempt++) {
      long caseSeed = seeds.nextLong();
      DecisionCase decisionCase = DecisionCase.random(new SplittableRandom(caseSeed));
      Throwable failure = failure(property, decisionCase, caseSeed);
      if (failure == FAILED_TO_BE_RELEVANT) {
        continue;
      }
      if (failure != null) {
        DecisionCase shrunk = shrink(property, decisionCase, caseSeed);
        AssertionError report =
            new AssertionError(
                String.format(
                    "Property '%s' failed on try %d of %d; replay with -Dconcertation.seed=%d (case"
                        + " seed %d).%nShrunk case:%n  %s%nShrunk failure: %s%nOriginal case:%n "
                        + " %s",
                    name,
                    attempt,
                    TRIES,
                    SEED,
                    caseSeed,
                    shrunk,
                    failure(property, shrunk, caseSeed),
                    decisionCase),
                failure);
        throw report;
      }
      relevant++;
    }
    if (TRIES >= 500 && relevant * 1000L < (long) minimumRelevantPerMille * TRIES) {
      throw new AssertionError(
          String.format(
              "Property '%s' was relevant to only %d of %d cases (seed %d): the generator misses"
                  + " it",
              name, relevant, TRIES, SEED));
    }
  }

  private static final Throwable FAILED_TO_BE_RELEVANT = new Throwable("not relevant");

  /** Runs the property: null when it holds on a relevant case, else why not. */
  private static Throwable failure(Property property, DecisionCase decisionCase, long caseSeed) {
    try {
      return property.check(decisionCase, new SplittableRandom(~caseSeed))
          ? null
          : FAILED_TO_BE_RELEVANT;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }

  private static boolean fails(Property property, DecisionCase decisionCase, long caseSeed) {
    Throwable failure = failure(property, decisionCase, caseSeed);
    return failure != null && failure != FAILED_TO_BE_RELEVANT;
  }

  private static DecisionCase shrink(Property property, DecisionCase failing, long caseSeed) {
    DecisionCase smallest = failing;
    boolean shrunk = true;
    while (shrunk) {
      shrunk = false;
      for (DecisionCase simpler : smallest.simplifications()) {
        if (fails(property, simpler, caseSeed)) {
          smallest = simpler;
          shrunk = true;
          break;
        }
      }
    }
    return smallest;
  }
}
