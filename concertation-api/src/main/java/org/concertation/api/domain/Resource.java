package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * A quantity of means: money, hours, a competence or material, with a description.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what the quantity counts
 * @param quantity how much, greater than zero
 * @param description what it is, not blank ("youth worker", "meeting room")
 */
public record Resource(ResourceKind kind, BigDecimal quantity, String description) {
  /**
   * Validates the resource.
   *
   * @param kind what the quantity counts
   * @param quantity how much, greater than zero
   * @param description what it is, not blank ("youth worker", "meeting room")
   */
  public Resource {
    checkNotNull(kind, "resource kind must not be null");
    checkNotNull(quantity, "resource quantity must not be null");
    checkArgument(
        quantity.signum() > 0,
        "Invalid resource quantity '%s': must be greater than zero",
        quantity);
    Checks.text("resource description", description);
  }

  /**
   * Money.
   *
   * @param amount the amount, greater than zero
   * @return the resource
   */
  public static Resource money(long amount) {
    return new Resource(ResourceKind.MONEY, BigDecimal.valueOf(amount), "money");
  }

  /**
   * Hours of work.
   *
   * @param hours the hours, greater than zero
   * @param what the work
   * @return the resource
   */
  public static Resource hours(long hours, String what) {
    return new Resource(ResourceKind.HOURS, BigDecimal.valueOf(hours), what);
  }

  /**
   * A competence put at an action's service.
   *
   * @param competence the competence
   * @return the resource, a quantity of one
   */
  public static Resource competence(Competence competence) {
    checkNotNull(competence, "competence must not be null");
    return new Resource(ResourceKind.COMPETENCE, BigDecimal.ONE, competence.name());
  }
}
