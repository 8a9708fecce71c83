package org.concertation.api.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.concertation.api.domain.Ballot;

/**
 * The rule of a ballot round: instead of judging each proposal on its own from positions, the round
 * counts ballots over its whole agenda. A ballot rule either <i>chooses</i> among the agenda (one
 * winner, {@code seats} winners, or, for a budget, what fits the {@linkplain BudgetTerms envelope})
 * or, for graded rules, <i>judges</i> each proposal against a grade threshold.
 *
 * <ul>
 *   <li>{@link Kind#RANKED}: rankings counted by a ranked rule named by its label ({@code
 *       plurality}, {@code borda}, {@code copeland}, {@code schulze}, {@code ranked-pairs}, {@code
 *       irv}, {@code kemeny}, {@code minimax}, {@code stv}) for {@code seats} winners.
 *   <li>{@link Kind#APPROVAL}: approvals counted by the approval rule, on the {@linkplain
 *       GradeScale#approval() approval scale}.
 *   <li>{@link Kind#GRADED}: grades on a {@link GradeScale} counted by {@code score}, {@code
 *       majority-judgment} or {@code gradients-of-agreement}.
 *   <li>{@link Kind#BUDGET}: approvals within an envelope, counted by {@code greedy}, {@code mes}
 *       (the Method of Equal Shares) or {@code phragmen}.
 * </ul>
 *
 * <p>A proposal a rule chooses is adopted, the others are rejected. A proposal judged is adopted
 * when its majority grade (the lower median of the grades it received) reaches the threshold. The
 * {@link Quorum} counts the voters who cast a ballot, overall and per college, and a round short of
 * it, or whose count ends in a tie the rule flags, carries its agenda to the next round while the
 * round limit allows. With {@link #collegeWeights()} each college counts with its weight whatever
 * its size: a ballot weighs its college's weight over the number of the college's voters in the
 * round, and a voter outside any college weighs nothing (the core's {@code BallotCount} says how).
 *
 * <p>This class checks the structure of a rule; the labels are checked by the core when a charter
 * is used. This class is immutable and thread-safe.
 *
 * @param kind what the ballots are and how they are counted
 * @param label the counting rule's name, as on the command line
 * @param seats how many proposals a choosing rule chooses, at least 1; 0 for a budget or a judging
 *     rule
 * @param scale the grades of an approval or graded rule; empty for the others
 * @param threshold the grade a judging rule requires; empty for a choosing rule
 * @param budget the envelope and its terms, for a budget rule only
 * @param quorum the least share of voters who must cast a ballot
 * @param collegeWeights whether each college counts with its weight whatever its size
 */
