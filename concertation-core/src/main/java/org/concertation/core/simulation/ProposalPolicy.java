package org.concertation.core.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ProposalId;

/**
 * Proposals: authors, drawn among those who may propose with a chance proportional to their
 * propensity, each submit a proposal on their one or two favourite validated stakes; then an author
 * of the first of two close open proposals merges them. Without an open proposal the process is
 * abandoned.
 *
 * <p>A proposal's effect on each stake it addresses is drawn from {@link
 * SimulationConfig#proposalEffectMinimum()} to 1; it addresses the author's second favourite stake
 * too, if the author likes it, on the toss of a fair coin; its cost is its total effect times
 * {@link Territory#COST_UNIT} times a factor drawn from {@link
 * SimulationConfig#proposalCostMinimum()} over {@link SimulationConfig#proposalCostSpread()}. A
 * merge keeps the larger effect on each stake and costs {@link SimulationConfig#mergedCostFactor()}
 * times its sources' costs.
 */
final class ProposalPolicy implements PhasePolicy {
  private final int proposals;
  private final double effectMinimum;
  private final double costMinimum;
  private final double costSpread;
  private final double mergeSimilarity;
  private final double mergedCostFactor;

  ProposalPolicy(SimulationConfig config) {
    this.proposals = config.proposals();
    this.effectMinimum = config.proposalEffectMinimum();
    this.costMinimum = config.proposalCostMinimum();
    this.costSpread = config.proposalCostSpread();
    this.mergeSimilarity = config.mergeSimilarity();
    this.mergedCostFactor = config.mergedCostFactor();
  }

  @Override
  public void play(Stage stage) {
    boolean[] validated = stage.validatedStakes();
    List<Integer> eligible = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < stage.actors(); i++) {
      if (stage.allowed(i, Activity.PROPOSE)) {
        eligible.add(i);
        total += stage.territory().propensity(i);
      }
    }
    if (eligible.isEmpty() || noneOf(validated) || total <= 0) {
      stage.abandon(End.ABANDONED, "nobody may propose on a validated stake");
      return;
    }
    for (int k = 0; k < proposals; k++) {
      submit(stage, pick(stage, eligible, total), validated);
    }
    merge(stage);
    if (stage.open().isEmpty()) {
      stage.abandon(End.ABANDONED, "no proposal is open");
    }
  }

  private static boolean noneOf(boolean[] validated) {
    for (boolean stake : validated) {
      if (stake) {
        return false;
      }
    }
    return true;
  }

  /** Picks an actor with a probability proportional to its propensity; one draw. */
  private static int pick(Stage stage, List<Integer> eligible, double total) {
    double target = stage.uniform(0, total);
    for (int i : eligible) {
      target -= stage.territory().propensity(i);
      if (target < 0) {
        return i;
      }
    }
    // rounding may leave a crumb of the total: it goes to the last
    return eligible.get(eligible.size() - 1);
  }

  /** An actor proposes on its one or two favourite validated stakes. */
  private void submit(Stage stage, int author, boolean[] validated) {
    double[] w = stage.territory().preferencesOf(author);
    double[] effects = new double[w.length];
    int first = Stage.favourite(w, validated);
    effects[first] = effect(stage);
    boolean[] rest = validated.clone();
    rest[first] = false;
    int second = Stage.favourite(w, rest);
    if (second >= 0 && w[second] > 0 && stage.coin()) {
      effects[second] = effect(stage);
    }
    double cost =
        Math.rint(
            Territory.COST_UNIT
                * ProposalModel.sum(effects)
                * stage.uniform(costMinimum, costSpread));
    int number = stage.nextProposalNumber();
    ProposalId id = ProposalId.of("p" + number);
    if (stage.issue(
        new Command.SubmitProposal(
            stage.id(author),
            stage.at(),
            id,
            stage.content("Proposal " + number, effects, cost),
            ImmutableSet.of()))) {
      stage.model(ProposalModel.of(id, author, effects, cost, stage.territory()));
    }
  }

  private double effect(Stage stage) {
    return stage.uniform(effectMinimum, 1 - effectMinimum);
  }

  /** Merges pairs of open proposals whose effects are close, each proposal at most once. */
  private void merge(Stage stage) {
    List<ProposalModel> open = stage.open();
    boolean[] merged = new boolean[open.size()];
    for (int a = 0; a < open.size(); a++) {
      for (int b = a + 1; b < open.size() && !merged[a]; b++) {
        if (!merged[b] && merge(stage, open.get(a), open.get(b))) {
          merged[a] = true;
          merged[b] = true;
        }
      }
    }
  }

  /** An author of the first merges two close proposals; whether it did. */
  private boolean merge(Stage stage, ProposalModel x, ProposalModel y) {
    if (x.similarity(y) < mergeSimilarity || !stage.allowed(x.submitter(), Activity.MERGE)) {
      return false;
    }
    double[] effects = x.effects();
    for (int s = 0; s < effects.length; s++) {
      effects[s] = Math.max(x.effect(s), y.effect(s));
    }
    double cost = Math.rint(mergedCostFactor * (x.cost() + y.cost()));
    int number = stage.nextProposalNumber();
    ProposalId id = ProposalId.of("p" + number);
    boolean done =
        stage.issue(
            new Command.MergeProposals(
                stage.id(x.submitter()),
                stage.at(),
                id,
                ImmutableList.of(x.id(), y.id()),
                stage.content("Proposal " + number + " (merged)", effects, cost)));
    if (done) {
      stage.model(ProposalModel.of(id, x.submitter(), effects, cost, stage.territory()));
    }
    return done;
  }
}
