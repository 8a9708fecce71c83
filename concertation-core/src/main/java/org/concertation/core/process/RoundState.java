package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalId;
import org.jspecify.annotations.Nullable;

/**
 * The open negotiation round: its number, agenda, rule, and the positions taken so far on each
 * proposal of the agenda, or, in a ballot round, its ballot rule and the ballots cast so far.
 *
 * <p>Two rounds are equal when their number, agenda, rules, positions and ballots are. This class
 * is immutable and thread-safe; its maps are unmodifiable.
 */
public final class RoundState {
  private final int number;
  private final ImmutableList<ProposalId> agenda;
  private final DecisionRule rule;
  private final PersistentMap<ProposalId, PersistentMap<ActorId, Position>> positions;
  private final @Nullable BallotRule ballotRule;
  private final PersistentMap<ActorId, Ballot> ballots;

  /** The voters in the order they first cast a ballot, each with its first ballot. */
  private final CastOrder castOrder;

  /** Whether some voter replaced its first ballot, which {@link #castOrder} holds. */
  private final boolean replaced;

  // secret: the key and colleges of a secret round, whose maps above are keyed by pseudonyms
  private final @Nullable SecretRound secret;

  private RoundState(
      int number,
      ImmutableList<ProposalId> agenda,
      DecisionRule rule,
      PersistentMap<ProposalId, PersistentMap<ActorId, Position>> positions,
      @Nullable BallotRule ballotRule,
      PersistentMap<ActorId, Ballot> ballots,
      CastOrder castOrder,
      boolean replaced,
      @Nullable SecretRound secret) {
    this.number = number;
    this.agenda = checkNotNull(agenda, "agenda must not be null");
    this.rule = checkNotNull(rule, "rule must not be null");
    this.positions = checkNotNull(positions, "positions must not be null");
    this.ballotRule = ballotRule;
    this.ballots = checkNotNull(ballots, "ballots must not be null");
    this.castOrder = castOrder;
    this.replaced = replaced;
    this.secret = secret;
  }

  static RoundState open(int number, ImmutableList<ProposalId> agenda, DecisionRule rule) {
    return open(number, agenda, rule, Optional.empty());
  }

  static RoundState open(
      int number,
      ImmutableList<ProposalId> agenda,
      DecisionRule rule,
      Optional<BallotRule> ballotRule) {
    PersistentMap<ProposalId, PersistentMap<ActorId, Position>> positions = PersistentMap.empty();
    for (ProposalId proposal : agenda) {
      positions = positions.plus(proposal, PersistentMap.empty());
    }
    return new RoundState(
        number,
        agenda,
        rule,
        positions,
        ballotRule.orElse(null),
        PersistentMap.empty(),
        CastOrder.empty(),
        false,
        null);
  }

  // secret: a round whose positions and ballots are keyed by pseudonyms
  static RoundState open(
      int number,
      ImmutableList<ProposalId> agenda,
      DecisionRule rule,
      Optional<BallotRule> ballotRule,
      Optional<PersonalText> key) {
    RoundState round = open(number, agenda, rule, ballotRule);
    return key.isEmpty() ? round : round.withSecret(SecretRound.open(key.get()));
  }

  /**
   * A round as it stood, from its parts: how a snapshot's round is read back ({@link StateCodec}).
   */
  static RoundState restore(
      int number,
      ImmutableList<ProposalId> agenda,
      DecisionRule rule,
      PersistentMap<ProposalId, PersistentMap<ActorId, Position>> positions,
      Optional<BallotRule> ballotRule,
      PersistentMap<ActorId, Ballot> ballots) {
    // a snapshot keeps no order of casting: the map's own order stands for it
    CastOrder order = CastOrder.empty();
    for (Map.Entry<ActorId, Ballot> ballot : ballots.entrySet()) {
      order = order.plus(ballot.getKey(), ballot.getValue());
    }
    return new RoundState(
        number, agenda, rule, positions, ballotRule.orElse(null), ballots, order, false, null);
  }

