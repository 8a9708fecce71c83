package org.concertation.core.process;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.concertation.api.Result;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;

/**
 * The checks a command must pass, tried in order: the first that fails refuses the command with its
 * rejection, and those after it are not tried, so each check may rely on the ones before it. A
 * command handler reads {@code checks(a, b, c).thenAccept(() -> event)}.
 */
final class Guard {
  private static final Guard PASSED = new Guard(Optional.empty());

  private final Optional<Rejection> refusal;

  private Guard(Optional<Rejection> refusal) {
    this.refusal = refusal;
  }

  /** One condition a command must meet. */
  @FunctionalInterface
  interface Check {
    /**
     * Tries the condition.
     *
     * @return the rejection when it fails, empty when it holds
     */
    Optional<Rejection> refusal();
  }

  /** Tries the checks in order and keeps the first refusal. */
  static Guard checks(Check... checks) {
    Optional<Rejection> refusal = first(checks);
    return refusal.isPresent() ? new Guard(refusal) : PASSED;
  }

  /** The checks in order, as one check: it fails with the first of them that fails. */
  static Check all(Check... checks) {
    return () -> first(checks);
  }

  /** The same check on each item in order: it fails as it first fails on an item. */
  static <T> Check each(Iterable<T> items, Function<? super T, Check> check) {
    return () -> {
      for (T item : items) {
        Optional<Rejection> refusal = check.apply(item).refusal();
        if (refusal.isPresent()) {
          return refusal;
        }
      }
      return Optional.empty();
    };
  }

  /** A check that fails, with the rejection made then, when the condition holds. */
  static Optional<Rejection> refuseIf(boolean refused, Supplier<Rejection> rejection) {
    return refused ? Optional.of(rejection.get()) : Optional.empty();
  }

  private static Optional<Rejection> first(Check... checks) {
    for (Check check : checks) {
      Optional<Rejection> refusal = check.refusal();
      if (refusal.isPresent()) {
        return refusal;
      }
    }
    return Optional.empty();
  }

  /** Rejects with the refusal, or, when every check passed, accepts the event made then. */
  Result<Event> thenAccept(Supplier<Event> event) {
    return refusal.isPresent() ? Result.rejected(refusal.get()) : Result.accepted(event.get());
  }
}
