package org.concertation.api.decision;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.Stance;

/**
 * The full count behind an {@link Outcome}: positions by stance overall and per college, the share
 * that was compared with the threshold, and the reasoned objections.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param eligible how many actors could take a position
 * @param counts the number of positions of each stance; every stance is a key
 * @param colleges the count inside each college of the electorate
 * @param share the share for that the rule compared with its threshold
 * @param objections the reasoned objections cast
 */
public record Tally(
    int eligible,
    ImmutableMap<Stance, Integer> counts,
    ImmutableMap<CollegeId, CollegeTally> colleges,
    Fraction share,
    ImmutableList<Position> objections) {
  /**
   * Validates the tally.
   *
   * @param eligible how many actors could take a position
   * @param counts the number of positions of each stance; every stance is a key
   * @param colleges the count inside each college of the electorate
   * @param share the share for that the rule compared with its threshold
   * @param objections the reasoned objections cast
   */
  public Tally {
    counts = ImmutableMap.copyOf(checkNotNull(counts, "counts must not be null"));
    colleges = ImmutableMap.copyOf(checkNotNull(colleges, "colleges must not be null"));
    checkNotNull(share, "share must not be null");
    objections = ImmutableList.copyOf(checkNotNull(objections, "objections must not be null"));
  }

  /**
   * The positions cast, abstentions included.
   *
   * @return the count
   */
  public int cast() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The number of positions of one stance.
   *
   * @param stance the stance
   * @return the count
   */
  public int count(Stance stance) {
    return counts.getOrDefault(stance, 0);
  }
}
