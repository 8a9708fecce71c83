package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;

/**
 * One version of a proposal: version 1 when it was submitted or made by a merge, the next ones by
 * amendments.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by whom (the submitter, the merger or the amender)
 * @param proposal the proposal
 * @param number the version's number, from 1
 * @param content what this version says
 * @param rationale why it was amended; empty for version 1
 */
public record VersionFact(
    Stamp stamp,
    ProposalId proposal,
    int number,
    ProposalContent content,
    Optional<PersonalText> rationale)
    implements ProposalStep {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by whom
   * @param proposal the proposal
   * @param number the version's number, from 1
   * @param content what this version says
   * @param rationale why it was amended; empty for version 1
   */
  public VersionFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(proposal, "proposal must not be null");
    checkArgument(number >= 1, "Invalid version '%s': must be at least 1", number);
    checkNotNull(content, "content must not be null");
    checkNotNull(rationale, "rationale must not be null");
  }

  /**
   * Whether an amendment made this version.
   *
   * @return true for an amendment, false for a submission or a merge
   */
  public boolean isAmendment() {
    return rationale.isPresent();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
