package org.concertation.core.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;

/**
 * A proposal as it stands: its authors, every version (the last is current), its status, what it
 * was merged into or from, and the project owner's answer.
 *
 * <p>This class is immutable and thread-safe; its collections are unmodifiable.
 *
 * @param id the proposal
 * @param authors its authors, the submitter first
 * @param versions its versions, oldest first
 * @param status where it stands
 * @param mergedInto the proposal it was merged into, if any
 * @param mergedFrom the proposals merged to make it
 * @param answer the project owner's answer, if given
 */
public record ProposalState(
    ProposalId id,
    ImmutableSet<ActorId> authors,
    ImmutableList<ProposalContent> versions,
    ProposalStatus status,
    Optional<ProposalId> mergedInto,
    ImmutableList<ProposalId> mergedFrom,
    Optional<AnswerKind> answer) {
  /** Validates the proposal. */
  public ProposalState {
    checkNotNull(id, "id must not be null");
    checkNotNull(authors, "authors must not be null");
    checkNotNull(versions, "versions must not be null");
    checkNotNull(status, "status must not be null");
    checkNotNull(mergedInto, "mergedInto must not be null");
    checkNotNull(mergedFrom, "mergedFrom must not be null");
    checkNotNull(answer, "answer must not be null");
  }

  /**
   * The current version.
   *
   * @return the last version
   */
  public ProposalContent current() {
    return versions.get(versions.size() - 1);
  }

  /**
   * The current version's number, from 1.
   *
   * @return the number
   */
  public int version() {
    return versions.size();
  }

  /**
   * Its authors.
   *
   * @return an unmodifiable set
   */
  public Set<ActorId> authorSet() {
    return authors;
  }

  /**
   * Its versions, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<ProposalContent> versionList() {
    return versions;
  }

  ProposalState withStatus(ProposalStatus newStatus) {
    return newStatus == status
        ? this
        : new ProposalState(id, authors, versions, newStatus, mergedInto, mergedFrom, answer);
  }
}
