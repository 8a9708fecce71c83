package org.concertation.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

class PanelsTest {
  private static final List<String> GENDER_AGE = List.of("gender", "age");

  /** Ten volunteers, one old woman among them; panels of four with two of each gender. */
  private static final Pool POOL =
      Fixtures.pool(
          GENDER_AGE,
          "female old",
          "female young",
          "female young",
          "female young",
          "male old",
          "male old",
          "male old",
          "male young",
          "male young",
          "male young");

  private static final ImmutableList<Quota> QUOTAS =
      Fixtures.quotas("gender female 2 2", "gender male 2 2", "age old 2 4", "age young 1 4");

  @Test
  void namesTheQuotasThatConflict() {
    ImmutableList<Quota> quotas =
        Fixtures.quotas("gender female 3 4", "gender male 2 4", "age old 0 4", "age young 0 4");
    assertThatThrownBy(() -> Panels.allocate(POOL, quotas, 4, Algorithm.LEXIMIN))
        .isInstanceOf(InfeasibleQuotasException.class)
        .hasMessage(
            "No panel of 4 meets these quotas together: gender/female in [3, 4]; gender/male in [2,"
                + " 4]")
        .satisfies(
            e ->
                assertThat(((InfeasibleQuotasException) e).conflict())
                    .containsExactly(quotas.get(0), quotas.get(1)));
  }

  @Test
  void namesASmallestConflictWhereTheDeletionFilterFindsALargerOne() {
    // "gender female 5 5" conflicts alone (a panel of 4); old and young also conflict together
    ImmutableList<Quota> quotas =
        Fixtures.quotas("gender female 5 5", "gender male 0 4", "age old 3 4", "age young 2 4");
    boolean[] filtered = new Model(POOL, quotas, 4, false).deletionFilter();
    assertThat(filtered).containsExactly(false, false, true, true);

    assertThatThrownBy(() -> Panels.checkFeasible(POOL, quotas, 4))
        .isInstanceOf(InfeasibleQuotasException.class)
        .hasMessage("No panel of 4 meets these quotas together: gender/female in [5, 5]")
        .satisfies(
            e ->
                assertThat(((InfeasibleQuotasException) e).conflict())
                    .containsExactly(quotas.get(0)));
  }

  @Test
  void theConflictNamedIsASmallestOneOnRandomInfeasibleQuotas() {
    AtomicInteger infeasible = new AtomicInteger();
    AtomicInteger smallerThanTheFilters = new AtomicInteger();
    PropertyHarness.Summary summary =
        PropertyHarness.forAll(
            "the conflict named is a smallest one",
            150,
            random -> {
              List<String> rows = new ArrayList<>();
              int volunteers = 6 + random.nextInt(5);
              for (int v = 0; v < volunteers; v++) {
                rows.add(
                    (random.nextBoolean() ? "female" : "male")
                        + " "
                        + List.of("young", "middle", "old").get(random.nextInt(3)));
              }
              List<String> quotas = new ArrayList<>();
              for (String feature :
                  List.of("gender female", "gender male", "age young", "age middle", "age old")) {
                int min = random.nextInt(4);
                quotas.add(feature + " " + min + " " + (min + random.nextInt(3)));
              }
              return List.of(rows, quotas);
            },
            (input, random) -> {
              Pool pool = Fixtures.pool(GENDER_AGE, input.get(0).toArray(String[]::new));
              ImmutableList<Quota> quotas = Fixtures.quotas(input.get(1).toArray(String[]::new));
              int size = 4;
              Model model = new Model(pool, quotas, size, false);
              boolean[] all = new boolean[quotas.size()];
              java.util.Arrays.fill(all, true);
              boolean[] none = new boolean[quotas.size()];
              if (model.feasible(all) || !model.feasible(none)) {
                return; // met, or a pool too small whatever the quotas: no conflict to name
              }
              infeasible.incrementAndGet();
              ImmutableList<Quota> conflict =
                  catchConflict(() -> Panels.checkFeasible(pool, quotas, size));
              assertThat(model.feasible(activeOf(quotas, conflict))).isFalse();
              for (int mask = 0; mask < 1 << quotas.size(); mask++) {
                boolean[] active = new boolean[quotas.size()];
                for (int q = 0; q < quotas.size(); q++) {
                  active[q] = (mask & (1 << q)) != 0;
                }
                if (Integer.bitCount(mask) < conflict.size()) {
                  assertThat(model.feasible(active)).as("a smaller conflict %s", mask).isTrue();
                }
              }
              if (conflict.size() < countTrue(model.deletionFilter())) {
                smallerThanTheFilters.incrementAndGet();
              }
            });
    if (!summary.isFullRun()) {
      return; // replaying a few tries: the coverage below is a property of many inputs
    }
    // the random quotas must conflict, or the property proves little
    assertThat(infeasible.get()).isPositive();
    // and some must be where the deletion filter alone names a larger conflict
    assertThat(smallerThanTheFilters.get()).isPositive();
  }

