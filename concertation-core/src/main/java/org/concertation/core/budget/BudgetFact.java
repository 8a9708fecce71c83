package org.concertation.core.budget;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One line of a budgeting rule's account, as typed facts: how the rule ran (greedy, Equal Shares
 * with each voter's share and the steps that raised it, sequential Phragmén and where it stopped),
 * what it funded, and each tie that the code point order of ids settled. A {@link BudgetOutcome}'s
 * {@link BudgetOutcome#account() account} lists them in the order of its {@link
 * BudgetOutcome#explanation() explanation}, which is their English rendering; {@code
 * core.text.CountText} renders them in a reader's language, with the charter's currency, at the
 * edge. Amounts are in the election's units of money; prices, loads and densities are the rule's
 * exact decimals, as its details show them. The family is closed; {@link #accept(Visitor)}
 * dispatches on it.
 *
 * <p>Every member is immutable and thread-safe.
 */
public sealed interface BudgetFact {
  /**
   * Dispatches to the visitor's method for this fact.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of fact.
   *
   * @param <R> what the methods return
   */
  interface Visitor<R> {
    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(Greedy f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(EqualShares f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(Phragmen f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(Funded f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(GreedyTie f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(PriceTie f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(LoadTie f);
  }

  /**
   * Greedy: projects in order of votes, or of votes per unit of cost, funded while they fit.
   *
   * @param utility cost (by votes) or approval (by votes per unit of cost)
   */
  record Greedy(Utility utility) implements BudgetFact {
    /**
     * Validates the fact.
     *
     * @param utility the utility
     */
    public Greedy {
      checkNotNull(utility, "utility must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** Why raising the voters' budgets step by step stopped. */
  enum Stop {
    /** Nothing more fits: {@link BudgetRule#STOP_EXHAUSTIVE}. */
    EXHAUSTIVE,
    /** The next step spends more than the budget: {@link BudgetRule#STOP_OVERSPEND}. */
    OVERSPEND
  }

  /**
   * How Equal Shares raised each voter's budget step by step.
   *
   * @param steps how many steps
   * @param step the step, an amount or a percentage ({@code 5%}), as given
   * @param stop why it stopped
   */
  record Increments(long steps, String step, Stop stop) {
    /**
     * Validates the increments.
     *
     * @param steps how many steps
     * @param step the step
     * @param stop why it stopped
     */
    public Increments {
      checkNotNull(step, "step must not be null");
      checkNotNull(stop, "stop must not be null");
    }
  }

  /**
   * The Method of Equal Shares: each voter's share of the budget, the steps that raised it, how
   * many projects it funded and how many more a greedy completion did.
   *
   * @param utility the utility
   * @param perVoter each voter's share at the start of the run kept, an exact decimal
   * @param increments the steps that raised it, if any
   * @param funded how many projects the rule funded
   * @param completed how many more the greedy completion funded, if it ran
   */
  record EqualShares(
      Utility utility,
      String perVoter,
      Optional<Increments> increments,
      int funded,
      OptionalInt completed)
      implements BudgetFact {
    /**
     * Validates the fact.
     *
     * @param utility the utility
     * @param perVoter each voter's share
     * @param increments the steps, if any
     * @param funded how many projects the rule funded
     * @param completed how many more the completion funded, if it ran
     */
    public EqualShares {
      checkNotNull(utility, "utility must not be null");
      checkNotNull(perVoter, "perVoter must not be null");
      checkNotNull(increments, "increments must not be null (use Optional.empty())");
      checkNotNull(completed, "completed must not be null (use OptionalInt.empty())");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Where sequential Phragmén stopped: the project with the least load does not fit.
   *
   * @param project the project
   * @param load its load, or empty when infinite (no supporter)
   * @param cost its cost
   * @param left the money left
   */
  record PhragmenStop(String project, Optional<Number> load, long cost, long left) {
    /**
     * Validates the stop.
     *
     * @param project the project
     * @param load its load, or empty when infinite
     * @param cost its cost
     * @param left the money left
     */
    public PhragmenStop {
      checkNotNull(project, "project must not be null");
      checkNotNull(load, "load must not be null (use Optional.empty())");
    }
  }

  /**
   * Sequential Phragmén, and where it stopped if a project did not fit.
   *
   * @param stop where it stopped, if it did before every project was funded
   */
  record Phragmen(Optional<PhragmenStop> stop) implements BudgetFact {
    /**
     * Validates the fact.
     *
     * @param stop where it stopped, if it did
     */
    public Phragmen {
      checkNotNull(stop, "stop must not be null (use Optional.empty())");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * What was funded, for how much of the budget.
   *
   * @param projects the funded projects, in the order the rule chose them
   * @param spent their total cost
   * @param budget the budget
   */
  record Funded(ImmutableList<String> projects, long spent, long budget) implements BudgetFact {
    /**
     * Validates the fact.
     *
     * @param projects the funded projects
     * @param spent their total cost
     * @param budget the budget
     */
    public Funded {
      projects = ImmutableList.copyOf(checkNotNull(projects, "projects must not be null"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A greedy tie: projects at the same votes per unit of cost; the first by code point order of ids
   * were funded, then the others no longer fit.
   *
   * @param funded the projects funded first
   * @param refused the projects that no longer fit
   * @param density their votes per unit of cost, as the rule shows it ({@code 3}, {@code 3/7},
   *     {@code infinite})
   */
  record GreedyTie(ImmutableList<String> funded, ImmutableList<String> refused, String density)
      implements BudgetFact {
    /**
     * Validates the fact.
     *
     * @param funded the projects funded first
     * @param refused the projects that no longer fit
     * @param density their votes per unit of cost
     */
    public GreedyTie {
      funded = ImmutableList.copyOf(checkNotNull(funded, "funded must not be null"));
      refused = ImmutableList.copyOf(checkNotNull(refused, "refused must not be null"));
      checkNotNull(density, "density must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * An Equal Shares tie: projects at the same price in a round; the first by code point order of
   * ids was funded.
   *
   * @param round the round, from 1
   * @param tied the projects tied
   * @param utility the utility, which says what the price is per (unit of cost, or voter)
   * @param price the price, an exact decimal
   * @param funded the project funded
   */
  record PriceTie(
      int round, ImmutableList<String> tied, Utility utility, String price, String funded)
      implements BudgetFact {
    /**
     * Validates the fact.
     *
     * @param round the round
     * @param tied the projects tied
     * @param utility the utility
     * @param price the price
     * @param funded the project funded
     */
    public PriceTie {
      tied = ImmutableList.copyOf(checkNotNull(tied, "tied must not be null"));
      checkNotNull(utility, "utility must not be null");
      checkNotNull(price, "price must not be null");
      checkNotNull(funded, "funded must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A sequential Phragmén tie: projects at the same load in a round; the first by code point order
   * of ids was funded.
   *
   * @param round the round, from 1
   * @param tied the projects tied
   * @param load the load, or empty when infinite
   * @param funded the project funded
   */
  record LoadTie(int round, ImmutableList<String> tied, Optional<Number> load, String funded)
      implements BudgetFact {
    /**
     * Validates the fact.
     *
     * @param round the round
     * @param tied the projects tied
     * @param load the load, or empty when infinite
     * @param funded the project funded
     */
    public LoadTie {
      tied = ImmutableList.copyOf(checkNotNull(tied, "tied must not be null"));
      checkNotNull(load, "load must not be null (use Optional.empty())");
      checkNotNull(funded, "funded must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }
}
