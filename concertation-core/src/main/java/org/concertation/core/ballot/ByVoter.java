package org.concertation.core.ballot;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;

/**
 * The ballots of a round in the order of their voters' ids (the UTF-16 order of {@link
 * String#compareTo}), the order in which {@link BallotCount} counts them, so that the same ballots
 * give the same count whatever the order they were cast in.
 *
 * <p>The arrays are never changed once built. This class is immutable and thread-safe.
 */
final class ByVoter {
  private static final Comparator<Map.Entry<ActorId, ? extends Ballot>> BY_ID =
      (a, b) -> a.getKey().value().compareTo(b.getKey().value());

  /** The voters, in the order of their ids. */
  final ActorId[] voters;

  /** Each voter's ballot, at the voter's place in {@link #voters}. */
  final Ballot[] ballots;

  private ByVoter(ActorId[] voters, Ballot[] ballots) {
    this.voters = voters;
    this.ballots = ballots;
  }

  /**
   * Orders the ballots of a round.
   *
   * @param ballots each voter's ballot
   * @return the ballots in the order of their voters' ids
   */
  static ByVoter of(Map<ActorId, ? extends Ballot> ballots) {
    checkNotNull(ballots, "ballots must not be null");
    @SuppressWarnings("unchecked")
    Map.Entry<ActorId, ? extends Ballot>[] entries =
        ballots.entrySet().toArray(new Map.Entry[ballots.size()]);
    // the sort merges runs already in order, such as ballots read in the order they were cast
    Arrays.sort(entries, BY_ID);
    ActorId[] voters = new ActorId[entries.length];
    Ballot[] cast = new Ballot[entries.length];
    for (int i = 0; i < entries.length; i++) {
      voters[i] = entries[i].getKey();
      cast[i] = entries[i].getValue();
    }
    return new ByVoter(voters, cast);
  }

  /**
   * How many ballots there are.
   *
   * @return the number of voters
   */
  int size() {
    return voters.length;
  }

  /**
   * Tells whether a map holds exactly these ballots: the same voters, each with an equal ballot.
   *
   * @param other each voter's ballot
   * @return true when the map and these ballots are equal
   */
  boolean sameAs(Map<ActorId, ? extends Ballot> other) {
    if (other.size() != voters.length) {
      return false;
    }
    for (int i = 0; i < voters.length; i++) {
      Ballot theirs = other.get(voters[i]);
      if (theirs != ballots[i] && !ballots[i].equals(theirs)) {
        return false;
      }
    }
    return true;
  }
}
