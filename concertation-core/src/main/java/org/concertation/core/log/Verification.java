package org.concertation.core.log;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The result of verifying a log: how many events verified, the hash of the last good line, the
 * first break if there is one, and whether the log ends with its seal.
 *
 * <p>A log whose whole tail was rewritten, hashes and seal recomputed, verifies: publish {@link
 * #head()} elsewhere (a report, a notice) and compare it later to detect that too.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param events the number of events that verified, before the break if any
 * @param head the hash of the last line that verified (the header's when no event did), or the
 *     empty string when even the header did not
 * @param firstBreak the first break, or empty when the log is intact
 * @param sealed whether the log ends with a seal that counts its events and names its head; false
 *     for a log written before seals (format version 1) and for a log that does not verify
 */
public record Verification(
    long events, String head, Optional<LogBreak> firstBreak, boolean sealed) {

  /** What a verification found, in one word. */
  public enum Status {
    /** Intact, and its seal proves that nothing is missing at its end. */
    SEALED,
    /** Intact from its header to its last line, written before seals: a cut at a line end hides. */
    UNSEALED,
    /** Cut short: see {@link LogBreak.Kind#TRUNCATED}. */
    TRUNCATED,
    /** Tampered with: see {@link LogBreak.Kind#BROKEN}. */
    BROKEN,
    /** Chained, but impossible: see {@link LogBreak.Kind#IMPOSSIBLE}. */
    IMPOSSIBLE
  }

  /**
   * Validates the verification.
   *
   * @param events the number of events that verified, before the break if any
   * @param head the hash of the last line that verified, or the empty string
   * @param firstBreak the first break, or empty when the log is intact
   * @param sealed whether the log ends with its seal
   */
  public Verification {
    checkArgument(events >= 0, "Invalid count %s: must not be negative", events);
    checkNotNull(head, "head must not be null");
    checkNotNull(firstBreak, "first break must not be null (use Optional.empty())");
    checkArgument(
        !sealed || firstBreak.isEmpty(), "Invalid verification: a broken log is not sealed");
  }

  /**
   * A verification of a log without a seal.
   *
   * @param events the number of events that verified, before the break if any
   * @param head the hash of the last line that verified, or the empty string
   * @param firstBreak the first break, or empty when the log is intact
   */
  public Verification(long events, String head, Optional<LogBreak> firstBreak) {
    this(events, head, firstBreak, false);
  }

  /**
   * Whether the log verified from its header to its last line, every event possible.
   *
   * @return true when there is no break
   */
  public boolean isIntact() {
    return firstBreak.isEmpty();
  }

  /**
   * What the verification found.
   *
   * @return sealed or unsealed when intact, else the kind of the first break
   */
  public Status status() {
    if (firstBreak.isEmpty()) {
      return sealed ? Status.SEALED : Status.UNSEALED;
    }
    switch (firstBreak.get().kind()) {
      case TRUNCATED:
        return Status.TRUNCATED;
      case IMPOSSIBLE:
        return Status.IMPOSSIBLE;
      default:
        return Status.BROKEN;
    }
  }
}
