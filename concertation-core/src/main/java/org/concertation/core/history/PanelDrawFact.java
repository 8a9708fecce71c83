package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.PanelDrawRecord;

/**
 * A college's members drawn by lot from volunteers under quotas: how, so that the draw can be
 * redone.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by whom
 * @param college the college drawn
 * @param draw the draw's record
 */
public record PanelDrawFact(Stamp stamp, CollegeId college, PanelDrawRecord draw)
    implements Milestone {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by whom
   * @param college the college drawn
   * @param draw the draw's record
   */
  public PanelDrawFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(college, "college must not be null");
    checkNotNull(draw, "draw must not be null");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
