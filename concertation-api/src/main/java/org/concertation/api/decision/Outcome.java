package org.concertation.api.decision;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What a rule decided about one proposal, and why: the verdict, whether an exact tie was settled by
 * the tie-break, the full tally and a one-line explanation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule applied
 * @param verdict the verdict
 * @param tie whether the decisive comparison was an exact tie (settled by the rule's tie-break)
 * @param tally the count
 * @param explanation a readable account: "adopted: 7 for, 2 against, share 7/9 &gt; 1/2"
 */
public record Outcome(
    DecisionRule rule, Verdict verdict, boolean tie, Tally tally, String explanation) {
  /**
   * Validates the outcome.
   *
   * @param rule the rule applied
   * @param verdict the verdict
   * @param tie whether the decisive comparison was an exact tie (settled by the rule's tie-break)
   * @param tally the count
   * @param explanation a readable account: "adopted: 7 for, 2 against, share 7/9 &gt; 1/2"
   */
  public Outcome {
    checkNotNull(rule, "rule must not be null");
    checkNotNull(verdict, "verdict must not be null");
    checkNotNull(tally, "tally must not be null");
    checkNotNull(explanation, "explanation must not be null");
  }
}
