package org.concertation.core.log;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.Checks;
import org.concertation.api.event.Event;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;

/**
 * A log that verified from its header to its last line: its stream, its charter and its events.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stream the process's stream
 * @param charter the charter the process runs under
 * @param events the events, in order
 * @param head the hash of the last line
 */
public record VerifiedLog(
    String stream, Charter charter, ImmutableList<Event> events, String head) {
  /**
   * Validates the log.
   *
   * @param stream the process's stream
   * @param charter the charter the process runs under
   * @param events the events, in order
   * @param head the hash of the last line
   */
  public VerifiedLog {
    Checks.text("stream", stream);
    checkNotNull(charter, "charter must not be null");
    events = ImmutableList.copyOf(checkNotNull(events, "events must not be null"));
    Checks.text("head", head);
  }

  /**
   * The process's state: the fold of the events from the charter's initial state.
   *
   * @return the state
   */
  public ProcessState state() {
    ConcertationDecider decider = ConcertationDecider.create();
    return decider.fold(decider.initialState(charter), events);
  }
}
