package org.concertation.core.log;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.Checks;
import org.concertation.api.event.Event;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;

/**
 * A log that verified from its header to its last line, every event possible where it stands: its
 * stream, its charter and its events.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stream the process's stream
 * @param charter the charter the process runs under
 * @param events the events, in order
 * @param head the hash of the last event line (the header's for a log without events)
 * @param sealed whether the log ended with its seal; false for a log written before seals
 */
public record VerifiedLog(
    String stream, Charter charter, ImmutableList<Event> events, String head, boolean sealed) {
  /**
   * Validates the log.
   *
   * @param stream the process's stream
   * @param charter the charter the process runs under
   * @param events the events, in order
   * @param head the hash of the last event line
   * @param sealed whether the log ended with its seal
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
