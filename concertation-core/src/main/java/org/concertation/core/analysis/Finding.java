package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Whether a process meets one criterion, and what shows it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param met whether it is met
 * @param evidence what in the charter or the run shows it, in one sentence
 */
public record Finding(ParticipationCriterion criterion, boolean met, String evidence) {
  /**
   * Validates the finding.
   *
   * @param criterion the criterion
   * @param met whether it is met
   * @param evidence what in the charter or the run shows it, in one sentence
   */
  public Finding {
    checkNotNull(criterion, "criterion must not be null");
    checkNotNull(evidence, "evidence must not be null");
    checkArgument(!evidence.isBlank(), "Invalid evidence for '%s': must not be blank", criterion);
  }
}
