package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.concertation.api.decision.Verdict;

/**
 * A reasoned objection and what became of it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param position the objection, as taken in its round
 * @param decision its round's decision on the proposal, once the round closed
 * @param amendedAfter whether the proposal was amended after the objection
 * @param treatment what became of it
 */
public record ObjectionFact(
    PositionFact position,
    Optional<DecisionFact> decision,
    boolean amendedAfter,
    Treatment treatment) {
  /** What became of an objection. */
  public enum Treatment {
    /** Its round has not closed. */
    PENDING,
    /** Its round adopted the proposal all the same: the rule let the count override it. */
    OUTVOTED,
    /**
     * Its round did not adopt the proposal, and in the next round that decided the proposal its
     * author raised no objection.
     */
    LIFTED,
    /**
     * Its round did not adopt the proposal, and no later round decided the proposal without its
     * author objecting again.
     */
    STANDING
  }

  /**
   * Validates the fact.
   *
   * @param position the objection, as taken in its round
   * @param decision its round's decision on the proposal, once the round closed
   * @param amendedAfter whether the proposal was amended after the objection
   * @param treatment what became of it
   */
  public ObjectionFact {
    checkNotNull(position, "position must not be null");
    checkNotNull(decision, "decision must not be null");
    checkNotNull(treatment, "treatment must not be null");
  }

  /**
   * Whether its round blocked the proposal.
   *
   * @return true when the round's verdict was {@link Verdict#BLOCKED}
   */
  public boolean blocked() {
    return decision.map(d -> d.verdict() == Verdict.BLOCKED).orElse(false);
  }
}
