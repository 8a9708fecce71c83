package org.concertation.core.exact;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational number in lowest terms with a positive denominator, shared by the voting and
 * budgeting rules wherever a comparison decides. Internal to the library: not part of its API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Q implements Comparable<Q> {
  /** Zero. */
  public static final Q ZERO = new Q(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Q ONE = new Q(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger num;
  private final BigInteger den;

  private Q(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  /**
   * The integer {@code value}.
   *
   * @param value the integer
   * @return the rational
   */
  public static Q of(long value) {
    return new Q(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * The fraction {@code num/den} in lowest terms.
   *
   * @param num the numerator
   * @param den the denominator, not zero
   * @return the rational
   * @throws IllegalArgumentException if {@code den} is zero
   */
  public static Q of(BigInteger num, BigInteger den) {
    checkArgument(den.signum() != 0, "Invalid rational %s/0", num);
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger gcd = num.gcd(den);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      num = num.divide(gcd);
      den = den.divide(gcd);
    }
    return new Q(num, den);
  }

  /**
   * The sum.
   *
   * @param other the other term
   * @return {@code this + other}
   */
  public Q plus(Q other) {
    if (den.equals(other.den)) {
      return of(num.add(other.num), den);
    }
    return of(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
  }

  /**
   * The difference.
   *
   * @param other what to subtract
   * @return {@code this - other}
   */
  public Q minus(Q other) {
    return plus(other.negate());
  }

  /**
   * The opposite.
   *
   * @return {@code -this}
   */
  public Q negate() {
    return new Q(num.negate(), den);
  }

  /**
   * The product.
   *
   * @param other the other factor
   * @return {@code this * other}
   */
  public Q times(Q other) {
    return of(num.multiply(other.num), den.multiply(other.den));
  }

  /**
   * The product with an integer.
   *
   * @param factor the integer factor
   * @return {@code this * factor}
   */
  public Q times(long factor) {
    return of(num.multiply(BigInteger.valueOf(factor)), den);
  }

  /**
   * Subtracts a multiple, normalizing once.
   *
   * @param x the rational to subtract
   * @param factor how many times
   * @return {@code this - x * factor}
   */
  public Q minusTimes(Q x, long factor) {
    BigInteger f = BigInteger.valueOf(factor);
    if (den.equals(x.den)) {
      return of(num.subtract(x.num.multiply(f)), den);
    }
    return of(num.multiply(x.den).subtract(x.num.multiply(f).multiply(den)), den.multiply(x.den));
  }

  /**
   * Compares a multiple of this with another rational, without normalizing.
   *
   * @param factor the integer factor
   * @param other the rational to compare with
   * @return the sign of {@code this * factor - other}
   */
  public int compareTimes(long factor, Q other) {
    return num.multiply(BigInteger.valueOf(factor))
        .multiply(other.den)
        .compareTo(other.num.multiply(den));
  }

  /**
   * The quotient.
   *
   * @param other the divisor, not zero
   * @return {@code this / other}
   * @throws IllegalArgumentException if {@code other} is zero
   */
  public Q dividedBy(Q other) {
    return of(num.multiply(other.den), den.multiply(other.num));
  }

  /**
   * The sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return num.signum();
  }

  @Override
  public int compareTo(Q other) {
    return num.multiply(other.den).compareTo(other.num.multiply(den));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Q q && num.equals(q.num) && den.equals(q.den);
  }

  @Override
  public int hashCode() {
    return num.hashCode() * 31 + den.hashCode();
  }

  /**
   * A number for reports.
   *
   * @return the exact integer, or a decimal rounded to 16 significant digits
   */
  public Number toNumber() {
    if (den.equals(BigInteger.ONE)) {
      return num.bitLength() < 63 ? (Number) num.longValue() : num;
    }
    return new BigDecimal(num)
        .divide(new BigDecimal(den), MathContext.DECIMAL64)
        .stripTrailingZeros();
  }

  /**
   * A double close to this rational, even for huge numerators and denominators.
   *
   * @return the value within a relative error of about 2^-52
   */
  public double toDouble() {
    if (num.bitLength() < 1000 && den.bitLength() < 1000) {
      return num.doubleValue() / den.doubleValue();
    }
    return new BigDecimal(num).divide(new BigDecimal(den), new MathContext(20)).doubleValue();
  }

  @Override
  public String toString() {
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }
}
