package org.concertation.core.simulation;

import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;

/**
 * Criteria early: under a charter whose evaluation the simulation plays ahead of the decision (see
 * {@link ExAnte}), the first actor who may define a criterion defines the simulation's one
 * criterion ({@link EvaluationPolicy#CRITERION}, on the rating scale) in the first phase where the
 * charter lets it, so that the proposals can be assessed on it before the decision. Under any other
 * charter it does nothing: the evaluation defines the criterion, as before.
 */
final class CriteriaPolicy implements PhasePolicy {
  @Override
  public void play(Stage stage) {
    if (!ExAnte.playedUnder(stage.charter())
        || stage.state().criteria().containsKey(EvaluationPolicy.CRITERION)
        || stage.state().phase().compareTo(stage.charter().criteriaFrom()) < 0) {
      return;
    }
    int definer = EvaluationPolicy.firstWhoMay(stage, Activity.DEFINE_CRITERION);
    if (definer >= 0) {
      stage.issue(
          new Command.DefineCriterion(
              stage.id(definer), stage.at(), EvaluationPolicy.CRITERION, EvaluationPolicy.TITLE));
    }
  }
}
