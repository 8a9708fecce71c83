package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Set;

/**
 * The ranked ballots of one election over a fixed list of candidates.
 *
 * <p>The candidates' order is the file's order; it is only used to list tied candidates, never to
 * break a tie silently. This class is immutable and thread-safe.
 */
public final class Profile {
  private final ImmutableList<String> candidates;
  private final ImmutableMap<String, Integer> index;
  private final ImmutableList<RankedBallot> ballots;

  /**
   * Per ballot, the tier index of each candidate; a missing candidate is at the ballot's tier
   * count.
   */
  final int[][] ranks;

  /** Per ballot, the candidates of each tier. */
  final int[][][] tiers;

  final long[] counts;
  private final long voters;

  private Profile(ImmutableList<String> candidates, ImmutableList<RankedBallot> ballots) {
    this.candidates = candidates;
    ImmutableMap.Builder<String, Integer> builder = ImmutableMap.builder();
    for (int i = 0; i < candidates.size(); i++) {
      builder.put(candidates.get(i), i);
    }
    this.index = builder.buildOrThrow();
    this.ballots = ballots;
    int n = candidates.size();
    ranks = new int[ballots.size()][];
    tiers = new int[ballots.size()][][];
    counts = new long[ballots.size()];
    long total = 0;
    for (int b = 0; b < ballots.size(); b++) {
      RankedBallot ballot = ballots.get(b);
      int[] rank = new int[n];
      Arrays.fill(rank, ballot.tiers().size());
      int[][] ballotTiers = new int[ballot.tiers().size()][];
      for (int t = 0; t < ballot.tiers().size(); t++) {
        Set<String> tier = ballot.tiers().get(t);
        ballotTiers[t] = new int[tier.size()];
        int k = 0;
        for (String name : tier) {
          Integer c = index.get(name);
          checkArgument(c != null, "Invalid ballot '%s': unknown candidate '%s'", ballot, name);
          rank[c] = t;
          ballotTiers[t][k++] = c;
        }
      }
      ranks[b] = rank;
      tiers[b] = ballotTiers;
      counts[b] = ballot.count();
      total = Math.addExact(total, ballot.count());
    }
    this.voters = total;
  }

  /**
   * A profile.
   *
   * @param candidates the candidates, at least one, no duplicates
   * @param ballots the ballots, naming only these candidates
   * @return the profile
   */
  public static Profile of(Iterable<String> candidates, Iterable<RankedBallot> ballots) {
    checkNotNull(candidates, "candidates must not be null");
    checkNotNull(ballots, "ballots must not be null");
    ImmutableList<String> names = ImmutableList.copyOf(candidates);
    checkArgument(!names.isEmpty(), "Invalid profile: no candidates");
    checkArgument(
        Set.copyOf(names).size() == names.size(),
        "Invalid candidates %s: a name appears twice",
        names);
    return new Profile(names, ImmutableList.copyOf(ballots));
  }

  /**
   * The candidates, in the file's order.
   *
   * @return the candidates
   */
  public ImmutableList<String> candidates() {
    return candidates;
  }

  /**
   * The distinct ballots with their counts, in input order.
   *
   * @return the ballots
   */
  public ImmutableList<RankedBallot> ballots() {
    return ballots;
  }

  /**
   * The number of voters: the sum of the ballots' counts.
   *
   * @return the number of voters
   */
  public long voters() {
    return voters;
  }

  /**
   * The pairwise comparison matrix of this profile.
   *
   * @return the matrix
   */
  public PairwiseMatrix pairwise() {
    return PairwiseMatrix.of(this);
  }

  int size() {
    return candidates.size();
  }

  int indexOf(String candidate) {
    Integer i = index.get(candidate);
    checkArgument(i != null, "Unknown candidate '%s': expected one of %s", candidate, candidates);
    return i;
  }

  @Override
  public String toString() {
    return "Profile" + candidates + " of " + voters + " voters";
  }
}
