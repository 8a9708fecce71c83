package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Role;

/**
 * An actor registered in the process, and when she left it, if she did. What she said before
 * leaving stays, shown as she consented at registration.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param registered when, and by whom (the actor itself when it joined)
 * @param actor the actor
 * @param role its role
 * @param college its college, if any
 * @param left when she left the process, if she did
 */
public record ParticipantFact(
    Stamp registered, Actor actor, Role role, Optional<CollegeId> college, Optional<Stamp> left) {
  /**
   * Validates the fact.
   *
   * @param registered when, and by whom
   * @param actor the actor
   * @param role its role
   * @param college its college, if any
   * @param left when she left, if she did
   */
  public ParticipantFact {
    checkNotNull(registered, "registered must not be null");
    checkNotNull(actor, "actor must not be null");
    checkNotNull(role, "role must not be null");
    checkNotNull(college, "college must not be null");
    checkNotNull(left, "left must not be null (use Optional.empty())");
  }

  /**
   * An actor registered in the process who has not left it.
   *
   * @param registered when, and by whom
   * @param actor the actor
   * @param role its role
   * @param college its college, if any
   */
  public ParticipantFact(Stamp registered, Actor actor, Role role, Optional<CollegeId> college) {
    this(registered, actor, role, college, Optional.empty());
  }

  /**
   * The same participant, who left the process.
   *
   * @param when when she left, by herself
   * @return the participant with her leaving
   */
  public ParticipantFact withLeft(Stamp when) {
    checkNotNull(when, "when must not be null");
    return new ParticipantFact(registered, actor, role, college, Optional.of(when));
  }

  /**
   * Whether the actor left the process.
   *
   * @return true when she left
   */
  public boolean hasLeft() {
    return left.isPresent();
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
