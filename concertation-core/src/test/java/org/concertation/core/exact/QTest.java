package org.concertation.core.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.concertation.api.decision.Fraction;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

class QTest {
  private static final BigInteger TEN_TO_19 = BigInteger.TEN.pow(19);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  @Test
  void keepsLowestTerms() {
    Q share = Q.of(BigInteger.valueOf(6), BigInteger.valueOf(8));

    assertThat(share.numerator()).isEqualTo(3);
    assertThat(share.denominator()).isEqualTo(4);
  }

  @Test
  void keepsTheSignInTheNumerator() {
    Q q = Q.of(BigInteger.valueOf(6), BigInteger.valueOf(-8));

    assertThat(q.numerator()).isEqualTo(-3);
    assertThat(q.denominator()).isEqualTo(4);
    assertThat(q).isEqualTo(Q.of(BigInteger.valueOf(-3), BigInteger.valueOf(4)));
  }

  @Test
  void refusesAZeroDenominator() {
    assertThatThrownBy(() -> Q.of(BigInteger.ONE, BigInteger.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid rational 1/0");
  }

  @Test
  void refusesToShowARationalOutsideZeroToOneAsAFraction() {
    Q threeHalves = Q.of(BigInteger.valueOf(3), BigInteger.TWO);

    assertThat(threeHalves.fitsInFraction()).isFalse();
    assertThatThrownBy(() -> threeHalves.toFraction(Fraction.HALF))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Invalid share 3/2: must lie between 0 and 1");
    assertThatThrownBy(() -> Q.of(-1).toFraction(Fraction.HALF))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void crossesToAndFromAFractionExactly() {
    Fraction twoThirds = Fraction.of(2, 3);

    assertThat(Q.of(twoThirds).toFraction(Fraction.HALF)).isEqualTo(twoThirds);
    assertThat(Q.of(twoThirds).minus(Q.of(Fraction.HALF)).times(6)).isEqualTo(Q.ONE);
  }

  @Test
  void convertsExactlyToAFractionWhenItFits() {
    Q share = Q.of(BigInteger.valueOf(14), BigInteger.valueOf(21));

    assertThat(share.fitsInFraction()).isTrue();
    assertThat(share.toFraction(Fraction.HALF)).isEqualTo(Fraction.of(2, 3));
  }

  @Test
  void comparesExactlyWithAFraction() {
    Q justAboveHalf = Q.of(TEN_TO_19.add(BigInteger.ONE), TEN_TO_19.shiftLeft(1));

    assertThat(justAboveHalf.compareTo(Q.of(Fraction.HALF))).isPositive();
    assertThat(Q.of(Fraction.HALF).compareTo(Q.of(Fraction.HALF))).isZero();
  }

  @Test
  void approximatesAShareJustAboveTheThresholdByAFractionStillAboveIt() {
    // Its convergents are 0/1, 1/1, 1/2, then one that does not fit: 1/2 is the threshold itself.
    Q share = Q.of(TEN_TO_19.add(BigInteger.ONE), TEN_TO_19.shiftLeft(1).add(BigInteger.ONE));

    Fraction approximation = share.toFraction(Fraction.HALF);

    assertThat(share.fitsInFraction()).isFalse();
    assertThat(approximation.compareTo(Fraction.HALF)).isPositive();
    assertThat(distance(share, approximation)).isLessThan(new BigDecimal("1e-18"));
  }

  @Test
  void approximatesAShareJustBelowTheThresholdByAFractionStillBelowIt() {
    Q share =
        Q.of(TEN_TO_19.subtract(BigInteger.ONE), TEN_TO_19.shiftLeft(1).subtract(BigInteger.ONE));

    Fraction approximation = share.toFraction(Fraction.HALF);

    assertThat(approximation.compareTo(Fraction.HALF)).isNegative();
    assertThat(distance(share, approximation)).isLessThan(new BigDecimal("1e-18"));
  }

  /** A share beyond {@code long} and the threshold it is approximated against. */
  private record LargeShare(BigInteger numerator, BigInteger denominator, Fraction threshold) {
    /**
     * A denominator of 64 to 127 random bits above 10^19, and a numerator near half of it or below
     * it.
     */
    static LargeShare draw(SplittableRandom random) {
      BigInteger denominator = bits(64 + random.nextInt(64), random).add(TEN_TO_19);
      BigInteger numerator =
          random.nextBoolean()
              ? denominator.shiftRight(1).add(BigInteger.valueOf(random.nextInt(-3, 4)))
              : bits(denominator.bitLength() - 1, random);
      long thresholdDenominator = 2 + random.nextLong(1L << random.nextInt(1, 62));
      Fraction threshold =
          random.nextBoolean()
              ? Fraction.HALF
              : Fraction.of(
                  thresholdDenominator - random.nextLong((thresholdDenominator + 1) / 2),
                  thresholdDenominator);
      return new LargeShare(numerator, denominator, threshold);
    }

    /** A uniform number of at most this many bits, drawn from the try's random source. */
    private static BigInteger bits(int bits, SplittableRandom random) {
      byte[] bytes = new byte[(bits + Byte.SIZE - 1) / Byte.SIZE];
      random.nextBytes(bytes);
      return new BigInteger(1, bytes).shiftRight(bytes.length * Byte.SIZE - bits);
    }

    /** The threshold one half, then the numerator half the denominator: the plainest cases. */
    List<LargeShare> simpler() {
      List<LargeShare> simpler = new ArrayList<>();
      if (!threshold.equals(Fraction.HALF)) {
        simpler.add(new LargeShare(numerator, denominator, Fraction.HALF));
      }
      BigInteger half = denominator.shiftRight(1);
      if (!numerator.equals(half)) {
        simpler.add(new LargeShare(half, denominator, threshold));
      }
      return simpler;
    }
  }

  @Test
  void approximationsOfLargeSharesStayOnTheirSideOfAnyThresholdAndClose() {
    PropertyHarness.forAll(
        "approximations of large shares stay on their side of any threshold and close",
        5_000,
        LargeShare::draw,
        LargeShare::simpler,
        (drawn, random) -> {
          Q share = Q.of(drawn.numerator(), drawn.denominator());
          Fraction threshold = drawn.threshold();

          Fraction approximation = share.toFraction(threshold);

          assertThat(Integer.signum(approximation.compareTo(threshold)))
              .as("side of %s against %s for %s", approximation, threshold, share)
              .isEqualTo(Integer.signum(share.compareTo(Q.of(threshold))));
          if (!share.fitsInFraction()) {
            assertThat(distance(share, approximation))
                .as("distance of %s from %s", approximation, share)
                .isLessThan(new BigDecimal("1e-12"));
          }
        });
  }

  @Test
  void aShareWhoseDenominatorIsTheLargestLongConvertsExactly() {
    Q share = Q.of(BigInteger.ONE, LONG_MAX);

    assertThat(share.fitsInFraction()).isTrue();
    assertThat(share.toFraction(Fraction.HALF)).isEqualTo(Fraction.of(1, Long.MAX_VALUE));
  }

  @Test
  void approximatesByTheLastConvergentThatFitsEvenWhenItsDenominatorIsTheLargestLong() {
    // 2/(2 MAX + 1) = [0; MAX, 2]: its convergents are 0/1, 1/MAX, then itself, which does not fit
    Q share = Q.of(BigInteger.TWO, LONG_MAX.shiftLeft(1).add(BigInteger.ONE));

    assertThat(share.fitsInFraction()).isFalse();
    assertThat(share.toFraction(Fraction.HALF)).isEqualTo(Fraction.of(1, Long.MAX_VALUE));
  }

  @Test
  void printsItsLowestTerms() {
    assertThat(Q.of(BigInteger.valueOf(6), BigInteger.valueOf(8))).hasToString("3/4");
  }

  private static BigDecimal distance(Q share, Fraction fraction) {
    MathContext context = new MathContext(60);
    BigDecimal exact =
        new BigDecimal(share.numerator()).divide(new BigDecimal(share.denominator()), context);
    BigDecimal approximate =
        BigDecimal.valueOf(fraction.numerator())
            .divide(BigDecimal.valueOf(fraction.denominator()), context);
    return exact.subtract(approximate).abs();
  }

  @Test
  void theGreatestCommonDivisorIsTheLargestRationalBothAreWholeMultiplesOf() {
    // gcd(2/3, 4/9) = gcd(2, 4) / lcm(3, 9) = 2/9: 2/3 = 3 * 2/9 and 4/9 = 2 * 2/9.
    Q a = Q.of(BigInteger.TWO, BigInteger.valueOf(3));
    Q b = Q.of(BigInteger.valueOf(4), BigInteger.valueOf(9));
    Q gcd = Q.gcd(a, b);
    assertThat(gcd).isEqualTo(Q.of(BigInteger.TWO, BigInteger.valueOf(9)));
    assertThat(a.dividedBy(gcd).longValueExact()).isEqualTo(3);
    assertThat(b.dividedBy(gcd).longValueExact()).isEqualTo(2);
    assertThat(Q.gcd(Q.of(6), Q.of(4))).isEqualTo(Q.of(2));
    assertThatThrownBy(() -> Q.gcd(Q.ZERO, a)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longValueExactRefusesFractionsAndHugeIntegers() {
    assertThat(Q.of(-7).longValueExact()).isEqualTo(-7);
    assertThat(Q.of(-7).isInteger()).isTrue();
    assertThat(Q.of(BigInteger.ONE, BigInteger.TWO).isInteger()).isFalse();
    assertThatThrownBy(() -> Q.of(BigInteger.ONE, BigInteger.TWO).longValueExact())
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Q.of(BigInteger.TEN.pow(30), BigInteger.ONE).longValueExact())
        .isInstanceOf(ArithmeticException.class);
  }
}
