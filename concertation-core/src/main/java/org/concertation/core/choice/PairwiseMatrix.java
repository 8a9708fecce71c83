package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * How many voters prefer each candidate to each other: {@code count(a, b)} voters rank {@code a}
 * strictly above {@code b}. Candidates missing from a ballot are tied last, so a listed candidate
 * is preferred to every missing one. For a weighted profile the counts are weights in whole
 * multiples of the profile's {@linkplain Profile#weightUnit() weight unit}: {@code count(a, b)}
 * times the unit is the weight of the voters ranking {@code a} above {@code b}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PairwiseMatrix {
  private final ImmutableList<String> candidates;
  private final long[][] counts;

  private PairwiseMatrix(ImmutableList<String> candidates, long[][] counts) {
    this.candidates = candidates;
    this.counts = counts;
  }

  /**
   * The matrix of a profile.
   *
   * @param profile the profile
   * @return the matrix
   */
  public static PairwiseMatrix of(Profile profile) {
    checkNotNull(profile, "profile must not be null");
    int n = profile.size();
    long[][] d = new long[n][n];
    int[][] ranks = profile.ranks;
    long[] weights = profile.counts;
    for (int b = 0; b < ranks.length; b++) {
      int[] rank = ranks[b];
      long w = weights[b];
      for (int i = 0; i < n; i++) {
        int ri = rank[i];
        long[] row = d[i];
        for (int j = 0; j < n; j++) {
          if (ri < rank[j]) {
            row[j] += w;
          }
        }
      }
    }
    return new PairwiseMatrix(profile.candidates(), d);
  }

  /**
   * The candidates, in the profile's order.
   *
   * @return the candidates
   */
  public ImmutableList<String> candidates() {
    return candidates;
  }

  /**
   * How many voters rank {@code a} strictly above {@code b}.
   *
   * @param a a candidate
   * @param b another candidate
   * @return the count
   */
  public long count(String a, String b) {
    return counts[indexOf(a)][indexOf(b)];
  }

  /**
   * The margin of {@code a} over {@code b}: {@code count(a, b) - count(b, a)}.
   *
   * @param a a candidate
   * @param b another candidate
   * @return the margin, negative when {@code b} wins
   */
  public long margin(String a, String b) {
    int i = indexOf(a);
    int j = indexOf(b);
    return counts[i][j] - counts[j][i];
  }

  /**
   * The candidate that beats every other one head to head, if any.
   *
   * @return the Condorcet winner
   */
  public Optional<String> condorcetWinner() {
    return condorcet(1);
  }

  /**
   * The candidate that loses to every other one head to head, if any.
   *
   * @return the Condorcet loser
   */
  public Optional<String> condorcetLoser() {
    return condorcet(-1);
  }

  private Optional<String> condorcet(int sign) {
    int n = candidates.size();
    for (int i = 0; i < n; i++) {
      boolean all = true;
      for (int j = 0; j < n && all; j++) {
        all = i == j || Long.signum(counts[i][j] - counts[j][i]) == sign;
      }
      if (all && n > 1) {
        return Optional.of(candidates.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The matrix as a map from each candidate to its counts against every other one.
   *
   * @return the rows
   */
  public ImmutableMap<String, ImmutableMap<String, Long>> toMap() {
    ImmutableMap.Builder<String, ImmutableMap<String, Long>> rows = ImmutableMap.builder();
    for (int i = 0; i < candidates.size(); i++) {
      ImmutableMap.Builder<String, Long> row = ImmutableMap.builder();
      for (int j = 0; j < candidates.size(); j++) {
        if (i != j) {
          row.put(candidates.get(j), counts[i][j]);
        }
      }
      rows.put(candidates.get(i), row.buildOrThrow());
    }
    return rows.buildOrThrow();
  }

  /** The rows of {@link #toMap()}, each count shown by {@code show}. */
  ImmutableMap<String, ImmutableMap<String, Object>> toMap(LongFunction<Number> show) {
    ImmutableMap.Builder<String, ImmutableMap<String, Object>> rows = ImmutableMap.builder();
    for (int i = 0; i < candidates.size(); i++) {
      ImmutableMap.Builder<String, Object> row = ImmutableMap.builder();
      for (int j = 0; j < candidates.size(); j++) {
        if (i != j) {
          row.put(candidates.get(j), show.apply(counts[i][j]));
        }
      }
      rows.put(candidates.get(i), row.buildOrThrow());
    }
    return rows.buildOrThrow();
  }

  long get(int i, int j) {
    return counts[i][j];
  }

  long marginOf(int i, int j) {
    return counts[i][j] - counts[j][i];
  }

  int size() {
    return candidates.size();
  }

  private int indexOf(String candidate) {
    int i = candidates.indexOf(checkNotNull(candidate, "candidate must not be null"));
    if (i < 0) {
      throw new IllegalArgumentException(
          "Unknown candidate '" + candidate + "': expected one of " + candidates);
    }
    return i;
  }

  @Override
  public String toString() {
    return "PairwiseMatrix" + toMap();
  }
}
