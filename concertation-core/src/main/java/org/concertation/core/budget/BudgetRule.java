package org.concertation.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.concertation.core.exact.Q;

/**
 * A participatory budgeting rule on approval ballots, configured: greedy by utility per unit of
 * cost, the Method of Equal Shares (optionally completed by greedy) or sequential Phragmén, with an
 * optional minimum number of approvals below which a project is not eligible.
 *
 * <p>The rules follow pabutools, the reference implementation: arithmetic is exact (integers and
 * rationals), and every tie is broken in favour of the project id that comes first in string order
 * and reported in {@link BudgetOutcome#ties()}.
 *
 * <pre>{@code
 * BudgetOutcome outcome = BudgetRule.equalShares(Utility.COST).withGreedyCompletion(true).apply(election);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetRule {
  private enum Kind {
    GREEDY("greedy"),
    MES("mes"),
    PHRAGMEN("phragmen");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private final Kind kind;
  private final Utility utility;
  private final long minApprovals;
  private final boolean greedyCompletion;

  private BudgetRule(Kind kind, Utility utility, long minApprovals, boolean greedyCompletion) {
    this.kind = kind;
    this.utility = utility;
    this.minApprovals = minApprovals;
    this.greedyCompletion = greedyCompletion;
  }

  /**
   * Greedy: projects by decreasing total utility per unit of cost, funded while they fit. With
   * {@link Utility#COST} that is by votes, with {@link Utility#APPROVAL} by votes per unit of cost.
   *
   * @param utility the utility
   * @return the rule
   */
  public static BudgetRule greedy(Utility utility) {
    return new BudgetRule(Kind.GREEDY, checkNotNull(utility, "utility must not be null"), 0, false);
  }

  /**
   * The Method of Equal Shares with this utility.
   *
   * @param utility the utility
   * @return the rule
   */
  public static BudgetRule equalShares(Utility utility) {
    return new BudgetRule(Kind.MES, checkNotNull(utility, "utility must not be null"), 0, false);
  }

  /**
   * Sequential Phragmén (its outcome does not depend on a utility; reported as {@code approval}).
   *
   * @return the rule
   */
  public static BudgetRule phragmen() {
    return new BudgetRule(Kind.PHRAGMEN, Utility.APPROVAL, 0, false);
  }

  /**
   * The rule named on the command line.
   *
   * @param label {@code greedy}, {@code mes} or {@code phragmen}
   * @param utility the utility
   * @return the rule
   * @throws IllegalArgumentException for another name
   */
  public static BudgetRule fromLabel(String label, Utility utility) {
    checkNotNull(label, "label must not be null");
    for (Kind kind : Kind.values()) {
      if (kind.label.equals(label)) {
        return new BudgetRule(kind, checkNotNull(utility, "utility must not be null"), 0, false);
      }
    }
    throw new IllegalArgumentException(
        "Unknown budgeting rule '" + label + "': expected greedy, mes or phragmen");
  }

  /**
   * A copy in which projects with fewer approvals than this are not eligible.
   *
   * @param min the least approvals, at least 0
   * @return the copy, or this rule if nothing changes
   */
  public BudgetRule withMinApprovals(long min) {
    checkArgument(min >= 0, "Invalid minimum approvals '%s': must be at least 0", min);
    return min == minApprovals ? this : new BudgetRule(kind, utility, min, greedyCompletion);
  }

  /**
   * A copy that, after the rule stops, spends what is left greedily (same utility), as pabutools'
   * rule combination does. Only the Method of Equal Shares accepts it.
   *
   * @param complete whether to complete
   * @return the copy, or this rule if nothing changes
   * @throws IllegalArgumentException when completing a rule other than equal shares
   */
  public BudgetRule withGreedyCompletion(boolean complete) {
    checkArgument(
        !complete || kind == Kind.MES,
        "Invalid completion: only mes can be completed by greedy, not %s",
        kind.label);
    return complete == greedyCompletion
        ? this
        : new BudgetRule(kind, utility, minApprovals, complete);
  }

  /**
   * The rule's name: {@code greedy}, {@code mes} or {@code phragmen}.
   *
   * @return the name
   */
  public String label() {
    return kind.label;
  }

  /**
   * The utility.
   *
   * @return the utility
   */
  public Utility utility() {
    return utility;
  }

  /**
   * The least approvals a project needs to be eligible.
   *
   * @return the minimum, 0 when none
   */
  public long minApprovals() {
    return minApprovals;
  }

  /**
   * Whether greedy spends what the rule leaves.
   *
   * @return whether the rule is completed
   */
  public boolean greedyCompletion() {
    return greedyCompletion;
  }

  /**
   * Runs the rule.
   *
   * @param election the election
   * @return the funded projects, with the tally
   */
  public BudgetOutcome apply(BudgetElection election) {
    checkNotNull(election, "election must not be null");
    boolean[] eligible = new boolean[election.size()];
    List<String> excluded = new ArrayList<>();
    for (int p = 0; p < eligible.length; p++) {
      eligible[p] = election.approvals[p] >= minApprovals;
      if (!eligible[p]) {
        excluded.add(election.id(p));
      }
    }
    List<Integer> selected = new ArrayList<>();
    List<String> ties = new ArrayList<>();
    ImmutableList.Builder<Object> rounds = ImmutableList.builder();
    ImmutableMap.Builder<String, Object> details = ImmutableMap.builder();
    details.put("voters", election.voters());
    if (minApprovals > 0) {
      details.put("minApprovals", minApprovals).put("ineligible", ImmutableList.copyOf(excluded));
    }
    StringBuilder text = new StringBuilder();
    long spent;
    switch (kind) {
      case GREEDY:
        spent =
            election.budget()
                - Greedy.run(
                    election, utility, eligible, selected, election.budget(), ties, rounds);
        details.put("steps", rounds.build());
        text.append("greedy by ")
            .append(utility == Utility.COST ? "votes" : "votes per unit of cost");
        break;
      case MES:
        java.util.Map<String, Object> spending = new java.util.LinkedHashMap<>();
        spent = EqualShares.run(election, utility, eligible, selected, ties, rounds, spending);
        details.put("budgetPerVoter", perVoter(election)).put("rounds", rounds.build());
        details.put("spendingPerVoter", ImmutableMap.copyOf(spending));
        text.append("equal shares (")
            .append(utility.label())
            .append(" utility), ")
            .append(perVoter(election))
            .append(" per voter: ")
            .append(selected.size())
            .append(" funded");
        if (greedyCompletion) {
          ImmutableList.Builder<Object> steps = ImmutableList.builder();
          int before = selected.size();
          spent =
              election.budget()
                  - Greedy.run(
                      election,
                      utility,
                      eligible,
                      selected,
                      election.budget() - spent,
                      ties,
                      steps);
          details.put("completion", steps.build());
          text.append("; greedy completion funded ")
              .append(selected.size() - before)
              .append(" more");
        }
        break;
      case PHRAGMEN:
        StringBuilder stop = new StringBuilder();
        spent = Phragmen.run(election, eligible, selected, ties, rounds, stop);
        details.put("rounds", rounds.build());
        if (stop.length() > 0) {
          details.put("stop", stop.toString());
        }
        text.append("sequential Phragmén");
        if (stop.length() > 0) {
          text.append("; ").append(stop);
        }
        break;
      default:
        throw new AssertionError(kind);
    }
    ImmutableList<String> ids =
        selected.stream().map(election::id).collect(ImmutableList.toImmutableList());
    text.append(System.lineSeparator())
        .append("funded: ")
        .append(String.join(", ", ids))
        .append(" for ")
        .append(spent)
        .append(" of ")
        .append(election.budget());
    for (String tie : ties) {
      text.append(System.lineSeparator()).append("tie: ").append(tie);
    }
    return new BudgetOutcome(
        kind.label,
        utility.label(),
        ids,
        spent,
        election.budget(),
        ImmutableList.copyOf(ties),
        details.buildOrThrow(),
        text.toString());
  }

  private static String perVoter(BudgetElection election) {
    return election.voters() == 0
        ? "0"
        : Q.of(
                java.math.BigInteger.valueOf(election.budget()),
                java.math.BigInteger.valueOf(election.voters()))
            .toNumber()
            .toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BudgetRule r
        && r.kind == kind
        && r.utility == utility
        && r.minApprovals == minApprovals
        && r.greedyCompletion == greedyCompletion;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, utility, minApprovals, greedyCompletion);
  }

  @Override
  public String toString() {
    return kind.label
        + (kind == Kind.PHRAGMEN ? "" : " (" + utility.label() + " utility)")
        + (greedyCompletion ? " completed by greedy" : "")
        + (minApprovals > 0 ? ", at least " + minApprovals + " approvals" : "");
  }
}
