package org.concertation.core.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Ranked rules on real PrefLib files from {@code ../shared/data/preflib}, skipped where absent. */
class PrefLibDataTest {
  private static Profile read(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve(".git"))) {
      dir = dir.getParent();
    }
    assumeTrue(dir != null, "no repository root above the working directory");
    Path file = dir.resolve("../shared/data/preflib").resolve(name).normalize();
    assumeTrue(Files.isRegularFile(file), "no data at " + file);
    return PrefLib.read(file);
  }

  @Test
  void burlington2009InstantRunoffWinnerIsNotTheCondorcetWinner() {
    Profile profile = read("00005-00000002.toi");
    assertThat(profile.voters()).isEqualTo(8980);
    assertThat(profile.candidates()).contains("Bob Kiss", "Andy Montroll", "Kurt Wright");
    assertThat(RankedRule.IRV.apply(profile).winners()).containsExactly("Bob Kiss");
    assertThat(profile.pairwise().condorcetWinner()).contains("Andy Montroll");
    assertThat(RankedRule.SCHULZE.apply(profile).winners()).containsExactly("Andy Montroll");
    assertThat(RankedRule.RANKED_PAIRS.apply(profile).winners()).containsExactly("Andy Montroll");
  }

  @Test
  void debian2007ReadsTruncatedStrictOrders() {
    Profile profile = read("00002-00000005.soi");
    assertThat(profile.voters()).isEqualTo(482);
    assertThat(profile.candidates()).hasSize(9);
    ChoiceOutcome schulze = RankedRule.SCHULZE.apply(profile);
    // Sam Hocevar won the 2007 Debian project leader election (Condorcet/Schulze).
    assertThat(schulze.winners()).containsExactly("Sam Hocevar");
    assertThat(RankedRule.KEMENY.apply(profile).winners()).containsExactly("Sam Hocevar");
  }

  @Test
  void netflixCompleteOrdersGiveBordaScoresSummingToThreePerBallot() {
    Profile profile = read("00004-00000006.soc");
    assertThat(profile.voters()).isEqualTo(940);
    @SuppressWarnings("unchecked")
    java.util.Map<String, Number> scores =
        (java.util.Map<String, Number>) RankedRule.BORDA.apply(profile).details().get("scores");
    assertThat(scores.values().stream().mapToLong(Number::longValue).sum()).isEqualTo(3 * 940L);
  }
}
