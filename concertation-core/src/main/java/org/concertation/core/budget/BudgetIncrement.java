package org.concertation.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * How much each voter's budget grows at each step when the Method of Equal Shares is completed by
 * raising the voters' budgets (pabutools' {@code voter_budget_increment}): a fixed amount added to
 * each voter's budget, or a percentage of the whole budget shared equally among the voters.
 *
 * <pre>{@code
 * BudgetIncrement.parse("1%");   // each step adds 1% of the budget, shared among the voters
 * BudgetIncrement.parse("2.5");  // each step adds 2.5 to each voter's budget
 * }</pre>
 *
 * <p>With weighted voters a step is shared in proportion to the weights, like the budget: an amount
 * adds {@code amount * voters} to the money of all voters together (so a voter of average weight
 * gains the amount), a percentage adds that share of the budget. Either way multiplying every
 * weight by a constant changes nothing; with a percentage, an integer weight {@code k} also counts
 * as {@code k} voters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetIncrement {
  /** The largest percentage: a step of more than the whole budget would skip every outcome. */
  public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);

  /** The largest amount per voter: the largest budget the Pabulib reader accepts. */
  public static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(Long.MAX_VALUE);

  /** The most digits after the decimal point, which bounds the denominators of exact money. */
  public static final int MAX_DECIMALS = 9;

  private final BigDecimal value;
  private final boolean percent;

  private BudgetIncrement(BigDecimal value, boolean percent) {
    this.value = value;
    this.percent = percent;
  }

  /**
   * An amount added to each voter's budget at each step.
   *
   * @param amount more than 0, at most {@link #MAX_AMOUNT}, with at most {@link #MAX_DECIMALS}
   *     digits after the decimal point
   * @return the increment
   * @throws IllegalArgumentException for an amount out of these bounds
   */
  public static BudgetIncrement perVoter(BigDecimal amount) {
    return new BudgetIncrement(check(amount, MAX_AMOUNT, "amount"), false);
  }

  /**
   * A percentage of the whole budget added at each step, shared equally among the voters.
   *
   * @param percent more than 0, at most {@link #MAX_PERCENT}, with at most {@link #MAX_DECIMALS}
   *     digits after the decimal point
   * @return the increment
   * @throws IllegalArgumentException for a percentage out of these bounds
   */
  public static BudgetIncrement percentOfBudget(BigDecimal percent) {
    return new BudgetIncrement(check(percent, MAX_PERCENT, "percentage"), true);
  }

  /**
   * The increment written {@code AMOUNT} (per voter) or {@code P%} (of the whole budget).
   *
   * @param text a decimal number, optionally followed by {@code %}
   * @return the increment
   * @throws IllegalArgumentException when the text is not such a number or is out of bounds
   */
  public static BudgetIncrement parse(String text) {
    checkNotNull(text, "text must not be null");
    String trimmed = text.strip();
    boolean isPercent = trimmed.endsWith("%");
    String number = isPercent ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
    BigDecimal value;
    try {
      // Plain decimals only: an exponent could ask for a number of any size.
      checkArgument(number.matches("[0-9]*\\.?[0-9]*") && number.matches(".*[0-9].*"), text);
      value = new BigDecimal(number);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid increment '"
              + text
              + "': expected an amount such as 10 or a percentage such as 1%",
          e);
    }
    return isPercent ? percentOfBudget(value) : perVoter(value);
  }

  private static BigDecimal check(BigDecimal value, BigDecimal max, String what) {
    checkNotNull(value, "%s must not be null", what);
    checkArgument(
        value.signum() > 0 && value.compareTo(max) <= 0,
        "Invalid increment %s '%s': must be more than 0 and at most %s",
        what,
        value.toPlainString(),
        max.toPlainString());
    BigDecimal plain = value.stripTrailingZeros();
    checkArgument(
        plain.scale() <= MAX_DECIMALS,
        "Invalid increment %s '%s': at most %s digits after the decimal point",
        what,
        value.toPlainString(),
        MAX_DECIMALS);
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  /**
   * The number: the amount per voter, or the percentage.
   *
   * @return the value, more than 0
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Whether the value is a percentage of the whole budget.
   *
   * @return whether it is a percentage
   */
  public boolean isPercent() {
    return percent;
  }

  /**
   * The step in the money of all voters together, i.e. per voter times {@code voters}: {@code
   * {numerator, denominator}}.
   */
  BigInteger[] totalStep(long budget, long voters) {
    BigInteger unscaled = value.unscaledValue();
    BigInteger scale = BigInteger.TEN.pow(value.scale());
    return percent
        ? new BigInteger[] {
          unscaled.multiply(BigInteger.valueOf(budget)), scale.multiply(BigInteger.valueOf(100))
        }
        : new BigInteger[] {unscaled.multiply(BigInteger.valueOf(voters)), scale};
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BudgetIncrement i
        && i.percent == percent
        && i.value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + Boolean.hashCode(percent);
  }

  /**
   * The increment as written: {@code 10} or {@code 1%}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return value.toPlainString() + (percent ? "%" : "");
  }
}
