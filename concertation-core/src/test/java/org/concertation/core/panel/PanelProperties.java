package org.concertation.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The algorithms on random small pools, against brute force over every panel. Seeded: {@code
 * -Dconcertation.seed=S} replays a run (a fixed seed by default), {@code -Dconcertation.tries=N}
 * sets the number of pools (40 by default: each case solves many programs).
 */
class PanelProperties {
  private static final long SEED = Long.getLong("concertation.seed", 20210811L);
  private static final int TRIES = Integer.getInteger("concertation.tries", 40);
  private static final double TOLERANCE = 1e-6;

  record Case(Pool pool, ImmutableList<Quota> quotas, int size) {}

  private static Case random(SplittableRandom random) {
    int n = 5 + random.nextInt(8);
    List<String> categories = List.of("a", "b");
    int[] features = {2 + random.nextInt(2), 2 + random.nextInt(2)};
    List<String> ids = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("p" + i);
      rows.add(List.of("a" + random.nextInt(features[0]), "b" + random.nextInt(features[1])));
    }
    int size = 2 + random.nextInt(Math.min(n, 6) - 1);
    ImmutableList.Builder<Quota> quotas = ImmutableList.builder();
    for (int c = 0; c < 2; c++) {
      for (int f = 0; f < features[c]; f++) {
        int min = random.nextInt(3) == 0 ? 0 : random.nextInt(size / features[c] + 2);
        int max = min + random.nextInt(size);
        quotas.add(new Quota(categories.get(c), categories.get(c) + f, min, max));
      }
    }
    return new Case(Pool.of(ids, categories, rows, List.of()), quotas.build(), size);
  }

  private interface Property {
    /** Checks a case; returns whether the case is one the property is about. */
    boolean check(Case c);
  }

  /** Checks a property on {@link #TRIES} cases, at least a fifth of them relevant. */
  private static void forAll(String name, Property property) {
    SplittableRandom seeds = new SplittableRandom(SEED ^ name.hashCode());
    int relevant = 0;
    for (int attempt = 1; attempt <= TRIES; attempt++) {
      long caseSeed = seeds.nextLong();
      Case c = random(new SplittableRandom(caseSeed));
      try {
        relevant += property.check(c) ? 1 : 0;
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            String.format(
                "Property '%s' failed on try %d; replay with -Dconcertation.seed=%d (case seed %d):"
                    + " %s, size %d, quotas %s",
                name,
                attempt,
                SEED,
                caseSeed,
                Arrays.toString(rows(c.pool())),
                c.size(),
                c.quotas()),
            e);
      }
    }
    assertThat(relevant * 5)
        .as("cases relevant to '%s' (seed %d): the generator misses it", name, SEED)
        .isGreaterThanOrEqualTo(TRIES);
  }

  private static String[] rows(Pool pool) {
    String[] rows = new String[pool.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = String.join(" ", pool.features(i));
    }
    return rows;
  }

  @Test
  void theOptimalAlgorithmsMatchBruteForceAndTheirCertificatesHold() {
    forAll(
        "optimal",
        c -> {
          List<List<String>> all = Fixtures.allPanels(c.pool(), c.quotas(), c.size());
          if (all.isEmpty()) {
            return false; // checked by the next property
          }
          double best = Fixtures.bruteForceMaximin(c.pool(), all);
          Allocation maximin = Panels.allocate(c.pool(), c.quotas(), c.size(), Algorithm.MAXIMIN);
          Allocation leximin = Panels.allocate(c.pool(), c.quotas(), c.size(), Algorithm.LEXIMIN);
          Allocation nash = Panels.allocate(c.pool(), c.quotas(), c.size(), Algorithm.NASH);
          for (Allocation allocation : List.of(maximin, leximin, nash)) {
            for (Allocation.Panel panel : allocation.panels()) {
              assertThat(Panels.violations(c.pool(), c.quotas(), panel.members())).isEmpty();
            }
            double seats =
                allocation.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(seats).isCloseTo(c.size(), within(TOLERANCE));
            Draw draw = Draw.of(c.pool(), c.quotas(), allocation, c.size());
            assertThat(draw.verify(c.pool(), c.quotas(), allocation)).isEmpty();
          }
          assertThat(maximin.minimum()).isCloseTo(best, within(TOLERANCE));
          assertThat(leximin.minimum()).isCloseTo(best, within(TOLERANCE));
          for (Allocation allocation : List.of(maximin, leximin)) {
            Certificate.Check check =
                allocation.certificate().orElseThrow().check(c.pool(), c.quotas(), allocation);
            assertThat(check.problems()).isEmpty();
          }
          assertThat(leximinCompare(sorted(leximin), sorted(maximin), TOLERANCE))
              .isGreaterThanOrEqualTo(0);
          // NASH stops within a gap of its optimum: its geometric mean is compared within it
          for (Allocation other : List.of(maximin, leximin)) {
            assertThat(Math.log(nash.geometricMean()) + 2 * Nash.GAP_TOLERANCE)
                .isGreaterThanOrEqualTo(Math.log(other.geometricMean()));
          }
          assertThat(nash.minimum() > 0).isEqualTo(best > TOLERANCE);
          return true;
        });
  }

  @Test
  void infeasibleQuotasNameAnIrreducibleConflict() {
    forAll(
        "conflict",
        c -> {
          boolean feasible = !Fixtures.allPanels(c.pool(), c.quotas(), c.size()).isEmpty();
          try {
            Panels.checkFeasible(c.pool(), c.quotas(), c.size());
            assertThat(feasible).as("feasible").isTrue();
            return false;
          } catch (InfeasibleQuotasException e) {
            assertThat(feasible).as("feasible").isFalse();
            ImmutableList<Quota> conflict = e.conflict();
            assertThat(Fixtures.allPanels(c.pool(), loosened(c, conflict, null), c.size()))
                .as("the conflict alone")
                .isEmpty();
            for (Quota dropped : conflict) {
              assertThat(Fixtures.allPanels(c.pool(), loosened(c, conflict, dropped), c.size()))
                  .as("the conflict without " + dropped)
                  .isNotEmpty();
            }
            return true;
          }
        });
  }

  /** The quotas of the conflict (less one), the others loosened to any count. */
  private static List<Quota> loosened(Case c, List<Quota> conflict, Quota dropped) {
    List<Quota> quotas = new ArrayList<>();
    for (Quota quota : c.quotas()) {
      boolean kept = conflict.contains(quota) && !quota.equals(dropped);
      quotas.add(kept ? quota : new Quota(quota.category(), quota.feature(), 0, c.size()));
    }
    return quotas;
  }

  private static double[] sorted(Allocation allocation) {
    double[] p =
        allocation.probabilities().values().stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(p);
    return p;
  }

  /** Positive if a is leximin-better than b, negative if worse, 0 if equal within tolerance. */
  private static int leximinCompare(double[] a, double[] b, double tolerance) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] > b[i] + tolerance) {
        return 1;
      }
      if (a[i] < b[i] - tolerance) {
        return -1;
      }
    }
    return 0;
  }
}
