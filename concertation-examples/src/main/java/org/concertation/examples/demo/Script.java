package org.concertation.examples.demo;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.StakeId;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;

/**
 * Drives one process through the state machine, one command at a time, exactly as a host
 * application would: build a command, ask the decider, keep the events, fold them into the state.
 *
 * <p>Time comes with each command: every command is dated {@link #STEP} after the previous one, and
 * {@link #later(Duration)} lets the story skip weeks between meetings. So two runs give the same
 * events, to the second.
 *
 * <p>A scenario must never be refused: a rejection here is a bug in the scenario, and fails at once
 * with the rejection's message.
 */
final class Script {
  /** The time between two commands of the same meeting. */
  static final Duration STEP = Duration.ofMinutes(5);

  private static final ConcertationDecider DECIDER = ConcertationDecider.create();

  private final Logic logic;
  private final List<Event> events = new ArrayList<>();
  private ProcessState state;
  private Instant now;

  Script(Logic logic, Instant start) {
    this.logic = logic;
    this.state = DECIDER.initialState(logic.charter());
    this.now = start;
  }

  /** Decides one command, keeps its events and moves the state on; fails on a rejection. */
  private void run(Command command) {
    Result<Event> result = DECIDER.decide(command, state);
    if (result instanceof Result.Rejected<Event> rejected) {
      throw new IllegalStateException(
          "The "
              + logic.label()
              + " scenario is wrong: the charter refused "
              + command
              + ": "
              + rejected.rejection().message());
    }
    events.addAll(result.events());
    state = DECIDER.after(state, result);
  }

  private Instant at() {
    now = now.plus(STEP);
    return now;
  }

  /** Lets time pass before the next command, such as the weeks between two workshops. */
  Script later(Duration duration) {
    now = now.plus(duration);
    return this;
  }

  DemoRun finish() {
    return new DemoRun(logic, ImmutableList.copyOf(events), state);
  }

  // --- framing

  Script register(Actor by, Actor actor, Role role) {
    run(new Command.RegisterActor(by.id(), at(), actor, role, Optional.empty()));
    return this;
  }

  /** Each actor registers itself as a participant (activity JOIN). */
  Script join(Actor... actors) {
    for (Actor actor : actors) {
      register(actor, actor, Role.PARTICIPANT);
    }
    return this;
  }

  Script advance(Actor by) {
    run(new Command.AdvancePhase(by.id(), at()));
    return this;
  }

  // --- diagnosis

  Script contribute(Actor by, String text, StakeId... stakes) {
    run(new Command.Contribute(by.id(), at(), text, ImmutableSet.copyOf(stakes)));
    return this;
  }

  Script identify(Actor by, StakeId stake, String title) {
    run(new Command.IdentifyStake(by.id(), at(), stake, title));
    return this;
  }

  Script validate(Actor by, StakeId... stakes) {
    for (StakeId stake : stakes) {
      run(new Command.ValidateStake(by.id(), at(), stake));
    }
    return this;
  }

  // --- proposals

  Script submit(Actor by, ProposalId proposal, ProposalContent content, Actor... coAuthors) {
    ImmutableSet<ActorId> others =
        ImmutableSet.copyOf(ImmutableList.copyOf(coAuthors).stream().map(Actor::id).iterator());
    run(new Command.SubmitProposal(by.id(), at(), proposal, content, others));
    return this;
  }

  Script amend(Actor by, ProposalId proposal, ProposalContent content, String rationale) {
    run(new Command.AmendProposal(by.id(), at(), proposal, content, rationale));
    return this;
  }

  Script merge(Actor by, ProposalId result, ProposalContent content, ProposalId... sources) {
    run(new Command.MergeProposals(by.id(), at(), result, ImmutableList.copyOf(sources), content));
    return this;
  }

  // --- negotiation

  Script openRound(Actor by, ProposalId... agenda) {
    run(new Command.OpenRound(by.id(), at(), ImmutableList.copyOf(agenda)));
    return this;
  }

  /** The same stance, without a reason, from each of the actors. */
  Script positions(ProposalId proposal, Stance stance, Actor... actors) {
    for (Actor actor : actors) {
      run(new Command.TakePosition(actor.id(), at(), proposal, stance, Optional.empty()));
    }
    return this;
  }

  Script object(Actor by, ProposalId proposal, String reason) {
    run(Command.TakePosition.of(by.id(), at(), proposal, Stance.OBJECT, Optional.of(reason)));
    return this;
  }

  Script closeRound(Actor by) {
    run(new Command.CloseRound(by.id(), at()));
    return this;
  }

  Script answer(Actor by, ProposalId proposal, AnswerKind answer, String reasoning) {
    run(new Command.AnswerProposal(by.id(), at(), proposal, answer, reasoning));
    return this;
  }

  Script adopt(Actor by, ObjectiveId objective, String title, ProposalId... from) {
    run(new Command.AdoptObjective(by.id(), at(), objective, title, ImmutableSet.copyOf(from)));
    return this;
  }

  // --- action

  Script launch(Actor by, ActionId action, ObjectiveId objective, String title) {
    run(new Command.LaunchAction(by.id(), at(), action, objective, title));
    return this;
  }

  Script commit(Actor by, ActionId action, Resource resource) {
    run(new Command.Commit(by.id(), at(), action, resource));
    return this;
  }

  Script indicator(
      Actor by, IndicatorId indicator, ActionId action, String name, String unit, long expected) {
    run(
        new Command.DefineIndicator(
            by.id(), at(), indicator, action, name, unit, BigDecimal.valueOf(expected)));
    return this;
  }

  // --- evaluation

  Script report(Actor by, IndicatorId indicator, long observed) {
    run(new Command.ReportIndicator(by.id(), at(), indicator, BigDecimal.valueOf(observed)));
    return this;
  }

  Script criterion(Actor by, CriterionId criterion, String title) {
    run(new Command.DefineCriterion(by.id(), at(), criterion, title));
    return this;
  }

  Script rate(Actor by, CriterionId criterion, int score) {
    run(new Command.Rate(by.id(), at(), criterion, score, Optional.empty()));
    return this;
  }

  Script rate(Actor by, CriterionId criterion, int score, String comment) {
    run(Command.Rate.of(by.id(), at(), criterion, score, Optional.of(comment)));
    return this;
  }

  Script close(Actor by, String summary) {
    run(new Command.Close(by.id(), at(), summary));
    return this;
  }
}
