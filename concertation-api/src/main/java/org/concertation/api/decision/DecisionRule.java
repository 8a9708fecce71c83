package org.concertation.api.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A rule that turns the positions taken on one proposal into a {@link Verdict}.
 *
 * <p>A proposal is adopted when its share for is above the threshold; for a threshold above one
 * half (a qualified majority) a share equal to the threshold is enough, while at exactly one half
 * it is a tie, settled by the {@link TieBreak}. When {@link #objectionsBlock()} holds, any standing
 * reasoned objection blocks the proposal whatever the count. The {@link Quorum} is checked first.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param method how positions are counted
 * @param threshold the share to pass
 * @param objectionsBlock whether a reasoned objection blocks
 * @param quorum the least participation
 * @param tieBreak what an exact tie gives
 */
public record DecisionRule(
    Method method, Fraction threshold, boolean objectionsBlock, Quorum quorum, TieBreak tieBreak) {
  /**
   * Validates the rule.
   *
   * @param method how positions are counted
   * @param threshold the share to pass
   * @param objectionsBlock whether a reasoned objection blocks
   * @param quorum the least participation
   * @param tieBreak what an exact tie gives
   */
  public DecisionRule {
    checkNotNull(method, "method must not be null");
    checkNotNull(threshold, "threshold must not be null");
    checkNotNull(quorum, "quorum must not be null");
    checkNotNull(tieBreak, "tie-break must not be null");
    checkArgument(
        threshold.compareTo(Fraction.HALF) >= 0,
        "Invalid threshold '%s': must be at least 1/2",
        threshold);
    checkArgument(
        method != Method.CONSENT || objectionsBlock,
        "Invalid consent rule: objections must block under consent");
  }

  private static DecisionRule of(Method method, Fraction threshold, boolean objectionsBlock) {
    return new DecisionRule(method, threshold, objectionsBlock, Quorum.NONE, TieBreak.STATUS_QUO);
  }

  /**
   * Simple majority of the positions for or against.
   *
   * @return the rule
   */
  public static DecisionRule simpleMajority() {
    return of(Method.MAJORITY, Fraction.HALF, false);
  }

  /**
   * Absolute majority of all positions cast.
   *
   * @return the rule
   */
  public static DecisionRule absoluteMajority() {
    return of(Method.ABSOLUTE_MAJORITY, Fraction.HALF, false);
  }

  /**
   * Qualified majority: at least {@code threshold} of the positions for or against.
   *
   * @param threshold the share, at least 1/2
   * @return the rule
   */
  public static DecisionRule qualifiedMajority(Fraction threshold) {
    return of(Method.QUALIFIED_MAJORITY, threshold, false);
  }

  /**
   * Unanimity of the positions cast: nobody against.
   *
   * @return the rule
   */
  public static DecisionRule unanimity() {
    return of(Method.UNANIMITY, Fraction.ONE, false);
  }

  /**
   * Consent: adopted unless a reasoned objection stands.
   *
   * @return the rule
   */
  public static DecisionRule consent() {
    return of(Method.CONSENT, Fraction.HALF, true);
  }

  /**
   * Weighted colleges: the weighted mean of the colleges' shares for passes one half.
   *
   * @return the rule
   */
  public static DecisionRule weightedColleges() {
    return of(Method.WEIGHTED_COLLEGES, Fraction.HALF, false);
  }

  /**
   * Double (n-fold) majority: a majority inside every college.
   *
   * @return the rule
   */
  public static DecisionRule collegeMajority() {
    return of(Method.COLLEGE_MAJORITY, Fraction.HALF, false);
  }

  /**
   * Returns a copy with this threshold.
   *
   * @param newThreshold the share to pass
   * @return the copy, or this rule if nothing changes
   */
  public DecisionRule withThreshold(Fraction newThreshold) {
    return newThreshold.equals(threshold)
        ? this
        : new DecisionRule(method, newThreshold, objectionsBlock, quorum, tieBreak);
  }

  /**
   * Returns a copy in which reasoned objections block, or do not.
   *
   * @param block whether objections block
   * @return the copy, or this rule if nothing changes
   */
  public DecisionRule withObjectionsBlocking(boolean block) {
    return block == objectionsBlock
        ? this
        : new DecisionRule(method, threshold, block, quorum, tieBreak);
  }

  /**
   * Returns a copy with this quorum.
   *
   * @param newQuorum the quorum
   * @return the copy, or this rule if nothing changes
   */
  public DecisionRule withQuorum(Quorum newQuorum) {
    return newQuorum.equals(quorum)
        ? this
        : new DecisionRule(method, threshold, objectionsBlock, newQuorum, tieBreak);
  }

  /**
   * Returns a copy with this tie-break.
   *
   * @param newTieBreak the tie-break
   * @return the copy, or this rule if nothing changes
   */
  public DecisionRule withTieBreak(TieBreak newTieBreak) {
    return newTieBreak == tieBreak
        ? this
        : new DecisionRule(method, threshold, objectionsBlock, quorum, newTieBreak);
  }
}
