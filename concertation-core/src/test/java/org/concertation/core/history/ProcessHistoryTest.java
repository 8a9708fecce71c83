package org.concertation.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Electorate;
import org.concertation.api.decision.Outcome;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.core.Charters;
import org.concertation.core.decision.PositionRules;
import org.junit.jupiter.api.Test;

/** What the read model makes of small histories written event by event. */
class ProcessHistoryTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Actor ANA = Actor.of("ana", "Ana", ActorKind.INHABITANT);
  private static final Actor BILAL = Actor.of("bilal", "Bilal", ActorKind.INHABITANT);
  private static final Actor CLUB = Actor.of("club", "Sports club", ActorKind.ASSOCIATION);
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final Electorate VOTERS =
      new Electorate(
          ImmutableSet.of(ANA.id(), BILAL.id(), CLUB.id()), ImmutableMap.of(), ImmutableMap.of());
  private static final DecisionRule BLOCKING =
      DecisionRule.simpleMajority().withObjectionsBlocking(true);
  private static final DecisionRule NOT_BLOCKING =
      DecisionRule.simpleMajority().withObjectionsBlocking(false);

  /** A history written one event after the other, an hour apart. */
  private static final class Story {
    final List<Event> events = new ArrayList<>();
    Instant now = T0;

    Instant at() {
      now = now.plus(Duration.ofHours(1));
      return now;
    }

    Story joined(Actor... actors) {
      for (Actor a : actors) {
        events.add(new Event.ActorRegistered(at(), a.id(), a, Role.PARTICIPANT, Optional.empty()));
      }
      return this;
    }

    Story submitted() {
      events.add(
          new Event.ProposalSubmitted(
              at(), P1, ImmutableSet.of(ANA.id()), ProposalContent.of("A pitch", "A pitch")));
      return this;
    }

    Story amended() {
      events.add(
          new Event.ProposalAmended(
              at(), ANA.id(), P1, 2, ProposalContent.of("A pitch, fenced", "Fenced"), "safer"));
      return this;
    }

    Story opened(int round, DecisionRule rule) {
      events.add(new Event.RoundOpened(at(), ANA.id(), round, ImmutableList.of(P1), rule));
      return this;
    }

    /** Positions, then the round's close with the rule's real outcome on them. */
    Story decided(int round, DecisionRule rule, ProposalStatus status, Position... positions) {
      opened(round, rule);
      for (Position p : positions) {
        events.add(new Event.PositionTaken(at(), round, P1, p));
      }
      Outcome outcome = PositionRules.decide(rule, VOTERS, List.of(positions));
      events.add(
          new Event.RoundClosed(
              at(), ANA.id(), round, ImmutableList.of(new RoundDecision(P1, 1, outcome, status))));
      return this;
    }

    ProcessHistory history() {
      return ProcessHistory.of(Charters.projectLogic(), events);
    }
  }

  private static Story story() {
    return new Story().joined(ANA, BILAL, CLUB).submitted();
  }

  private static Position support(Actor a) {
    return Position.of(a.id(), Stance.SUPPORT);
  }

  private static Position objection(Actor a) {
    return Position.objection(a.id(), "it takes the playground");
  }

  @Test
  void anObjectionTheCountOverrodeIsOutvoted() {
    ProcessHistory history =
        story()
            .decided(
                1,
                NOT_BLOCKING,
                ProposalStatus.ADOPTED,
                support(ANA),
                support(BILAL),
                objection(CLUB))
            .history();
    ObjectionFact objection = history.objections().get(0);
    assertThat(history.objections()).hasSize(1);
    assertThat(objection.decision().orElseThrow().verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(objection.treatment()).isEqualTo(ObjectionFact.Treatment.OUTVOTED);
    assertThat(objection.blocked()).isFalse();
    assertThat(objection.amendedAfter()).isFalse();
  }

  @Test
  void aBlockingObjectionNoLaterRoundRevisitedStands() {
    ProcessHistory history =
        story()
            .decided(
                1, BLOCKING, ProposalStatus.OPEN, support(ANA), support(BILAL), objection(CLUB))
            .history();
    ObjectionFact objection = history.objections().get(0);
    assertThat(objection.blocked()).isTrue();
    assertThat(objection.treatment()).isEqualTo(ObjectionFact.Treatment.STANDING);
  }

  @Test
  void anObjectionItsAuthorDoesNotRaiseAgainAfterTheAmendmentIsLifted() {
    ProcessHistory history =
        story()
            .decided(
                1, BLOCKING, ProposalStatus.OPEN, support(ANA), support(BILAL), objection(CLUB))
            .amended()
            .decided(
                2, BLOCKING, ProposalStatus.ADOPTED, support(ANA), support(BILAL), support(CLUB))
            .history();
    ObjectionFact objection = history.objections().get(0);
    assertThat(objection.amendedAfter()).isTrue();
    assertThat(objection.treatment()).isEqualTo(ObjectionFact.Treatment.LIFTED);
    assertThat(history.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.ADOPTED);
  }

  @Test
  void anObjectionRaisedAgainInTheNextRoundStillStands() {
    ProcessHistory history =
        story()
            .decided(1, BLOCKING, ProposalStatus.OPEN, support(ANA), objection(CLUB))
            .decided(2, BLOCKING, ProposalStatus.OPEN, support(ANA), objection(CLUB))
            .history();
    assertThat(history.objections())
        .extracting(ObjectionFact::treatment)
        .containsExactly(ObjectionFact.Treatment.STANDING, ObjectionFact.Treatment.STANDING);
    assertThat(history.objections()).allSatisfy(o -> assertThat(o.amendedAfter()).isFalse());
  }

  @Test
  void anObjectionInARoundStillOpenIsPending() {
    Story story = story().opened(1, BLOCKING);
    story.events.add(new Event.PositionTaken(story.at(), 1, P1, objection(CLUB)));
    ProcessHistory history = story.history();
    assertThat(history.objections())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.treatment()).isEqualTo(ObjectionFact.Treatment.PENDING);
              assertThat(o.decision()).isEmpty();
            });
    assertThat(history.rounds().get(0).closing()).isEmpty();
  }

  @Test
  void anAnswerWaitsFromTheRoundThatSettledTheProposalNotFromOneThatCarriedIt() {
    Story story =
        story()
            .decided(1, BLOCKING, ProposalStatus.OPEN, support(ANA), objection(CLUB))
            .decided(2, BLOCKING, ProposalStatus.ADOPTED, support(ANA), support(CLUB));
    Instant settled = story.now;
    story.events.add(
        new Event.ProposalAnswered(
            story.at().plus(Duration.ofDays(2)), ANA.id(), P1, AnswerKind.ACCEPTED, "done"));
    AnswerFact answer = story.history().proposal(P1).orElseThrow().answer().orElseThrow();
    assertThat(answer.delay()).isEqualTo(Duration.ofDays(2).plusHours(1));
    assertThat(answer.stamp().at()).isEqualTo(settled.plus(Duration.ofDays(2).plusHours(1)));
  }

  @Test
  void anAnswerBeforeAnyDecisionWaitsFromTheSubmission() {
    Story story = story();
    Instant submitted = story.now;
    story.events.add(
        new Event.ProposalAnswered(story.at(), ANA.id(), P1, AnswerKind.DECLINED, "no"));
    AnswerFact answer = story.history().answers().get(0);
    assertThat(answer.delay()).isEqualTo(Duration.between(submitted, answer.stamp().at()));
    assertThat(answer.delay()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void phasesKeepTheirDatesAndTheEndingItsStatement() {
    Story story = new Story().joined(ANA);
    story.events.add(new Event.PhaseAdvanced(story.at(), ANA.id(), Phase.FRAMING, Phase.DIAGNOSIS));
    story.events.add(
        new Event.PhaseReopened(story.at(), ANA.id(), Phase.DIAGNOSIS, Phase.FRAMING, "again"));
    story.events.add(new Event.ProcessAbandoned(story.at(), ANA.id(), "no money"));
    ProcessHistory history = story.history();
    assertThat(history.phaseChanges())
        .extracting(PhaseChange::kind, PhaseChange::from, PhaseChange::to, PhaseChange::statement)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                PhaseChange.Kind.ADVANCED, Phase.FRAMING, Phase.DIAGNOSIS, PersonalText.of("")),
            org.assertj.core.groups.Tuple.tuple(
                PhaseChange.Kind.REOPENED,
                Phase.DIAGNOSIS,
                Phase.FRAMING,
                PersonalText.of("again")),
            org.assertj.core.groups.Tuple.tuple(
                PhaseChange.Kind.ABANDONED,
                Phase.FRAMING,
                Phase.ABANDONED,
                PersonalText.of("no money")));
    assertThat(history.phase()).isEqualTo(Phase.ABANDONED);
    assertThat(history.ending().orElseThrow().kind()).isEqualTo(PhaseChange.Kind.ABANDONED);
    assertThat(history.phaseChanges().get(0).stamp().at()).isEqualTo(T0.plus(Duration.ofHours(2)));
    assertThat(history.timeline()).containsExactlyElementsOf(history.phaseChanges());
  }

  @Test
  void anEmptyHistoryIsInItsFirstPhaseWithNothingInIt() {
    ProcessHistory history = ProcessHistory.of(Charters.missionLogic(), List.of());
    assertThat(history.size()).isZero();
    assertThat(history.phase()).isEqualTo(Phase.FRAMING);
    assertThat(history.firstAt()).isEmpty();
    assertThat(history.proposals()).isEmpty();
    assertThat(history.ending()).isEmpty();
  }

  @Test
  void aProposalNamedButNeverSubmittedIsKnownByItsIdentity() {
    ProposalId ghost = ProposalId.of("ghost");
    ProcessHistory history =
        ProcessHistory.of(
            Charters.projectLogic(),
            List.of(new Event.ProposalWithdrawn(T0, ANA.id(), ghost, "never was")));
    ProposalHistory p = history.proposal(ghost).orElseThrow();
    assertThat(p.created()).isEmpty();
    assertThat(p.current().title().orElseThrow()).isEqualTo("ghost");
    assertThat(p.status()).isEqualTo(ProposalStatus.WITHDRAWN);
    assertThat(p.steps()).singleElement().isInstanceOf(WithdrawalFact.class);
  }

  @Test
  void refusesNullEvents() {
    List<Event> events = new ArrayList<>();
    events.add(null);
    assertThatThrownBy(() -> ProcessHistory.of(Charters.projectLogic(), events))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("null");
    assertThatThrownBy(() -> ProcessHistory.of(Charters.projectLogic(), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void namesAnActorNeverRegisteredByItsIdentity() {
    assertThat(story().history().name(ActorId.of("x"))).isEqualTo("x");
    assertThat(story().history().name(ANA.id())).isEqualTo("Ana");
  }
}