  /**
   * The ballot rule that decides a ballot round.
   *
   * @return the rule, or empty for a round decided by positions
   */
  public Optional<BallotRule> ballotRule() {
    return Optional.ofNullable(ballotRule);
  }

  /**
   * Tells whether the round decides by ballots.
   *
   * @return true for a ballot round
   */
  public boolean isBallotRound() {
    return ballotRule != null;
  }

  /**
   * The ballots cast so far in a ballot round, each voter's last.
   *
   * @return the ballots by voter, unmodifiable; empty for a position round
   */
  public Map<ActorId, Ballot> ballots() {
    return ballots;
  }

  /**
   * The ballots cast so far, iterated in the order their voters first cast one: what the close
   * counts, since voters' ids given in the order voters come are then mostly in order already.
   *
   * @return the ballots by voter, unmodifiable
   */
  Map<ActorId, Ballot> ballotsInCastOrder() {
    return castOrder.view(ballots, replaced);
  }

  /**
   * The round's number.
   *
   * @return the number, from 1
   */
  public int number() {
    return number;
  }

  /**
   * The proposals the round decides.
   *
   * @return the agenda, in its order
   */
  public ImmutableList<ProposalId> agenda() {
    return agenda;
  }

  /**
   * The rule that will decide.
   *
   * @return the rule
   */
  public DecisionRule rule() {
    return rule;
  }

  /**
   * The positions taken so far.
   *
   * @return the positions by proposal then actor, unmodifiable
   */
  public Map<ProposalId, Map<ActorId, Position>> positions() {
    return Collections.unmodifiableMap(positions);
  }

  /**
   * The positions taken on one proposal of the agenda.
   *
   * @param proposal the proposal
   * @return the positions by actor, unmodifiable; empty if it is not on the agenda
   */
  public Map<ActorId, Position> positionsOn(ProposalId proposal) {
    PersistentMap<ActorId, Position> on = positions.get(proposal);
    return on == null ? PersistentMap.empty() : on;
  }

  RoundState with(ProposalId proposal, Position position) {
    return new RoundState(
        number,
        agenda,
        rule,
        positions.plus(
            proposal, requireNonNull(positions.get(proposal)).plus(position.actor(), position)),
        ballotRule,
        ballots,
        castOrder,
        replaced,
        secret);
  }

  RoundState withBallot(ActorId voter, Ballot ballot) {
    boolean again = ballots.containsKey(voter);
    return new RoundState(
        number,
        agenda,
        rule,
        positions,
        ballotRule,
        ballots.plus(voter, ballot),
        // a later ballot replaces the voter's earlier one in its place
        again ? castOrder : castOrder.plus(voter, ballot),
        replaced || again,
        secret);
  }

  /**
   * Whether the round is secret: its positions and ballots are keyed by pseudonyms.
   *
   * @return true for a secret round
   */
  public boolean isSecret() {
    return secret != null;
  }

  /** The secret part of a secret round, or null for a public round. */
  @Nullable SecretRound secret() {
    return secret;
  }

  RoundState withSecret(SecretRound newSecret) {
    return new RoundState(
        number, agenda, rule, positions, ballotRule, ballots, castOrder, replaced, newSecret);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RoundState that
        && number == that.number
        && agenda.equals(that.agenda)
        && rule.equals(that.rule)
        && positions.equals(that.positions)
        && Objects.equals(ballotRule, that.ballotRule)
        && ballots.equals(that.ballots)
        && Objects.equals(secret, that.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, agenda, rule, positions, ballotRule, ballots, secret);
  }

  @Override
  public String toString() {
    return "RoundState[number="
        + number
        + ", agenda="
        + agenda
        + ", rule="
        + rule
        + ", positions="
        + positions
        + (ballotRule == null ? "" : ", ballotRule=" + ballotRule + ", ballots=" + ballots)
        + (secret == null ? "" : ", " + secret)
        + "]";
  }
}
