package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An amendment to a proposal: who made which version, and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param version the version it made, from 2
 * @param author who amended
 * @param rationale why
 */
public record Amendment(int version, ActorId author, PersonalText rationale) {
  /**
   * Validates the amendment.
   *
   * @param version the version it made, from 2
   * @param author who amended
   * @param rationale why
   */
  public Amendment {
    checkArgument(version >= 2, "Invalid amendment version '%s': must be at least 2", version);
    checkNotNull(author, "author must not be null");
    Checks.personal("amendment rationale", rationale);
  }

  /**
   * An amendment whose rationale is given as a present text.
   *
   * @param version the version it made, from 2
   * @param author who amended
   * @param rationale why
   */
  public Amendment(int version, ActorId author, String rationale) {
    this(version, author, PersonalText.of(rationale));
  }
}
