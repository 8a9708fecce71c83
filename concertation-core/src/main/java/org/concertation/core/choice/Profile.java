package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.concertation.core.exact.Q;
import org.jspecify.annotations.Nullable;

/**
 * The ranked ballots of one election over a fixed list of candidates, each ballot optionally
 * weighted.
 *
 * <p>A weighted ballot of count {@code c} and weight {@code w} stands for {@code c} voters each
 * weighing {@code w}, a positive rational. The rules count weights exactly: they count whole
 * multiples of the profile's {@linkplain #weightUnit() weight unit}, the greatest common divisor of
 * the weights (one for an unweighted profile), so a profile whose weights are all equal counts as
 * the unweighted one, and multiplying every weight by a constant changes no outcome. The tallies in
 * the outcomes' details are in weight. A profile refuses weights so fine that its total weight
 * counted in units would leave no room for the rules' sums in a {@code long}.
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

  /** Per ballot, its voters' weight in units of {@link #unit}. */
  final long[] counts;

  /** The total weight in units of {@link #unit}: the voters, for an unweighted profile. */
  final long units;

  private final long voters;

  /** The weight of one unit counted by the rules; one for an unweighted profile. */
  private final Q unit;

  /** One weight per ballot, or null for an unweighted profile (every weight one). */
  private final @Nullable ImmutableList<Q> weights;

  private Profile(
      ImmutableList<String> candidates,
      ImmutableList<RankedBallot> ballots,
      @Nullable ImmutableList<Q> weights) {
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
    this.weights = weights;
    if (weights == null) {
      this.unit = Q.ONE;
      this.units = total;
    } else {
      this.unit = Weights.unit(weights);
      this.units = Weights.scale(counts, weights, unit, Weights.limit(n));
    }
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
    return new Profile(names, ImmutableList.copyOf(ballots), null);
  }

  /**
   * A profile of weighted ballots: each of the {@code count} voters of {@code ballots.get(i)}
   * weighs {@code weights.get(i)}.
   *
   * <pre>{@code
   * // two colleges of weight 1/2 each: 3 inhabitants (1/6 each) and 2 associations (1/4 each)
   * Profile.weighted(List.of("A", "B"),
   *     List.of(RankedBallot.strict(3, "A", "B"), RankedBallot.strict(2, "B", "A")),
   *     List.of(Q.of(BigInteger.ONE, BigInteger.valueOf(6)), Q.of(BigInteger.ONE, BigInteger.valueOf(4))));
   * }</pre>
   *
   * @param candidates the candidates, at least one, no duplicates
   * @param ballots the ballots, naming only these candidates
   * @param weights one positive weight per ballot, the weight of each of its voters
   * @return the profile
   * @throws IllegalArgumentException if the lists differ in size, a weight is not positive, or the
   *     weights are too fine for exact counting in a {@code long}
   */
  public static Profile weighted(
      Iterable<String> candidates, List<RankedBallot> ballots, List<Q> weights) {
    checkNotNull(ballots, "ballots must not be null");
    ImmutableList<Q> w = Weights.check(ballots.size(), weights);
    Profile plain = of(candidates, ballots);
    return new Profile(plain.candidates, plain.ballots, w);
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
   * The number of voters: the sum of the ballots' counts, whatever their weights.
   *
   * @return the number of voters
   */
  public long voters() {
    return voters;
  }

  /**
   * The weight of each ballot's voters, in the ballots' order: all one for an unweighted profile.
   *
   * @return the weights
   */
  public ImmutableList<Q> weights() {
    return weights != null
        ? weights
        : ImmutableList.copyOf(Collections.nCopies(ballots.size(), Q.ONE));
  }

  /**
   * Whether some ballot was given a weight.
   *
   * @return true for a profile made by {@link #weighted}
   */
  public boolean isWeighted() {
    return weights != null;
  }

  /**
   * The total weight: the sum over the ballots of count times weight; the number of voters for an
   * unweighted profile.
   *
   * @return the total weight
   */
  public Q totalWeight() {
    return unit.times(units);
  }

  /**
   * The weight the rules count in whole multiples of: the greatest common divisor of the weights,
   * one for an unweighted profile. {@link RankedRule#STV}'s Droop quota is the least multiple of it
   * above the total weight over the seats plus one.
   *
   * @return the unit, positive
   */
  public Q weightUnit() {
    return unit;
  }

  /** An amount counted in units, as a number in weight: the long itself when unweighted. */
  Number amount(long inUnits) {
    return weights == null ? (Number) inUnits : unit.times(inUnits).toNumber();
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
