package org.concertation.examples.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.concertation.core.choice.ChoiceOutcome;
import org.concertation.core.choice.PairwiseMatrix;
import org.concertation.core.choice.Profile;
import org.concertation.core.choice.RankedBallot;
import org.concertation.core.choice.RankedRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pairwise matrix and the ranked rules on a large synthetic profile: by default 10,000 distinct
 * random complete orders over 100 candidates (seed 42). {@code plainArrayLoop} builds the same
 * matrix from a bare {@code int[ballot][candidate]} array of ranks, as a yardstick.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PairwiseBenchmark {
  /** Number of ballots. */
  @Param("10000")
  public int ballots;

  /** Number of candidates. */
  @Param("100")
  public int candidates;

  private Profile profile = Profile.of(List.of("x"), List.of());
  private int[][] ranks = new int[0][];

  /** Builds the profile and the bare array of the same ranks. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    List<String> names = new ArrayList<>();
    for (int c = 0; c < candidates; c++) {
      names.add("c" + c);
    }
    List<RankedBallot> list = new ArrayList<>();
    ranks = new int[ballots][candidates];
    for (int b = 0; b < ballots; b++) {
      List<String> order = new ArrayList<>(names);
      Collections.shuffle(order, random);
      list.add(RankedBallot.strict(1, order.toArray(new String[0])));
      for (int r = 0; r < candidates; r++) {
        ranks[b][Integer.parseInt(order.get(r).substring(1))] = r;
      }
    }
    profile = Profile.of(names, list);
  }

  /**
   * The library's pairwise matrix.
   *
   * @return the matrix
   */
  @Benchmark
  public PairwiseMatrix pairwiseMatrix() {
    return profile.pairwise();
  }

  /**
   * The same counts from a bare array loop.
   *
   * @return the counts
   */
  @Benchmark
  public long[][] plainArrayLoop() {
    int n = candidates;
    long[][] d = new long[n][n];
    for (int[] rank : ranks) {
      for (int i = 0; i < n; i++) {
        int ri = rank[i];
        long[] row = d[i];
        for (int j = 0; j < n; j++) {
          if (ri < rank[j]) {
            row[j]++;
          }
        }
      }
    }
    return d;
  }

  /**
   * Schulze on the profile (matrix included).
   *
   * @return the outcome
   */
  @Benchmark
  public ChoiceOutcome schulze() {
    return RankedRule.SCHULZE.apply(profile);
  }

  /**
   * Ranked pairs on the profile (matrix and the search over equal margins included).
   *
   * @return the outcome
   */
  @Benchmark
  public ChoiceOutcome rankedPairs() {
    return RankedRule.RANKED_PAIRS.apply(profile);
  }

  /**
   * Instant-runoff on the profile.
   *
   * @return the outcome
   */
  @Benchmark
  public ChoiceOutcome instantRunoff() {
    return RankedRule.IRV.apply(profile);
  }

  /**
   * Borda on the profile.
   *
   * @return the outcome
   */
  @Benchmark
  public ChoiceOutcome borda() {
    return RankedRule.BORDA.apply(profile);
  }
}
