package org.concertation.api.decision;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import org.concertation.api.domain.Stance;

/**
 * The count inside one college.
 *
 * @param eligible how many of the college's members could take a position
 * @param weight the college's weight
 * @param counts the number of positions of each stance; every stance is a key
 * @param share the college's share for, among its positions for or against
 */
public record CollegeTally(
    int eligible, int weight, ImmutableMap<Stance, Integer> counts, Fraction share) {
  /**
   * Validates the tally.
   *
   * @param eligible how many of the college's members could take a position
   * @param weight the college's weight
   * @param counts the number of positions of each stance; every stance is a key
   * @param share the college's share for, among its positions for or against
   */
  public CollegeTally {
    counts = ImmutableMap.copyOf(checkNotNull(counts, "counts must not be null"));
    checkNotNull(share, "share must not be null");
  }

  /**
   * The positions cast in the college, abstentions included.
   *
   * @return the count
   */
  public int cast() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
