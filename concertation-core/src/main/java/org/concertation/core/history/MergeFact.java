package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;

/**
 * Proposals merged into a new one. The same fact is a step of the new proposal (it made it) and of
 * each source (it went into it).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param stamp when, and by whom
 * @param result the new proposal
 * @param sources the proposals merged, in order
 * @param authors the new proposal's authors
 * @param content what the new proposal says
 */
public record MergeFact(
    Stamp stamp,
    ProposalId result,
    ImmutableList<ProposalId> sources,
    ImmutableSet<ActorId> authors,
    ProposalContent content)
    implements ProposalStep {
  /**
   * Validates the fact.
   *
   * @param stamp when, and by whom
   * @param result the new proposal
   * @param sources the proposals merged, in order
   * @param authors the new proposal's authors
   * @param content what the new proposal says
   */
  public MergeFact {
    checkNotNull(stamp, "stamp must not be null");
    checkNotNull(result, "result must not be null");
    sources = ImmutableList.copyOf(checkNotNull(sources, "sources must not be null"));
    authors = ImmutableSet.copyOf(checkNotNull(authors, "authors must not be null"));
    checkNotNull(content, "content must not be null");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
