package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * A proposal as it stands: its authors, every version (the last is current) with the amendments
 * that made them, its status, the merge it came from or went into, and the project owner's answer.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the proposal
 * @param authors its authors, the submitter first
 * @param versions its versions, oldest first; at least one
 * @param amendments the amendments that made versions 2 and after, in order
 * @param status where it stands
 * @param mergedInto the proposal it was merged into, if any
 * @param mergedFrom the proposals merged to make it
 * @param answer the project owner's answer, if given
 */
public record Proposal(
    ProposalId id,
    ImmutableSet<ActorId> authors,
    ImmutableList<ProposalContent> versions,
    ImmutableList<Amendment> amendments,
    ProposalStatus status,
    Optional<ProposalId> mergedInto,
    ImmutableList<ProposalId> mergedFrom,
    Optional<AnswerKind> answer) {
  /**
   * Validates the proposal.
   *
   * @param id the proposal
   * @param authors its authors, the submitter first
   * @param versions its versions, oldest first; at least one
   * @param amendments the amendments that made versions 2 and after, in order
   * @param status where it stands
   * @param mergedInto the proposal it was merged into, if any
   * @param mergedFrom the proposals merged to make it
   * @param answer the project owner's answer, if given
   */
  public Proposal {
    checkNotNull(id, "id must not be null");
    authors = ImmutableSet.copyOf(checkNotNull(authors, "authors must not be null"));
    checkArgument(!authors.isEmpty(), "Invalid proposal '%s': it needs an author", id);
    versions = ImmutableList.copyOf(checkNotNull(versions, "versions must not be null"));
    checkArgument(!versions.isEmpty(), "Invalid proposal '%s': it needs a version", id);
    amendments = ImmutableList.copyOf(checkNotNull(amendments, "amendments must not be null"));
    checkArgument(
        amendments.size() == versions.size() - 1,
        "Invalid proposal '%s': %s amendments for %s versions",
        id,
        amendments.size(),
        versions.size());
    checkNotNull(status, "status must not be null");
    checkNotNull(mergedInto, "mergedInto must not be null");
    mergedFrom = ImmutableList.copyOf(checkNotNull(mergedFrom, "mergedFrom must not be null"));
    checkNotNull(answer, "answer must not be null");
  }

  /**
   * A new open proposal: version 1, unanswered.
   *
   * @param id its identity
   * @param authors its authors, the submitter first
   * @param content what it says
   * @param mergedFrom the proposals merged to make it, if any
   * @return the proposal
   */
  public static Proposal submitted(
      ProposalId id,
      ImmutableSet<ActorId> authors,
      ProposalContent content,
      ImmutableList<ProposalId> mergedFrom) {
    return new Proposal(
        id,
        authors,
        ImmutableList.of(content),
        ImmutableList.of(),
        ProposalStatus.OPEN,
        Optional.empty(),
        mergedFrom,
        Optional.empty());
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
   * Returns a copy with a new version.
   *
   * @param content the new version
   * @param amendment who made it and why
   * @return the copy
   */
  public Proposal amended(ProposalContent content, Amendment amendment) {
    return new Proposal(
        id,
        authors,
        ImmutableList.<ProposalContent>builder().addAll(versions).add(content).build(),
        ImmutableList.<Amendment>builder().addAll(amendments).add(amendment).build(),
        status,
        mergedInto,
        mergedFrom,
        answer);
  }

  /**
   * Returns a copy with this status.
   *
   * @param newStatus the status
   * @return the copy, or this proposal if nothing changes
   */
  public Proposal withStatus(ProposalStatus newStatus) {
    return newStatus == status
        ? this
        : new Proposal(
            id, authors, versions, amendments, newStatus, mergedInto, mergedFrom, answer);
  }

  /**
   * Returns a copy merged into another proposal.
   *
   * @param result the proposal it was merged into
   * @return the copy
   */
  public Proposal mergedInto(ProposalId result) {
    return new Proposal(
        id,
        authors,
        versions,
        amendments,
        ProposalStatus.MERGED,
        Optional.of(result),
        mergedFrom,
        answer);
  }

  /**
   * Returns a copy with the project owner's answer.
   *
   * @param kind the answer
   * @return the copy
   */
  public Proposal answered(AnswerKind kind) {
    return new Proposal(
        id, authors, versions, amendments, status, mergedInto, mergedFrom, Optional.of(kind));
  }
}
