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
     * Decides the command on the state folded from the history; every {@code then...} checks that
     * deciding left that state equal to an independent replay of the history.
     */
    When when(Command command) {
      ProcessState replayed = DECIDER.fold(DECIDER.initialState(charter), history);
      Result<Event> result = DECIDER.decide(command, state);
      return new When(state, replayed, command, result);
    }
  }

  static final class When {
    private final ProcessState state;
    private final ProcessState replayed;
    private final Command command;
    private final Result<Event> result;

    When(ProcessState state, ProcessState replayed, Command command, Result<Event> result) {
      this.state = state;
      this.replayed = replayed;
      this.command = command;
      this.result = result;
    }

    /**
     * Checks that deciding left the state alone: it still equals, part by part and version
     * included, the state replayed apart from the same history, which decide never saw; and that
     * this equal state decides the command alike, so the result depends on the state's value alone.
     * A rejection brings no event, so for one this is all there is to check.
     */
    private void assertUnchanged() {
      assertThat(state).as("decide must not change the state").isEqualTo(replayed);
      assertThat(DECIDER.decide(command, replayed))
          .as("an equal state must decide the command alike")
          .isEqualTo(result);
    }

    /** The state after the accepted events, whose version grew by their number. */
    private ProcessState next() {
      assertUnchanged();
      ProcessState next = DECIDER.fold(state, result.events());
      assertThat(next.version())
          .as("the version after %s events", result.events().size())
          .isEqualTo(state.version() + result.events().size());
      return next;
    }

    /** Asserts the events and returns the state after them. */
    ProcessState then(Event... expected) {
      assertThat(result)
          .as("expected the command to be accepted, got %s", result)
          .isInstanceOf(Result.Accepted.class);
      assertThat(result.events()).containsExactly(expected);
      return next();
    }

    /** Asserts that the command was accepted with one event of this type, and returns it. */
    <E extends Event> E thenSingle(Class<E> type) {
      assertThat(result)
          .as("expected the command to be accepted, got %s", result)
          .isInstanceOf(Result.Accepted.class);
      assertThat(result.events()).hasSize(1);
      assertThat(result.events().get(0)).isInstanceOf(type);
      next();
      return type.cast(result.events().get(0));
    }

    /** Asserts that the command was accepted, whatever its events, and returns the next state. */
    ProcessState thenAccepted() {
      assertThat(result)
          .as("expected the command to be accepted, got %s", result)
          .isInstanceOf(Result.Accepted.class);
      return next();
    }

    /** Asserts the rejection, exactly, and that it left the state as it was. */
    void thenRejected(Rejection expected) {
      assertThat(result).isEqualTo(Result.rejected(expected));
      assertThat(expected.message()).isNotBlank();
      assertUnchanged();
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
