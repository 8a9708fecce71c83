package org.concertation.core.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The algorithms on the examples of Flanigan et al. from {@code ../shared/data/sortition} (or the
 * folder named by the system property {@code concertation.data}), skipped where absent. The
 * published figures: LEXIMIN's lowest chance is 10.0% on both; LEGACY's at most 1.21% on the small
 * one and 0.25% on the large one.
 */
class PanelDataTest {
  static Path dataFolder() {
    String property = System.getProperty("concertation.data");
    if (property != null) {
      return Path.of(property);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null
        && !Files.isDirectory(dir.resolve(".git"))
        && !Files.isRegularFile(dir.resolve(".git"))) {
      dir = dir.getParent();
    }
    return dir == null ? Path.of("absent") : dir.resolve("../shared/data").normalize();
  }

  record Instance(Pool pool, ImmutableList<Quota> quotas, int size) {}

  static Instance instance(String name, int size) {
    Path folder = dataFolder().resolve("sortition").resolve(name);
    assumeTrue(Files.isRegularFile(folder.resolve("respondents.csv")), "no data at " + folder);
    ImmutableList<Quota> quotas = Quota.read(folder.resolve("categories.csv"));
    Pool pool = Pool.read(folder.resolve("respondents.csv"), quotas, Optional.empty());
    return new Instance(pool, quotas, size);
  }

  @Test
  void leximinGivesEveryoneTheFairShareOnTheSmallExample() {
    Instance small = instance("example_small_20", 20);
    Allocation leximin = Panels.allocate(small.pool(), small.quotas(), 20, Algorithm.LEXIMIN);
    assertThat(leximin.minimum()).isCloseTo(0.10, within(1e-6));
    Certificate.Check check =
        leximin.certificate().orElseThrow().check(small.pool(), small.quotas(), leximin);
    assertThat(check.problems()).isEmpty();
    assertThat(check.bounds().get(0)).isCloseTo(0.10, within(1e-6));
    for (Allocation.Panel panel : leximin.panels()) {
      assertThat(Panels.violations(small.pool(), small.quotas(), panel.members())).isEmpty();
    }
  }

  @Test
  void legacyLeavesSomeoneFarBelowOnTheSmallExample() {
    Instance small = instance("example_small_20", 20);
    Allocation legacy = Panels.allocate(small.pool(), small.quotas(), 20, Algorithm.LEGACY);
    // published: at most 1.21%; ours is estimated from 10,000 draws, within sampling error
    assertThat(legacy.minimum()).isLessThan(0.02);
    for (Allocation.Panel panel : legacy.panels()) {
      assertThat(Panels.violations(small.pool(), small.quotas(), panel.members())).isEmpty();
    }
  }

  @Test
  void leximinReachesTheFairShareOnTheLargeExampleWithACheckedCertificate() {
    Instance large = instance("example_large_200", 200);
    Allocation leximin = Panels.allocate(large.pool(), large.quotas(), 200, Algorithm.LEXIMIN);
    assertThat(leximin.minimum()).isCloseTo(0.10, within(1e-6));
    Certificate.Check check =
        leximin.certificate().orElseThrow().check(large.pool(), large.quotas(), leximin);
    assertThat(check.problems()).isEmpty();
    for (Allocation.Panel panel : leximin.panels()) {
      assertThat(Panels.violations(large.pool(), large.quotas(), panel.members())).isEmpty();
    }
    Draw draw = Draw.of(large.pool(), large.quotas(), leximin, 20211);
    assertThat(draw.verify(large.pool(), large.quotas(), leximin)).isEmpty();
  }

  @Test
  void legacyLeavesSomeoneFarBelowOnTheLargeExample() {
    Instance large = instance("example_large_200", 200);
    Allocation legacy = Panels.allocate(large.pool(), large.quotas(), 200, Algorithm.LEGACY);
    // published: at most 0.25%
    assertThat(legacy.minimum()).isLessThan(0.005);
  }
}
