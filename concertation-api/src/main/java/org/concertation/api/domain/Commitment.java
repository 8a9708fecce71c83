package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What one actor brings to one action: money, hours, a competence or material.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param actor who commits
 * @param resource what it brings
 */
public record Commitment(ActorId actor, Resource resource) {
  /**
   * Validates the commitment.
   *
   * @param actor who commits
   * @param resource what it brings
   */
  public Commitment {
    checkNotNull(actor, "actor must not be null");
    checkNotNull(resource, "resource must not be null");
  }
}
