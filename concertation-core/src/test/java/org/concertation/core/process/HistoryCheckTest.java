package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.C1;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.YOUTH;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class HistoryCheckTest {
  private static final HistoryCheck CHECK = HistoryCheck.create();
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final Charter PROJECT = Charters.projectLogic();
  private static final Charter MISSION = Charters.missionLogic();

  private final Fixture f = new Fixture();

  private static ImpossibleEvent firstImpossible(List<Event> events) {
    Optional<ImpossibleEvent> impossible = CHECK.firstImpossible(PROJECT, events);
    assertThat(impossible).as("the check of an impossible history").isPresent();
    return impossible.orElseThrow();
  }

  private static <E extends Event> int indexOf(List<Event> events, Class<E> type) {
    for (int i = 0; i < events.size(); i++) {
      if (type.isInstance(events.get(i))) {
        return i;
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + events);
  }

  @Test
  void aHistoryMadeByTheDeciderIsPossible() {
    List<Event> events = f.inEvaluation(PROJECT).events();
    assertThat(CHECK.firstImpossible(PROJECT, events)).isEmpty();
  }

  @Test
  void refusesAContributionByAnActorWhoNeverRegistered() {
    List<Event> events = new ArrayList<>(f.inDiagnosis(PROJECT).events());
    events.add(
        new Event.ContributionMade(
            f.at(), ActorId.of("ghost"), "an observation", ImmutableSet.of(YOUTH)));
    ImpossibleEvent impossible = firstImpossible(events);
    assertThat(impossible.position()).isEqualTo(events.size());
    assertThat(impossible.reason())
        .isEqualTo(new ImpossibleEvent.Refused(new Rejection.Unknown(Entity.ACTOR, "ghost")));
    assertThat(impossible.describe())
        .startsWith("event " + events.size() + " (ContributionMade): ");
  }

  @Test
  void refusesAnActorRegisteredTwice() {
    List<Event> events = new ArrayList<>(f.inDiagnosis(PROJECT).events());
    Event.ActorRegistered ines = (Event.ActorRegistered) events.get(3);
    assertThat(ines.actor()).isEqualTo(INES);
    events.add(
        new Event.ActorRegistered(f.at(), ines.by(), ines.actor(), ines.role(), ines.college()));
    ImpossibleEvent impossible = firstImpossible(events);
    assertThat(impossible.position()).isEqualTo(events.size());
    assertThat(impossible.reason())
        .isEqualTo(new ImpossibleEvent.Refused(new Rejection.AlreadyExists(Entity.ACTOR, "ines")));
  }

  @Test
  void refusesAFirstEventThatIsNotTheOwnerRegisteringItself() {
    List<Event> events = new ArrayList<>(f.framed(PROJECT).events());
    events.remove(0);
    ImpossibleEvent impossible = firstImpossible(events);
    assertThat(impossible.position()).isEqualTo(1);
    assertThat(impossible.reason()).isInstanceOf(ImpossibleEvent.Refused.class);
    assertThat(((ImpossibleEvent.Refused) impossible.reason()).rejection())
        .isInstanceOf(Rejection.InvalidRegistration.class);
  }

  /** A mission-logic process closed after its evaluation, every proposal answered. */
  private List<Event> closedMission() {
    return f.missionInEvaluation(MISSION)
        .ok(
            f.answer(OWNER, P1, AnswerKind.ACCEPTED),
            f.answer(OWNER, Fixture.P2, AnswerKind.DECLINED),
            f.close(OWNER))
        .events();
  }

  @Test
  void refusesACloseMovedToTheMiddle() {
    List<Event> closed = new ArrayList<>(closedMission());
    Event.ProcessClosed close = (Event.ProcessClosed) closed.remove(closed.size() - 1);
    int middle = indexOf(closed, Event.ProposalSubmitted.class);
    Event.ProcessClosed early =
        new Event.ProcessClosed(closed.get(middle - 1).at(), close.by(), close.summary());
    closed.add(middle, early);
    ImpossibleEvent impossible = CHECK.firstImpossible(MISSION, closed).orElseThrow();
    assertThat(impossible.position()).isEqualTo(middle + 1);
    Phase last = MISSION.phases().get(MISSION.phases().size() - 1);
    assertThat(impossible.reason())
        .isEqualTo(new ImpossibleEvent.Refused(new Rejection.NotLastPhase(Phase.PROPOSALS, last)));
  }

  @Test
  void refusesAnythingAfterTheClose() {
    List<Event> events = new ArrayList<>(closedMission());
    events.add(new Event.CriterionDefined(f.at(), OWNER.id(), C1, "a late criterion"));
    ImpossibleEvent impossible = CHECK.firstImpossible(MISSION, events).orElseThrow();
    assertThat(impossible.position()).isEqualTo(events.size());
    assertThat(impossible.reason())
        .isEqualTo(new ImpossibleEvent.Refused(new Rejection.ProcessEnded(Phase.CLOSED)));
  }

  @Test
  void refusesADateGoingBack() {
    List<Event> events = new ArrayList<>(f.inDiagnosis(PROJECT).events());
    Event last = events.get(events.size() - 1);
    Event.StakeIdentified stake = (Event.StakeIdentified) last;
    Event earlier =
        new Event.StakeIdentified(
            events.get(0).at().minus(Duration.ofDays(1)), stake.by(), stake.stake(), stake.title());
    events.set(events.size() - 1, earlier);
    ImpossibleEvent impossible = firstImpossible(events);
    assertThat(impossible.position()).isEqualTo(events.size());
    assertThat(impossible.reason())
        .isEqualTo(
            new ImpossibleEvent.Refused(
                new Rejection.TimeWentBack(events.get(events.size() - 2).at(), earlier.at())));
  }

  @Test
  void refusesARoundDecisionThatItsPositionsDoNotGive() {
    List<Event> events = new ArrayList<>(f.p1Adopted(PROJECT).events());
    int closing = indexOf(events, Event.RoundClosed.class);
    Event.RoundClosed closed = (Event.RoundClosed) events.get(closing);
    RoundDecision adopted = closed.decisions().get(0);
    assertThat(adopted.status()).isEqualTo(ProposalStatus.ADOPTED);
    Event.RoundClosed forged =
        new Event.RoundClosed(
            closed.at(),
            closed.by(),
            closed.round(),
            ImmutableList.of(
                new RoundDecision(
                    adopted.proposal(),
                    adopted.version(),
                    adopted.outcome(),
                    ProposalStatus.REJECTED)));
    events.set(closing, forged);
    ImpossibleEvent impossible = firstImpossible(events);
    assertThat(impossible.position()).isEqualTo(closing + 1);
    assertThat(impossible.reason())
        .isEqualTo(new ImpossibleEvent.NotCaused(ImmutableList.of(closed)));
    assertThat(impossible.reason().message()).contains("[RoundClosed]");
  }

  @Test
  void refusesAnAmendmentThatSkipsAVersion() {
    List<Event> events =
        new ArrayList<>(f.inProposals(PROJECT).ok(f.submit(INES, P1, YOUTH)).events());
    events.add(
        new Event.ProposalAmended(
            f.at(), INES.id(), P1, 3, Fixture.content("amended", YOUTH), "a rationale"));
    ImpossibleEvent impossible = firstImpossible(events);
    assertThat(impossible.reason()).isInstanceOf(ImpossibleEvent.NotCaused.class);
    Event caused = ((ImpossibleEvent.NotCaused) impossible.reason()).caused().get(0);
    assertThat(((Event.ProposalAmended) caused).version()).isEqualTo(2);
  }

  @Test
  void refusesAProposalWithoutAuthorsAsMalformed() {
    List<Event> events = new ArrayList<>(f.inProposals(PROJECT).events());
    events.add(
        new Event.ProposalSubmitted(
            f.at(), P1, ImmutableSet.of(), Fixture.content("orphan", YOUTH)));
    ImpossibleEvent impossible = firstImpossible(events);
    assertThat(impossible.position()).isEqualTo(events.size());
    assertThat(impossible.reason()).isInstanceOf(ImpossibleEvent.Malformed.class);
  }

  @Test
  void refusesAStoredStreamWhoseVersionsSkip() {
    List<Event> events = f.inDiagnosis(PROJECT).events();
    List<StoredEvent<Event>> stored = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      stored.add(new StoredEvent<>("s", i < 4 ? i + 1 : i + 2, events.get(i)));
    }
    ImpossibleEvent impossible = CHECK.firstImpossibleStored(PROJECT, stored).orElseThrow();
    assertThat(impossible.position()).isEqualTo(5);
    assertThat(impossible.reason()).isEqualTo(new ImpossibleEvent.OutOfSequence(5, 6));
    assertThat(CHECK.firstImpossibleStored(PROJECT, stored.subList(0, 4))).isEmpty();
  }

  @Test
  void evolveThrowsTheTypedErrorOnAnImpossibleEventNeverAnIllegalStateException() {
    ProcessState state = f.inDiagnosis(PROJECT).state();
    Event ghost =
        new Event.ContributionMade(f.at(), ActorId.of("ghost"), "text", ImmutableSet.of(YOUTH));
    assertThatThrownBy(() -> DECIDER.evolve(state, ghost))
        .isInstanceOf(ImpossibleEventException.class)
        .isNotInstanceOf(IllegalStateException.class)
        .hasMessageContaining("event " + (state.version() + 1) + " (ContributionMade)")
        .satisfies(
            e ->
                assertThat(((ImpossibleEventException) e).impossible().reason())
                    .isEqualTo(
                        new ImpossibleEvent.Refused(new Rejection.Unknown(Entity.ACTOR, "ghost"))));
    Event position =
        new Event.PositionTaken(
            f.at(), 1, P1, new Position(ASSO.id(), Stance.SUPPORT, Optional.empty()));
    assertThatThrownBy(() -> DECIDER.fold(state, List.of(position)))
        .isInstanceOf(ImpossibleEventException.class);
  }
}
