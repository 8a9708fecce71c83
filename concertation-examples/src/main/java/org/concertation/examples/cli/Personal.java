package org.concertation.examples.cli;

import java.nio.file.Path;
import org.concertation.api.domain.ActorId;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.personal.Erasure;

/** What the erase and export commands check of the actor they are given. */
final class Personal {
  private Personal() {}

  /** The actor's identity, or an input error naming the log. */
  static ActorId actor(Object file, String id) {
    try {
      return ActorId.of(id);
    } catch (IllegalArgumentException e) {
      throw InputException.said(file, "cli.personal.invalid", id).causedBy(e);
    }
  }

  /** Refuses an actor that the log never registered. */
  static void requireRegistered(Path file, VerifiedLog log, ActorId actor) {
    if (!Erasure.registers(log.events(), actor)) {
      throw InputException.said(file, "cli.personal.unknown", actor.value());
    }
  }
}
