package org.concertation.core.exact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.concertation.api.decision.Fraction;

/**
 * An exact rational number in lowest terms with a positive denominator and unbounded numerator and
 * denominator: the one exact arithmetic of the voting, budgeting and position rules wherever a
 * comparison decides. It is public only because those rules live in packages of their own; it is
 * not part of the library's API and may change without notice. The API's exact value is the {@link
 * Fraction} between 0 and 1 that thresholds, quorums and tallies carry; {@link #of(Fraction)} and
 * {@link #toFraction(Fraction)} cross between the two.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Q implements Comparable<Q> {
  /** Zero. */
  public static final Q ZERO = new Q(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Q ONE = new Q(BigInteger.ONE, BigInteger.ONE);

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

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
   * The same value as a rational.
   *
   * @param fraction the fraction
   * @return the rational
   */
  public static Q of(Fraction fraction) {
    checkNotNull(fraction, "fraction must not be null");
    return of(BigInteger.valueOf(fraction.numerator()), BigInteger.valueOf(fraction.denominator()));
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
    return plus(new Q(other.num.negate(), other.den));
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
   * The greatest common divisor of two positive rationals: the largest rational of which both are
   * whole multiples, {@code gcd(numerators) / lcm(denominators)} in lowest terms.
   *
   * @param a a positive rational
   * @param b another positive rational
   * @return the greatest common divisor, positive
   * @throws IllegalArgumentException if {@code a} or {@code b} is not positive
   */
  public static Q gcd(Q a, Q b) {
    checkArgument(a.signum() > 0, "Invalid rational '%s': must be positive", a);
    checkArgument(b.signum() > 0, "Invalid rational '%s': must be positive", b);
    BigInteger lcm = a.den.divide(a.den.gcd(b.den)).multiply(b.den);
    return of(a.num.gcd(b.num), lcm);
  }

  /**
   * Whether this rational is an integer.
   *
   * @return true when the denominator is one
   */
  public boolean isInteger() {
    return den.equals(BigInteger.ONE);
  }

  /**
   * This rational as a {@code long}, when it is an integer that fits.
   *
   * @return the integer
   * @throws ArithmeticException if this rational is not an integer or does not fit in a long
   */
  public long longValueExact() {
    if (!den.equals(BigInteger.ONE)) {
      throw new ArithmeticException("Invalid integer '" + this + "': not a whole number");
    }
    return num.longValueExact();
  }

  /**
   * The sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return num.signum();
  }

  BigInteger numerator() {
    return num;
  }

  BigInteger denominator() {
    return den;
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

  /**
   * Tells whether this rational is a {@link Fraction}: it lies between 0 and 1 and its lowest terms
   * fit in a {@code long}.
   *
   * @return true when {@link #toFraction(Fraction)} is exact
   */
  public boolean fitsInFraction() {
    return isShare() && den.compareTo(LONG_MAX) <= 0;
  }

  private boolean isShare() {
    return num.signum() >= 0 && num.compareTo(den) <= 0;
  }

  /**
   * This rational, a share between 0 and 1, as a {@link Fraction}: exact when it fits, otherwise a
   * close approximation that lies strictly on the same side of {@code threshold} as this share, so
   * that comparing it with the threshold gives the same answer. The approximation is the last
   * continued-fraction convergent whose terms fit in a {@code long}; should that convergent be the
   * threshold itself, it is the closest semiconvergent beyond this share that fits.
   *
   * @param threshold the fraction whose comparison must be kept
   * @return the fraction
   * @throws IllegalStateException if this rational is not between 0 and 1
   */
  public Fraction toFraction(Fraction threshold) {
    checkNotNull(threshold, "threshold must not be null");
    checkState(isShare(), "Invalid share %s: must lie between 0 and 1", this);
    if (fitsInFraction()) {
      return Fraction.of(num.longValueExact(), den.longValueExact());
    }
    // Convergents h/k: h(i) = a(i) h(i-1) + h(i-2), k likewise, from h(-1)/k(-1) = 1/0.
    BigInteger previousH = BigInteger.ZERO;
    BigInteger previousK = BigInteger.ONE;
    BigInteger h = BigInteger.ONE;
    BigInteger k = BigInteger.ZERO;
    BigInteger n = num;
    BigInteger d = den;
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
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }
}
