package org.concertation.core.log;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The result of verifying a log: how many events verified, the hash of the last good line, and the
 * first break if there is one.
 *
 * <p>A log whose whole tail was rewritten, hashes recomputed, verifies: publish {@link #head()}
 * elsewhere (a report, a notice) and compare it later to detect that too.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param events the number of events that verified, before the break if any
 * @param head the hash of the last line that verified (the header's when no event did), or the
 *     empty string when even the header did not
 * @param firstBreak the first break, or empty when the log is intact
 */
public record Verification(long events, String head, Optional<LogBreak> firstBreak) {
  /**
   * Validates the verification.
   *
   * @param events the number of events that verified, before the break if any
   * @param head the hash of the last line that verified (the header's when no event did), or the
   *     empty string when even the header did not
   * @param firstBreak the first break, or empty when the log is intact
   */
  public Verification {
    checkArgument(events >= 0, "Invalid count %s: must not be negative", events);
    checkNotNull(head, "head must not be null");
    checkNotNull(firstBreak, "first break must not be null (use Optional.empty())");
  }

  /**
   * Whether the log verified from its header to its last line.
   *
   * @return true when there is no break
   */
  public boolean isIntact() {
    return firstBreak.isEmpty();
  }
}
