package org.concertation.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import java.util.SplittableRandom;
import org.concertation.api.decision.Fraction;
import org.junit.jupiter.api.Test;

class ExactShareTest {
  private static final BigInteger TEN_TO_19 = BigInteger.TEN.pow(19);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  @Test
  void keepsLowestTerms() {
    ExactShare share = ExactShare.of(BigInteger.valueOf(6), BigInteger.valueOf(8));

    assertThat(share.numerator()).isEqualTo(3);
    assertThat(share.denominator()).isEqualTo(4);
  }

  @Test
  void convertsExactlyToAFractionWhenItFits() {
    ExactShare share = ExactShare.of(BigInteger.valueOf(14), BigInteger.valueOf(21));

    assertThat(share.fitsInFraction()).isTrue();
    assertThat(share.toFraction(Fraction.HALF)).isEqualTo(Fraction.of(2, 3));
  }

  @Test
  void comparesExactlyWithAFraction() {
    ExactShare justAboveHalf = ExactShare.of(TEN_TO_19.add(BigInteger.ONE), TEN_TO_19.shiftLeft(1));

    assertThat(justAboveHalf.compareTo(Fraction.HALF)).isPositive();
    assertThat(ExactShare.of(Fraction.HALF).compareTo(Fraction.HALF)).isZero();
  }

  @Test
  void approximatesAShareJustAboveTheThresholdByAFractionStillAboveIt() {
    // Its convergents are 0/1, 1/1, 1/2, then one that does not fit: 1/2 is the threshold itself.
    ExactShare share =
        ExactShare.of(TEN_TO_19.add(BigInteger.ONE), TEN_TO_19.shiftLeft(1).add(BigInteger.ONE));

    Fraction approximation = share.toFraction(Fraction.HALF);

    assertThat(share.fitsInFraction()).isFalse();
    assertThat(approximation.compareTo(Fraction.HALF)).isPositive();
    assertThat(distance(share, approximation)).isLessThan(new BigDecimal("1e-18"));
  }

  @Test
  void approximatesAShareJustBelowTheThresholdByAFractionStillBelowIt() {
    ExactShare share =
        ExactShare.of(
            TEN_TO_19.subtract(BigInteger.ONE), TEN_TO_19.shiftLeft(1).subtract(BigInteger.ONE));

    Fraction approximation = share.toFraction(Fraction.HALF);

    assertThat(approximation.compareTo(Fraction.HALF)).isNegative();
    assertThat(distance(share, approximation)).isLessThan(new BigDecimal("1e-18"));
  }

  @Test
  void approximationsOfLargeSharesStayOnTheirSideOfAnyThresholdAndClose() {
    SplittableRandom random = new SplittableRandom(20_261_128L);
    for (int i = 0; i < 5_000; i++) {
      BigInteger denominator =
          new BigInteger(64 + random.nextInt(64), new Random(random.nextLong())).add(TEN_TO_19);
      BigInteger numerator =
          random.nextBoolean()
              ? denominator.shiftRight(1).add(BigInteger.valueOf(random.nextInt(-3, 4)))
              : new BigInteger(denominator.bitLength() - 1, new Random(random.nextLong()));
      ExactShare share = ExactShare.of(numerator, denominator);
      long thresholdDenominator = 2 + random.nextLong(1L << random.nextInt(1, 62));
      Fraction threshold =
          random.nextBoolean()
              ? Fraction.HALF
              : Fraction.of(
                  thresholdDenominator - random.nextLong((thresholdDenominator + 1) / 2),
                  thresholdDenominator);

      Fraction approximation = share.toFraction(threshold);

      assertThat(Integer.signum(approximation.compareTo(threshold)))
          .as("side of %s against %s for %s", approximation, threshold, share)
          .isEqualTo(Integer.signum(share.compareTo(threshold)));
      if (!share.fitsInFraction()) {
        assertThat(distance(share, approximation))
            .as("distance of %s from %s", approximation, share)
            .isLessThan(new BigDecimal("1e-12"));
      }
    }
  }

  @Test
  void aShareWhoseDenominatorIsTheLargestLongConvertsExactly() {
    ExactShare share = ExactShare.of(BigInteger.ONE, LONG_MAX);

    assertThat(share.fitsInFraction()).isTrue();
    assertThat(share.toFraction(Fraction.HALF)).isEqualTo(Fraction.of(1, Long.MAX_VALUE));
  }

  @Test
  void approximatesByTheLastConvergentThatFitsEvenWhenItsDenominatorIsTheLargestLong() {
    // 2/(2 MAX + 1) = [0; MAX, 2]: its convergents are 0/1, 1/MAX, then itself, which does not fit
    ExactShare share = ExactShare.of(BigInteger.TWO, LONG_MAX.shiftLeft(1).add(BigInteger.ONE));

    assertThat(share.fitsInFraction()).isFalse();
    assertThat(share.toFraction(Fraction.HALF)).isEqualTo(Fraction.of(1, Long.MAX_VALUE));
  }

  @Test
  void printsItsLowestTerms() {
    assertThat(ExactShare.of(BigInteger.valueOf(6), BigInteger.valueOf(8))).hasToString("3/4");
  }

  private static BigDecimal distance(ExactShare share, Fraction fraction) {
    MathContext context = new MathContext(60);
    BigDecimal exact =
        new BigDecimal(share.numerator()).divide(new BigDecimal(share.denominator()), context);
    BigDecimal approximate =
        BigDecimal.valueOf(fraction.numerator())
            .divide(BigDecimal.valueOf(fraction.denominator()), context);
    return exact.subtract(approximate).abs();
  }
}
