package org.concertation.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Method;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Role;
import org.concertation.core.history.ProcessHistory;

/**
 * A charter's place between the mission logic (0) and the project logic (1) on each {@link
 * Dimension}, with the evidence for each. Each dimension scores the share of its indicators that
 * the charter meets:
 *
 * <ul>
 *   <li>principle: citizens take positions; the rule needs the consent of several kinds (a college
 *       rule over at least two colleges, unanimity or consent); the owner may not overrule;
 *   <li>ethic: citizens may join, contribute, propose and amend; reasoned objections block;
 *   <li>logic: inhabitants may propose; associations may propose; at least two rounds; citizens may
 *       merge proposals;
 *   <li>organisation: at least two colleges; a college rule; at least two kinds share the
 *       diagnosis;
 *   <li>management: facilitators, not the owner, chair the rounds; facilitators move the phases;
 *       some phase may be reopened;
 *   <li>operationalisation: actions need carriers of at least two kinds; citizens commit means;
 *       participants plan actions;
 *   <li>evaluation: citizens define the criteria; citizens rate; participants report indicators;
 *       and, when the charter provides for any step of a prospective evaluation (criteria before
 *       the action, an {@code ASSESS} or {@code CHAIR_ASSESSMENT} grant, an assessment gate):
 *       criteria may be chosen before the decision (from a phase before the action, since an
 *       assessment can still precede the rounds of the negotiation); citizens grade the proposals
 *       before the decision and weigh the criteria (both by the {@code ASSESS} grant); the ex-ante
 *       grades gate the decision ({@link Charter#assessmentGate()}).
 * </ul>
 *
 * <p>The profile of a run ({@link #of(ProcessHistory)}) is its charter's, the evaluation dimension
 * adding what the run shows, each indicator only where the run shows it:
 *
 * <ul>
 *   <li>who chose the criteria, by role and kind: met when participants chose at least half of them
 *       ({@link EvaluationIndicators#PARTICIPANTS_CHOOSE}); shown when the evaluation looks ahead,
 *       by the charter or in fact (a weighing, an assessment or an action graded);
 *   <li>an ex-ante assessment took place: met when a closed assessment gave a proposal a majority
 *       grade; shown when the charter provides for a prospective evaluation or an assessment
 *       opened;
 *   <li>who graded the proposals ex ante, who weighed the criteria, who graded the actions ex post
 *       (each shown once someone did): met when a citizen did, the share of participants and the
 *       kinds said beside;
 *   <li>once a delivery is recorded, the delivery ratio of each kind of means committed, met at
 *       {@link EvaluationIndicators#KEPT} or more, and the commitments kept overall (each one
 *       delivered at that share or more), met when that share of them was kept: kinds of means are
 *       never added to one another.
 * </ul>
 *
 * A charter that provides for no prospective step, and a run that shows none of these facts, keep
 * the profile they had before the evaluation could look ahead: a fact the record cannot hold is no
 * shortfall it can show.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scores the score of every dimension, in the dimensions' order
 */
public record LogicProfile(ImmutableMap<Dimension, DimensionScore> scores) {
  /**
   * Validates the profile.
   *
   * @param scores the score of every dimension, in the dimensions' order
   */
  public LogicProfile {
    scores = ImmutableMap.copyOf(checkNotNull(scores, "scores must not be null"));
    checkArgument(
        scores.size() == Dimension.values().length,
        "Invalid profile: expected a score on every dimension, got %s",
        scores.keySet());
  }

  /**
   * The profile of a charter.
   *
   * @param charter the charter
   * @return its profile
   */
  public static LogicProfile of(Charter charter) {
    checkNotNull(charter, "charter must not be null");
    ImmutableMap.Builder<Dimension, DimensionScore> scores = ImmutableMap.builder();
    for (Dimension dimension : Dimension.values()) {
      scores.put(dimension, score(charter, dimension));
    }
    return new LogicProfile(scores.buildOrThrow());
  }

  /**
   * The profile of a run: its charter's, the evaluation dimension adding what the run shows of a
   * prospective evaluation and of the means delivered, as the class says.
   *
   * @param history the run's history, with its charter
   * @return its profile
   */
  public static LogicProfile of(ProcessHistory history) {
    checkNotNull(history, "history must not be null");
    RunFacts facts = RunFacts.of(history);
    ImmutableMap.Builder<Dimension, DimensionScore> scores = ImmutableMap.builder();
    for (Dimension dimension : Dimension.values()) {
      DimensionScore promised = score(history.charter(), dimension);
      if (dimension == Dimension.EVALUATION) {
        ImmutableList.Builder<DimensionScore.Indicator> indicators = ImmutableList.builder();
        indicators.addAll(promised.indicators());
        EvaluationIndicators.ofRun(facts, indicators);
        promised = new DimensionScore(dimension, indicators.build());
      }
      scores.put(dimension, promised);
    }
    return new LogicProfile(scores.buildOrThrow());
  }

  /**
   * The score on one dimension.
   *
   * @param dimension the dimension
   * @return its score, from 0 to 1
   */
  public double score(Dimension dimension) {
    checkNotNull(dimension, "dimension must not be null");
    return requireNonNull(scores.get(dimension)).score();
  }

