package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkState;

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
 * The voters of a ballot round in the order they first cast a ballot, each with that first ballot,
 * which the successive states of a round share: a list of chunks of {@value #CHUNK} voters, linked
 * from the latest chunk back to the first. A state sees a prefix of its last chunk; adding a voter
 * writes it in place when the state sees all that the chunk holds (the common case: the newest
 * state grows), and otherwise (a state that branches from an older one, as when one state decides
 * several commands) copies that prefix of at most {@value #CHUNK} voters first. So adding a voter
 * costs the same however many have voted, and reading the order back reads arrays in sequence.
 *
 * <p>The order serves the count at the close: voters' ids are often given in the order voters come,
 * so ballots read in cast order are mostly in runs of ascending ids, which the count's sort merges.
 * The order is never part of a state's value: two states with the same ballots are equal whatever
 * order they were cast in. This class is thread-safe and has no value equality of its own; what a
 * state sees of it never changes.
 */
final class CastOrder {
  /** How many voters one chunk holds. */
  private static final int CHUNK = 64;

  /** Voters and ballots written once each, in order, by the states that grow the chunk. */
  private static final class Chunk {
    private final ActorId[] voters = new ActorId[CHUNK];
    private final Ballot[] ballots = new Ballot[CHUNK];

    /** How many places are written; guarded by this. */
    private int filled;

    /** Writes a voter at a place if it is the first free one, and tells whether it did. */
    synchronized boolean append(int at, ActorId voter, Ballot ballot) {
      if (at != filled) {
        return false;
      }
      voters[at] = voter;
      ballots[at] = ballot;
      filled++;
      return true;
    }

    /** A new chunk holding this one's first {@code count} places. */
    synchronized Chunk prefix(int count) {
      Chunk copy = new Chunk();
      System.arraycopy(voters, 0, copy.voters, 0, count);
      System.arraycopy(ballots, 0, copy.ballots, 0, count);
      copy.filled = count;
      return copy;
    }

    /** Copies the first {@code count} places to the arrays from index {@code to}. */
    synchronized void copyTo(int count, ActorId[] intoVoters, Ballot[] intoBallots, int to) {
      System.arraycopy(voters, 0, intoVoters, to, count);
      System.arraycopy(ballots, 0, intoBallots, to, count);
    }
  }

  /** The full chunks before this one, or null for the first. */
  private final @Nullable CastOrder earlier;

  private final Chunk chunk;

  /** How many places of {@link #chunk} this order sees. */
  private final int count;

  /** How many voters this order holds. */
  private final int size;

  private CastOrder(@Nullable CastOrder earlier, Chunk chunk, int count, int size) {
    this.earlier = earlier;
    this.chunk = chunk;
    this.count = count;
    this.size = size;
  }

  /** No voter yet, with a chunk of its own for the round's first voters. */
  static CastOrder empty() {
    return new CastOrder(null, new Chunk(), 0, 0);
  }

  /**
   * This order with one more voter at its end.
   *
   * @param voter a voter who casts a first ballot
   * @param ballot that ballot
   * @return the longer order; what this one sees is unchanged
   */
  CastOrder plus(ActorId voter, Ballot ballot) {
    if (count == CHUNK) {
      Chunk next = new Chunk();
      checkState(next.append(0, voter, ballot), "a new chunk takes its first voter");
      return new CastOrder(this, next, 1, size + 1);
    }
    if (chunk.append(count, voter, ballot)) {
      return new CastOrder(earlier, chunk, count + 1, size + 1);
    }
    // another state wrote past what this one sees: branch from a copy of what it sees
    Chunk copy = chunk.prefix(count);
    checkState(copy.append(count, voter, ballot), "a copied prefix takes the next voter");
    return new CastOrder(earlier, copy, count + 1, size + 1);
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
    int end = size;
    for (@Nullable CastOrder at = this; at != null && end > 0; at = at.earlier) {
      end -= at.count;
      at.chunk.copyTo(at.count, voters, first, end);
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
