package org.concertation.core.simulation;

import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.Phase;

/**
 * The evaluation the simulation plays ahead of the decision, and how simulated actors grade on a
 * criterion.
 *
 * <p>The simulation plays it under a charter that lets criteria be defined before the negotiation
 * ({@link Charter#criteriaFrom()} no later than {@link Phase#NEGOTIATION}) and grants someone
 * {@link Activity#ASSESS} and someone {@link Activity#CHAIR_ASSESSMENT}, such as {@link
 * org.concertation.core.Charters#prospectiveProjectLogic()}: the criterion is defined as early as
 * the charter allows, the proposals are assessed before the first round, the carriers record what
 * they delivered, and the actions are graded after the fact. Under any other charter it plays none
 * of these steps, so that runs under it are what they were before.
 *
 * <p>A simulated actor grades from its utility for what it grades: the lowest grade of the scale at
 * or below minus the harm threshold (where it would object to a proposal), the highest at or above
 * the harm threshold, and in between in equal steps, rounded to the nearest grade (half up). The
 * map is monotone: a greater utility never gets a lower grade.
 */
final class ExAnte {
  private ExAnte() {}

  /** Whether the simulation plays the evaluation ahead of the decision under this charter. */
  static boolean playedUnder(Charter charter) {
    return charter.criteriaFrom().compareTo(Phase.NEGOTIATION) <= 0
        && charter.phases().contains(Phase.NEGOTIATION)
        && charter.grants().stream().anyMatch(g -> g.activity() == Activity.ASSESS)
        && charter.grants().stream().anyMatch(g -> g.activity() == Activity.CHAIR_ASSESSMENT);
  }

  /**
   * The grade of a utility on a scale: see the class description.
   *
   * @param utility what the actor gains from what it grades
   * @param harmThreshold the harm below whose opposite the actor objects; positive
   * @param scale the scale
   */
  static int grade(double utility, double harmThreshold, GradeScale scale) {
    double share = Math.max(0.0, Math.min(1.0, (utility + harmThreshold) / (2 * harmThreshold)));
    return scale.lowest() + (int) Math.round(share * (scale.highest() - scale.lowest()));
  }
}