  /**
   * The mean score over the dimensions.
   *
   * @return a number from 0 to 1
   */
  public double mean() {
    return scores.values().stream().mapToDouble(DimensionScore::score).average().orElse(0);
  }

  private static DimensionScore score(Charter charter, Dimension dimension) {
    Indicators on = new Indicators();
    DecisionRule rule = charter.rule();
    boolean collegeRule =
        rule.method() == Method.COLLEGE_MAJORITY || rule.method() == Method.WEIGHTED_COLLEGES;
    switch (dimension) {
      case PRINCIPLE -> {
        on.check(
            Citizens.may(charter, Activity.TAKE_POSITION),
            "citizens.take.positions",
            Citizens.holders(charter, Activity.TAKE_POSITION));
        boolean consent =
            (rule.method() == Method.COLLEGE_MAJORITY && charter.colleges().size() >= 2)
                || rule.method() == Method.UNANIMITY
                || rule.method() == Method.CONSENT;
        if (charter.ballotRules().isEmpty()) {
          on.check(consent, "consent", rule.method(), charter.colleges().size());
        } else {
          on.check(
              consent,
              "consent.ballots",
              rule.method(),
              charter.colleges().size(),
              ballotRounds(charter));
        }
        on.check(!charter.ownerMayOverrule(), "owner.may.not.overrule.round");
      }
      case ETHIC -> {
        for (Activity activity :
            new Activity[] {Activity.JOIN, Activity.CONTRIBUTE, Activity.PROPOSE, Activity.AMEND}) {
          on.check(
              Citizens.may(charter, activity),
              "citizens.may",
              activity,
              Citizens.holders(charter, activity));
        }
        on.check(rule.objectionsBlock(), "objection.blocks");
      }
      case LOGIC -> {
        on.check(
            Citizens.participantsOfKindMay(charter, Activity.PROPOSE, ActorKind.INHABITANT),
            "inhabitants.propose");
        on.check(
            Citizens.participantsOfKindMay(charter, Activity.PROPOSE, ActorKind.ASSOCIATION),
            "associations.propose");
        on.check(charter.roundLimit() >= 2, "rounds", charter.roundLimit());
        on.check(
            Citizens.may(charter, Activity.MERGE),
            "citizens.merge",
            Citizens.holders(charter, Activity.MERGE));
      }
      case ORGANISATION -> {
        on.check(charter.colleges().size() >= 2, "colleges", charter.colleges().size());
        on.check(collegeRule, "rule.weighs.colleges", rule.method());
        on.check(
            charter.diagnosisKinds().size() >= 2,
            "diagnosis.kinds",
            ImmutableList.copyOf(charter.diagnosisKinds()));
      }
      case MANAGEMENT -> {
        on.check(
            Citizens.roleMay(charter, Activity.CHAIR, Role.FACILITATOR)
                && !Citizens.roleMay(charter, Activity.CHAIR, Role.PROJECT_OWNER),
            "facilitators.chair",
            Citizens.holders(charter, Activity.CHAIR));
        on.check(
            Citizens.roleMay(charter, Activity.FACILITATE, Role.FACILITATOR),
            "facilitators.move",
            Citizens.holders(charter, Activity.FACILITATE));
        on.check(
            !charter.reopenable().isEmpty(),
            "reopenable",
            ImmutableList.copyOf(charter.reopenable()),
            charter.reopenable().size());
      }
      case OPERATIONALISATION -> {
        on.check(charter.minCarrierKinds() >= 2, "carrier.kinds", charter.minCarrierKinds());
        on.check(
            Citizens.may(charter, Activity.COMMIT),
            "citizens.commit",
            Citizens.holders(charter, Activity.COMMIT));
        on.check(
            Citizens.roleMay(charter, Activity.PLAN_ACTION, Role.PARTICIPANT),
            "participants.plan",
            Citizens.holders(charter, Activity.PLAN_ACTION));
      }
      case EVALUATION -> {
        on.check(
            Citizens.may(charter, Activity.DEFINE_CRITERION),
            "citizens.define.criteria",
            Citizens.holders(charter, Activity.DEFINE_CRITERION));
        on.check(
            Citizens.may(charter, Activity.RATE),
            "citizens.rate",
            Citizens.holders(charter, Activity.RATE));
        on.check(
            Citizens.roleMay(charter, Activity.REPORT, Role.PARTICIPANT),
            "participants.report",
            Citizens.holders(charter, Activity.REPORT));
        EvaluationIndicators.ofCharter(charter, on.indicators);
      }
    }
    return new DimensionScore(dimension, on.indicators.build());
  }

  /**
   * The ballot rounds of a charter, said beside its position rule: each chooses among its whole
   * agenda by every voter's ballot, whatever the position rule.
   */
  private static Evidence.Series ballotRounds(Charter charter) {
    return new Evidence.Series(
        "join.ballot.rounds",
        charter.ballotRules().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> (Object) Evidence.of("ballot.round", e.getKey(), e.getValue().label()))
            .collect(ImmutableList.toImmutableList()));
  }

  /** Counts indicators as they are checked. */
  private static final class Indicators {
    final ImmutableList.Builder<DimensionScore.Indicator> indicators = ImmutableList.builder();

    void check(boolean yes, String key, Object... arguments) {
      indicators.add(new DimensionScore.Indicator(yes, Evidence.of(key, arguments)));
    }
  }
}
