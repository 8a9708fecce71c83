package org.concertation.core.log;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.concertation.api.domain.Checks;
import org.concertation.core.process.ImpossibleEvent;

/**
 * Where a log stops being trustworthy: the first line that is not what the chain says, the place
 * where a cut log stops, or the first event that could not have happened; and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param position the bad event's position, from 1; 0 for the header that opens the log; for a log
 *     cut short, the position of the first line missing or cut (an event, or the seal)
 * @param line the line of the file that holds it, from 1 (the header is line 1, event {@code n} is
 *     line {@code n + 1})
 * @param kind what kind of break it is
 * @param reason what is wrong, in a sentence
 * @param impossibility for an {@link Kind#IMPOSSIBLE impossible} event, the typed reason; empty
 *     otherwise
 */
public record LogBreak(
    long position,
    long line,
    LogBreak.Kind kind,
    String reason,
    Optional<ImpossibleEvent.Reason> impossibility) {

  /** What kind of break a log has. */
  public enum Kind {
    /** A line was changed, removed, inserted or moved: the chain of hashes does not hold. */
    BROKEN,
    /** The log stops before its end: cut inside a line, or at a line end before its seal. */
    TRUNCATED,
    /** The chain holds, but an event could not have happened where it stands. */
    IMPOSSIBLE
  }

  /**
   * Validates the break.
   *
   * @param position the bad event's position, from 1; 0 for the header that opens the log
   * @param line the line of the file that holds it, from 1
   * @param kind what kind of break it is
   * @param reason what is wrong, in a sentence
   * @param impossibility for an impossible event, the typed reason; empty otherwise
   */
  public LogBreak {
    checkArgument(position >= 0, "Invalid position %s: must not be negative", position);
    checkArgument(line == position + 1, "Invalid line %s for position %s", line, position);
    checkNotNull(kind, "kind must not be null");
    Checks.text("reason", reason);
    checkNotNull(impossibility, "impossibility must not be null (use Optional.empty())");
    checkArgument(
        impossibility.isPresent() == (kind == Kind.IMPOSSIBLE),
        "Invalid break of kind %s: a typed reason is given exactly for an impossible event",
        kind);
  }

  /**
   * A break in the chain of hashes.
   *
   * @param position the bad event's position, from 1; 0 for the header
   * @param line the line of the file that holds it, from 1
   * @param reason what is wrong, in a sentence
   */
  public LogBreak(long position, long line, String reason) {
    this(position, line, Kind.BROKEN, reason, Optional.empty());
  }

  /**
   * The break in one line, such as {@code event 4 (line 5): its hash does not match its content} or
   * {@code line 24692: truncated: ...}.
   *
   * @return the description
   */
  public String describe() {
    String where =
        kind == Kind.TRUNCATED
            ? "line " + line
            : (position == 0 ? "header" : "event " + position) + " (line " + line + ")";
    return where + ": " + reason;
  }
}
