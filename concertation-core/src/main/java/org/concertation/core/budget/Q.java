package org.concertation.core.budget;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** An exact rational number in lowest terms with a positive denominator. Immutable. */
final class Q implements Comparable<Q> {
  static final Q ZERO = new Q(BigInteger.ZERO, BigInteger.ONE);
  static final Q ONE = new Q(BigInteger.ONE, BigInteger.ONE);

  final BigInteger num;
  final BigInteger den;

  private Q(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  static Q of(long value) {
    return new Q(BigInteger.valueOf(value), BigInteger.ONE);
  }

  static Q of(BigInteger num, BigInteger den) {
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

  Q plus(Q other) {
    if (den.equals(other.den)) {
      return of(num.add(other.num), den);
    }
    return of(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
  }

  Q minus(Q other) {
    return plus(other.negate());
  }

  Q negate() {
    return new Q(num.negate(), den);
  }

  Q times(Q other) {
    return of(num.multiply(other.num), den.multiply(other.den));
  }

  Q times(long factor) {
    return of(num.multiply(BigInteger.valueOf(factor)), den);
  }

  /** {@code this - x * factor}, normalized once. */
  Q minusTimes(Q x, long factor) {
    BigInteger f = BigInteger.valueOf(factor);
    if (den.equals(x.den)) {
      return of(num.subtract(x.num.multiply(f)), den);
    }
    return of(num.multiply(x.den).subtract(x.num.multiply(f).multiply(den)), den.multiply(x.den));
  }

  /** Compares {@code this * factor} with {@code other}, without normalizing. */
  int compareTimes(long factor, Q other) {
    return num.multiply(BigInteger.valueOf(factor)).multiply(other.den).compareTo(other.num.multiply(den));
  }

  Q dividedBy(Q other) {
    return of(num.multiply(other.den), den.multiply(other.num));
  }

  int signum() {
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
  Number toNumber() {
    if (den.equals(BigInteger.ONE)) {
      return num.bitLength() < 63 ? (Number) num.longValue() : num;
    }
    return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL64).stripTrailingZeros();
  }

  /** The nearest double, within a relative error of about 2^-52, even for huge numerators and denominators. */
  double toDouble() {
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
