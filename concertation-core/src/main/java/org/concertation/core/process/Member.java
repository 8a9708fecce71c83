package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Role;

/**
 * A registered actor: who it is, its role in the process and its college, if any.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param actor the actor
 * @param role its role
 * @param college its college, if any
 */
public record Member(Actor actor, Role role, Optional<CollegeId> college) {
  /**
   * Validates the member.
   *
   * @param actor the actor
   * @param role its role
   * @param college its college, if any
   */
  public Member {
    checkNotNull(actor, "actor must not be null");
    checkNotNull(role, "role must not be null");
    checkNotNull(college, "college must not be null");
  }
}
