package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.StakeId;

/**
 * A contribution to the diagnosis.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by the contributor
 * @param text what it says
 * @param stakes the stakes it relates to
 */
public record ContributionFact(Stamp stamp, PersonalText text, ImmutableSet<StakeId> stakes) {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by the contributor
   * @param text what it says
   * @param stakes the stakes it relates to
   */
  public ContributionFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(text, "text must not be null");
    stakes = ImmutableSet.copyOf(checkNotNull(stakes, "stakes must not be null"));
  }
}
