package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

/**
 * A merge of open proposals into a new one, whose authors are all of theirs.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param result the new proposal
 * @param sources the proposals merged, at least two, distinct
 * @param by who merged them
 */
public record Merge(ProposalId result, ImmutableList<ProposalId> sources, ActorId by) {
  /**
   * Validates the merge.
   *
   * @param result the new proposal
   * @param sources the proposals merged, at least two, distinct
   * @param by who merged them
   */
  public Merge {
    checkNotNull(result, "result must not be null");
    sources = ImmutableList.copyOf(checkNotNull(sources, "sources must not be null"));
    checkArgument(
        sources.size() >= 2 && ImmutableSet.copyOf(sources).size() == sources.size(),
        "Invalid merge into '%s': needs at least two distinct proposals, got %s",
        result,
        sources);
    checkNotNull(by, "by must not be null");
  }
}
