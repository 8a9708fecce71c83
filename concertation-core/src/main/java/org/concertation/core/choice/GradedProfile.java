package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import java.util.Set;

/**
 * Graded ballots over a fixed list of candidates: each ballot gives every candidate an integer
 * grade (approval ballots grade 1 for approved, 0 otherwise) and is cast by {@code count} voters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GradedProfile {
  /**
   * One graded ballot.
   *
   * @param count how many voters cast it, at least 1
   * @param grades one grade per candidate, in the profile's order
   */
  public record Ballot(long count, ImmutableIntArray grades) {
    /**
     * Validates the ballot.
     *
     * @param count how many voters cast it, at least 1
     * @param grades one grade per candidate, in the profile's order
     */
    public Ballot {
      checkArgument(count >= 1, "Invalid ballot count '%s': must be at least 1", count);
      checkNotNull(grades, "grades must not be null");
    }

    /**
     * A ballot.
     *
     * @param count how many voters cast it
     * @param grades one grade per candidate
     * @return the ballot
     */
    public static Ballot of(long count, int... grades) {
      return new Ballot(count, ImmutableIntArray.copyOf(grades));
    }
  }

  private final ImmutableList<String> candidates;
  private final ImmutableList<Ballot> ballots;
  private final long voters;

  private GradedProfile(ImmutableList<String> candidates, ImmutableList<Ballot> ballots) {
    this.candidates = candidates;
    this.ballots = ballots;
    long total = 0;
    for (Ballot ballot : ballots) {
      checkArgument(
          ballot.grades().length() == candidates.size(),
          "Invalid ballot %s: expected %s grades, one per candidate %s",
          ballot,
          candidates.size(),
          candidates);
      total = Math.addExact(total, ballot.count());
    }
    this.voters = total;
  }

  /**
   * A profile.
   *
   * @param candidates the candidates, at least one, no duplicates
   * @param ballots the ballots, one grade per candidate each
   * @return the profile
   */
  public static GradedProfile of(Iterable<String> candidates, Iterable<Ballot> ballots) {
    checkNotNull(candidates, "candidates must not be null");
    checkNotNull(ballots, "ballots must not be null");
    ImmutableList<String> names = ImmutableList.copyOf(candidates);
    checkArgument(!names.isEmpty(), "Invalid profile: no candidates");
    checkArgument(
        Set.copyOf(names).size() == names.size(),
        "Invalid candidates %s: a name appears twice",
        names);
    return new GradedProfile(names, ImmutableList.copyOf(ballots));
  }

  /**
   * Approval ballots: grade 1 for each approved candidate, 0 otherwise.
   *
   * @param candidates the candidates
   * @param approved per ballot, the approved candidates
   * @param counts per ballot, how many voters cast it
   * @return the profile
   */
  public static GradedProfile approvals(
      List<String> candidates, List<? extends Set<String>> approved, List<Long> counts) {
    checkNotNull(approved, "approved must not be null");
    checkNotNull(counts, "counts must not be null");
    checkArgument(
        approved.size() == counts.size(),
        "Invalid approvals: %s ballots but %s counts",
        approved.size(),
        counts.size());
    ImmutableList.Builder<Ballot> ballots = ImmutableList.builder();
    for (int b = 0; b < approved.size(); b++) {
      int[] grades = new int[candidates.size()];
      for (String name : approved.get(b)) {
        int i = candidates.indexOf(name);
        checkArgument(i >= 0, "Invalid approval: unknown candidate '%s'", name);
        grades[i] = 1;
      }
      ballots.add(Ballot.of(counts.get(b), grades));
    }
    return of(candidates, ballots.build());
  }

  /**
   * The candidates, in input order.
   *
   * @return the candidates
   */
  public ImmutableList<String> candidates() {
    return candidates;
  }

  /**
   * The ballots.
   *
   * @return the ballots
   */
  public ImmutableList<Ballot> ballots() {
    return ballots;
  }

  /**
   * The number of voters.
   *
   * @return the sum of the ballots' counts
   */
  public long voters() {
    return voters;
  }

  @Override
  public String toString() {
    return "GradedProfile" + candidates + " of " + voters + " voters";
  }
}
