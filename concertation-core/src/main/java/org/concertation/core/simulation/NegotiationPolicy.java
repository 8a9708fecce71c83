package org.concertation.core.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Stance;
import org.concertation.core.personal.RoundKeys;

/**
 * Negotiation: rounds on every open proposal until none is open or the charter's round limit is
 * reached. In each round, every actor who may take a position and takes part does so on each
 * proposal by its {@link Positions}; when the round leaves a proposal open for another one, the
 * actor it harms most, among those against it who may amend, moves it {@link
 * SimulationConfig#amendmentStep()} of the way toward its own preferences on the validated stakes
 * (an effect below {@link SimulationConfig#negligibleEffect()} is dropped). Then the owner answers
 * (see {@link AnswerPolicy}).
 *
 * <p>In a ballot round each such actor casts one ballot instead, from the same utilities and the
 * same threshold: a ranking of the agenda by utility (equal utilities tied), approvals of what
 * reaches its threshold, or grades on the rule's scale, the worst for a proposal it would object
 * to, the best for one it would support, and in between in proportion to the utility. An actor
 * counts as against a proposal, for amendments, exactly as its position would have been.
 *
 * <p>Where the simulation plays the evaluation ahead of the decision, the proposals are assessed
 * before the first round, and an assessment gate keeps from a round's agenda the proposals that do
 * not pass it (see {@link AssessmentPolicy}).
 *
 * <p>A round the charter holds secret ({@link org.concertation.api.charter.Charter#secretRounds()})
 * opens with a pseudonym key drawn from the run's seed, in a stream of its own (see {@link
 * Stage#roundKeys()}): the actors' draws, stances and ballots are those of the same run with public
 * rounds, so both decide the same.
 */
final class NegotiationPolicy implements PhasePolicy {
  private final Positions positions;
  private final double amendmentStep;
  private final double negligibleEffect;
  private final AnswerPolicy answers = new AnswerPolicy();
  private final AssessmentPolicy assessment;

  NegotiationPolicy(SimulationConfig config) {
    this.assessment = new AssessmentPolicy(config);
    this.positions = Positions.of(config);
    this.amendmentStep = config.amendmentStep();
    this.negligibleEffect = config.negligibleEffect();
  }

  @Override
  public void play(Stage stage) {
    int limit = stage.charter().roundLimit();
    assessment.assessBeforeTheFirstRound(stage);
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
    List<ProposalModel> agenda = assessment.passing(stage, stage.open());
    // under an assessment gate that nothing open passes, no round can be held
    if (agenda.isEmpty()) {
      return false;
    }
    ImmutableList<ProposalId> ids =
        agenda.stream().map(ProposalModel::id).collect(ImmutableList.toImmutableList());
    if (chair == null) {
      return false;
    }
    // a secret round opens with its pseudonym key, as a host's service draws one
    Command open =
        RoundKeys.keyed(
            new Command.OpenRound(chair, stage.at(), ids),
            stage.charter(),
            stage.state().roundsHeld(),
            stage.roundKeys());
    if (!stage.issue(open)) {
      return false;
    }
    double t = (stage.state().roundsHeld() + 1) / (double) limit;
    int[] mostHarmed = new int[agenda.size()];
    Arrays.fill(mostHarmed, -1);
    // the round just opened is the last one held
    Optional<BallotRule> ballotRule = stage.charter().ballotRuleOfRound(stage.state().roundsHeld());
    for (int i = 0; i < stage.actors(); i++) {
      if (stage.allowed(i, Activity.TAKE_POSITION) && stage.takesPart(i)) {
        if (ballotRule.isPresent()) {
          castBallot(stage, i, agenda, t, mostHarmed, ballotRule.get());
        } else {
          takePositions(stage, i, agenda, t, mostHarmed);
        }
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
          Command.TakePosition.of(
              stage.id(actor), stage.at(), model.id(), stance, Positions.reason(stance, u)));
      if (stance.isAgainst()
          && stage.allowed(actor, Activity.AMEND)
          && (mostHarmed[p] < 0 || u < model.utility(mostHarmed[p]))) {
        mostHarmed[p] = actor;
      }
    }
  }

