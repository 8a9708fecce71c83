package org.concertation.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

/**
 * The algorithms on random small pools, against brute force over every panel, on the project's
 * seeded property harness ({@code -Dconcertation.seed=S}, {@code -Dconcertation.tries=N}; 40 pools
 * a property by default, since each solves many programs).
 */
class PanelProperties {
  private static final int TRIES = 40;

  /** At least this share of the pools must be ones a property is about. */
  private static final double RELEVANT = 0.2;

  private static final double TOLERANCE = 1e-6;

  record Case(Pool pool, ImmutableList<Quota> quotas, int size) {
    @Override
    public String toString() {
      return Arrays.toString(rows(pool)) + ", size " + size + ", quotas " + quotas;
    }
  }

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

  private static String[] rows(Pool pool) {
    String[] rows = new String[pool.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = String.join(" ", pool.features(i));
    }
    return rows;
  }

  @Test
  void theOptimalAlgorithmsMatchBruteForceAndTheirCertificatesHold() {
    PropertyHarness.forAll(
            "MAXIMIN and LEXIMIN reach the brute-force optimum with certificates that hold",
            TRIES,
            PanelProperties::random,
            (c, random) -> {
              List<List<String>> all = Fixtures.allPanels(c.pool(), c.quotas(), c.size());
              PropertyHarness.assume(!all.isEmpty()); // infeasible pools: the next property
              double best = Fixtures.bruteForceMaximin(c.pool(), all);
              Allocation maximin =
                  Panels.allocate(c.pool(), c.quotas(), c.size(), Algorithm.MAXIMIN);
              Allocation leximin =
                  Panels.allocate(c.pool(), c.quotas(), c.size(), Algorithm.LEXIMIN);
              Allocation nash = Panels.allocate(c.pool(), c.quotas(), c.size(), Algorithm.NASH);
              for (Allocation allocation : List.of(maximin, leximin, nash)) {
                for (Allocation.Panel panel : allocation.panels()) {
                  assertThat(Panels.violations(c.pool(), c.quotas(), panel.members())).isEmpty();
                }
                double seats =
                    allocation.probabilities().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();
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
            })
        .requireChecked(RELEVANT);
  }

  @Test
  void infeasibleQuotasNameAnIrreducibleConflict() {
    PropertyHarness.forAll(
            "infeasible quotas name an irreducible conflict",
            TRIES,
            PanelProperties::random,
            (c, random) -> {
              boolean feasible = !Fixtures.allPanels(c.pool(), c.quotas(), c.size()).isEmpty();
              try {
                Panels.checkFeasible(c.pool(), c.quotas(), c.size());
                assertThat(feasible).as("feasible").isTrue();
                PropertyHarness.assume(false); // feasible pools: the property above
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
              }
            })
        .requireChecked(RELEVANT);
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
