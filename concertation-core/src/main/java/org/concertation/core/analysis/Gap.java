package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A difference between what a charter promised and what a run did, on one criterion.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param promised what the charter promised
 * @param observed what the run shows
 */
public record Gap(ParticipationCriterion criterion, String promised, String observed) {
  /**
   * Validates the gap.
   *
   * @param criterion the criterion
   * @param promised what the charter promised
   * @param observed what the run shows
   */
  public Gap {
    checkNotNull(criterion, "criterion must not be null");
    checkNotNull(promised, "promised must not be null");
    checkNotNull(observed, "observed must not be null");
    checkArgument(
        !observed.isBlank(), "Invalid gap on '%s': observed must not be blank", criterion);
  }

  /**
   * The gap in one line: {@code no-overrule: promised ...; observed ...}.
   *
   * @return the line
   */
  public String describe() {
    return criterion.label() + ": promised " + promised + "; observed " + observed;
  }
}
