package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;

import java.util.List;
import org.concertation.api.charter.Charter;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

/** The state's own contract: equality, hash, summary and the accessors the machine itself skips. */
class ProcessStateTest {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final Charter CHARTER = Charters.projectLogic();
  private final Fixture f = new Fixture();

  private static ProcessState replay(List<Event> events) {
    return DECIDER.fold(DECIDER.initialState(CHARTER), events);
  }

  @Test
  void statesFoldedFromTheSameEventsAreEqualWithEqualHashes() {
    List<Event> events = f.inNegotiation(CHARTER).events();

    ProcessState one = replay(events);
    ProcessState other = replay(events);

    assertThat(one).isNotSameAs(other).isEqualTo(other);
    assertThat(one.hashCode()).isEqualTo(other.hashCode());
  }

  @Test
  void aStateDiffersFromTheStateBeforeItsLastEvent() {
    List<Event> events = f.inNegotiation(CHARTER).events();

    ProcessState before = replay(events.subList(0, events.size() - 1));
    ProcessState after = replay(events);

    assertThat(after).isNotEqualTo(before);
    assertThat(before).isNotEqualTo(after);
  }

  @Test
  void aStateEqualsNoOtherKindOfValue() {
    ProcessState state = DECIDER.initialState(CHARTER);

    assertThat(state).isNotEqualTo(CHARTER).isNotEqualTo(null);
  }

  @Test
  void theSummaryCountsWhatTheProcessHoldsAndNamesTheOpenRound() {
    Run run = f.inNegotiation(CHARTER);
    assertThat(run.state().toString())
        .isEqualTo(
            "ProcessState{charter=project logic, phase=NEGOTIATION, version="
                + run.events().size()
                + ", members=6, stakes=2, proposals=3, roundsHeld=0, openRound=null, actions=0}");

    run.ok(f.openRound(FACILITATOR, P1));
    assertThat(run.state().toString()).contains("openRound=1");
  }

  @Test
  void theLastInstantIsThatOfTheLastEvent() {
    assertThat(DECIDER.initialState(CHARTER).lastAt()).isEmpty();

    Run run = f.framed(CHARTER);
    List<Event> events = run.events();
    assertThat(run.state().lastAt()).contains(events.get(events.size() - 1).at());
  }

  @Test
  void theMembersAreTheRegisteredActorsByIdentity() {
    ProcessState state = f.framed(CHARTER).state();

    assertThat(state.members()).hasSize(6).containsKey(OWNER.id());
    assertThat(state.members().get(OWNER.id())).isEqualTo(state.member(OWNER.id()).orElseThrow());
  }

  @Test
  void theDeciderTellsAClosedOrAbandonedProcessFromALiveOne() {
    Run run = f.framed(CHARTER);
    assertThat(DECIDER.isTerminal(run.state())).isFalse();

    run.ok(f.abandon(OWNER));
    assertThat(DECIDER.isTerminal(run.state())).isTrue();
  }
}
