package org.concertation.examples.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.concertation.api.charter.Charter;
import org.concertation.api.event.Event;

/**
 * The summary of a process that {@code GET /processes/{id}} answers: {@code {"stream", "events",
 * "phase", "head", "rounds": [{"round", "rule", "adopted", "rejected", "carried", "tie"}],
 * "proposals": {id: status}}}, the keys of {@code concertation replay --json}.
 */
interface Summary {
  /**
   * The summary of a process.
   *
   * @param stream its stream
   * @param charter its charter
   * @param events its events, in order
   * @return the summary's JSON object
   */
  ObjectNode of(String stream, Charter charter, List<Event> events);
}
