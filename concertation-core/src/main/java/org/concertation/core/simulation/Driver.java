package org.concertation.core.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Phase;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.process.ProcessState;

/**
 * Runs one simulated process: after the {@link Registration}, phase after phase, the phase's policy
 * has the territory's actors issue their commands on the {@link Stage}, then the process moves on,
 * until it closes or is abandoned. Where the charter lets criteria come early, they are defined at
 * the start of the first phase that allows it (see {@link CriteriaPolicy}).
 */
final class Driver {
  private final Stage stage;
  private final ImmutableMap<Phase, PhasePolicy> policies;
  private final CriteriaPolicy criteria = new CriteriaPolicy();

  Driver(Charter charter, Territory territory, long seed) {
    this.stage = new Stage(charter, territory, seed);
    SimulationConfig config = territory.config();
    Map<Phase, PhasePolicy> byPhase = new EnumMap<>(Phase.class);
    byPhase.put(Phase.DIAGNOSIS, new DiagnosisPolicy());
    byPhase.put(Phase.PROPOSALS, new ProposalPolicy(config));
    byPhase.put(Phase.NEGOTIATION, new NegotiationPolicy(config));
    byPhase.put(Phase.ACTION, new ActionPolicy(config));
    byPhase.put(Phase.EVALUATION, new EvaluationPolicy(config));
    this.policies = Maps.immutableEnumMap(byPhase);
  }

  /** Runs the process to its end and returns what happened. */
  Outcome run() {
    new Registration().play(stage);
    while (!stage.state().isTerminal() && stage.end() == null) {
      // framing has no policy of its own: the registration above is all it holds
      PhasePolicy policy = policies.get(stage.state().phase());
      criteria.play(stage);
      if (policy != null) {
        policy.play(stage);
      }
      if (stage.end() == null && !stage.state().isTerminal()) {
        moveOn();
      }
    }
    End end = stage.end();
    if (end == null) {
      end = stage.state().phase() == Phase.CLOSED ? End.AGREEMENT : End.ABANDONED;
    }
    return new Outcome(
        end,
        stage.state(),
        stage.commands(),
        stage.rejections(),
        stage.events(),
        stage.active(),
        ImmutableList.copyOf(stage.standing()),
        ImmutableList.copyOf(stage.accepted()));
  }

  /** Closes the process after its last phase, else moves on to the next phase. */
  private void moveOn() {
    stage.pause();
    if (stage.charter().next(stage.state().phase()) == Phase.CLOSED) {
      ActorId governor = stage.runner(Activity.GOVERN);
      if (governor == null
          || !stage.issue(new Command.Close(governor, stage.at(), "Closed by the simulation."))) {
        stage.abandon(End.ABANDONED, "the process could not be closed");
      }
      return;
    }
    ActorId facilitator = stage.runner(Activity.FACILITATE);
    if (facilitator == null || !stage.issue(new Command.AdvancePhase(facilitator, stage.at()))) {
      stage.abandon(End.ABANDONED, "the process could not move on from " + stage.state().phase());
    }
  }

  /**
   * What a run leaves: how it ended, the final state, every command issued and the rejections of
   * those refused, the events of those accepted, the territory's actors who did more than join, and
   * the models of the standing and accepted proposals.
   *
   * <p>This record is immutable.
   */
  record Outcome(
      End end,
      ProcessState state,
      ImmutableList<Command> commands,
      ImmutableList<Rejection> rejections,
      ImmutableList<Event> events,
      ImmutableSet<ActorId> active,
      ImmutableList<ProposalModel> standing,
      ImmutableList<ProposalModel> accepted) {
    Outcome {
      checkNotNull(end, "end must not be null");
      checkNotNull(state, "state must not be null");
    }
  }
}
