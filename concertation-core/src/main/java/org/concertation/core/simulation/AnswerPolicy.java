package org.concertation.core.simulation;

import com.google.common.collect.ImmutableSet;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.ProposalStatus;

/**
 * The end of negotiation: the owner answers every standing proposal, accepting what a round
 * adopted, except, where the charter lets it overrule, what falls below its own reservation value;
 * then every accepted proposal becomes an objective. When nothing is accepted the process is
 * abandoned at the round limit.
 */
final class AnswerPolicy implements PhasePolicy {
  @Override
  public void play(Stage stage) {
    ActorId answerer = stage.runner(Activity.ANSWER);
    boolean any = false;
    for (ProposalModel model : stage.standing()) {
      boolean accept = accepts(stage, model);
      if (answerer != null) {
        stage.issue(
            new Command.AnswerProposal(
                answerer,
                stage.at(),
                model.id(),
                accept ? AnswerKind.ACCEPTED : AnswerKind.DECLINED,
                accept ? "Adopted and accepted." : "Not taken up."));
      }
      any |= accept;
    }
    if (!any) {
      stage.abandon(End.ROUND_LIMIT, "no proposal was adopted");
      return;
    }
    ActorId adopter = stage.runner(Activity.ADOPT_OBJECTIVE);
    if (adopter == null) {
      return;
    }
    for (ProposalModel model : stage.accepted()) {
      stage.issue(
          new Command.AdoptObjective(
              adopter,
              stage.at(),
              objective(model),
              "Objective of " + model.id(),
              ImmutableSet.of(model.id())));
    }
  }

  private static boolean accepts(Stage stage, ProposalModel model) {
    int owner = stage.owner();
    return stage.proposal(model.id()).status() == ProposalStatus.ADOPTED
        && (!stage.charter().ownerMayOverrule()
            || model.utility(owner) >= stage.territory().reservation(owner));
  }

  /** The objective an accepted proposal becomes. */
  static ObjectiveId objective(ProposalModel model) {
    return ObjectiveId.of("o-" + model.id().value());
  }
}