  private static boolean[] activeOf(List<Quota> quotas, List<Quota> chosen) {
    boolean[] active = new boolean[quotas.size()];
    for (Quota quota : chosen) {
      active[quotas.indexOf(quota)] = true;
    }
    return active;
  }

  private static ImmutableList<Quota> catchConflict(Runnable check) {
    try {
      check.run();
    } catch (InfeasibleQuotasException e) {
      return e.conflict();
    }
    throw new AssertionError("the quotas were met");
  }

  private static int countTrue(boolean[] values) {
    int n = 0;
    for (boolean v : values) {
      n += v ? 1 : 0;
    }
    return n;
  }

  @Test
  void saysWhenThePoolIsTooSmallWhateverTheQuotas() {
    assertThatThrownBy(() -> Panels.checkFeasible(POOL, QUOTAS, 11))
        .isInstanceOf(InfeasibleQuotasException.class)
        .satisfies(e -> assertThat(((InfeasibleQuotasException) e).conflict()).isEmpty());
  }

  @Test
  void refusesQuotasOnOtherCategoriesThanThePool() {
    ImmutableList<Quota> quotas = Fixtures.quotas("gender female 2 2", "gender male 2 2");
    assertThatThrownBy(() -> Panels.allocate(POOL, quotas, 4, Algorithm.MAXIMIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("their categories [gender] are not the pool's [gender, age]");
  }

  @Test
  void leximinAndMaximinReachTheBruteForceOptimumWithACheckedCertificate() {
    double best = Fixtures.bruteForceMaximin(POOL, Fixtures.allPanels(POOL, QUOTAS, 4));
    for (Algorithm algorithm : List.of(Algorithm.MAXIMIN, Algorithm.LEXIMIN)) {
      Allocation allocation = Panels.allocate(POOL, QUOTAS, 4, algorithm);
      assertThat(allocation.minimum()).as(algorithm.label()).isCloseTo(best, within(1e-7));
      Certificate certificate = allocation.certificate().orElseThrow();
      Certificate.Check check = certificate.check(POOL, QUOTAS, allocation);
      assertThat(check.problems()).isEmpty();
      assertThat(check.holds()).isTrue();
      assertThat(check.bounds().get(0)).isCloseTo(best, within(1e-7));
    }
  }

  @Test
  void leximinRaisesTheOthersOnceTheLowestIsFixed() {
    // the old woman must sit whenever two old people do not come from the three old men
    Allocation leximin = Panels.allocate(POOL, QUOTAS, 4, Algorithm.LEXIMIN);
    Map<String, Double> p = leximin.probabilities();
    // every woman is a quarter of the women's seats on average: 2 seats for 4 women
    double women = p.get("1") + p.get("2") + p.get("3") + p.get("4");
    assertThat(women).isCloseTo(2, within(1e-9));
    assertThat(leximin.certificate().orElseThrow().levels()).hasSizeGreaterThan(1);
    double sum = p.values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isCloseTo(4, within(1e-9));
  }

  @Test
  void aCertificateWithAnInflatedBoundOrChangedWeightsFailsItsCheck() {
    Allocation allocation = Panels.allocate(POOL, QUOTAS, 4, Algorithm.MAXIMIN);
    Certificate.Level level = allocation.certificate().orElseThrow().levels().get(0);
    Certificate inflated =
        Certificate.of(
            List.of(new Certificate.Level(level.bound() + 0.01, level.weights(), level.fixed())));
    assertThat(inflated.check(POOL, QUOTAS, allocation).holds()).isFalse();
    Map<String, Double> uniform = new HashMap<>();
    POOL.ids().forEach(id -> uniform.put(id, 1.0 / POOL.size()));
    Certificate flat =
        Certificate.of(
            List.of(
                new Certificate.Level(level.bound(), ImmutableMap.copyOf(uniform), level.fixed())));
    Certificate.Check check = flat.check(POOL, QUOTAS, allocation);
    assertThat(check.holds()).isFalse();
    assertThat(check.bounds().get(0)).isCloseTo(0.4, within(1e-9)); // 4 seats of 10
  }

  @Test
  void aCertificateDoesNotProveAWorseAllocation() {
    Allocation maximin = Panels.allocate(POOL, QUOTAS, 4, Algorithm.MAXIMIN);
    Allocation legacy = Panels.legacy(POOL, QUOTAS, 4, 2_000, 7);
    assertThat(legacy.minimum()).isLessThan(maximin.minimum() - 0.01);
    assertThat(maximin.certificate().orElseThrow().check(POOL, QUOTAS, legacy).holds()).isFalse();
  }

  @Test
  void everyPanelOfEveryAlgorithmMeetsTheQuotas() {
    for (Algorithm algorithm : Algorithm.values()) {
      Allocation allocation = Panels.allocate(POOL, QUOTAS, 4, algorithm);
      assertThat(allocation.algorithm()).isEqualTo(algorithm);
      for (Allocation.Panel panel : allocation.panels()) {
        assertThat(Panels.violations(POOL, QUOTAS, panel.members()))
            .as(algorithm.label())
            .isEmpty();
      }
      double total = allocation.panels().stream().mapToDouble(Allocation.Panel::probability).sum();
      assertThat(total).isCloseTo(1, within(Allocation.TOTAL_TOLERANCE));
    }
  }

  @Test
  void nashHasTheLargestGeometricMean() {
    Allocation nash = Panels.allocate(POOL, QUOTAS, 4, Algorithm.NASH);
    for (Algorithm other : List.of(Algorithm.MAXIMIN, Algorithm.LEXIMIN)) {
      assertThat(nash.geometricMean())
          .isGreaterThanOrEqualTo(Panels.allocate(POOL, QUOTAS, 4, other).geometricMean() - 1e-6);
    }
    assertThat(nash.certificate()).isEmpty();
  }

  @Test
  void legacyIsTheSameForTheSameSeed() {
    Allocation a = Panels.legacy(POOL, QUOTAS, 4, 500, 11);
    Allocation b = Panels.legacy(POOL, QUOTAS, 4, 500, 11);
    assertThat(a.digest()).isEqualTo(b.digest());
    assertThat(a.probabilities()).isEqualTo(b.probabilities());
  }

  @Test
  void housematesNeverSitTogether() {
    List<String> ids = new ArrayList<>();
    List<List<String>> features = new ArrayList<>();
    List<String> households = new ArrayList<>();
    String[][] rows = {
      {"female", "old", "a"}, {"male", "old", "a"}, {"female", "young", "b"},
      {"male", "young", "b"}, {"female", "young", ""}, {"male", "old", ""},
      {"male", "young", ""}, {"female", "old", "c"}
    };
    for (int i = 0; i < rows.length; i++) {
      ids.add("v" + i);
      features.add(List.of(rows[i][0], rows[i][1]));
      households.add(rows[i][2]);
    }
    Pool pool = Pool.of(ids, GENDER_AGE, features, households);
    ImmutableList<Quota> quotas =
        Fixtures.quotas("gender female 2 2", "gender male 2 2", "age old 1 3", "age young 1 3");
    for (Algorithm algorithm : Algorithm.values()) {
      Allocation allocation = Panels.allocate(pool, quotas, 4, algorithm);
      for (Allocation.Panel panel : allocation.panels()) {
        assertThat(Panels.violations(pool, quotas, panel.members()))
            .as(algorithm.label())
            .isEmpty();
      }
      Map<String, Double> p = allocation.probabilities();
      assertThat(p.get("v0") + p.get("v1")).isLessThanOrEqualTo(1 + 1e-9);
    }
    assertThat(Panels.violations(pool, quotas, List.of("v0", "v1", "v2", "v6")))
        .contains("'v1' and 'v0' share a household");
  }

  @Test
  void aDrawIsRedoneFromItsRecord() {
    Allocation allocation = Panels.allocate(POOL, QUOTAS, 4, Algorithm.LEXIMIN);
    Draw draw = Draw.of(POOL, QUOTAS, allocation, 2026);
    assertThat(draw.verify(POOL, QUOTAS, allocation)).isEmpty();
    assertThat(Panels.violations(POOL, QUOTAS, draw.panel())).isEmpty();
    Draw again = Draw.of(POOL, QUOTAS, Panels.allocate(POOL, QUOTAS, 4, Algorithm.LEXIMIN), 2026);
    assertThat(again).isEqualTo(draw);
    Draw forged =
        new Draw(
            draw.algorithm(),
            draw.size(),
            draw.seed() + 1,
            draw.poolDigest(),
            draw.quotasDigest(),
            draw.distributionDigest(),
            draw.panel());
    // another seed may draw the same panel; it must then be the panel that seed draws
    boolean same = Draw.of(POOL, QUOTAS, allocation, 2027).panel().equals(draw.panel());
    assertThat(forged.verify(POOL, QUOTAS, allocation).isEmpty()).isEqualTo(same);
  }

  @Test
  void aDrawAgainstAnotherPoolOrOtherQuotasIsRefused() {
    Allocation allocation = Panels.allocate(POOL, QUOTAS, 4, Algorithm.MAXIMIN);
    Draw draw = Draw.of(POOL, QUOTAS, allocation, 5);
    Pool other = Fixtures.pool(GENDER_AGE, "female old", "female young", "male old", "male young");
    assertThat(draw.verify(other, QUOTAS, allocation))
        .anySatisfy(problem -> assertThat(problem).startsWith("the pool's digest is"));
    ImmutableList<Quota> wider =
        Fixtures.quotas("gender female 1 3", "gender male 1 3", "age old 2 4", "age young 1 4");
    assertThat(draw.verify(POOL, wider, allocation))
        .anySatisfy(problem -> assertThat(problem).startsWith("the quotas' digest is"));
  }

  @Test
  void drawsFollowTheDistribution() {
    Pool pool = Fixtures.pool(List.of("gender"), "female", "male", "male", "male");
    ImmutableList<Quota> quotas = Fixtures.quotas("gender female 0 1", "gender male 0 1");
    Allocation allocation =
        Allocation.of(
            Algorithm.LEGACY,
            2,
            pool,
            List.of(
                new Allocation.Panel(ImmutableList.of("1", "2"), 0.25),
                new Allocation.Panel(ImmutableList.of("1", "3"), 0.75)),
            Optional.empty());
    int first = 0;
    int draws = 4_000;
    for (long seed = 0; seed < draws; seed++) {
      if (Draw.of(pool, quotas, allocation, seed).panel().contains("2")) {
        first++;
      }
    }
    assertThat((double) first / draws).isCloseTo(0.25, within(0.03));
  }

  @Test
  void anAllocationWhoseProbabilitiesDoNotSumToOneIsRefused() {
    assertThatThrownBy(
            () ->
                Allocation.of(
                    Algorithm.MAXIMIN,
                    4,
                    POOL,
                    List.of(new Allocation.Panel(ImmutableList.of("1", "2", "5", "6"), 0.5)),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid allocation: the probabilities sum to 0.5, not 1");
  }
}
