package org.concertation.api.decision;

/**
 * How a {@link DecisionRule} counts positions. {@code SUPPORT} and {@code ACCEPT} count for, {@code
 * OPPOSE} and {@code OBJECT} against, {@code ABSTAIN} neither (it counts towards the quorum).
 */
public enum Method {
  /** Simple majority: more than the threshold (one half) of the positions for or against. */
  MAJORITY,
  /**
   * Absolute majority: more than the threshold (one half) of all positions cast, abstentions
   * included.
   */
  ABSOLUTE_MAJORITY,
  /** Qualified majority: at least the threshold of the positions for or against. */
  QUALIFIED_MAJORITY,
  /** Unanimity: at least one for, and nobody against. */
  UNANIMITY,
  /**
   * Consent: adopted unless a reasoned objection stands; opposition is recorded but does not block.
   */
  CONSENT,
  /**
   * Weighted colleges: each college's share for (among its positions for or against) counts with
   * its weight; the weighted mean is compared with the threshold.
   */
  WEIGHTED_COLLEGES,
  /** Double (n-fold) majority: the threshold must be passed inside every college. */
  COLLEGE_MAJORITY
}
