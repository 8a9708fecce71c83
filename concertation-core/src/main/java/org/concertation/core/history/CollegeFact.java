package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.College;

/**
 * A college registered during the process (the charter's own colleges are not facts of the
 * history).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by whom
 * @param college the college
 */
public record CollegeFact(Stamp stamp, College college) implements Milestone {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by whom
   * @param college the college
   */
  public CollegeFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(college, "college must not be null");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
