package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ResourceKind;

/**
 * One commitment with what was delivered against it: committed against delivered, in the
 * commitment's own kind and unit.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the commitment's number within its action, from 1, in the order made
 * @param commitment the commitment
 * @param deliveries what its carrier recorded as delivered against it, in order
 */
public record MeansFact(
    int number, CommitmentFact commitment, ImmutableList<DeliveryFact> deliveries) {
  /**
   * Validates the fact.
   *
   * @param number the commitment's number within its action, from 1
   * @param commitment the commitment
   * @param deliveries what its carrier recorded as delivered against it, in order
   */
  public MeansFact {
    checkArgument(number >= 1, "Invalid commitment number %s: must be at least 1", number);
    checkNotNull(commitment, "commitment must not be null");
    deliveries = ImmutableList.copyOf(checkNotNull(deliveries, "deliveries must not be null"));
  }

  /**
   * Who committed.
   *
   * @return the carrier
   */
  public ActorId carrier() {
    return commitment.commitment().actor();
  }

  /**
   * What the commitment counts.
   *
   * @return its kind
   */
  public ResourceKind kind() {
    return commitment.commitment().resource().kind();
  }

  /**
   * How much was committed.
   *
   * @return the committed quantity
   */
  public BigDecimal committed() {
    return commitment.commitment().resource().quantity();
  }

  /**
   * How much was delivered: the sum of the deliveries recorded against it, zero when none.
   *
   * @return the delivered quantity, possibly above the committed one
   */
  public BigDecimal delivered() {
    return deliveries.stream().map(DeliveryFact::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
