package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;

/**
 * A group of actors with a weight in decisions, such as the inhabitants' college of a citizens'
 * council. Actors of the listed kinds join it by default when they register.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the college's identity
 * @param name its display name
 * @param weight its weight in weighted decisions, at least 1
 * @param kinds the actor kinds that join it by default; may be empty
 */
public record College(CollegeId id, String name, int weight, ImmutableSet<ActorKind> kinds) {
  /**
   * Validates the college.
   *
   * @param id the college's identity
   * @param name its display name
   * @param weight its weight in weighted decisions, at least 1
   * @param kinds the actor kinds that join it by default; may be empty
   */
  public College {
    checkNotNull(id, "college id must not be null");
    Checks.text("college name", name);
    checkArgument(
        weight >= 1, "Invalid college weight '%s' for '%s': must be at least 1", weight, id);
    kinds = ImmutableSet.copyOf(checkNotNull(kinds, "college kinds must not be null"));
  }

  /**
   * A college that actors of the given kinds join by default.
   *
   * @param id the identity
   * @param name the display name
   * @param weight the weight, at least 1
   * @param kinds the kinds that join it
   * @return the college
   */
  public static College of(String id, String name, int weight, ActorKind... kinds) {
    return new College(CollegeId.of(id), name, weight, ImmutableSet.copyOf(kinds));
  }
}
