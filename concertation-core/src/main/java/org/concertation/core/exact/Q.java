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

  /** The integer {@code value}. */
  public static Q of(long value) {
    return new Q(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /** The fraction {@code num/den} in lowest terms; the denominator must not be zero. */
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

  /** {@code this + other}. */
  public Q plus(Q other) {
    if (den.equals(other.den)) {
      return of(num.add(other.num), den);
    }
    return of(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
  }

  /** {@code this - other}. */
  public Q minus(Q other) {
    return plus(other.negate());
  }

  /** {@code -this}. */
  public Q negate() {
    return new Q(num.negate(), den);
  }

  /** {@code this * other}. */
  public Q times(Q other) {
    return of(num.multiply(other.num), den.multiply(other.den));
  }

  /** {@code this * factor}. */
  public Q times(long factor) {
    return of(num.multiply(BigInteger.valueOf(factor)), den);
  }

  /** {@code this - x * factor}, normalized once. */
  public Q minusTimes(Q x, long factor) {
    BigInteger f = BigInteger.valueOf(factor);
    if (den.equals(x.den)) {
      return of(num.subtract(x.num.multiply(f)), den);
    }
    return of(num.multiply(x.den).subtract(x.num.multiply(f).multiply(den)), den.multiply(x.den));
  }

  /** Compares {@code this * factor} with {@code other}, without normalizing. */
  public int compareTimes(long factor, Q other) {
    return num.multiply(BigInteger.valueOf(factor)).multiply(other.den).compareTo(other.num.multiply(den));
  }

  /** {@code this / other}; the divisor must not be zero. */
  public Q dividedBy(Q other) {
    return of(num.multiply(other.den), den.multiply(other.num));
  }

  /** The sign: -1, 0 or 1. */
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

  /** A number for reports: the exact integer, or a decimal rounded to 12 significant digits. */
  public Number toNumber() {
    if (den.equals(BigInteger.ONE)) {
      return num.bitLength() < 63 ? (Number) num.longValue() : num;
    }
    return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL64).stripTrailingZeros();
  }

  /** The nearest double, within a relative error of about 2^-52, even for huge numerators and denominators. */
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
