package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;

/**
 * One line of a voting rule's account of its count, as typed facts: the scores it compared, the
 * pairs it locked, a round of eliminations or transfers, a tie and how it was settled. A {@link
 * ChoiceOutcome}'s {@link ChoiceOutcome#account() account} lists them in the order of its {@link
 * ChoiceOutcome#explanation() explanation}, which is their English rendering; {@code
 * core.text.CountText} renders them in a reader's language, at the edge. Candidates are named as in
 * the ballots; numbers are the rule's own ({@link Long}, {@link java.math.BigDecimal} or {@link
 * java.math.BigInteger}). The family is closed; {@link #accept(Visitor)} dispatches on it.
 *
 * <p>Every member is immutable and thread-safe.
 */
public sealed interface ChoiceFact {
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
    R visit(Scores f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(Gradients f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(Locked f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(LockTie f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(BestRanking f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(Quota f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(Round f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(Ties f);

    /**
     * Visits a fact.
     *
     * @param f the fact
     * @return the result
     */
    R visit(SharedSeats f);
  }

  /** What a rule's scores count. */
  enum Measure {
    /** Plurality: the ballots on which each candidate is the lone first choice. */
    FIRST_CHOICES,
    /** Borda: points for the candidates ranked below. */
    BORDA_POINTS,
    /** Copeland: points for head-to-head wins and ties. */
    COPELAND_POINTS,
    /** Schulze: the candidates each beats by strongest path. */
    PATH_WINS,
    /** Minimax: each candidate's worst defeat margin. */
    WORST_DEFEAT_MARGINS,
    /** Approval: the approvals of each candidate. */
    APPROVALS,
    /** Score: the sum of each candidate's grades. */
    GRADE_SUMS,
    /**
     * Majority judgment: each candidate's majority grade; equal ones are compared by removing
     * median grades one at a time.
     */
    MAJORITY_GRADES
  }

  /**
   * A candidate's number.
   *
   * @param candidate the candidate
   * @param value its score, votes or grade
   */
  record Entry(String candidate, Number value) {
    /**
     * Validates the entry.
     *
     * @param candidate the candidate
     * @param value its number
     */
    public Entry {
      checkNotNull(candidate, "candidate must not be null");
      checkNotNull(value, "value must not be null");
    }

    /**
     * The entries of a map of candidates to numbers, in the order of the candidates given.
     *
     * @param candidates the candidates, in order
     * @param values their numbers
     * @return the entries
     */
    static ImmutableList<Entry> of(List<String> candidates, Map<String, Object> values) {
      ImmutableList.Builder<Entry> entries = ImmutableList.builder();
      for (String c : candidates) {
        Object value = values.get(c);
        if (value != null) {
          entries.add(new Entry(c, (Number) value));
        }
      }
      return entries.build();
    }
  }

  /**
   * The scores a rule ranked the candidates by.
   *
   * @param measure what they count
   * @param scores each candidate's score, in the candidates' order
   */
  record Scores(Measure measure, ImmutableList<Entry> scores) implements ChoiceFact {
    /**
     * Validates the fact.
     *
     * @param measure what they count
     * @param scores the scores
     */
    public Scores {
      checkNotNull(measure, "measure must not be null");
      scores = ImmutableList.copyOf(checkNotNull(scores, "scores must not be null"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A proposal's count on the gradients of agreement.
   *
   * @param candidate the proposal
   * @param support its grades 1 to 3
   * @param seriousDisagreements its grades 7
   * @param vetoes its grades 8
   * @param consensus whether it has no 7 and no 8
   */
  record Gradient(
      String candidate,
      Number support,
      Number seriousDisagreements,
      Number vetoes,
      boolean consensus) {
    /**
     * Validates the count.
     *
     * @param candidate the proposal
     * @param support its grades 1 to 3
     * @param seriousDisagreements its grades 7
     * @param vetoes its grades 8
     * @param consensus whether it has no 7 and no 8
     */
    public Gradient {
      checkNotNull(candidate, "candidate must not be null");
      checkNotNull(support, "support must not be null");
      checkNotNull(seriousDisagreements, "seriousDisagreements must not be null");
      checkNotNull(vetoes, "vetoes must not be null");
    }
  }

  /**
   * The gradients of agreement: support, serious disagreements and vetoes of each proposal.
   *
   * @param proposals each proposal's count, in the candidates' order
   */
  record Gradients(ImmutableList<Gradient> proposals) implements ChoiceFact {
    /**
     * Validates the fact.
     *
     * @param proposals each proposal's count
     */
    public Gradients {
      proposals = ImmutableList.copyOf(checkNotNull(proposals, "proposals must not be null"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A pair of candidates with the margin of the first over the second.
   *
   * @param winner the candidate preferred
   * @param loser the other
   * @param margin the margin
   */
  record Pair(String winner, String loser, Number margin) {
    /**
     * Validates the pair.
     *
     * @param winner the candidate preferred
     * @param loser the other
     * @param margin the margin
     */
    public Pair {
      checkNotNull(winner, "winner must not be null");
      checkNotNull(loser, "loser must not be null");
      checkNotNull(margin, "margin must not be null");
    }
  }

  /**
   * Ranked pairs: the pairs locked in, from the largest margin down.
   *
   * @param pairs the pairs locked, in the order they were
   */
  record Locked(ImmutableList<Pair> pairs) implements ChoiceFact {
    /**
     * Validates the fact.
     *
     * @param pairs the pairs locked
     */
    public Locked {
      pairs = ImmutableList.copyOf(checkNotNull(pairs, "pairs must not be null"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Ranked pairs: pairs of equal margin locked in other orders elect other winners, so every
   * possible winner shares the first place.
   *
   * @param oneSeat whether one seat was filled (other winners, not other sets of winners)
   * @param possibleWinners the possible winners, in the candidates' order
   */
  record LockTie(boolean oneSeat, ImmutableList<String> possibleWinners) implements ChoiceFact {
    /**
     * Validates the fact.
     *
     * @param oneSeat whether one seat was filled
     * @param possibleWinners the possible winners
     */
    public LockTie {
      possibleWinners =
          ImmutableList.copyOf(checkNotNull(possibleWinners, "possibleWinners must not be null"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Kemeny-Young: the best ranking and the pairwise preferences it agrees with.
   *
   * @param ranking the best ranking, first the best
   * @param agreement the pairwise preferences it agrees with
   * @param rankings how many rankings reach that agreement; above one, a tie in which the first in
   *     the candidates' order is shown
   */
  record BestRanking(ImmutableList<String> ranking, Number agreement, long rankings)
      implements ChoiceFact {
    /**
     * Validates the fact.
     *
     * @param ranking the best ranking
     * @param agreement the preferences it agrees with
     * @param rankings how many rankings reach it
     */
    public BestRanking {
      ranking = ImmutableList.copyOf(checkNotNull(ranking, "ranking must not be null"));
      checkNotNull(agreement, "agreement must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Single transferable vote: the Droop quota a candidate must reach.
   *
   * @param quota the quota
   */
  record Quota(Number quota) implements ChoiceFact {
    /**
     * Validates the fact.
     *
     * @param quota the quota
     */
    public Quota {
      checkNotNull(quota, "quota must not be null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /** How a round of instant-runoff or single transferable vote ended. */
  enum Step {
    /** A candidate has a majority of the ballots still counting: {@code amount} of them. */
    MAJORITY,
    /** The last two candidates are tied: both win. */
    LAST_TWO_TIED,
    /** The candidate with the fewest votes is eliminated. */
    ELIMINATED,
    /**
     * The candidate with the fewest votes is eliminated; it was tied with {@code others} in every
     * round, and the candidate last in the file's order goes.
     */
    ELIMINATED_TIED_THROUGHOUT,
    /**
     * The candidate with the fewest votes is eliminated; tied with {@code others} in this round, it
     * had fewer votes than them in an earlier round.
     */
    ELIMINATED_FEWER_EARLIER,
    /** A candidate reaches the quota; its surplus is transferred at the factor {@code amount}. */
    REACHES_QUOTA,
    /** As many candidates are left as seats: the {@code amount} left fill them. */
    FILL_SEATS
  }

  /**
   * A round of instant-runoff or single transferable vote: the votes, then what happened.
   *
   * @param round the round, from 1
   * @param votes the votes of the candidates still in, in the candidates' order
   * @param step how the round ended
   * @param candidate the candidate elected or eliminated, or empty when none is named
   * @param amount the ballots still counting, the transfer factor or the candidates left, when the
   *     step has one; otherwise zero
   * @param others the candidates tied with the one eliminated, when the step names them
   */
  record Round(
      int round,
      ImmutableList<Entry> votes,
      Step step,
      String candidate,
      Number amount,
      ImmutableList<String> others)
      implements ChoiceFact {
    /**
     * Validates the fact.
     *
     * @param round the round
     * @param votes the votes
     * @param step how the round ended
     * @param candidate the candidate named, or empty
     * @param amount the step's number, or zero
     * @param others the candidates tied with the one eliminated, if named
     */
    public Round {
      votes = ImmutableList.copyOf(checkNotNull(votes, "votes must not be null"));
      checkNotNull(step, "step must not be null");
      checkNotNull(candidate, "candidate must not be null");
      checkNotNull(amount, "amount must not be null");
      others = ImmutableList.copyOf(checkNotNull(others, "others must not be null"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * Single transferable vote: candidates tied at the votes of the one elected or eliminated, which
   * the candidates' order settled.
   *
   * @param candidates the candidates tied, in the candidates' order
   * @param votes their votes
   * @param chosen the candidate elected or eliminated
   * @param elected whether {@code chosen} was elected (else eliminated)
   */
  record Tied(ImmutableList<String> candidates, Number votes, String chosen, boolean elected) {
    /**
     * Validates the tie.
     *
     * @param candidates the candidates tied
     * @param votes their votes
     * @param chosen the candidate elected or eliminated
     * @param elected whether it was elected
     */
    public Tied {
      candidates = ImmutableList.copyOf(checkNotNull(candidates, "candidates must not be null"));
      checkNotNull(votes, "votes must not be null");
      checkNotNull(chosen, "chosen must not be null");
    }
  }

  /**
   * Single transferable vote: the ties settled by the candidates' order, in the order of the
   * rounds.
   *
   * @param ties the ties
   */
  record Ties(ImmutableList<Tied> ties) implements ChoiceFact {
    /**
     * Validates the fact.
     *
     * @param ties the ties, at least one
     */
    public Ties {
      ties = ImmutableList.copyOf(checkNotNull(ties, "ties must not be null"));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }

  /**
   * A tie across the last seat: more candidates share the best tiers than there are seats.
   *
   * @param candidates how many candidates share them
   * @param seats the seats
   */
  record SharedSeats(int candidates, int seats) implements ChoiceFact {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }
  }
}
