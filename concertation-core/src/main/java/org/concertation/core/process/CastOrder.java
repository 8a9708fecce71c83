package org.concertation.core.process;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.jspecify.annotations.Nullable;

/**
 * The voters of a ballot round in the order they first cast a ballot: an append-only array shared
 * by the successive states of the round, each of which sees its own prefix. A state that adds a
 * voter to the end of the shared array extends it in place; a state that adds to an older prefix (a
 * branch, as when the same state decides two commands) copies that prefix first. So adding a voter
 * costs the same however many have voted.
 *
 * <p>The order serves the count at the close: voters' ids are often given in the order voters come,
 * so ballots read in cast order are mostly in runs of ascending ids, which the count's sort merges.
 * The order is never part of a state's value: two states with the same ballots are equal whatever
 * order they were cast in. This class is thread-safe.
 */
final class CastOrder {
  private static final int FIRST_CAPACITY = 16;

  /** The voters, at indexes below {@link #size}; guarded by this. */
  private ActorId[] voters;

  /** Each voter's first ballot, at the voter's index; guarded by this. */
  private Ballot[] ballots;

  /** How many voters the array holds: the longest prefix any state sees; guarded by this. */
  private int size;

  private CastOrder(ActorId[] voters, Ballot[] ballots, int size) {
    this.voters = voters;
    this.ballots = ballots;
    this.size = size;
  }

  /** An empty order. */
  static CastOrder empty() {
    return new CastOrder(new ActorId[0], new Ballot[0], 0);
  }

  /**
   * The order of a state that sees {@code length} voters, with one more voter.
   *
   * @param length how many voters the state sees
   * @param voter the voter who casts a first ballot
   * @param ballot that ballot
   * @return this order, extended in place when the state saw its whole array, else a copy of the
   *     state's prefix with the voter added
   */
  synchronized CastOrder plus(int length, ActorId voter, Ballot ballot) {
    if (length == size) {
      if (size == voters.length) {
        int capacity = Math.max(FIRST_CAPACITY, size * 2);
        voters = Arrays.copyOf(voters, capacity);
        ballots = Arrays.copyOf(ballots, capacity);
      }
      voters[size] = voter;
      ballots[size++] = ballot;
      return this;
    }
    int capacity = Math.max(FIRST_CAPACITY, length * 2);
    CastOrder copy =
        new CastOrder(Arrays.copyOf(voters, capacity), Arrays.copyOf(ballots, capacity), length);
    copy.voters[length] = voter;
    copy.ballots[length] = ballot;
    copy.size++;
    return copy;
  }

  /** The arrays as they stand; their indexes below any state's length are never changed. */
  private synchronized Object[] arrays() {
    return new Object[] {voters, ballots};
  }

  /**
   * The ballots of a state in the order their voters first cast one.
   *
   * @param length how many voters the state sees
   * @param ballots the state's ballots, whose voters are the first {@code length} of this order
   * @param replaced whether some voter of the state replaced its first ballot, which the order does
   *     not know
   * @return a view of the ballots that iterates in cast order
   */
  Map<ActorId, Ballot> view(int length, Map<ActorId, Ballot> ballots, boolean replaced) {
    Object[] arrays = arrays();
    ActorId[] seen = (ActorId[]) arrays[0];
    Ballot[] first = (Ballot[]) arrays[1];
    return new AbstractMap<>() {
      @Override
      public int size() {
        return length;
      }

      @Override
      public @Nullable Ballot get(@Nullable Object key) {
        return ballots.get(key);
      }

      @Override
      public boolean containsKey(@Nullable Object key) {
        return ballots.containsKey(key);
      }

      @Override
      public Set<Entry<ActorId, Ballot>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public int size() {
            return length;
          }

          @Override
          public Iterator<Entry<ActorId, Ballot>> iterator() {
            return new Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return next < length;
              }

              @Override
              public Entry<ActorId, Ballot> next() {
                if (next >= length) {
                  throw new NoSuchElementException();
                }
                ActorId voter = seen[next];
                Ballot ballot = replaced ? ballots.get(voter) : first[next];
                next++;
                if (ballot == null) {
                  throw new AssertionError("voter " + voter + " cast no ballot in this state");
                }
                return Map.entry(voter, ballot);
              }
            };
          }
        };
      }
    };
  }
}
