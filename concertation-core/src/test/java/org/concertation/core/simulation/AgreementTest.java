package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

/** Kendall's tau-b between two gradings, counted from the table of grades. */
class AgreementTest {
  @Test
  void gradingsInTheSameOrderAgreeFullyAndInTheReverseOrderNotAtAll() {
    assertThat(Agreement.tauB(new int[] {1, 2, 3, 4}, new int[] {2, 3, 4, 5})).isEqualTo(1.0);
    assertThat(Agreement.tauB(new int[] {1, 2, 3, 4}, new int[] {5, 4, 3, 1})).isEqualTo(-1.0);
  }

  @Test
  void oneDiscordantPairOfThreeGivesOneThird() {
    // pairs (1,2) and (1,3) concordant, (2,3) discordant: (2 - 1) / 3
    assertThat(Agreement.tauB(new int[] {1, 2, 3}, new int[] {1, 3, 2}))
        .isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void tiesLeaveTheDenominatorThePairsUntiedOnEachSide() {
    // 6 pairs: 4 concordant, none discordant, one tied on each side: 4 / sqrt(5 * 5)
    assertThat(Agreement.tauB(new int[] {1, 2, 2, 3}, new int[] {1, 2, 3, 3}))
        .isCloseTo(0.8, within(1e-12));
    // one concordant, one discordant, two tied on each side: 0 / sqrt(4 * 4)
    assertThat(Agreement.tauB(new int[] {1, 1, 2, 2}, new int[] {1, 2, 1, 2})).isZero();
  }

  @Test
  void isUndefinedWithFewerThanTwoPairsOrWithOneSideAllTied() {
    assertThat(Agreement.tauB(new int[] {}, new int[] {})).isNaN();
    assertThat(Agreement.tauB(new int[] {3}, new int[] {4})).isNaN();
    assertThat(Agreement.tauB(new int[] {3, 3, 3}, new int[] {1, 2, 3})).isNaN();
    assertThat(Agreement.tauB(new int[] {1, 2, 3}, new int[] {5, 5, 5})).isNaN();
  }

  @Test
  void refusesGradingsOfDifferentLengths() {
    assertThatThrownBy(() -> Agreement.tauB(new int[] {1, 2}, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid gradings: 2 and 1 items");
  }

  @Test
  void theTableCountGivesWhatComparingEveryPairOfItemsGives() {
    PropertyHarness.forAll(
            "Kendall's tau-b from the table of grades equals its definition over every pair",
            300,
            random -> {
              int n = random.nextInt(30);
              int levels = 1 + random.nextInt(6);
              int[][] xy = new int[2][n];
              for (int i = 0; i < n; i++) {
                xy[0][i] = random.nextInt(levels);
                xy[1][i] = random.nextInt(levels) - 2;
              }
              return xy;
            },
            (xy, random) -> {
              double expected = byEveryPair(xy[0], xy[1]);
              double actual = Agreement.tauB(xy[0], xy[1]);
              if (Double.isNaN(expected)) {
                assertThat(actual).isNaN();
              } else {
                assertThat(actual).isCloseTo(expected, within(1e-12)).isBetween(-1.0, 1.0);
              }
            })
        .requireChecked(1.0);
  }

  /** Kendall's tau-b as its definition says, pair of items by pair of items. */
  private static double byEveryPair(int[] x, int[] y) {
    long concordant = 0;
    long discordant = 0;
    long untiedX = 0;
    long untiedY = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        long s = Long.signum(x[i] - x[j]) * (long) Long.signum(y[i] - y[j]);
        if (s > 0) {
          concordant++;
        } else if (s < 0) {
          discordant++;
        }
        untiedX += x[i] != x[j] ? 1 : 0;
        untiedY += y[i] != y[j] ? 1 : 0;
      }
    }
    return untiedX == 0 || untiedY == 0
        ? Double.NaN
        : (concordant - discordant) / Math.sqrt((double) untiedX * untiedY);
  }
}
