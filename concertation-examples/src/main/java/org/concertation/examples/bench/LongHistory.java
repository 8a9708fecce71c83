package org.concertation.examples.bench;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.StakeId;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;

/**
 * A project-logic process of {@code n} actors with a long history: every actor registered and
 * contributing to the diagnosis, ten proposals, two closed rounds on five of them where every actor
 * took a position, each blocked by one reasoned objection, and a third round open where every actor
 * but the last has taken a position on each of the five. Built through the decider itself, so every
 * event is one the machine accepts.
 */
final class LongHistory {
  static final ConcertationDecider DECIDER = ConcertationDecider.create();
  static final int AGENDA = 5;

  final Charter charter = Charters.projectLogic();
  final List<Event> events = new ArrayList<>();
  final List<ActorId> actors = new ArrayList<>();
  final List<ProposalId> agenda = new ArrayList<>();
  ProcessState state;
  Instant now = Instant.parse("2026-01-05T09:00:00Z");

  LongHistory(int n) {
    state = DECIDER.initialState(charter);
    Actor owner = Actor.of("owner", "Town hall", ActorKind.INSTITUTION);
    Actor facilitator = Actor.of("facilitator", "Facilitator", ActorKind.INSTITUTION);
    run(new Command.RegisterActor(owner.id(), at(), owner, Role.PROJECT_OWNER, Optional.empty()));
    run(
        new Command.RegisterActor(
            owner.id(), at(), facilitator, Role.FACILITATOR, Optional.empty()));
    ActorKind[] kinds = {
      ActorKind.INHABITANT, ActorKind.INHABITANT, ActorKind.ASSOCIATION, ActorKind.INSTITUTION
    };
    for (int i = 0; i < n; i++) {
      Actor actor = Actor.of("actor-" + i, "Actor " + i, kinds[i % kinds.length]);
      actors.add(actor.id());
      run(new Command.RegisterActor(actor.id(), at(), actor, Role.PARTICIPANT, Optional.empty()));
    }
    ActorId f = facilitator.id();
    run(new Command.AdvancePhase(f, at()));
    StakeId stake = StakeId.of("youth");
    run(new Command.IdentifyStake(owner.id(), at(), stake, "Youth"));
    run(new Command.ValidateStake(f, at(), stake));
    for (ActorId actor : actors) {
      run(new Command.Contribute(actor, at(), "what I see", ImmutableSet.of(stake)));
    }
    run(new Command.AdvancePhase(f, at()));
    for (int p = 0; p < 10; p++) {
      ProposalId id = ProposalId.of("p" + p);
      run(
          new Command.SubmitProposal(
              actors.get(p % n),
              at(),
              id,
              ProposalContent.of("Proposal " + p, "text", 1000, stake),
              ImmutableSet.of()));
      if (p < AGENDA) {
        agenda.add(id);
      }
    }
    run(new Command.AdvancePhase(f, at()));
    for (int round = 1; round <= 3; round++) {
      run(new Command.OpenRound(f, at(), ImmutableList.copyOf(agenda)));
      int voters = round < 3 ? n : n - 1;
      for (ProposalId id : agenda) {
        for (int i = 0; i < voters; i++) {
          // one reasoned objection blocks each proposal, so the agenda is carried round after round
          run(
              i == 0
                  ? Command.TakePosition.of(
                      actors.get(i), at(), id, Stance.OBJECT, Optional.of("not yet"))
                  : Command.TakePosition.of(
                      actors.get(i), at(), id, Stance.SUPPORT, Optional.empty()));
        }
      }
      if (round < 3) {
        run(new Command.CloseRound(f, at()));
      }
    }
  }

  private Instant at() {
    now = now.plus(Duration.ofSeconds(1));
    return now;
  }

  private void run(Command command) {
    Result<Event> result = DECIDER.decide(command, state);
    if (!result.isAccepted()) {
      throw new IllegalStateException("benchmark history refused " + command + ": " + result);
    }
    events.addAll(result.events());
    state = DECIDER.after(state, result);
  }

  /** A position not yet taken: the last actor's, on the first proposal of the open round. */
  Command nextPosition() {
    return new Command.TakePosition(
        actors.get(actors.size() - 1),
        now.plusSeconds(1),
        agenda.get(0),
        Stance.SUPPORT,
        Optional.empty());
  }
}
