package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;

/**
 * Specification-style tests of the decider: {@code given(charter,
 * events).when(command).then(events)} or {@code .thenRejected(rejection)}.
 */
final class Spec {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();

  private Spec() {}

  static Given given(Charter charter, List<Event> history) {
    return new Given(charter, history);
  }

  static Given given(Run run) {
    Given given = new Given(run.state().charter(), run.events());
    assertThat(given.state)
        .as("the fold of the run's events must equal its live state")
        .isEqualTo(run.state());
    return given;
  }

  static final class Given {
    private final Charter charter;
    private final List<Event> history;
    private final ProcessState state;

    Given(Charter charter, List<Event> history) {
      this.charter = charter;
      this.history = List.copyOf(history);
      this.state = DECIDER.fold(DECIDER.initialState(charter), this.history);
    }

    /**
     * Decides the command, and checks that deciding left the state equal to an independent replay
     * of the history.
     */
    When when(Command command) {
      Result<Event> result = DECIDER.decide(command, state);
      ProcessState replayed = DECIDER.fold(DECIDER.initialState(charter), history);
      assertThat(state).as("decide must not change the state").isEqualTo(replayed);
      return new When(state, result);
    }
  }

  static final class When {
    private final ProcessState state;
    private final Result<Event> result;

    When(ProcessState state, Result<Event> result) {
      this.state = state;
      this.result = result;
    }

    /** Asserts the events and returns the state after them. */
    ProcessState then(Event... expected) {
      assertThat(result)
          .as("expected the command to be accepted, got %s", result)
          .isInstanceOf(Result.Accepted.class);
      assertThat(result.events()).containsExactly(expected);
      return DECIDER.fold(state, result.events());
    }

    /** Asserts that the command was accepted with one event of this type, and returns it. */
    <E extends Event> E thenSingle(Class<E> type) {
      assertThat(result)
          .as("expected the command to be accepted, got %s", result)
          .isInstanceOf(Result.Accepted.class);
      assertThat(result.events()).hasSize(1);
      assertThat(result.events().get(0)).isInstanceOf(type);
      return type.cast(result.events().get(0));
    }

    /** Asserts that the command was accepted, whatever its events, and returns the next state. */
    ProcessState thenAccepted() {
      assertThat(result)
          .as("expected the command to be accepted, got %s", result)
          .isInstanceOf(Result.Accepted.class);
      return DECIDER.fold(state, result.events());
    }

    /** Asserts the rejection, exactly, and that it brings no event, so the state stays equal. */
    void thenRejected(Rejection expected) {
      assertThat(result).isEqualTo(Result.rejected(expected));
      assertThat(expected.message()).isNotBlank();
      assertUnchanged();
    }

    private void assertUnchanged() {
      assertThat(result.events()).isEmpty();
      ProcessState after = DECIDER.fold(state, result.events());
      assertThat(after).isEqualTo(state);
      assertThat(after.version()).isEqualTo(state.version());
    }

    /** Asserts the kind of rejection and returns it for further checks. */
    <R extends Rejection> R thenRejected(Class<R> type) {
      assertThat(result)
          .as("expected a rejection, got %s", result)
          .isInstanceOf(Result.Rejected.class);
      Rejection rejection = ((Result.Rejected<Event>) result).rejection();
      assertThat(rejection).isInstanceOf(type);
      assertUnchanged();
      return type.cast(rejection);
    }
  }
}
