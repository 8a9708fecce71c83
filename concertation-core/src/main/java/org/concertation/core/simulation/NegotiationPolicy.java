package org.concertation.core.simulation;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Stance;

/**
 * Negotiation: rounds on every open proposal until none is open or the charter's round limit is
 * reached. In each round, every actor who may take a position and takes part does so on each
 * proposal by its {@link Positions}; when the round leaves a proposal open for another one, the
 * actor it harms most, among those against it who may amend, moves it {@link
 * SimulationConfig#amendmentStep()} of the way toward its own preferences on the validated stakes
 * (an effect below {@link SimulationConfig#negligibleEffect()} is dropped). Then the owner answers
 * (see {@link AnswerPolicy}).
 */
final class NegotiationPolicy implements PhasePolicy {
  private final Positions positions;
  private final double amendmentStep;
  private final double negligibleEffect;
  private final AnswerPolicy answers = new AnswerPolicy();

  NegotiationPolicy(SimulationConfig config) {
    this.positions = Positions.of(config);
    this.amendmentStep = config.amendmentStep();
    this.negligibleEffect = config.negligibleEffect();
  }

  @Override
  public void play(Stage stage) {
    int limit = stage.charter().roundLimit();
    while (!stage.open().isEmpty() && stage.state().roundsHeld() < limit) {
      if (!round(stage, limit)) {
        break;
      }
    }
    answers.play(stage);
  }

  /** Holds one round on the open proposals; whether it could be opened. */
  private boolean round(Stage stage, int limit) {
    ActorId chair = stage.runner(Activity.CHAIR);
    List<ProposalModel> agenda = stage.open();
    ImmutableList<ProposalId> ids =
        agenda.stream().map(ProposalModel::id).collect(ImmutableList.toImmutableList());
    if (chair == null || !stage.issue(new Command.OpenRound(chair, stage.at(), ids))) {
      return false;
    }
    double t = (stage.state().roundsHeld() + 1) / (double) limit;
    int[] mostHarmed = new int[agenda.size()];
    Arrays.fill(mostHarmed, -1);
    for (int i = 0; i < stage.actors(); i++) {
      if (stage.allowed(i, Activity.TAKE_POSITION) && stage.takesPart(i)) {
        takePositions(stage, i, agenda, t, mostHarmed);
      }
    }
    stage.issue(new Command.CloseRound(chair, stage.at()));
    if (stage.state().roundsHeld() < limit) {
      amendCarriedOver(stage, agenda, mostHarmed);
    }
    return true;
  }

  /**
   * An actor takes a position on each proposal of the agenda, and marks itself as the one most
   * harmed by each it is against, if it may amend and is harmed more than the one marked.
   */
  private void takePositions(
      Stage stage, int actor, List<ProposalModel> agenda, double t, int[] mostHarmed) {
    double threshold = positions.threshold(stage.territory().reservation(actor), t);
    for (int p = 0; p < agenda.size(); p++) {
      ProposalModel model = agenda.get(p);
      double u = model.utility(actor);
      Stance stance = positions.stance(u, threshold);
      stage.issue(
          new Command.TakePosition(
              stage.id(actor), stage.at(), model.id(), stance, Positions.reason(stance, u)));
      if (stance.isAgainst()
          && stage.allowed(actor, Activity.AMEND)
          && (mostHarmed[p] < 0 || u < model.utility(mostHarmed[p]))) {
        mostHarmed[p] = actor;
      }
    }
  }

  private void amendCarriedOver(Stage stage, List<ProposalModel> agenda, int[] mostHarmed) {
    for (int p = 0; p < agenda.size(); p++) {
      ProposalModel model = agenda.get(p);
      if (mostHarmed[p] >= 0 && stage.proposal(model.id()).status().isOpen()) {
        amend(stage, mostHarmed[p], model);
      }
    }
  }

  /** Moves a proposal toward the amender's preferences on the validated stakes. */
  private void amend(Stage stage, int amender, ProposalModel model) {
    boolean[] validated = stage.validatedStakes();
    double[] w = stage.territory().preferencesOf(amender);
    double[] effects = model.effects();
    int largest = 0;
    for (int s = 0; s < effects.length; s++) {
      if (validated[s]) {
        effects[s] += amendmentStep * (Math.max(0.0, w[s]) - effects[s]);
        if (effects[s] < negligibleEffect) {
          effects[s] = 0;
        }
      }
      if (effects[s] > effects[largest]) {
        largest = s;
      }
    }
    // a proposal must act on some stake: one left with none keeps a trace of its main one
    if (effects[largest] == 0) {
      effects[largest] = negligibleEffect;
    }
    double before = model.totalEffect();
    double cost =
        Math.rint(before == 0 ? model.cost() : model.cost() * ProposalModel.sum(effects) / before);
    Proposal proposal = stage.proposal(model.id());
    ActorId by = stage.id(amender);
    if (stage.issue(
        new Command.AmendProposal(
            by,
            stage.at(),
            model.id(),
            stage.content(proposal.current().title(), effects, cost),
            "Moved toward what matters to " + by + "."))) {
      stage.model(
          ProposalModel.of(model.id(), model.submitter(), effects, cost, stage.territory()));
    }
  }
}
