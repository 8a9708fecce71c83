package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/** Argument checks shared by the domain values. */
public final class Checks {
  private static final int MAX_ID_LENGTH = 200;

  private Checks() {}

  /**
   * Checks an identifier: not blank, no surrounding spaces, at most 200 characters.
   *
   * @param what what the identifier names, for the message
   * @param value the identifier
   * @return the value
   */
  public static String id(String what, String value) {
    checkNotNull(value, "%s must not be null", what);
    checkArgument(!value.isBlank(), "Invalid %s '%s': must not be blank", what, value);
    checkArgument(
        value.strip().equals(value),
        "Invalid %s '%s': must not start or end with spaces",
        what,
        value);
    checkArgument(
        value.length() <= MAX_ID_LENGTH,
        "Invalid %s '%s': longer than %s characters",
        what,
        value,
        MAX_ID_LENGTH);
    return value;
  }

  /**
   * Checks a text that must say something.
   *
   * @param what what the text is, for the message
   * @param value the text
   * @return the value
   */
  public static String text(String what, String value) {
    checkNotNull(value, "%s must not be null", what);
    checkArgument(!value.isBlank(), "Invalid %s '%s': must not be blank", what, value);
    return value;
  }

  /**
   * Checks a personal text that must say something when it is present; an erased one passes.
   *
   * @param what what the text is, for the message
   * @param value the text
   * @return the value
   */
  public static PersonalText personal(String what, PersonalText value) {
    checkNotNull(value, "%s must not be null", what);
    value.text().ifPresent(t -> text(what, t));
    return value;
  }

  /**
   * Checks that an amount is zero or more.
   *
   * @param what what the amount is, for the message
   * @param value the amount
   * @return the value
   */
  public static BigDecimal nonNegative(String what, BigDecimal value) {
    checkNotNull(value, "%s must not be null", what);
    checkArgument(value.signum() >= 0, "Invalid %s '%s': must not be negative", what, value);
    return value;
  }
}
