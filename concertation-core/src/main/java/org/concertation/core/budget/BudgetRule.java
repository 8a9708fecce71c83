package org.concertation.core.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.concertation.core.exact.Q;
import org.jspecify.annotations.Nullable;

/**
 * A participatory budgeting rule on approval ballots, configured: greedy by utility per unit of
 * cost, the Method of Equal Shares (optionally completed by greedy) or sequential Phragmén, with an
 * optional minimum number of approvals below which a project is not eligible.
 *
 * <p>The rules follow pabutools, the reference implementation: arithmetic is exact (integers and
 * rationals), and every tie is broken in favour of the project id that comes first in code point
 * order and reported in {@link BudgetOutcome#ties()}.
 *
 * <pre>{@code
 * BudgetOutcome outcome = BudgetRule.equalShares(Utility.COST).withGreedyCompletion(true).apply(election);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetRule {
  /**
   * The {@code stop} of Equal Shares' {@code increment} details when raising the voters' budget
   * stopped because nothing more could be funded.
   */
  public static final String STOP_EXHAUSTIVE = "nothing more fits";

  /**
   * The {@code stop} of Equal Shares' {@code increment} details when raising the voters' budget
   * stopped because the next step would have spent more than the budget.
   */
  public static final String STOP_OVERSPEND = "the next step spends more than the budget";

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
  private final @Nullable BudgetIncrement increment;

  private BudgetRule(
      Kind kind,
      Utility utility,
      long minApprovals,
      boolean greedyCompletion,
      @Nullable BudgetIncrement increment) {
    this.kind = kind;
    this.utility = utility;
    this.minApprovals = minApprovals;
    this.greedyCompletion = greedyCompletion;
    this.increment = increment;
  }

  /**
   * Greedy: projects by decreasing total utility per unit of cost, funded while they fit. With
   * {@link Utility#COST} that is by votes, with {@link Utility#APPROVAL} by votes per unit of cost.
   *
   * @param utility the utility
   * @return the rule
   */
  public static BudgetRule greedy(Utility utility) {
    return new BudgetRule(
        Kind.GREEDY, checkNotNull(utility, "utility must not be null"), 0, false, null);
  }

  /**
   * The Method of Equal Shares with this utility.
   *
   * @param utility the utility
   * @return the rule
   */
  public static BudgetRule equalShares(Utility utility) {
    return new BudgetRule(
        Kind.MES, checkNotNull(utility, "utility must not be null"), 0, false, null);
  }

  /**
   * Sequential Phragmén (its outcome does not depend on a utility; reported as {@code approval}).
   *
   * @return the rule
   */
  public static BudgetRule phragmen() {
    return new BudgetRule(Kind.PHRAGMEN, Utility.APPROVAL, 0, false, null);
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
        return new BudgetRule(
            kind, checkNotNull(utility, "utility must not be null"), 0, false, null);
      }
    }
    throw new IllegalArgumentException(
        "Unknown budgeting rule '" + label + "': expected greedy, mes or phragmen");
  }

  /**
   * A copy in which projects with fewer approvals than this are not eligible. Approvals are counted
   * in voters, whatever their weights.
   *
   * @param min the least approvals, at least 0
   * @return the copy, or this rule if nothing changes
   */
  public BudgetRule withMinApprovals(long min) {
    checkArgument(min >= 0, "Invalid minimum approvals '%s': must be at least 0", min);
    return min == minApprovals
        ? this
        : new BudgetRule(kind, utility, min, greedyCompletion, increment);
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
        : new BudgetRule(kind, utility, minApprovals, complete, increment);
  }

  /**
   * A copy of equal shares completed by raising each voter's budget step by step, as cities
   * following pabutools' {@code voter_budget_increment} do: the rule runs with each voter's budget
   * {@code budget / voters}, then with one increment more, and so on, until an outcome leaves
   * nothing the rule may fund that would fit (that outcome is kept) or the next outcome would cost
   * more than the budget (the last outcome that fits is kept). Greedy completion, when asked, then
   * spends what is left.
   *
   * @param step how much each voter's budget grows at each step
   * @return the copy, or this rule if nothing changes
   * @throws IllegalArgumentException for a rule other than equal shares
   */
  public BudgetRule withIncrement(BudgetIncrement step) {
    checkNotNull(step, "step must not be null");
    checkArgument(
        kind == Kind.MES,
        "Invalid increment: only mes raises the voters' budgets, not %s",
        kind.label);
    return Objects.equals(step, increment)
        ? this
        : new BudgetRule(kind, utility, minApprovals, greedyCompletion, step);
  }

  /**
   * A copy without the completion by increments.
   *
   * @return the copy, or this rule if it has none
   */
  public BudgetRule withoutIncrement() {
    return increment == null
        ? this
        : new BudgetRule(kind, utility, minApprovals, greedyCompletion, null);
  }

  /**
   * How much each voter's budget grows at each step, if equal shares is completed so.
   *
   * @return the increment, empty when the voters keep {@code budget / voters}
   */
  public Optional<BudgetIncrement> increment() {
    return Optional.ofNullable(increment);
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
      // The least approvals counts voters, whatever their weights.
      eligible[p] = election.voterApprovals[p] >= minApprovals;
      if (!eligible[p]) {
        excluded.add(election.id(p));
      }
    }
    List<Integer> selected = new ArrayList<>();
    TieLog ties = new TieLog();
    List<BudgetFact> account = new ArrayList<>();
    ImmutableList.Builder<Object> rounds = ImmutableList.builder();
    ImmutableMap.Builder<String, Object> details = ImmutableMap.builder();
    details.put("voters", election.voters());
    if (election.isWeighted()) {
      details.put("totalWeight", election.totalWeight().toNumber());
    }
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
        account.add(new BudgetFact.Greedy(utility));
        break;
      case MES:
        EqualShares.Run run;
        EqualShares.Stop[] stopped = {EqualShares.Stop.EXHAUSTIVE};
        if (increment == null) {
          run =
              new EqualShares.Run(
                  new BigInteger[] {BigInteger.valueOf(election.budget()), BigInteger.ONE}, 0);
          run.spent =
              EqualShares.run(
                  election,
                  utility,
                  eligible,
                  run.start[0],
                  run.start[1],
                  Long.MAX_VALUE,
                  run.selected,
                  run.ties,
                  run.rounds,
                  run.spending);
        } else {
          run =
              EqualShares.completeByIncrements(
                  election,
                  utility,
                  eligible,
                  increment.totalStep(election.budget(), election.voters()),
                  stopped);
        }
        spent = run.spent;
        selected.addAll(run.selected);
        ties.addAll(run.ties);
        String perVoter = perVoter(run.start, election.voters());
        details.put("budgetPerVoter", perVoter);
        if (increment != null) {
          details.put(
              "increment",
              ImmutableMap.of(
                  "step",
                  increment.toString(),
                  "stepPerVoter",
                  perVoter(
                      increment.totalStep(election.budget(), election.voters()), election.voters()),
                  "steps",
                  run.steps,
                  "stop",
                  stopped[0] == EqualShares.Stop.EXHAUSTIVE ? STOP_EXHAUSTIVE : STOP_OVERSPEND));
        }
        details.put("rounds", run.rounds.build());
        details.put("spendingPerVoter", ImmutableMap.copyOf(run.spending));
        text.append("equal shares (")
            .append(utility.label())
            .append(" utility), ")
            .append(perVoter)
            .append(" per voter");
        if (increment != null) {
          text.append(" after ")
              .append(run.steps)
              .append(run.steps == 1 ? " step of " : " steps of ")
              .append(increment)
              .append(" (")
              .append(stopped[0] == EqualShares.Stop.EXHAUSTIVE ? STOP_EXHAUSTIVE : STOP_OVERSPEND)
              .append(')');
        }
        text.append(": ").append(selected.size()).append(" funded");
        int fundedByRule = selected.size();
        OptionalInt completed = OptionalInt.empty();
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
          completed = OptionalInt.of(selected.size() - before);
        }
        account.add(
            new BudgetFact.EqualShares(
                utility,
                perVoter,
                increment == null
                    ? Optional.empty()
                    : Optional.of(
                        new BudgetFact.Increments(
                            run.steps,
                            increment.toString(),
                            stopped[0] == EqualShares.Stop.EXHAUSTIVE
                                ? BudgetFact.Stop.EXHAUSTIVE
                                : BudgetFact.Stop.OVERSPEND)),
                fundedByRule,
                completed));
        break;
      case PHRAGMEN:
        StringBuilder stop = new StringBuilder();
        BudgetFact.PhragmenStop[] stoppedAt = new BudgetFact.PhragmenStop[1];
        spent = Phragmen.run(election, eligible, selected, ties, rounds, stop, stoppedAt);
        account.add(new BudgetFact.Phragmen(Optional.ofNullable(stoppedAt[0])));
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
    account.add(new BudgetFact.Funded(ids, spent, election.budget()));
    for (String tie : ties.texts()) {
      text.append(System.lineSeparator()).append("tie: ").append(tie);
    }
    account.addAll(ties.facts());
    return new BudgetOutcome(
        kind.label,
        utility.label(),
        ids,
        spent,
        election.budget(),
        ties.texts(),
        details.buildOrThrow(),
        text.toString(),
        ImmutableList.copyOf(account));
  }

  /** The money of all voters together, {@code total[0] / total[1]}, per voter. */
  private static String perVoter(BigInteger[] total, long voters) {
    return voters == 0
        ? "0"
        : Q.of(total[0], total[1].multiply(BigInteger.valueOf(voters))).toNumber().toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BudgetRule r
        && r.kind == kind
        && r.utility == utility
        && r.minApprovals == minApprovals
        && r.greedyCompletion == greedyCompletion
        && Objects.equals(r.increment, increment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, utility, minApprovals, greedyCompletion, increment);
  }

  @Override
  public String toString() {
    return kind.label
        + (kind == Kind.PHRAGMEN ? "" : " (" + utility.label() + " utility)")
        + (increment != null ? " completed by increments of " + increment : "")
        + (greedyCompletion ? " completed by greedy" : "")
        + (minApprovals > 0 ? ", at least " + minApprovals + " approvals" : "");
  }
}
