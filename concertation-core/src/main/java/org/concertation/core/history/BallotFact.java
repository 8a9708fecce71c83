package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;

/**
 * A ballot cast in a ballot round.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by the voter
 * @param round the round's number
 * @param voter who cast it
 * @param ballot the ballot
 */
public record BallotFact(Stamp stamp, int round, ActorId voter, Ballot ballot) {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by the voter
   * @param round the round's number
   * @param voter who cast it
   * @param ballot the ballot
   */
  public BallotFact {
    checkNotNull(stamp, "stamp must not be null");
    checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
    checkNotNull(voter, "voter must not be null");
    checkNotNull(ballot, "ballot must not be null");
  }
}
