package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.concertation.core.exact.Q;
import org.jspecify.annotations.Nullable;

/**
 * Graded ballots over a fixed list of candidates: each ballot gives every candidate an integer
 * grade (approval ballots grade 1 for approved, 0 otherwise) and is cast by {@code count} voters.
 *
 * <p>Ballots may be weighted: a ballot of count {@code c} and weight {@code w} stands for {@code c}
 * voters each weighing {@code w}, a positive rational. As for a ranked {@link Profile}, the rules
 * count whole multiples of the {@linkplain #weightUnit() weight unit}, the greatest common divisor
 * of the weights, so equal weights count as none and scaling every weight changes no outcome; the
 * tallies in the outcomes' details are in weight.
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

  /** Per ballot, its voters' weight in units of {@link #unit}. */
  final long[] counts;

  /** The total weight in units of {@link #unit}: the voters, for an unweighted profile. */
  final long units;

  private final Q unit;
  private final @Nullable ImmutableList<Q> weights;

  private GradedProfile(
      ImmutableList<String> candidates,
      ImmutableList<Ballot> ballots,
      @Nullable ImmutableList<Q> weights) {
    this.candidates = candidates;
    this.ballots = ballots;
    long total = 0;
    counts = new long[ballots.size()];
    int b = 0;
    for (Ballot ballot : ballots) {
      counts[b++] = ballot.count();
      checkArgument(
          ballot.grades().length() == candidates.size(),
          "Invalid ballot %s: expected %s grades, one per candidate %s",
          ballot,
          candidates.size(),
          candidates);
      total = Math.addExact(total, ballot.count());
    }
    this.voters = total;
    this.weights = weights;
    if (weights == null) {
      this.unit = Q.ONE;
      this.units = total;
    } else {
      this.unit = Weights.unit(weights);
      this.units = Weights.scale(counts, weights, unit, Weights.limit(candidates.size()));
    }
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
    return new GradedProfile(names, ImmutableList.copyOf(ballots), null);
  }

  /**
   * A profile of weighted ballots: each of the {@code count} voters of {@code ballots.get(i)}
   * weighs {@code weights.get(i)}.
   *
   * @param candidates the candidates, at least one, no duplicates
   * @param ballots the ballots, one grade per candidate each
   * @param weights one positive weight per ballot, the weight of each of its voters
   * @return the profile
   * @throws IllegalArgumentException if the lists differ in size, a weight is not positive, or the
   *     weights are too fine for exact counting in a {@code long}
   */
  public static GradedProfile weighted(
      Iterable<String> candidates, List<Ballot> ballots, List<Q> weights) {
    checkNotNull(ballots, "ballots must not be null");
    ImmutableList<Q> w = Weights.check(ballots.size(), weights);
    GradedProfile plain = of(candidates, ballots);
    return new GradedProfile(plain.candidates, plain.ballots, w);
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
   * The number of voters, whatever their weights.
   *
   * @return the sum of the ballots' counts
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
   * one for an unweighted profile. {@link GradedRule#MAJORITY_JUDGMENT} breaks ties by removing one
   * unit of weight at a median grade at a time.
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

  @Override
  public String toString() {
    return "GradedProfile" + candidates + " of " + voters + " voters";
  }
}
