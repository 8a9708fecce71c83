package org.concertation.api.decision;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigInteger;

/**
 * An exact fraction between 0 and 1 inclusive, kept in lowest terms: a threshold or a share.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param numerator the numerator, at least 0
 * @param denominator the denominator, at least 1 and at least the numerator
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {
  /** One half. */
  public static final Fraction HALF = new Fraction(1, 2);

  /** Zero. */
  public static final Fraction ZERO = new Fraction(0, 1);

  /** One. */
  public static final Fraction ONE = new Fraction(1, 1);

  /**
   * Validates and reduces the fraction.
   *
   * @param numerator the numerator, at least 0
   * @param denominator the denominator, at least 1 and at least the numerator
   */
  public Fraction {
    checkArgument(
        denominator >= 1,
        "Invalid fraction %s/%s: denominator must be at least 1",
        numerator,
        denominator);
    checkArgument(
        numerator >= 0 && numerator <= denominator,
        "Invalid fraction %s/%s: must lie between 0 and 1",
        numerator,
        denominator);
    long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValue();
    if (gcd > 1) {
      numerator /= gcd;
      denominator /= gcd;
    }
  }

  /**
   * The fraction {@code numerator/denominator}.
   *
   * @param numerator at least 0
   * @param denominator at least 1 and at least the numerator
   * @return the fraction in lowest terms
   */
  public static Fraction of(long numerator, long denominator) {
    return new Fraction(numerator, denominator);
  }

  /**
   * The share {@code part/whole}, or zero when the whole is zero.
   *
   * @param part the part
   * @param whole the whole
   * @return the share
   */
  public static Fraction share(long part, long whole) {
    return whole == 0 ? ZERO : new Fraction(part, whole);
  }

  @Override
  public int compareTo(Fraction other) {
    return BigInteger.valueOf(numerator)
        .multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  /**
   * The value as a double, for display only: decisions compare fractions exactly.
   *
   * @return the approximate value
   */
  public double toDouble() {
    return (double) numerator / denominator;
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
