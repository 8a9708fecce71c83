package org.concertation.api.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a voter casts in a ballot round: a {@link Ranking} of proposals (tiers, ties allowed), a set
 * of {@link Approvals}, or {@link Grades} on the round's scale. Whether a ballot fits its round
 * (the kind the rule counts, proposals on the agenda, grades on the scale, no proposal twice) is
 * checked by the state machine, which refuses it with a typed rejection. The family is closed.
 */
public sealed interface Ballot {
  /** The kinds of ballot. */
  enum Kind {
    /** A ranking. */
    RANKING,
    /** A set of approvals. */
    APPROVALS,
    /** Grades. */
    GRADES
  }

  /**
   * The kind of this ballot.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * The proposals the ballot names, each once, in the ballot's order.
   *
   * @return the proposals
   */
  ImmutableSet<ProposalId> proposals();

  /**
   * Tells whether the ballot names no proposal.
   *
   * @return true when it is empty
   */
  default boolean isEmpty() {
    return proposals().isEmpty();
  }

  /**
   * A ranking: tiers of proposals, the most preferred first; proposals in one tier are tied, and
   * proposals it leaves out are tied below all it names. A proposal named twice makes the ballot
   * invalid in its round.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param tiers the tiers, most preferred first, each non-empty
   */
  record Ranking(ImmutableList<ImmutableList<ProposalId>> tiers) implements Ballot {
    /**
     * Validates the ranking.
     *
     * @param tiers the tiers, most preferred first, each non-empty
     */
    public Ranking {
      checkNotNull(tiers, "tiers must not be null");
      ImmutableList.Builder<ImmutableList<ProposalId>> copy = ImmutableList.builder();
      for (Collection<ProposalId> tier : tiers) {
        ImmutableList<ProposalId> tierCopy =
            ImmutableList.copyOf(checkNotNull(tier, "tier must not be null"));
        checkArgument(!tierCopy.isEmpty(), "Invalid ranking %s: a tier is empty", tiers);
        copy.add(tierCopy);
      }
      tiers = copy.build();
    }

    /**
     * A ranking with ties.
     *
     * @param tiers the tiers, most preferred first
     * @return the ranking
     */
    public static Ranking of(List<? extends Collection<ProposalId>> tiers) {
      checkNotNull(tiers, "tiers must not be null");
      return new Ranking(
          tiers.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList()));
    }

    /**
     * A strict ranking: one proposal per tier.
     *
     * @param order the proposals, most preferred first
     * @return the ranking
     */
    public static Ranking strict(ProposalId... order) {
      checkNotNull(order, "order must not be null");
      ImmutableList.Builder<ImmutableList<ProposalId>> tiers = ImmutableList.builder();
      for (ProposalId id : order) {
        tiers.add(ImmutableList.of(checkNotNull(id, "proposal must not be null")));
      }
      return new Ranking(tiers.build());
    }

    /**
     * Tells whether a proposal appears in more than one place.
     *
     * @return the first proposal named twice, or empty
     */
    public Optional<ProposalId> repeated() {
      Set<ProposalId> seen = new HashSet<>();
      for (List<ProposalId> tier : tiers) {
        for (ProposalId id : tier) {
          if (!seen.add(id)) {
            return Optional.of(id);
          }
        }
      }
      return Optional.empty();
    }

    @Override
    public Kind kind() {
      return Kind.RANKING;
    }

    @Override
    public ImmutableSet<ProposalId> proposals() {
      return tiers.stream().flatMap(List::stream).collect(ImmutableSet.toImmutableSet());
    }
  }

  /**
   * Approvals: the proposals the voter approves; the others it does not.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param approved the approved proposals
   */
  record Approvals(ImmutableSet<ProposalId> approved) implements Ballot {
    /**
     * Validates the approvals.
     *
     * @param approved the approved proposals
     */
    public Approvals {
      approved = ImmutableSet.copyOf(checkNotNull(approved, "approved must not be null"));
    }

    /**
     * Approvals of these proposals.
     *
     * @param approved the approved proposals
     * @return the ballot
     */
    public static Approvals of(ProposalId... approved) {
      return new Approvals(ImmutableSet.copyOf(approved));
    }

    @Override
    public Kind kind() {
      return Kind.APPROVALS;
    }

    @Override
    public ImmutableSet<ProposalId> proposals() {
      return approved;
    }
  }

  /**
   * Grades: one grade per proposal, on the round's scale; a graded round needs a grade for every
   * proposal on its agenda.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param grades the grade of each proposal
   */
  record Grades(ImmutableMap<ProposalId, Integer> grades) implements Ballot {
    /**
     * Validates the grades.
     *
     * @param grades the grade of each proposal
     */
    public Grades {
      grades = ImmutableMap.copyOf(checkNotNull(grades, "grades must not be null"));
    }

    /**
     * Grades of these proposals.
     *
     * @param grades the grade of each proposal
     * @return the ballot
     */
    public static Grades of(Map<ProposalId, Integer> grades) {
      return new Grades(ImmutableMap.copyOf(grades));
    }

    @Override
    public Kind kind() {
      return Kind.GRADES;
    }

    @Override
    public ImmutableSet<ProposalId> proposals() {
      return grades.keySet();
    }
  }
}
