package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Phase;

/**
 * The process left a phase for another: it advanced, went back, closed or was abandoned.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by whom
 * @param kind how the phase changed
 * @param from the phase left
 * @param to the phase entered ({@link Phase#CLOSED} or {@link Phase#ABANDONED} at the end)
 * @param statement the reason of a reopening or an abandonment, the closing summary, or empty when
 *     the process advanced
 */
public record PhaseChange(Stamp stamp, Kind kind, Phase from, Phase to, PersonalText statement)
    implements Milestone {
  /** How a phase changed. */
  public enum Kind {
    /** The process moved on to its next phase. */
    ADVANCED,
    /** The process went back to an earlier phase. */
    REOPENED,
    /** The process closed. */
    CLOSED,
    /** The process was abandoned. */
    ABANDONED;

    /**
     * Whether the process ended with this change.
     *
     * @return true for a closing or an abandonment
     */
    public boolean ends() {
      return this == CLOSED || this == ABANDONED;
    }
  }

  /**
   * Validates the change.
   *
   * @param stamp when, and by whom
   * @param kind how the phase changed
   * @param from the phase left
   * @param to the phase entered
   * @param statement the reason or summary, or empty
   */
  public PhaseChange {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(kind, "kind must not be null");
    checkNotNull(from, "from must not be null");
    checkNotNull(to, "to must not be null");
    checkNotNull(statement, "statement must not be null");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
