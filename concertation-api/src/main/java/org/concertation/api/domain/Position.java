package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * An actor's position on one proposal in one round. A reasoned objection must carry its reason.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param actor who takes the position
 * @param stance the stance
 * @param reason why; required, and not blank, for {@link Stance#OBJECT}
 */
public record Position(ActorId actor, Stance stance, Optional<PersonalText> reason) {
  /**
   * Validates the position.
   *
   * @param actor who takes the position
   * @param stance the stance
   * @param reason why; required, and not blank, for {@link Stance#OBJECT}
   */
  public Position {
    checkNotNull(actor, "actor must not be null");
    checkNotNull(stance, "stance must not be null");
    checkNotNull(reason, "reason must not be null (use Optional.empty())");
    reason.ifPresent(r -> Checks.personal("position reason", r));
    checkArgument(
        stance != Stance.OBJECT || reason.isPresent(),
        "Invalid objection by '%s': a reasoned objection needs a reason",
        actor);
  }

  /**
   * A position without a reason.
   *
   * @param actor who takes it
   * @param stance the stance, not {@link Stance#OBJECT}
   * @return the position
   */
  public static Position of(ActorId actor, Stance stance) {
    return new Position(actor, stance, Optional.empty());
  }

  /**
   * A reasoned objection.
   *
   * @param actor who objects
   * @param reason why, not blank
   * @return the position
   */
  public static Position objection(ActorId actor, String reason) {
    return new Position(actor, Stance.OBJECT, Optional.of(PersonalText.of(reason)));
  }

  /**
   * A position with a reason given as a present text, or none.
   *
   * @param actor who takes it
   * @param stance the stance
   * @param reason why, if said; required for {@link Stance#OBJECT}
   * @return the position
   */
  public static Position of(ActorId actor, Stance stance, Optional<String> reason) {
    return new Position(actor, stance, checkNotNull(reason, "reason").map(PersonalText::of));
  }

  /**
   * A copy with another reason: the same value sealed, or erased.
   *
   * @param newReason the reason
   * @return the copy
   */
  public Position withReason(Optional<PersonalText> newReason) {
    return new Position(actor, stance, newReason);
  }
}
