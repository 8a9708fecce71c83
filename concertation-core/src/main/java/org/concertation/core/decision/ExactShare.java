package org.concertation.core.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.math.BigInteger;
import org.concertation.api.decision.Fraction;

/**
 * An exact share between 0 and 1 with unbounded numerator and denominator, kept in lowest terms:
 * the weighted mean of college shares, whose denominator may outgrow a {@code long}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ExactShare implements Comparable<ExactShare> {
  static final ExactShare ZERO = new ExactShare(BigInteger.ZERO, BigInteger.ONE);

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private ExactShare(BigInteger numerator, BigInteger denominator) {
    checkArgument(
        denominator.signum() > 0,
        "Invalid share %s/%s: denominator must be positive",
        numerator,
        denominator);
    checkArgument(
        numerator.signum() >= 0 && numerator.compareTo(denominator) <= 0,
        "Invalid share %s/%s: must lie between 0 and 1",
        numerator,
        denominator);
    BigInteger gcd = numerator.gcd(denominator);
    this.numerator = numerator.divide(gcd);
    this.denominator = denominator.divide(gcd);
  }

  /**
   * The share {@code part/whole}.
   *
   * @param part at least 0
   * @param whole at least 1 and at least the part
   * @return the share in lowest terms
   */
  static ExactShare of(BigInteger part, BigInteger whole) {
    return new ExactShare(checkNotNull(part, "part"), checkNotNull(whole, "whole"));
  }

  /**
   * The same value as an exact share.
   *
   * @param fraction the fraction
   * @return the share
   */
  static ExactShare of(Fraction fraction) {
    checkNotNull(fraction, "fraction must not be null");
    return new ExactShare(
        BigInteger.valueOf(fraction.numerator()), BigInteger.valueOf(fraction.denominator()));
  }

  BigInteger numerator() {
    return numerator;
  }

  BigInteger denominator() {
    return denominator;
  }

  /**
   * Tells whether the share is a {@link Fraction}: its lowest terms fit in a {@code long}.
   *
   * @return true when {@link #toFraction(Fraction)} is exact
   */
  boolean fitsInFraction() {
    return denominator.compareTo(LONG_MAX) <= 0;
  }

  /**
   * Compares this share with a fraction.
   *
   * @param fraction the fraction
   * @return negative, zero or positive as this share is below, equal to or above the fraction
   */
  int compareTo(Fraction fraction) {
    return compareTo(of(fraction));
  }

  @Override
  public int compareTo(ExactShare other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /**
   * This share as a {@link Fraction}: exact when it fits, otherwise a close approximation that lies
   * strictly on the same side of {@code threshold} as this share, so that comparing it with the
   * threshold gives the same answer. The approximation is the last continued-fraction convergent
   * whose terms fit in a {@code long}; should that convergent be the threshold itself, it is the
   * closest semiconvergent beyond this share that fits.
   *
   * @param threshold the fraction whose comparison must be kept
   * @return the fraction
   */
  Fraction toFraction(Fraction threshold) {
    checkNotNull(threshold, "threshold must not be null");
    if (fitsInFraction()) {
      return Fraction.of(numerator.longValueExact(), denominator.longValueExact());
    }
    // Convergents h/k: h(i) = a(i) h(i-1) + h(i-2), k likewise, from h(-1)/k(-1) = 1/0.
    BigInteger previousH = BigInteger.ZERO;
    BigInteger previousK = BigInteger.ONE;
    BigInteger h = BigInteger.ONE;
    BigInteger k = BigInteger.ZERO;
    BigInteger n = numerator;
    BigInteger d = denominator;
    int convergents = 0;
    // The share does not fit, so its last convergent (itself) overflows before d reaches zero.
    while (true) {
      BigInteger[] quotientAndRemainder = n.divideAndRemainder(d);
      BigInteger a = quotientAndRemainder[0];
      BigInteger nextH = a.multiply(h).add(previousH);
      BigInteger nextK = a.multiply(k).add(previousK);
      if (nextK.compareTo(LONG_MAX) > 0) {
        break;
      }
      previousH = h;
      previousK = k;
      h = nextH;
      k = nextK;
      convergents++;
      n = d;
      d = quotientAndRemainder[1];
    }
    // The first convergent, 0/1 or 1/1, always fits since the share lies between 0 and 1.
    checkState(convergents > 0, "no convergent of %s fits in a fraction", this);
    Fraction last = Fraction.of(h.longValueExact(), k.longValueExact());
    if (convergents == 1 || !last.equals(threshold)) {
      // Between the last convergent and this share there is no fraction with a denominator as
      // small as the threshold's, so the threshold cannot lie between them.
      return last;
    }
    // The semiconvergents (previousH + j h) / (previousK + j k) lie beyond this share, seen from
    // the last convergent, and approach it as j grows; take the largest j that fits.
    BigInteger j = LONG_MAX.subtract(previousK).divide(k);
    return Fraction.of(
        previousH.add(j.multiply(h)).longValueExact(),
        previousK.add(j.multiply(k)).longValueExact());
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
