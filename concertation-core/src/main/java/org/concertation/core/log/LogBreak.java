package org.concertation.core.log;

import static com.google.common.base.Preconditions.checkArgument;

import org.concertation.api.domain.Checks;

/**
 * Where a log stops being trustworthy: the first event that is not what the chain says, and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param position the bad event's position, from 1; 0 for the header that opens the log
 * @param line the line of the file that holds it, from 1 (the header is line 1, event {@code n} is
 *     line {@code n + 1})
 * @param reason what is wrong, in a sentence
 */
public record LogBreak(long position, long line, String reason) {
  /**
   * Validates the break.
   *
   * @param position the bad event's position, from 1; 0 for the header that opens the log
   * @param line the line of the file that holds it, from 1 (the header is line 1, event {@code n}
   *     is line {@code n + 1})
   * @param reason what is wrong, in a sentence
   */
  public LogBreak {
    checkArgument(position >= 0, "Invalid position %s: must not be negative", position);
    checkArgument(line == position + 1, "Invalid line %s for position %s", line, position);
    Checks.text("reason", reason);
  }

  /**
   * The break in one line, such as {@code event 4 (line 5): its hash does not match its content}.
   *
   * @return the description
   */
  public String describe() {
    return (position == 0 ? "header" : "event " + position) + " (line " + line + "): " + reason;
  }
}
