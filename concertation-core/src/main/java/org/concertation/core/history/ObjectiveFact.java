package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.ProposalId;

/**
 * An objective adopted from adopted proposals.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by whom
 * @param id its identity
 * @param title what it aims at
 * @param from the proposals it comes from
 */
public record ObjectiveFact(
    Stamp stamp, ObjectiveId id, String title, ImmutableSet<ProposalId> from) {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by whom
   * @param id its identity
   * @param title what it aims at
   * @param from the proposals it comes from
   */
  public ObjectiveFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(id, "id must not be null");
    checkNotNull(title, "title must not be null");
    from = ImmutableSet.copyOf(checkNotNull(from, "from must not be null"));
  }
}
