package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Role;

/**
 * An actor registered in the process.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param registered when, and by whom (the actor itself when it joined)
 * @param actor the actor
 * @param role its role
 * @param college its college, if any
 */
public record ParticipantFact(
    Stamp registered, Actor actor, Role role, Optional<CollegeId> college) {
  /**
   * Validates the fact.
   *
   * @param registered when, and by whom
   * @param actor the actor
   * @param role its role
   * @param college its college, if any
   */
  public ParticipantFact {
    checkNotNull(registered, "registered must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(role, "role must not be null");
    checkNotNull(college, "college must not be null");
  }

  /**
   * The actor's identity.
   *
   * @return its identity
   */
  public ActorId id() {
    return actor.id();
  }

  /**
   * Whether the actor joined by itself rather than being registered by another.
   *
   * @return true when it registered itself
   */
  public boolean joinedByItself() {
    return registered.by().equals(actor.id());
  }
}
