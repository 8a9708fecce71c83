package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;

/**
 * The life of one proposal: its authors, its versions, the merge that made it or that it went into,
 * its withdrawal, the rounds' decisions on it, the project owner's answer, where it stands, and all
 * these steps in the order they happened.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the proposal
 * @param authors its authors, the submitter first
 * @param versions its versions, oldest first; empty only for a proposal that the history names
 *     without ever submitting it
 * @param mergedFrom the merge that made it, if a merge did
 * @param mergedInto the merge it went into, if any
 * @param withdrawal its withdrawal, if it was withdrawn
 * @param decisions the rounds' decisions on it, by positions or by ballots, in order
 * @param answer the project owner's answer, if given
 * @param status where it stands after the last event
 * @param steps every step above, in the order it happened
 */
public record ProposalHistory(
    ProposalId id,
    ImmutableList<ActorId> authors,
    ImmutableList<VersionFact> versions,
    Optional<MergeFact> mergedFrom,
    Optional<MergeFact> mergedInto,
    Optional<WithdrawalFact> withdrawal,
    ImmutableList<DecisionFact> decisions,
    Optional<AnswerFact> answer,
    ProposalStatus status,
    ImmutableList<ProposalStep> steps) {
  /**
   * Validates the history.
   *
   * @param id the proposal
   * @param authors its authors, the submitter first
   * @param versions its versions, oldest first
   * @param mergedFrom the merge that made it, if a merge did
   * @param mergedInto the merge it went into, if any
   * @param withdrawal its withdrawal, if it was withdrawn
   * @param decisions the rounds' decisions on it, in order
   * @param answer the project owner's answer, if given
   * @param status where it stands after the last event
   * @param steps every step, in the order it happened
   */
  public ProposalHistory {
    checkNotNull(id, "id must not be null");
    authors = ImmutableList.copyOf(checkNotNull(authors, "authors must not be null"));
    versions = ImmutableList.copyOf(checkNotNull(versions, "versions must not be null"));
    checkNotNull(mergedFrom, "mergedFrom must not be null");
    checkNotNull(mergedInto, "mergedInto must not be null");
    checkNotNull(withdrawal, "withdrawal must not be null");
    decisions = ImmutableList.copyOf(checkNotNull(decisions, "decisions must not be null"));
    checkNotNull(answer, "answer must not be null");
    checkNotNull(status, "status must not be null");
    steps = ImmutableList.copyOf(checkNotNull(steps, "steps must not be null"));
  }

  /**
   * When, and by whom, it came into being: submitted, or made by a merge.
   *
   * @return the stamp of version 1, or empty for a proposal never submitted
   */
  public Optional<Stamp> created() {
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0).stamp());
  }

  /**
   * Whether it was submitted, rather than made by a merge.
   *
   * @return true for a submitted proposal
   */
  public boolean submitted() {
    return !versions.isEmpty() && mergedFrom.isEmpty();
  }

  /**
   * What its current version says.
   *
   * @return the last version's content; for a proposal never submitted, its identity as title and
   *     text
   */
  public ProposalContent current() {
    return versions.isEmpty()
        ? ProposalContent.of(id.value(), id.value())
        : versions.get(versions.size() - 1).content();
  }

  /**
   * Its number of versions.
   *
   * @return the current version's number
   */
  public int version() {
    return versions.size();
  }

  /**
   * The versions that amendments made, in order.
   *
   * @return the amended versions
   */
  public ImmutableList<VersionFact> amendments() {
    return versions.stream()
        .filter(VersionFact::isAmendment)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * What the last round that deliberated it decided.
   *
   * @return the last decision, if a round decided it
   */
  public Optional<DecisionFact> lastDecision() {
    return decisions.isEmpty()
        ? Optional.empty()
        : Optional.of(decisions.get(decisions.size() - 1));
  }

  /**
   * Whether some round adopted it, by positions or by ballots, whatever became of it after.
   *
   * @return true when a round's decision left it adopted
   */
  public boolean adoptedByARound() {
    return decisions.stream().anyMatch(d -> d.status() == ProposalStatus.ADOPTED);
  }
}
