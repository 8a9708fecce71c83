package org.concertation.api.decision;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The least share of the electorate that must take a position (abstentions included) for a decision
 * to stand: overall, and inside every college that has members.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param overall the least share of all eligible actors
 * @param perCollege the least share of each college's eligible members
 */
public record Quorum(Fraction overall, Fraction perCollege) {
  /** No quorum. */
  public static final Quorum NONE = new Quorum(Fraction.ZERO, Fraction.ZERO);

  /**
   * Validates the quorum.
   *
   * @param overall the least share of all eligible actors
   * @param perCollege the least share of each college's eligible members
   */
  public Quorum {
    checkNotNull(overall, "overall quorum must not be null");
    checkNotNull(perCollege, "per-college quorum must not be null");
  }

  /**
   * A quorum overall only.
   *
   * @param share the least share of all eligible actors
   * @return the quorum
   */
  public static Quorum overall(Fraction share) {
    return new Quorum(share, Fraction.ZERO);
  }

  /**
   * A quorum overall and per college.
   *
   * @param overall the least share of all eligible actors
   * @param perCollege the least share inside each college
   * @return the quorum
   */
  public static Quorum of(Fraction overall, Fraction perCollege) {
    return new Quorum(overall, perCollege);
  }
}
