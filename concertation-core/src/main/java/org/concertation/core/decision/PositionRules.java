package org.concertation.core.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concertation.api.decision.CollegeTally;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Electorate;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.Grounds;
import org.concertation.api.decision.Grounds.Finding;
import org.concertation.api.decision.Grounds.Measure;
import org.concertation.api.decision.Grounds.Relation;
import org.concertation.api.decision.Method;
import org.concertation.api.decision.Outcome;
import org.concertation.api.decision.Quorum;
import org.concertation.api.decision.Tally;
import org.concertation.api.decision.TieBreak;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.Stance;
import org.concertation.core.exact.Q;

/**
 * Applies a {@link DecisionRule} to the positions taken on one proposal: a pure function from the
 * rule, the electorate and the positions to an {@link Outcome} with its full {@link Tally} and a
 * grounds ({@link Grounds}: typed facts, rendered in a reader's language by {@code
 * org.concertation.core.text.GroundsText}). All arithmetic is exact.
 *
 * <p>{@link Stance#SUPPORT} and {@link Stance#ACCEPT} count for, {@link Stance#OPPOSE} and {@link
 * Stance#OBJECT} against, {@link Stance#ABSTAIN} neither, but every position counts towards the
 * quorum. The rule is applied in three steps:
 *
 * <ol>
 *   <li><b>Quorum.</b> The share of eligible voters who took any position must reach {@code
 *       quorum.overall()}, and inside every college with eligible members the share of its members
 *       who took a position must reach {@code quorum.perCollege()}; otherwise {@link
 *       Verdict#NO_QUORUM}. An empty electorate reaches only a zero quorum.
 *   <li><b>Objections.</b> When the rule's objections block, any reasoned objection gives {@link
 *       Verdict#BLOCKED}.
 *   <li><b>Count</b>, by {@link Method}:
 *       <ul>
 *         <li>{@code MAJORITY} and {@code QUALIFIED_MAJORITY}: share = for / (for + against);
 *         <li>{@code ABSOLUTE_MAJORITY}: share = for / all positions cast, abstentions included;
 *         <li>{@code UNANIMITY}: adopted when at least one is for and nobody is against;
 *         <li>{@code CONSENT}: adopted, since nothing blocked it; opposition is recorded but does
 *             not count. With no position at all, a consent proposal is adopted as soon as the
 *             quorum is met (silence is consent): give the rule a quorum to require participation;
 *         <li>{@code WEIGHTED_COLLEGES}: share = the mean of the colleges' shares for / (for +
 *             against), weighted by the colleges' weights, over the colleges that have at least one
 *             position for or against (the others are left out). Voters without a college count for
 *             the quorum and in the overall tally, not in this share;
 *         <li>{@code COLLEGE_MAJORITY}: every college with eligible members must pass the threshold
 *             with its own share for / (for + against); a college with no position for or against
 *             fails, and with no college having eligible members the proposal is rejected. The
 *             share compared is the lowest college share, which decides. Voters without a college
 *             count for the quorum and in the overall tally only.
 *       </ul>
 * </ol>
 *
 * <p>A share above the threshold adopts. A share equal to the threshold adopts when the threshold
 * is above one half (a qualified majority); when both are exactly one half it is a tie, which the
 * rule's {@link TieBreak} settles: {@link TieBreak#STATUS_QUO} gives {@link Verdict#REJECTED},
 * {@link TieBreak#CARRY_OVER} gives {@link Verdict#TIED}, both with {@link Outcome#tie()} set. With
 * no position for or against at all, the share is zero and the proposal is rejected, not tied.
 *
 * <p>The tally counts exactly the positions given: {@link Tally#counts()} has every stance as a
 * key, {@link Tally#cast()} is the number of positions, {@link Tally#colleges()} has a {@link
 * CollegeTally} for every college that the electorate weighs, in the electorate's order, and {@link
 * Tally#objections()} lists the reasoned objections in the order given. {@link Tally#share()} is
 * the share compared with the threshold (for unanimity and consent, for / (for + against)); it is
 * computed even when the quorum fails or an objection blocks. The weighted mean of college shares
 * is computed and compared exactly; in the rare case where its lowest terms do not fit a {@code
 * long}, the tally shows a close approximation that fits (a continued-fraction convergent) and lies
 * on the same side of the threshold, and the grounds mark it {@link
 * Grounds.Compared#approximate()}.
 *
 * <p>Positions from actors outside the electorate, or two positions from one actor, are programming
 * errors (a process refuses them before they reach a rule) and throw {@link
 * IllegalArgumentException}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PositionRules {
  private PositionRules() {}

  /**
   * Applies a rule to the positions taken on one proposal.
   *
   * @param rule the rule
   * @param electorate who may take a position, their colleges and the colleges' weights
   * @param positions the positions taken, at most one per actor, each by a voter of the electorate
   * @return the verdict with its tally and grounds
   * @throws IllegalArgumentException if a position comes from an actor outside the electorate, or
   *     an actor took more than one position
   */
  public static Outcome decide(
      DecisionRule rule, Electorate electorate, Collection<Position> positions) {
    checkNotNull(rule, "rule must not be null");
    checkNotNull(electorate, "electorate must not be null");
    checkNotNull(positions, "positions must not be null");
    ImmutableList<Position> given = copy(positions);
    Counting counting = Counting.of(electorate, given);
    ImmutableList<Position> objections =
        given.stream()
            .filter(position -> position.stance() == Stance.OBJECT)
            .collect(ImmutableList.toImmutableList());
    Judgement judgement = judge(rule, counting, objections);

    ImmutableMap.Builder<CollegeId, CollegeTally> colleges = ImmutableMap.builder();
    for (Map.Entry<CollegeId, Count> entry : counting.colleges().entrySet()) {
      Count count = entry.getValue();
      colleges.put(
          entry.getKey(),
          new CollegeTally(
              count.eligible(),
              requireNonNull(electorate.weights().get(entry.getKey())),
              count.counts(),
              count.forShare()));
    }
    Count overall = counting.overall();
    Tally tally =
        new Tally(
            overall.eligible(),
            overall.counts(),
            colleges.buildOrThrow(),
            judgement.share(),
            objections);
    return new Outcome(rule, judgement.verdict(), judgement.tie(), tally, judgement.grounds());
  }

  /**
   * The grounds of the verdict that a rule gives on a tally: the same as {@link #decide} gave with
   * the tally's outcome, since the tally holds every count the rule reads. Reading an outcome
   * stored before grounds were structured recomputes its grounds so.
   *
   * @param rule the rule
   * @param tally a tally that {@link #decide} made under the rule
   * @return the grounds
   */
  public static Grounds grounds(DecisionRule rule, Tally tally) {
    checkNotNull(rule, "rule must not be null");
    checkNotNull(tally, "tally must not be null");
    return judge(rule, Counting.of(tally), tally.objections()).grounds();
  }

  /** The verdict: the quorum first, then blocking objections, then the count. */
  private static Judgement judge(
      DecisionRule rule, Counting counting, ImmutableList<Position> objections) {
    Judgement counted = count(rule, counting);
    ImmutableList<Grounds.Shortfall> shortfalls = quorumShortfalls(rule.quorum(), counting);
    if (!shortfalls.isEmpty()) {
      return new Judgement(
          Verdict.NO_QUORUM, false, counted.share(), new Grounds.NoQuorum(shortfalls));
    }
    if (rule.objectionsBlock() && !objections.isEmpty()) {
      return new Judgement(
          Verdict.BLOCKED,
          false,
          counted.share(),
          new Grounds.Blocked(
              objections.stream().map(Position::actor).collect(ImmutableList.toImmutableList())));
    }
    return counted;
  }

  private static ImmutableList<Position> copy(Collection<Position> positions) {
    ImmutableList.Builder<Position> copy = ImmutableList.builderWithExpectedSize(positions.size());
    int index = 0;
    for (Position position : positions) {
      copy.add(checkNotNull(position, "position #%s must not be null", index));
      index++;
    }
    return copy.build();
  }

  private static ImmutableList<Grounds.Shortfall> quorumShortfalls(
      Quorum quorum, Counting counting) {
    ImmutableList.Builder<Grounds.Shortfall> shortfalls = ImmutableList.builder();
    Count overall = counting.overall();
    Fraction participation = Fraction.share(overall.cast(), overall.eligible());
    if (participation.compareTo(quorum.overall()) < 0) {
      shortfalls.add(
          new Grounds.Shortfall(
              Optional.empty(), overall.cast(), overall.eligible(), quorum.overall()));
    }
    for (Map.Entry<CollegeId, Count> entry : counting.colleges().entrySet()) {
      Count count = entry.getValue();
      Fraction share = Fraction.share(count.cast(), count.eligible());
      if (count.eligible() > 0 && share.compareTo(quorum.perCollege()) < 0) {
        shortfalls.add(
            new Grounds.Shortfall(
                Optional.of(entry.getKey()), count.cast(), count.eligible(), quorum.perCollege()));
      }
    }
    return shortfalls.build();
  }

  private static Judgement count(DecisionRule rule, Counting counting) {
    Count overall = counting.overall();
    Fraction threshold = rule.threshold();
    switch (rule.method()) {
      case MAJORITY:
      case QUALIFIED_MAJORITY:
        if (overall.decided() == 0) {
          return Judgement.rejected(Fraction.ZERO, found(Finding.NO_POSITION_FOR_OR_AGAINST));
        }
        return compare(rule, Q.of(overall.forShare()), overall.forShare(), Measure.SHARE);
      case ABSOLUTE_MAJORITY:
        Fraction ofCast = Fraction.share(overall.inFavour(), overall.cast());
        if (overall.decided() == 0) {
          return Judgement.rejected(ofCast, found(Finding.NO_POSITION_FOR_OR_AGAINST));
        }
        return compare(rule, Q.of(ofCast), ofCast, Measure.SHARE_OF_CAST);
      case UNANIMITY:
        if (overall.against() > 0) {
          return Judgement.rejected(
              overall.forShare(), new Grounds.AgainstUnanimity(overall.against()));
        }
        if (overall.inFavour() == 0) {
          return Judgement.rejected(overall.forShare(), found(Finding.NO_POSITION_FOR));
        }
        return new Judgement(Verdict.ADOPTED, false, overall.forShare(), found(Finding.UNANIMOUS));
      case CONSENT:
        return new Judgement(
            Verdict.ADOPTED, false, overall.forShare(), found(Finding.NO_OBJECTION));
      case WEIGHTED_COLLEGES:
        return weightedColleges(rule, counting);
      case COLLEGE_MAJORITY:
        return collegeMajority(rule, counting);
    }
    throw new AssertionError("Unknown method '" + rule.method() + "' for threshold " + threshold);
  }

  private static Judgement weightedColleges(DecisionRule rule, Counting counting) {
    // The weighted mean sum(w * f / n) / sum(w), built as one exact fraction.
    BigInteger numerator = BigInteger.ZERO;
    BigInteger denominator = BigInteger.ONE;
    long totalWeight = 0;
    ImmutableList.Builder<Grounds.CollegeShare> parts = ImmutableList.builder();
    for (Map.Entry<CollegeId, Count> entry : counting.colleges().entrySet()) {
      Count count = entry.getValue();
      if (count.decided() == 0) {
        continue;
      }
      long weight = count.weight();
      BigInteger decided = BigInteger.valueOf(count.decided());
      numerator =
          numerator
              .multiply(decided)
              .add(BigInteger.valueOf(weight * count.inFavour()).multiply(denominator));
      denominator = denominator.multiply(decided);
      totalWeight += weight;
      parts.add(new Grounds.CollegeShare(entry.getKey(), count.forShare(), count.weight()));
    }
    if (totalWeight == 0) {
      return Judgement.rejected(Fraction.ZERO, found(Finding.NO_POSITION_IN_ANY_COLLEGE));
    }
    Q mean = Q.of(numerator, denominator.multiply(BigInteger.valueOf(totalWeight)));
    Fraction shown = mean.toFraction(rule.threshold());
    return compare(
        rule,
        mean,
        shown,
        Measure.WEIGHTED_SHARE,
        !mean.fitsInFraction(),
        parts.build(),
        Optional.empty());
  }

  private static Judgement collegeMajority(DecisionRule rule, Counting counting) {
    CollegeId lowest = null;
    Fraction lowestShare = Fraction.ONE;
    ImmutableList.Builder<Grounds.CollegeShare> withMembers = ImmutableList.builder();
    for (Map.Entry<CollegeId, Count> entry : counting.colleges().entrySet()) {
      Count count = entry.getValue();
      if (count.eligible() == 0) {
        continue;
      }
      withMembers.add(new Grounds.CollegeShare(entry.getKey(), count.forShare(), count.weight()));
      if (lowest == null || count.forShare().compareTo(lowestShare) < 0) {
        lowest = entry.getKey();
        lowestShare = count.forShare();
      }
    }
    if (lowest == null) {
      return Judgement.rejected(Fraction.ZERO, found(Finding.NO_COLLEGE_WITH_MEMBERS));
    }
    if (requireNonNull(counting.colleges().get(lowest)).decided() == 0) {
      return Judgement.rejected(Fraction.ZERO, new Grounds.NoneInCollege(lowest));
    }
    return compare(
        rule,
        Q.of(lowestShare),
        lowestShare,
        Measure.LOWEST_COLLEGE_SHARE,
        false,
        withMembers.build(),
        Optional.of(lowest));
  }

  private static Grounds found(Finding finding) {
    return new Grounds.Found(finding);
  }

  /** Compares a share of no college, shown exactly, with the rule's threshold. */
  private static Judgement compare(DecisionRule rule, Q exact, Fraction shown, Measure measure) {
    return compare(rule, exact, shown, measure, false, ImmutableList.of(), Optional.empty());
  }

  /**
   * Compares an exact share with the rule's threshold.
   *
   * @param rule the rule
   * @param exact the share, exactly
   * @param shown the share as the tally shows it
   * @param measure what the share is
   * @param approximate whether the share shown approximates the exact one
   * @param colleges the colleges the share comes from, for the measures of colleges
   * @param lowest the college with the lowest share, for that measure
   */
  private static Judgement compare(
      DecisionRule rule,
      Q exact,
      Fraction shown,
      Measure measure,
      boolean approximate,
      ImmutableList<Grounds.CollegeShare> colleges,
      Optional<CollegeId> lowest) {
    Fraction threshold = rule.threshold();
    int comparison = exact.compareTo(Q.of(threshold));
    Relation relation =
        comparison > 0 ? Relation.ABOVE : comparison < 0 ? Relation.BELOW : Relation.EQUAL;
    Grounds reason =
        new Grounds.Compared(measure, shown, relation, threshold, approximate, colleges, lowest);
    if (comparison > 0 || (comparison == 0 && threshold.compareTo(Fraction.HALF) > 0)) {
      return new Judgement(Verdict.ADOPTED, false, shown, reason);
    }
    if (comparison < 0) {
      return new Judgement(Verdict.REJECTED, false, shown, reason);
    }
    Verdict tied = rule.tieBreak() == TieBreak.CARRY_OVER ? Verdict.TIED : Verdict.REJECTED;
    return new Judgement(tied, true, shown, reason);
  }

  /** A verdict before the tally is assembled: the share compared and the grounds. */
  private record Judgement(Verdict verdict, boolean tie, Fraction share, Grounds grounds) {
    static Judgement rejected(Fraction share, Grounds grounds) {
      return new Judgement(Verdict.REJECTED, false, share, grounds);
    }
  }

  /** The counts overall and in every college weighed by the electorate. */
  private record Counting(Count overall, ImmutableMap<CollegeId, Count> colleges) {
    static Counting of(Electorate electorate, List<Position> positions) {
      Map<CollegeId, Count> colleges = new LinkedHashMap<>();
      electorate.weights().forEach((college, weight) -> colleges.put(college, new Count(weight)));
      Count overall = new Count(0);
      for (ActorId voter : electorate.voters()) {
        overall.addEligible();
        electorate
            .college(voter)
            .ifPresent(college -> requireNonNull(colleges.get(college)).addEligible());
      }
      Set<ActorId> seen = new HashSet<>();
      for (Position position : positions) {
        ActorId actor = position.actor();
        checkArgument(
            electorate.voters().contains(actor),
            "Invalid position: '%s' is not in the electorate",
            actor);
        checkArgument(
            seen.add(actor), "Invalid positions: '%s' took more than one position", actor);
        overall.add(position.stance());
        electorate
            .college(actor)
            .ifPresent(college -> requireNonNull(colleges.get(college)).add(position.stance()));
      }
      return new Counting(overall, ImmutableMap.copyOf(colleges));
    }

    /** The counts a tally holds: every count a rule reads is in it. */
    static Counting of(Tally tally) {
      Map<CollegeId, Count> colleges = new LinkedHashMap<>();
      tally
          .colleges()
          .forEach(
              (college, counted) ->
                  colleges.put(
                      college, Count.of(counted.weight(), counted.eligible(), counted.counts())));
      return new Counting(
          Count.of(0, tally.eligible(), tally.counts()), ImmutableMap.copyOf(colleges));
    }
  }

  /** A mutable count of positions by stance, used only while counting. */
  private static final class Count {
    private final int weight;
    private final int[] byStance = new int[Stance.values().length];
    private int eligible;

    Count(int weight) {
      this.weight = weight;
    }

    static Count of(int weight, int eligible, Map<Stance, Integer> counts) {
      Count count = new Count(weight);
      count.eligible = eligible;
      counts.forEach((stance, n) -> count.byStance[stance.ordinal()] = n);
      return count;
    }

    void addEligible() {
      eligible++;
    }

    void add(Stance stance) {
      byStance[stance.ordinal()]++;
    }

    int weight() {
      return weight;
    }

    int eligible() {
      return eligible;
    }

    int inFavour() {
      int count = 0;
      for (Stance stance : Stance.values()) {
        count += stance.isFor() ? byStance[stance.ordinal()] : 0;
      }
      return count;
    }

    int against() {
      int count = 0;
      for (Stance stance : Stance.values()) {
        count += stance.isAgainst() ? byStance[stance.ordinal()] : 0;
      }
      return count;
    }

    int decided() {
      return inFavour() + against();
    }

    int cast() {
      int count = 0;
      for (int n : byStance) {
        count += n;
      }
      return count;
    }

    Fraction forShare() {
      return Fraction.share(inFavour(), decided());
    }

    ImmutableMap<Stance, Integer> counts() {
      ImmutableMap.Builder<Stance, Integer> counts = ImmutableMap.builder();
      for (Stance stance : Stance.values()) {
        counts.put(stance, byStance[stance.ordinal()]);
      }
      return counts.buildOrThrow();
    }
  }
}
