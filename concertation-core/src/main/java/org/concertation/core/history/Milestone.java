package org.concertation.core.history;

/**
 * A step of the process's timeline: a college registered or drawn, a phase changed, a round opened
 * or closed. {@link #accept(Visitor)} dispatches on the closed family.
 */
public sealed interface Milestone
    permits CollegeFact, PanelDrawFact, PhaseChange, RoundOpening, RoundClosing {
  /**
   * When and by whom.
   *
   * @return the stamp
   */
  Stamp stamp();

  /**
   * Dispatches to the visitor's method for this milestone.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per milestone.
   *
   * @param <R> what the methods return
   */
  interface Visitor<R> {
    /**
     * Visits a college's registration.
     *
     * @param m the milestone
     * @return the result
     */
    R visit(CollegeFact m);

    /**
     * Visits a college's draw by lot.
     *
     * @param m the milestone
     * @return the result
     */
    R visit(PanelDrawFact m);

    /**
     * Visits a change of phase.
     *
     * @param m the milestone
     * @return the result
     */
    R visit(PhaseChange m);

    /**
     * Visits a round's opening.
     *
     * @param m the milestone
     * @return the result
     */
    R visit(RoundOpening m);

    /**
     * Visits a round's closing.
     *
     * @param m the milestone
     * @return the result
     */
    R visit(RoundClosing m);
  }
}
