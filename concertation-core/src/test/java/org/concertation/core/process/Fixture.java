package org.concertation.core.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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

/** A small territory and the commands that move a process through its phases, minute by minute. */
final class Fixture {
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  static final Actor OWNER = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
  static final Actor FACILITATOR = Actor.of("facilitator", "Facilitator", ActorKind.INSTITUTION);
  static final Actor LANDLORD = Actor.of("landlord", "Social landlord", ActorKind.INSTITUTION);
  static final Actor INES = Actor.of("ines", "Inès", ActorKind.INHABITANT);
  static final Actor IVAN = Actor.of("ivan", "Ivan", ActorKind.INHABITANT);
  static final Actor ASSO = Actor.of("residents", "Residents' association", ActorKind.ASSOCIATION);

  static final StakeId YOUTH = StakeId.of("youth");
  static final StakeId MOBILITY = StakeId.of("mobility");
  static final ProposalId P1 = ProposalId.of("p1");
  static final ProposalId P2 = ProposalId.of("p2");
  static final ProposalId P3 = ProposalId.of("p3");

  private Instant now = START;

  /** The next instant: one minute after the previous. */
  Instant at() {
    now = now.plus(Duration.ofMinutes(1));
    return now;
  }

  static ActorId id(Actor actor) {
    return actor.id();
  }

  Command register(Actor by, Actor actor, Role role) {
    return new Command.RegisterActor(by.id(), at(), actor, role, Optional.empty());
  }

  Command advance(Actor by) {
    return new Command.AdvancePhase(by.id(), at());
  }

  Command identify(Actor by, StakeId stake) {
    return new Command.IdentifyStake(by.id(), at(), stake, "stake " + stake);
  }

  Command validate(Actor by, StakeId stake) {
    return new Command.ValidateStake(by.id(), at(), stake);
  }

  Command contribute(Actor by, StakeId... stakes) {
    return new Command.Contribute(by.id(), at(), "observation by " + by.name(), ImmutableSet.copyOf(stakes));
  }

  static ProposalContent content(String title, StakeId... stakes) {
    return ProposalContent.of(title, "the text of " + title, 1000, stakes);
  }

  Command submit(Actor by, ProposalId id, StakeId... stakes) {
    return new Command.SubmitProposal(by.id(), at(), id, content("proposal " + id, stakes), ImmutableSet.of());
  }

  Command amend(Actor by, ProposalId id, StakeId... stakes) {
    return new Command.AmendProposal(by.id(), at(), id, content("amended " + id, stakes), "to meet an objection");
  }

  Command openRound(Actor by, ProposalId... agenda) {
    return new Command.OpenRound(by.id(), at(), ImmutableList.copyOf(agenda));
  }

  Command position(Actor by, ProposalId id, Stance stance) {
    return new Command.TakePosition(by.id(), at(), id, stance, Optional.empty());
  }

  Command object(Actor by, ProposalId id, String reason) {
    return new Command.TakePosition(by.id(), at(), id, Stance.OBJECT, Optional.of(reason));
  }

  Command closeRound(Actor by) {
    return new Command.CloseRound(by.id(), at());
  }

  /** The owner and the five others registered, in framing. */
  Run framed(Charter charter) {
    return new Run(charter)
        .ok(
            register(OWNER, OWNER, Role.PROJECT_OWNER),
            register(OWNER, FACILITATOR, Role.FACILITATOR),
            register(OWNER, LANDLORD, Role.PARTICIPANT),
            register(INES, INES, Role.PARTICIPANT),
            register(IVAN, IVAN, Role.PARTICIPANT),
            register(ASSO, ASSO, Role.PARTICIPANT));
  }

  /** In diagnosis, with two stakes identified and not yet validated, and no contribution. */
  Run inDiagnosis(Charter charter) {
    return framed(charter).ok(advance(OWNER), identify(INES, YOUTH), identify(ASSO, MOBILITY));
  }

  /** The project logic's diagnosis shared, in the proposals phase. */
  Run inProposals(Charter charter) {
    return inDiagnosis(charter)
        .ok(
            validate(FACILITATOR, YOUTH),
            validate(FACILITATOR, MOBILITY),
            contribute(INES, YOUTH),
            contribute(ASSO, YOUTH, MOBILITY),
            contribute(LANDLORD, MOBILITY),
            advance(FACILITATOR));
  }

  /** Three proposals, in negotiation, no round open. */
  Run inNegotiation(Charter charter) {
    return inProposals(charter)
        .ok(submit(INES, P1, YOUTH), submit(ASSO, P2, MOBILITY), submit(LANDLORD, P3, YOUTH), advance(FACILITATOR));
  }
}
