package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;

/**
 * A piece of the shared diagnosis: an actor's observation or need, linked to the stakes it bears
 * on. Each actor holds part of the knowledge of the territory.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param author who contributed
 * @param text the observation or need
 * @param stakes the identified stakes it relates to
 */
public record Contribution(ActorId author, PersonalText text, ImmutableSet<StakeId> stakes) {
  /**
   * Validates the contribution.
   *
   * @param author who contributed
   * @param text the observation or need
   * @param stakes the identified stakes it relates to
   */
  public Contribution {
    checkNotNull(author, "author must not be null");
    Checks.personal("contribution", text);
    stakes = ImmutableSet.copyOf(checkNotNull(stakes, "stakes must not be null"));
  }

  /**
   * A contribution whose text is given as a present text.
   *
   * @param author who contributed
   * @param text the observation or need
   * @param stakes the identified stakes it relates to
   */
  public Contribution(ActorId author, String text, ImmutableSet<StakeId> stakes) {
    this(author, PersonalText.of(text), stakes);
  }
}
