package org.concertation.core.ballot;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.MapMaker;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentMap;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.BallotOutcome;
import org.concertation.core.exact.Q;
import org.jspecify.annotations.Nullable;

/**
 * The count on which the close of a ballot round decides, with what it counted, so that the read
 * model of the same events explains the round by that very count instead of counting its ballots
 * again.
 *
 * <p>A close {@linkplain #keep keeps} its count beside the outcome it records, as long as that
 * outcome object lives; {@link #recall} gives the kept count back only when asked with the same
 * outcome object and equal inputs (rule, agenda, costs, each voter's ballot, each voter's weight),
 * and otherwise counts afresh. Since a count is a pure function of its inputs, what {@link #recall}
 * returns is always the count of the ballots it is given: the events of a log read back from a
 * file, or a history whose ballots differ from those the close counted, are simply counted again.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClosingCount {
  /**
   * The counts kept, by the identity of the outcome that each close recorded: an outcome that is no
   * longer referenced lets its count go.
   */
  private static final ConcurrentMap<BallotOutcome, ClosingCount> KEPT =
      new MapMaker().weakKeys().makeMap();

  private final BallotRule rule;
  private final ImmutableList<ProposalId> agenda;
  private final ImmutableMap<ProposalId, Long> costs;
  private final ByVoter ballots;
  private final @Nullable ImmutableMap<ActorId, Q> weights;
  private final BallotCount count;

  private ClosingCount(
      BallotRule rule,
      ImmutableList<ProposalId> agenda,
      ImmutableMap<ProposalId, Long> costs,
      ByVoter ballots,
      @Nullable ImmutableMap<ActorId, Q> weights) {
    this.rule = rule;
    this.agenda = agenda;
    this.costs = costs;
    this.ballots = ballots;
    this.weights = weights;
    this.count = BallotCount.counted(rule, agenda, costs, ballots, weights);
  }

  /**
   * Counts the ballots of a round as {@link BallotCount#count(BallotRule, List, Map, Map, Map,
   * Map)} does: one voter one vote, or each college counting its weight under a rule with college
   * weights.
   *
   * @param rule the round's rule
   * @param agenda the proposals on the agenda, in order
   * @param costs the cost of each proposal, for a budget rule
   * @param ballots each voter's ballot, checked against the agenda and the rule
   * @param collegeOf the college of each voter that belongs to one
   * @param colleges the weight of every college named in {@code collegeOf}
   * @return the count with what it counted
   * @throws IllegalArgumentException when a ballot does not fit the rule, a cost is missing, or a
   *     college has no weight
   */
  public static ClosingCount of(
      BallotRule rule,
      List<ProposalId> agenda,
      Map<ProposalId, Long> costs,
      Map<ActorId, ? extends Ballot> ballots,
      Map<ActorId, CollegeId> collegeOf,
      Map<CollegeId, Integer> colleges) {
    checkNotNull(rule, "rule must not be null");
    checkNotNull(ballots, "ballots must not be null");
    return new ClosingCount(
        rule,
        ImmutableList.copyOf(checkNotNull(agenda, "agenda must not be null")),
        ImmutableMap.copyOf(checkNotNull(costs, "costs must not be null")),
        ByVoter.of(ballots),
        weights(rule, ballots, collegeOf, colleges));
  }

  /** Each voter's weight under a rule with college weights; null for one voter one vote. */
  private static @Nullable ImmutableMap<ActorId, Q> weights(
      BallotRule rule,
      Map<ActorId, ? extends Ballot> ballots,
      Map<ActorId, CollegeId> collegeOf,
      Map<CollegeId, Integer> colleges) {
    return rule.collegeWeights()
        ? BallotCount.collegeWeights(ballots.keySet(), collegeOf, colleges)
        : null;
  }

  /**
   * The count.
   *
   * @return the count, as {@link BallotCount#count} gives it on the same inputs
   */
  public BallotCount count() {
    return count;
  }

  /**
   * Keeps this count beside the outcome that the round's close records from it, for {@link #recall}
   * to give back while that outcome object lives.
   *
   * @param recorded the outcome recorded in the round's close
   */
  public void keep(BallotOutcome recorded) {
    KEPT.put(checkNotNull(recorded, "recorded must not be null"), this);
  }

  /**
   * The count of a closed round's ballots: the one its close kept beside this very outcome if it
   * counted equal inputs, else a fresh count, as {@link BallotCount#count(BallotRule, List, Map,
   * Map, Map, Map)} gives it.
   *
   * @param recorded the outcome recorded in the round's close
   * @param rule the round's rule
   * @param agenda the proposals on the agenda, in order
   * @param costs the cost of each proposal, for a budget rule
   * @param ballots each voter's ballot
   * @param collegeOf the college of each voter that belongs to one
   * @param colleges the weight of every college named in {@code collegeOf}
   * @return the count of these ballots
   * @throws IllegalArgumentException when a ballot does not fit the rule, a cost is missing, or a
   *     college has no weight
   */
  public static BallotCount recall(
      BallotOutcome recorded,
      BallotRule rule,
      List<ProposalId> agenda,
      Map<ProposalId, Long> costs,
      Map<ActorId, ? extends Ballot> ballots,
      Map<ActorId, CollegeId> collegeOf,
      Map<CollegeId, Integer> colleges) {
    checkNotNull(recorded, "recorded must not be null");
    ClosingCount kept = KEPT.get(recorded);
    if (kept != null && kept.counted(rule, agenda, costs, ballots, collegeOf, colleges)) {
      return kept.count;
    }
    return of(rule, agenda, costs, ballots, collegeOf, colleges).count;
  }

  /** Tells whether this count counted these inputs. */
  private boolean counted(
      BallotRule rule,
      List<ProposalId> agenda,
      Map<ProposalId, Long> costs,
      Map<ActorId, ? extends Ballot> ballots,
      Map<ActorId, CollegeId> collegeOf,
      Map<CollegeId, Integer> colleges) {
    return this.rule.equals(rule)
        && this.agenda.equals(agenda)
        && this.costs.equals(costs)
        && this.ballots.sameAs(ballots)
        && Objects.equals(weights, weights(rule, ballots, collegeOf, colleges));
  }
}
