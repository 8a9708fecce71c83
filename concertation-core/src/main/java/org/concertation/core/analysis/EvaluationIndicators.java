package org.concertation.core.analysis;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.core.history.Means;
import org.concertation.core.history.MeansFact;
import org.concertation.core.history.ParticipantFact;
import org.concertation.core.history.ProcessHistory;

/**
 * The indicators of the evaluation dimension that look ahead and count the means: what a charter
 * says of a prospective evaluation, and what a run shows of it and of the means delivered. {@link
 * LogicProfile} documents each indicator and when it applies.
 */
final class EvaluationIndicators {
  /**
   * A kind of means counts as mobilised, and a commitment as kept, when at least four fifths of
   * what was committed was delivered: means are promised in round figures, and a small shortfall is
   * no broken promise.
   */
  static final BigDecimal KEPT = new BigDecimal("0.8");

  /**
   * The criteria count as the participants' when they chose at least half of them: the evaluation
   * is then at least as much on their own terms as on terms set for them.
   */
  static final BigDecimal PARTICIPANTS_CHOOSE = new BigDecimal("0.5");

  /**
   * The first phase in which a criterion no longer comes before the decision: from the action on,
   * everything was decided, while in the negotiation an assessment can still precede its rounds.
   */
  private static final Phase DECIDED = Phase.ACTION;

  private EvaluationIndicators() {}

  /**
   * Whether a charter provides for any step of a prospective evaluation: criteria before the
   * decision, an assessment granted to anyone (grading, weighing or chairing it), or a gate.
   */
  static boolean prospective(Charter charter) {
    return charter.criteriaFrom().compareTo(DECIDED) < 0
        || Citizens.granted(charter, Activity.ASSESS)
        || Citizens.granted(charter, Activity.CHAIR_ASSESSMENT)
        || charter.assessmentGate().isPresent();
  }

  /** What the charter says of a prospective evaluation, when it provides for one. */
  static void ofCharter(Charter charter, ImmutableList.Builder<DimensionScore.Indicator> on) {
    if (!prospective(charter)) {
      return; // an evaluation that only looks back is judged by the grants alone, as before
    }
    on.add(
        indicator(
            charter.criteriaFrom().compareTo(DECIDED) < 0,
            Evidence.of("eval.criteria.early", charter.criteriaFrom())));
    on.add(
        indicator(
            Citizens.may(charter, Activity.ASSESS),
            Evidence.of("eval.citizens.assess", Citizens.holders(charter, Activity.ASSESS))));
    on.add(
        indicator(
            charter.assessmentGate().isPresent(),
            charter
                .assessmentGate()
                .map(gate -> Evidence.of("eval.gate", gate))
                .orElse(Evidence.of("eval.gate.none"))));
  }

  /** What the run shows of its evaluation and of the means it delivered, where it shows it. */
  static void ofRun(RunFacts facts, ImmutableList.Builder<DimensionScore.Indicator> on) {
    ProcessHistory history = facts.history;
    boolean looksAhead =
        prospective(history.charter())
            || !history.weighings().isEmpty()
            || !history.assessments().isEmpty()
            || !history.actionRatings().isEmpty();
    if (looksAhead && !facts.criterionAuthors.isEmpty()) {
      on.add(chosen(facts));
    }
    if (prospective(history.charter()) || !history.assessments().isEmpty()) {
      on.add(
          indicator(
              facts.assessed > 0,
              facts.assessed > 0
                  ? Evidence.of("eval.run.assessed", facts.assessed, facts.assessedProposals.size())
                  : Evidence.of("eval.run.assessed.none")));
    }
    if (!facts.exAnteGraders.isEmpty()) {
      on.add(graded("eval.run.graded.ex.ante", facts.exAnteGraders, facts));
    }
    if (!facts.weighers.isEmpty()) {
      on.add(graded("eval.run.weighed", facts.weighers, facts));
    }
    if (!facts.exPostGraders.isEmpty()) {
      on.add(graded("eval.run.graded.ex.post", facts.exPostGraders, facts));
    }
    if (!history.deliveries().isEmpty()) {
      delivered(history.means(), facts, on);
    }
  }

  /** Who chose the criteria: met when participants chose at least half of them. */
  private static DimensionScore.Indicator chosen(RunFacts facts) {
    int byParticipants = 0;
    Map<Role, Set<ActorKind>> byRole = new EnumMap<>(Role.class);
    for (ActorId author : facts.criterionAuthors) {
      ParticipantFact p = facts.participants.get(author);
      if (p == null) {
        continue; // only a registered actor defines a criterion: nothing to say of another
      }
      byRole.computeIfAbsent(p.role(), r -> new TreeSet<>()).add(p.actor().kind());
      if (p.role() == Role.PARTICIPANT) {
        byParticipants++;
      }
    }
    int total = facts.criterionAuthors.size();
    List<Object> roles = new ArrayList<>();
    byRole.forEach(
        (role, kinds) ->
            roles.add(
                Evidence.of(
                    "eval.by.role",
                    Evidence.of("role." + role.name()),
                    ImmutableList.copyOf(kinds))));
    return indicator(
        atLeast(PARTICIPANTS_CHOOSE, BigDecimal.valueOf(byParticipants), BigDecimal.valueOf(total)),
        Evidence.of("eval.run.chosen", byParticipants, total, Evidence.Series.clauses(roles)));
  }

  /** Who graded or weighed: met when a citizen did; the share of participants said beside. */
  private static DimensionScore.Indicator graded(String key, Set<ActorId> graders, RunFacts facts) {
    long participants = graders.stream().filter(facts::isParticipant).count();
    int all = facts.participantCount();
    BigDecimal share =
        all == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(participants)
                .divide(BigDecimal.valueOf(all), 4, RoundingMode.HALF_EVEN);
    return indicator(
        graders.stream().anyMatch(facts::isCitizen),
        Evidence.of(key, participants, all, share, facts.kindsOf(ImmutableList.copyOf(graders))));
  }

  /**
   * The delivery ratio of each kind of means committed, met at {@link #KEPT}, then the commitments
   * kept overall: kinds are never added to one another, so the whole is told in commitments.
   */
  private static void delivered(
      Means means, RunFacts facts, ImmutableList.Builder<DimensionScore.Indicator> on) {
    for (Map.Entry<ResourceKind, BigDecimal> ratio : facts.deliveryRatio.entrySet()) {
      on.add(
          indicator(
              ratio.getValue().compareTo(KEPT) >= 0,
              Evidence.of("eval.run.delivered", means(ratio.getKey()), ratio.getValue(), KEPT)));
    }
    int kept = (int) means.commitments().stream().filter(EvaluationIndicators::kept).count();
    int all = means.commitments().size();
    on.add(
        indicator(
            atLeast(KEPT, BigDecimal.valueOf(kept), BigDecimal.valueOf(all)),
            Evidence.of("eval.run.kept", kept, all, KEPT)));
  }

  /** Whether at least {@link #KEPT} of a commitment was delivered. */
  static boolean kept(MeansFact commitment) {
    return atLeast(KEPT, commitment.delivered(), commitment.committed());
  }

  /** Whether a part is at least this share of a whole, exactly. */
  private static boolean atLeast(BigDecimal share, BigDecimal part, BigDecimal whole) {
    return part.compareTo(share.multiply(whole)) >= 0;
  }

  /** A kind of means, as the sentence on its delivery says it. */
  private static Evidence means(ResourceKind kind) {
    return Evidence.of("eval.means." + kind.name());
  }

  private static DimensionScore.Indicator indicator(boolean met, Evidence evidence) {
    return new DimensionScore.Indicator(met, evidence);
  }
}
