package org.concertation.core.process;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.jspecify.annotations.Nullable;

/**
 * The voters of a ballot round in the order they first cast a ballot, each with that first ballot:
 * an immutable list linked from the latest voter back to the first, which the successive states of
 * a round share. Adding a voter costs one small object however many have voted, and states that
 * branch from one another share what they have in common.
 *
 * <p>The order serves the count at the close: voters' ids are often given in the order voters come,
 * so ballots read in cast order are mostly in runs of ascending ids, which the count's sort merges.
 * The order is never part of a state's value: two states with the same ballots are equal whatever
 * order they were cast in. This class is immutable and thread-safe; it has no value equality of its
 * own.
 */
final class CastOrder {
  private static final CastOrder EMPTY = new CastOrder(null, null, null, 0);

  private final @Nullable ActorId voter;
  private final @Nullable Ballot ballot;
  private final @Nullable CastOrder earlier;
  private final int size;

  private CastOrder(
      @Nullable ActorId voter, @Nullable Ballot ballot, @Nullable CastOrder earlier, int size) {
    this.voter = voter;
    this.ballot = ballot;
    this.earlier = earlier;
    this.size = size;
  }

  /** No voter yet. */
  static CastOrder empty() {
    return EMPTY;
  }

  /**
   * This order with one more voter at its end.
   *
   * @param voter a voter who casts a first ballot
   * @param ballot that ballot
   * @return the longer order; this one is unchanged
   */
  CastOrder plus(ActorId voter, Ballot ballot) {
    return new CastOrder(voter, ballot, this, size + 1);
  }

  /**
   * The ballots of a state in the order their voters first cast one.
   *
   * @param ballots the state's ballots, whose voters are exactly those of this order
   * @param replaced whether some voter replaced its first ballot, which this order does not know
   * @return a view of the ballots that iterates in cast order
   */
  Map<ActorId, Ballot> view(Map<ActorId, Ballot> ballots, boolean replaced) {
    ActorId[] voters = new ActorId[size];
    Ballot[] first = new Ballot[size];
    CastOrder at = this;
    for (int i = size - 1; i >= 0; i--) {
      voters[i] = requireNonNull(at.voter, "an order of voters holds a voter at each place");
      first[i] = requireNonNull(at.ballot, "an order of voters holds a ballot at each place");
      if (i > 0) {
        at = requireNonNull(at.earlier, "an order of voters links each voter to the one before");
      }
    }
    return new AbstractMap<>() {
      @Override
      public int size() {
        return voters.length;
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
            return voters.length;
          }

          @Override
          public Iterator<Entry<ActorId, Ballot>> iterator() {
            return new Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return next < voters.length;
              }

              @Override
              public Entry<ActorId, Ballot> next() {
                if (next >= voters.length) {
                  throw new NoSuchElementException();
                }
                ActorId voter = voters[next];
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

  @Override
  public String toString() {
    return "CastOrder[" + size + " voters]";
  }
}
