package org.concertation.core.history;

/**
 * One step in the life of a proposal: a version (its submission or an amendment), a merge (that
 * made it, or that it went into), its withdrawal, a round's decision on it, or the project owner's
 * answer. {@link #accept(Visitor)} dispatches on the closed family.
 */
public sealed interface ProposalStep
    permits VersionFact, MergeFact, WithdrawalFact, DecisionFact, AnswerFact {
  /**
   * When and by whom.
   *
   * @return the stamp
   */
  Stamp stamp();

  /**
   * Dispatches to the visitor's method for this step.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per step.
   *
   * @param <R> what the methods return
   */
  interface Visitor<R> {
    /**
     * Visits a version.
     *
     * @param s the step
     * @return the result
     */
    R visit(VersionFact s);

    /**
     * Visits a merge.
     *
     * @param s the step
     * @return the result
     */
    R visit(MergeFact s);

    /**
     * Visits a withdrawal.
     *
     * @param s the step
     * @return the result
     */
    R visit(WithdrawalFact s);

    /**
     * Visits a round's decision.
     *
     * @param s the step
     * @return the result
     */
    R visit(DecisionFact s);

    /**
     * Visits the project owner's answer.
     *
     * @param s the step
     * @return the result
     */
    R visit(AnswerFact s);
  }
}
