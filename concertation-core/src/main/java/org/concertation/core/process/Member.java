package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Role;

/**
 * A registered actor: who it is, its role in the process, its college, if any, and when it left the
 * process, if it did.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param actor the actor
 * @param role its role
 * @param college its college, if any
 * @param left when it left the process, if it did
 */
public record Member(Actor actor, Role role, Optional<CollegeId> college, Optional<Instant> left) {
  /**
   * Validates the member.
   *
   * @param actor the actor
   * @param role its role
   * @param college its college, if any
   * @param left when it left the process, if it did
   */
  public Member {
    checkNotNull(actor, "actor must not be null");
    checkNotNull(role, "role must not be null");
    checkNotNull(college, "college must not be null");
    checkNotNull(left, "left must not be null (use Optional.empty())");
  }

  /**
   * A member who has not left.
   *
   * @param actor the actor
   * @param role its role
   * @param college its college, if any
   */
  public Member(Actor actor, Role role, Optional<CollegeId> college) {
    this(actor, role, college, Optional.empty());
  }

  /**
   * Tells whether the member left the process.
   *
   * @return true when it left
   */
  public boolean hasLeft() {
    return left.isPresent();
  }

  /**
   * The same member, having left.
   *
   * @param at when it left
   * @return the member
   */
  Member leaving(Instant at) {
    return new Member(actor, role, college, Optional.of(at));
  }
}
