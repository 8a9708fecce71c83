package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Stance;

/**
 * A position taken on a proposal in a round.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by the actor who took it
 * @param round the round's number
 * @param proposal the proposal
 * @param position the position, with its actor, stance and reason
 */
public record PositionFact(Stamp stamp, int round, ProposalId proposal, Position position) {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by the actor who took it
   * @param round the round's number
   * @param proposal the proposal
   * @param position the position
   */
  public PositionFact {
    checkNotNull(stamp, "stamp must not be null");
    checkArgument(round >= 1, "Invalid round '%s': must be at least 1", round);
    checkNotNull(proposal, "proposal must not be null");
    checkNotNull(position, "position must not be null");
  }

  /**
   * Whether the position is a reasoned objection.
   *
   * @return true for an objection
   */
  public boolean isObjection() {
    return position.stance() == Stance.OBJECT;
  }
}