public record BallotRule(
    Kind kind,
    String label,
    int seats,
    Optional<GradeScale> scale,
    Optional<Integer> threshold,
    Optional<BudgetTerms> budget,
    Quorum quorum,
    boolean collegeWeights) {
  /** The label of the approval rule. */
  public static final String APPROVAL_LABEL = "approval";

  /** The label of the score rule. */
  public static final String SCORE_LABEL = "score";

  /** The label of majority judgment. */
  public static final String MAJORITY_JUDGMENT_LABEL = "majority-judgment";

  /** The label of the gradients of agreement. */
  public static final String GRADIENTS_LABEL = "gradients-of-agreement";

  /** The label of single transferable vote, the ranked rule made for several seats. */
  public static final String STV_LABEL = "stv";

  /** What the ballots of a rule are and how they are counted. */
  public enum Kind {
    /** Rankings, by a ranked rule. */
    RANKED(Ballot.Kind.RANKING),
    /** Approvals, by the approval rule. */
    APPROVAL(Ballot.Kind.APPROVALS),
    /** Grades on a scale, by a graded rule. */
    GRADED(Ballot.Kind.GRADES),
    /** Approvals within an envelope, by a budgeting rule. */
    BUDGET(Ballot.Kind.APPROVALS);

    private final Ballot.Kind ballot;

    Kind(Ballot.Kind ballot) {
      this.ballot = ballot;
    }

    /**
     * The kind of ballot the rules of this kind count.
     *
     * @return the ballot kind
     */
    public Ballot.Kind ballot() {
      return ballot;
    }
  }

  /**
   * Validates the rule.
   *
   * @param kind what the ballots are and how they are counted
   * @param label the counting rule's name
   * @param seats how many proposals a choosing rule chooses; 0 for a budget or a judging rule
   * @param scale the grades of an approval or graded rule
   * @param threshold the grade a judging rule requires
   * @param budget the envelope and its terms, for a budget rule only
   * @param quorum the least share of voters who must cast a ballot
   * @param collegeWeights whether each college counts with its weight whatever its size
   */
  public BallotRule {
    checkNotNull(kind, "kind must not be null");
    checkNotNull(label, "label must not be null");
    checkArgument(!label.isBlank(), "Invalid ballot rule label '%s': must not be blank", label);
    checkNotNull(scale, "scale must not be null (use Optional.empty())");
    checkNotNull(threshold, "threshold must not be null (use Optional.empty())");
    checkNotNull(budget, "budget must not be null (use Optional.empty())");
    checkNotNull(quorum, "quorum must not be null");
    checkArgument(
        budget.isPresent() == (kind == Kind.BUDGET),
        "Invalid %s rule '%s': an envelope belongs to budget rules, and every budget rule has one",
        kind,
        label);
    checkArgument(
        scale.isPresent() == (kind == Kind.APPROVAL || kind == Kind.GRADED),
        "Invalid %s rule '%s': a grade scale belongs to approval and graded rules, which need one",
        kind,
        label);
    checkArgument(
        kind != Kind.APPROVAL
            || (label.equals(APPROVAL_LABEL) && scale.get().equals(GradeScale.approval())),
        "Invalid approval rule '%s': its label is '%s' and its scale the approval scale",
        label,
        APPROVAL_LABEL);
    checkArgument(
        threshold.isEmpty() || kind == Kind.APPROVAL || kind == Kind.GRADED,
        "Invalid %s rule '%s': only approval and graded rules judge against a threshold",
        kind,
        label);
    threshold.ifPresent(
        grade ->
            checkArgument(
                scale.get().contains(grade),
                "Invalid threshold '%s' of rule '%s': not on the scale %s..%s",
                grade,
                label,
                scale.get().lowest(),
                scale.get().highest()));
    boolean bySeats = kind != Kind.BUDGET && threshold.isEmpty();
    checkArgument(
        bySeats ? seats >= 1 : seats == 0,
        "Invalid seats '%s' of rule '%s': at least 1 for a rule that chooses by seats, 0 otherwise",
        seats,
        label);
  }

  private static BallotRule choosing(Kind kind, String label, Optional<GradeScale> scale) {
    return new BallotRule(
        kind, label, 1, scale, Optional.empty(), Optional.empty(), Quorum.NONE, false);
  }

  /**
   * A ranked rule for one winner.
   *
   * @param label the rule's name, such as {@code schulze}
   * @return the rule
   */
  public static BallotRule ranked(String label) {
    return choosing(Kind.RANKED, label, Optional.empty());
  }

  /**
   * A ranked rule for several winners.
   *
   * @param label the rule's name, such as {@code stv}
   * @param seats the number of winners, at least 1
   * @return the rule
   */
  public static BallotRule ranked(String label, int seats) {
    return ranked(label).choosing(seats);
  }

  /**
   * Single transferable vote for several seats.
   *
   * @param seats the number of winners, at least 1
   * @return the rule
   */
  public static BallotRule stv(int seats) {
    return ranked(STV_LABEL, seats);
  }

  /**
   * Approval voting for one winner.
   *
   * @return the rule
   */
  public static BallotRule approval() {
    return choosing(Kind.APPROVAL, APPROVAL_LABEL, Optional.of(GradeScale.approval()));
  }

  /**
   * A graded rule for one winner.
   *
   * @param label the rule's name, such as {@code score}
   * @param scale the grades
   * @return the rule
   */
  public static BallotRule graded(String label, GradeScale scale) {
    return choosing(Kind.GRADED, label, Optional.of(checkNotNull(scale, "scale must not be null")));
  }

  /**
   * Score voting from 0 to {@code max}, for one winner.
   *
   * @param max the highest score, at least 1
   * @return the rule
   */
  public static BallotRule score(int max) {
    return graded(SCORE_LABEL, GradeScale.score(max));
  }

  /**
   * Majority judgment with these grades, for one winner.
   *
   * @param grades the grades' names, from the lowest
   * @return the rule
   */
  public static BallotRule majorityJudgment(String... grades) {
    return graded(MAJORITY_JUDGMENT_LABEL, GradeScale.named(grades));
  }

  /**
   * Kaner's gradients of agreement, for one winner.
   *
   * @return the rule
   */
  public static BallotRule gradientsOfAgreement() {
    return graded(GRADIENTS_LABEL, GradeScale.gradientsOfAgreement());
  }

  /**
   * A budgeting rule within an envelope, with the cost utility.
   *
   * @param label {@code greedy}, {@code mes} or {@code phragmen}
   * @param envelope the amount the round may spend
   * @return the rule
   */
  public static BallotRule budget(String label, long envelope) {
    return new BallotRule(
        Kind.BUDGET,
        label,
        0,
        Optional.empty(),
        Optional.empty(),
        Optional.of(BudgetTerms.of(envelope)),
        Quorum.NONE,
        false);
  }

  /**
   * Tells whether the rule judges each proposal against a threshold rather than choosing.
   *
   * @return true for a judging rule
   */
  public boolean judges() {
    return threshold.isPresent();
  }

  /**
   * The kind of ballot the rule counts.
   *
   * @return the ballot kind
   */
  public Ballot.Kind ballotKind() {
    return kind.ballot();
  }

  /**
   * A copy that chooses this many proposals.
   *
   * @param newSeats the number of winners, at least 1
   * @return the copy, or this rule if nothing changes
   * @throws IllegalArgumentException for a budget rule
   */
  public BallotRule choosing(int newSeats) {
    return newSeats == seats && threshold.isEmpty()
        ? this
        : new BallotRule(
            kind, label, newSeats, scale, Optional.empty(), budget, quorum, collegeWeights);
  }

  /**
   * A copy that judges each proposal: adopted when its majority grade reaches the threshold.
   *
   * @param grade the threshold, on the scale
   * @return the copy, or this rule if nothing changes
   * @throws IllegalArgumentException for a rule without a scale, or a grade off it
   */
  public BallotRule judging(int grade) {
    return threshold.equals(Optional.of(grade))
        ? this
        : new BallotRule(kind, label, 0, scale, Optional.of(grade), budget, quorum, collegeWeights);
  }

  /**
   * A copy with this quorum.
   *
   * @param newQuorum the quorum
   * @return the copy, or this rule if nothing changes
   */
  public BallotRule withQuorum(Quorum newQuorum) {
    return newQuorum.equals(quorum)
        ? this
        : new BallotRule(kind, label, seats, scale, threshold, budget, newQuorum, collegeWeights);
  }

  /**
   * A copy in which each college counts with its weight whatever its size, or does not.
   *
   * @param weighted whether colleges count with their weights
   * @return the copy, or this rule if nothing changes
   */
  public BallotRule withCollegeWeights(boolean weighted) {
    return weighted == collegeWeights
        ? this
        : new BallotRule(kind, label, seats, scale, threshold, budget, quorum, weighted);
  }

  /**
   * A copy of a budget rule with these terms.
   *
   * @param terms the envelope and how it is spent
   * @return the copy, or this rule if nothing changes
   * @throws IllegalArgumentException for a rule other than a budget rule
   */
  public BallotRule withTerms(BudgetTerms terms) {
    checkNotNull(terms, "terms must not be null");
    return budget.equals(Optional.of(terms))
        ? this
        : new BallotRule(
            kind, label, seats, scale, threshold, Optional.of(terms), quorum, collegeWeights);
  }

  /**
   * A copy of a budget rule with this utility.
   *
   * @param utility {@code cost} or {@code approval}
   * @return the copy, or this rule if nothing changes
   */
  public BallotRule withUtility(String utility) {
    BudgetTerms t = terms();
    return withTerms(
        new BudgetTerms(
            t.envelope(), utility, t.greedyCompletion(), t.increment(), t.minApprovals()));
  }

  /**
   * A copy of a budget rule completed, or not, by greedy.
   *
   * @param complete whether greedy spends what the rule leaves
   * @return the copy, or this rule if nothing changes
   */
  public BallotRule withGreedyCompletion(boolean complete) {
    BudgetTerms t = terms();
    return withTerms(
        new BudgetTerms(t.envelope(), t.utility(), complete, t.increment(), t.minApprovals()));
  }

  /**
   * A copy of a budget rule that raises the voters' budgets by this step.
   *
   * @param step {@code "1%"} of the envelope, or an amount per voter such as {@code "2.5"}
   * @return the copy, or this rule if nothing changes
   */
  public BallotRule withIncrement(String step) {
    BudgetTerms t = terms();
    return withTerms(
        new BudgetTerms(
            t.envelope(),
            t.utility(),
            t.greedyCompletion(),
            Optional.of(checkNotNull(step, "step must not be null")),
            t.minApprovals()));
  }

  /**
   * A copy of a budget rule under which a proposal needs this many approvals to be funded.
   *
   * @param min the least approvals, at least 0
   * @return the copy, or this rule if nothing changes
   */
  public BallotRule withMinApprovals(long min) {
    BudgetTerms t = terms();
    return withTerms(
        new BudgetTerms(t.envelope(), t.utility(), t.greedyCompletion(), t.increment(), min));
  }

  private BudgetTerms terms() {
    checkArgument(
        budget.isPresent(), "Invalid change of rule '%s': it is not a budget rule", label);
    return budget.get();
  }

  /**
   * The grades' names of the scale, if the rule has one.
   *
   * @return the names, from the lowest grade; empty without a scale
   */
  public ImmutableList<String> gradeNames() {
    return scale.map(GradeScale::names).orElse(ImmutableList.of());
  }
}
