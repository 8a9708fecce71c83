package org.concertation.api.charter;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Role;
import org.immutables.value.Value;

/**
 * The rules of one process: which phases exist, who may do what in each, which decision rule and
 * quorum each round uses, the round limit, the phase deadlines, and which phases may be reopened
 * ("make the path by walking").
 *
 * <p>Build one with {@link #builder()}, or start from a ready-made charter in {@code
 * org.concertation.core.Charters}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Charter {
  Charter() {}

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Charter}; {@link #build()} checks its invariants. */
  public static final class Builder extends ImmutableCharter.Builder {}

  /**
   * The charter's name, shown in reports.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The phases that exist, in their natural order, starting with {@link Phase#FRAMING}; the
   * terminal phases are implied.
   *
   * @return the phases
   */
  public abstract ImmutableList<Phase> phases();

  /**
   * Who may do what.
   *
   * @return the grants
   */
  public abstract ImmutableList<Grant> grants();

  /**
   * The colleges that exist from the start.
   *
   * @return the colleges
   */
  public abstract ImmutableList<College> colleges();

  /**
   * The actor kinds that must each contribute before the diagnosis is shared.
   *
   * @return the kinds
   */
  public abstract ImmutableSet<ActorKind> diagnosisKinds();

  /**
   * The decision rule of every round that {@link #roundRules()} does not name.
   *
   * @return the rule
   */
  public abstract DecisionRule rule();

  /**
   * Rules for particular rounds, by round number (from 1).
   *
   * @return the rules
   */
  public abstract ImmutableMap<Integer, DecisionRule> roundRules();

  /**
   * Ballot rules for particular rounds, by round number (from 1): such a round counts ballots over
   * its whole agenda instead of judging each proposal from positions. A round has a position rule
   * ({@link #roundRules()} or {@link #rule()}) or a ballot rule, never both.
   *
   * @return the ballot rules
   */
  public abstract ImmutableMap<Integer, BallotRule> ballotRules();

  /**
   * Whether a voter's later ballot in a ballot round replaces its earlier one until the round
   * closes; otherwise a second ballot is refused.
   *
   * @return true when a later ballot replaces the earlier one
   */
  @Value.Default
  public boolean laterBallotReplaces() {
    return false;
  }

  /**
   * The most rounds a negotiation may hold.
   *
   * @return the limit, at least 1
   */
  @Value.Default
  public int roundLimit() {
    return 3;
  }

  /**
   * The latest instant at which commands of each phase are accepted; moving on and governing stay
   * possible after it.
   *
   * @return the deadlines
   */
  public abstract ImmutableMap<Phase, Instant> deadlines();

  /**
   * How long each negotiation round may stay open: a round opened at an instant has that instant
   * plus this duration as its deadline (the project owner may move it), after which only closing
   * the round is accepted. Empty when rounds have no deadline of their own.
   *
   * @return the duration, positive
   */
  public abstract Optional<Duration> roundDuration();

  /**
   * The phases that may be reopened from a later phase.
   *
   * @return the phases
   */
  public abstract ImmutableSet<Phase> reopenable();

  /**
   * The least number of actor kinds among the carriers of each action before evaluation begins.
   *
   * @return the number, at least 1
   */
  @Value.Default
  public int minCarrierKinds() {
    return 1;
  }

  /**
   * Whether the project owner owes a reasoned answer to every proposal before the process closes.
   *
   * @return true when answers are owed
   */
  @Value.Default
  public boolean answersOwed() {
    return true;
  }

  /**
   * Whether the project owner may decline a proposal that a round adopted.
   *
   * @return true when the owner may overrule a decision
   */
  @Value.Default
  public boolean ownerMayOverrule() {
    return false;
  }

  /**
   * The currency of the process's money (its budget, costs and commitments), when the charter names
   * one; reports then show amounts in it. A charter without one counts money in plain numbers.
   *
   * @return the currency, if any
   */
  public abstract Optional<Currency> currency();

  // secret: positions and ballots kept apart from their voters

  /**
   * The rounds, by number (from 1), whose positions and ballots are secret: the stored position or
   * ballot names its voter by a pseudonym of the round ({@code core.personal.RoundKeys}), whose key
   * is kept in the erasable part of the store only while the round is open, and the public record
   * shows only the tallies and who took part. Every other round is public.
   *
   * @return the secret rounds; empty when every round is public
   */
  public abstract ImmutableSet<Integer> secretRounds();

  /**
   * Whether a round's positions and ballots are secret.
   *
   * @param round the round number, from 1
   * @return true when {@link #secretRounds()} holds it
   */
  public boolean isSecret(int round) {
    return secretRounds().contains(round);
  }

  // exante: criteria early and prospective assessment

  /**
   * The earliest phase in which evaluation criteria may be defined: as early as the diagnosis, so
   * that proposals can be assessed against them before any decision; who may define them is the
   * charter's grant of {@link Activity#DEFINE_CRITERION}. By default the action, as before criteria
   * could come early.
   *
   * @return one of the phases of {@link Activity#DEFINE_CRITERION}
   */
  @Value.Default
  public Phase criteriaFrom() {
    return Phase.ACTION;
  }

  /**
   * The scale of the graded vote by which those granted {@link Activity#ASSESS} weigh the criteria
   * themselves; the weight of a criterion is its majority grade on this scale.
   *
   * @return the scale, by default {@link GradeScale#rating()}
   */
  @Value.Default
  public GradeScale weighingScale() {
    return GradeScale.rating();
  }

  /**
   * The least majority grade that a proposal needs on every criterion of its last prospective
   * assessment to go on the agenda of a decision round; empty when a round's agenda needs no
   * assessment. The grade is read on each criterion's own scale.
   *
   * @return the grade, if the charter sets one
   */
  public abstract Optional<Integer> assessmentGate();

  /**
   * The rule of a round.
   *
   * @param round the round number, from 1
   * @return the rule
   */
  public DecisionRule ruleOfRound(int round) {
    return roundRules().getOrDefault(round, rule());
  }

  /**
   * The ballot rule of a round, if it is a ballot round.
   *
   * @param round the round number, from 1
   * @return the ballot rule, or empty when the round decides by positions
   */
  public Optional<BallotRule> ballotRuleOfRound(int round) {
    return Optional.ofNullable(ballotRules().get(round));
  }

  /**
   * The deadline of a phase.
   *
   * @param phase the phase
   * @return its deadline, or empty when it has none
   */
  public Optional<Instant> deadline(Phase phase) {
    return Optional.ofNullable(deadlines().get(phase));
  }

  /**
   * Tells whether an actor of this role and kind may perform an activity in a phase.
   *
   * @param activity the activity
   * @param role the role
   * @param kind the kind
   * @param phase the phase
   * @return true when a grant allows it
   */
  public boolean allows(Activity activity, Role role, ActorKind kind, Phase phase) {
    for (Grant grant : grants()) {
      if (grant.activity() == activity && grant.allows(role, kind, phase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The phase after this one, or {@link Phase#CLOSED} after the last.
   *
   * @param phase a phase of this charter
   * @return the next phase
   */
  public Phase next(Phase phase) {
    int index = phases().indexOf(phase);
    checkState(index >= 0, "Phase %s is not in charter '%s'", phase, name());
    return index + 1 < phases().size() ? phases().get(index + 1) : Phase.CLOSED;
  }

  @Value.Check
  void check() {
    checkState(!name().isBlank(), "Invalid charter: name must not be blank");
    checkState(
        !phases().isEmpty() && phases().get(0) == Phase.FRAMING,
        "Invalid charter '%s': phases %s must start with FRAMING",
        name(),
        phases());
    for (int i = 1; i < phases().size(); i++) {
      checkState(
          phases().get(i - 1).compareTo(phases().get(i)) < 0,
          "Invalid charter '%s': phases %s must be distinct and in their natural order",
          name(),
          phases());
    }
    checkState(
        phases().stream().noneMatch(Phase::isTerminal),
        "Invalid charter '%s': phases %s must not name CLOSED or ABANDONED, which are implied",
        name(),
        phases());
    checkState(
        roundLimit() >= 1,
        "Invalid charter '%s': round limit %s must be at least 1",
        name(),
        roundLimit());
    checkState(
        minCarrierKinds() >= 1,
        "Invalid charter '%s': minimum carrier kinds %s must be at least 1",
        name(),
        minCarrierKinds());
    for (Integer round : roundRules().keySet()) {
      checkState(
          round >= 1 && round <= roundLimit(),
          "Invalid charter '%s': a rule for round %s, outside 1..%s",
          name(),
          round,
          roundLimit());
    }
    for (Integer round : ballotRules().keySet()) {
      checkState(
          round >= 1 && round <= roundLimit(),
          "Invalid charter '%s': a ballot rule for round %s, outside 1..%s",
          name(),
          round,
          roundLimit());
      checkState(
          !roundRules().containsKey(round),
          "Invalid charter '%s': round %s has both a position rule and a ballot rule",
          name(),
          round);
    }
    for (Integer round : secretRounds()) {
      checkState(
          round >= 1 && round <= roundLimit(),
          "Invalid charter '%s': secret round %s, outside 1..%s",
          name(),
          round,
          roundLimit());
    }
    for (Phase phase : reopenable()) {
      checkState(
          phases().contains(phase) && phase != Phase.FRAMING,
          "Invalid charter '%s': reopenable phase %s must be one of its phases other than FRAMING",
          name(),
          phase);
    }
    roundDuration()
        .ifPresent(
            duration ->
                checkState(
                    !duration.isNegative() && !duration.isZero(),
                    "Invalid charter '%s': round duration %s must be positive",
                    name(),
                    duration));
    for (Phase phase : deadlines().keySet()) {
      checkState(
          phases().contains(phase),
          "Invalid charter '%s': deadline for phase %s, which it does not have",
          name(),
          phase);
    }
    Set<CollegeId> ids = new HashSet<>();
    for (College college : colleges()) {
      checkState(
          ids.add(college.id()),
          "Invalid charter '%s': college '%s' appears twice",
          name(),
          college.id());
    }
    // exante: criteria early
    checkState(
        Activity.DEFINE_CRITERION.phases().contains(criteriaFrom()),
        "Invalid charter '%s': criteria from %s, outside the phases %s where they may be defined",
        name(),
        criteriaFrom(),
        Activity.DEFINE_CRITERION.phases());
    checkState(
        grants().stream()
            .anyMatch(
                g ->
                    g.activity() == Activity.GOVERN
                        && (g.roles().isEmpty() || g.roles().contains(Role.PROJECT_OWNER))),
        "Invalid charter '%s': the project owner must be granted GOVERN",
        name());
  }
}
