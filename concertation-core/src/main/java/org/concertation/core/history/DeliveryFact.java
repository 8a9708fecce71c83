package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.ResourceKind;

/**
 * What a carrier recorded as delivered against one of its commitments.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by the carrier
 * @param action the action committed to
 * @param commitment the commitment's number within the action, from 1
 * @param kind what the quantity counts
 * @param quantity how much was delivered, in the commitment's unit
 * @param note what the carrier added, if anything
 */
public record DeliveryFact(
    Stamp stamp,
    ActionId action,
    int commitment,
    ResourceKind kind,
    BigDecimal quantity,
    Optional<PersonalText> note) {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by the carrier
   * @param action the action committed to
   * @param commitment the commitment's number within the action, from 1
   * @param kind what the quantity counts
   * @param quantity how much was delivered
   * @param note what the carrier added, if anything
   */
  public DeliveryFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(action, "action must not be null");
    checkArgument(commitment >= 1, "Invalid commitment number %s: must be at least 1", commitment);
    checkNotNull(kind, "kind must not be null");
    checkNotNull(quantity, "quantity must not be null");
    checkNotNull(note, "note must not be null");
  }
}
