package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;

/**
 * Specification-style tests of the decider: {@code given(charter, events).when(command).then(events)}
 * or {@code .thenRejected(rejection)}.
 */
final class Spec {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();

  private Spec() {}

  static Given given(Charter charter, List<Event> history) {
    return new Given(DECIDER.fold(DECIDER.initialState(charter), history));
  }

  static Given given(Run run) {
    return new Given(run.state());
  }

  static final class Given {
    private final ProcessState state;

    Given(ProcessState state) {
      this.state = state;
    }

    When when(Command command) {
      ProcessState before = state;
      Result<Event> result = DECIDER.decide(command, state);
      assertThat(state).as("decide must not change the state").isEqualTo(before);
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

    /** Asserts the rejection, exactly. */
    void thenRejected(Rejection expected) {
      assertThat(result).isEqualTo(Result.rejected(expected));
      assertThat(expected.message()).isNotBlank();
    }

    /** Asserts the kind of rejection and returns it for further checks. */
    <R extends Rejection> R thenRejected(Class<R> type) {
      assertThat(result).as("expected a rejection, got %s", result).isInstanceOf(Result.Rejected.class);
      Rejection rejection = ((Result.Rejected<Event>) result).rejection();
      assertThat(rejection).isInstanceOf(type);
      return type.cast(rejection);
    }
  }
}