  /**
   * An actor casts its ballot on the agenda, and marks itself as the one most harmed by each
   * proposal its position would be against, as {@link #takePositions} does.
   */
  private void castBallot(
      Stage stage,
      int actor,
      List<ProposalModel> agenda,
      double t,
      int[] mostHarmed,
      BallotRule rule) {
    double threshold = positions.threshold(stage.territory().reservation(actor), t);
    double[] utility = new double[agenda.size()];
    for (int p = 0; p < agenda.size(); p++) {
      utility[p] = agenda.get(p).utility(actor);
    }
    stage.issue(
        new Command.CastBallot(
            stage.id(actor), stage.at(), ballot(rule, agenda, utility, threshold)));
    for (int p = 0; p < agenda.size(); p++) {
      ProposalModel model = agenda.get(p);
      if (positions.stance(utility[p], threshold).isAgainst()
          && stage.allowed(actor, Activity.AMEND)
          && (mostHarmed[p] < 0 || utility[p] < model.utility(mostHarmed[p]))) {
        mostHarmed[p] = actor;
      }
    }
  }

  /**
   * The ballot of an actor with these utilities and this threshold, of the kind the rule counts.
   */
  Ballot ballot(BallotRule rule, List<ProposalModel> agenda, double[] utility, double threshold) {
    switch (rule.ballotKind()) {
      case RANKING:
        {
          List<Integer> order = new ArrayList<>();
          for (int p = 0; p < agenda.size(); p++) {
            order.add(p);
          }
          order.sort(Comparator.comparingDouble((Integer p) -> -utility[p]));
          List<List<ProposalId>> tiers = new ArrayList<>();
          double last = Double.NaN;
          for (int p : order) {
            if (tiers.isEmpty() || utility[p] != last) {
              tiers.add(new ArrayList<>());
              last = utility[p];
            }
            tiers.get(tiers.size() - 1).add(agenda.get(p).id());
          }
          return Ballot.Ranking.of(tiers);
        }
      case APPROVALS:
        {
          ImmutableSet.Builder<ProposalId> approved = ImmutableSet.builder();
          for (int p = 0; p < agenda.size(); p++) {
            if (utility[p] >= threshold) {
              approved.add(agenda.get(p).id());
            }
          }
          return new Ballot.Approvals(approved.build());
        }
      case GRADES:
        {
          GradeScale scale = rule.scale().orElseThrow();
          // a lower gradient agrees more: the scale reads from the best grade down
          boolean lowerIsBetter = rule.label().equals(BallotRule.GRADIENTS_LABEL);
          ImmutableMap.Builder<ProposalId, Integer> grades = ImmutableMap.builder();
          for (int p = 0; p < agenda.size(); p++) {
            int steps = goodness(utility[p], threshold, scale.highest() - scale.lowest());
            grades.put(
                agenda.get(p).id(),
                lowerIsBetter ? scale.highest() - steps : scale.lowest() + steps);
          }
          return new Ballot.Grades(grades.buildOrThrow());
        }
      default:
        throw new AssertionError(rule.ballotKind());
    }
  }

  /**
   * How many grades above the worst a proposal deserves, out of {@code levels}: none at or below
   * the harm that makes an actor object, all from where it would support, in proportion between.
   */
  private int goodness(double utility, double threshold, int levels) {
    double worst = -positions.harmThreshold();
    double best = threshold + positions.supportMargin();
    // best > worst: the threshold is not negative and the harm threshold is positive
    double share = Math.max(0.0, Math.min(1.0, (utility - worst) / (best - worst)));
    return (int) Math.round(share * levels);
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
    // its main stake before the amendment: one the proposal named, so one the process knows
    int main = 0;
    for (int s = 1; s < effects.length; s++) {
      if (effects[s] > effects[main]) {
        main = s;
      }
    }
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
      effects[main] = negligibleEffect;
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
