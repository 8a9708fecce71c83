package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when a state is asked to apply an event that could not have happened in it (see {@link
 * HistoryCheck}): a history that was edited, or built by something other than the decider.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImpossibleEventException extends RuntimeException {
  /** The serialized form's version. */
  private static final long serialVersionUID = 1L;

  private final transient ImpossibleEvent impossible;

  /**
   * Creates the exception.
   *
   * @param impossible the event, its position and why it is impossible
   */
  public ImpossibleEventException(ImpossibleEvent impossible) {
    super(
        "Impossible history at "
            + checkNotNull(impossible, "impossible event must not be null").describe());
    this.impossible = impossible;
  }

  /**
   * The impossible event, its position and why.
   *
   * @return the impossible event
   */
  public ImpossibleEvent impossible() {
    return impossible;
  }
}
